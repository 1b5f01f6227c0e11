from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from lms import access
from lms.notifications import unread_count


def navigation(request):
    """Main navigation entries for the signed-in person's roles."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": []}

    items = [(reverse("home"), _("My learning"), "home")]
    items.append(("/learn/", _("Course catalogue"), "catalogue"))
    if access.is_leader(user) or access.is_hr(user):
        items.append((reverse("team_matrix"), _("Team"), "team"))
        items.append((reverse("unit_list"), _("Units"), "units"))
    if access.is_hr(user):
        items.append((reverse("people_list"), _("People"), "people"))
    if access.is_editor(user):
        items.append((reverse("wagtailadmin_home"), _("Content editing"), "admin"))
    return {"nav_items": items, "unread_notifications": unread_count(user)}
