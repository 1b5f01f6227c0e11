"""The compliance pages' entry in the main navigation and the person page's panel."""

from django.utils.translation import gettext_lazy as _

from lms.panels import NavItem, PersonPanel, register_nav_item, register_person_panel

from . import access


def person_panel_data(request, person):
    if not access.can_view_person(request.user, person):
        return None
    return {
        "person": person,
        "can_rodo": access.can_handle_personal_data(request.user),
    }


def register():
    """Called from ``certificates.apps.CertificatesConfig.ready``."""
    register_nav_item(
        NavItem(
            key="compliance",
            label=_("Compliance"),
            url="compliance_matrix",
            visible=access.can_use_compliance,
            order=60,
        )
    )
    register_person_panel(
        PersonPanel(
            name="compliance",
            template="certificates/compliance/person_panel.html",
            data=person_panel_data,
            order=40,
        )
    )
