from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = _("Organisation")

    def ready(self):
        from . import access
        from .panels import NavItem, register_nav_item

        for item in (
            NavItem(key="home", label=_("My learning"), url="home", visible=_signed_in, order=10),
            NavItem(key="units", label=_("Units"), url="unit_list", visible=_leads_or_hr, order=40),
            NavItem(
                key="people", label=_("People"), url="people_list", visible=access.is_hr, order=50
            ),
            NavItem(
                key="admin",
                label=_("Content editing"),
                url="wagtailadmin_home",
                visible=access.is_editor,
                order=90,
            ),
        ):
            register_nav_item(item)


def _signed_in(user):
    return user.is_authenticated


def _leads_or_hr(user):
    from . import access

    return access.is_leader(user) or access.is_hr(user)
