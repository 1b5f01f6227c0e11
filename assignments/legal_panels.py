"""The legal changes page's navigation entry (HR, leaders and editors)."""

from django.utils.translation import gettext_lazy as _

from lms import access
from lms.panels import NavItem, register_nav_item


def can_view_legal_changes(user) -> bool:
    return user.is_authenticated and (
        access.is_hr(user) or access.is_leader(user) or access.is_editor(user)
    )


def register() -> None:
    register_nav_item(
        NavItem(
            key="legal_changes",
            label=_("Legal changes"),
            url="legal_changes",
            visible=can_view_legal_changes,
            order=65,
        )
    )
