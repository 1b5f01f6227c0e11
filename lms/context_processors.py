from lms.notifications import unread_count
from lms.panels import nav_items


def navigation(request):
    """Main navigation entries for the signed-in person's roles (see ``lms.panels``)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": []}
    return {"nav_items": nav_items(user), "unread_notifications": unread_count(user)}
