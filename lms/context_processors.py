from django.db.models.signals import post_delete, post_save

from lms.caching import forget, memoised
from lms.models import Notification
from lms.notifications import unread_count
from lms.panels import nav_items

UNREAD_MEMO = "lms.unread:"
NAV_MEMO = "lms.nav:"


def navigation(request):
    """Main navigation entries for the signed-in person's roles (see ``lms.panels``) and
    the unread-notification count of the badge.

    Both are callables the template calls when it draws them (a page without the layout
    asks for neither), each computed once per request (``lms.caching``)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": []}
    return {
        "nav_items": lambda: memoised(f"{NAV_MEMO}{user.pk}", lambda: nav_items(user)),
        "unread_notifications": lambda: memoised(
            f"{UNREAD_MEMO}{user.pk}", lambda: unread_count(user)
        ),
    }


def _notification_changed(sender, instance, **kwargs):
    forget(f"{UNREAD_MEMO}{instance.recipient_id}")


post_save.connect(_notification_changed, sender=Notification, dispatch_uid="kadra_unread_saved")
post_delete.connect(_notification_changed, sender=Notification, dispatch_uid="kadra_unread_del")
