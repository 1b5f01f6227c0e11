"""The certificates app's entries in the navigation and on the home page (see ``lms.panels``)."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.panels import HomePanel, NavItem, register_home_panel, register_nav_item

from . import access, selectors

HOME_EXPIRING_DAYS = 60


def expiring_data(request):
    """The person's certificates that expire within 60 days, soonest first."""
    if not request.user.is_authenticated:
        return None
    today = timezone.localdate()
    rows = list(selectors.expiring(request.user, within_days=HOME_EXPIRING_DAYS, today=today))
    if not rows:
        return None
    for row in rows:
        row.days_to_expiry = row.days_left(today)
    return {"certificates": rows}


def register():
    register_home_panel(
        HomePanel(
            name="expiring_certificates",
            template="certificates/includes/expiring_panel.html",
            data=expiring_data,
            order=8,
        )
    )
    register_nav_item(
        NavItem(
            key="certificates",
            label=_("My certificates"),
            url="my_certificates",
            visible=access.has_certificates_page,
            order=25,
        )
    )
