from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lms import notifications, selectors
from lms.access import access_required


@access_required("signed_in")
def notification_list(request):
    page = Paginator(selectors.notifications_for(request.user), 30).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "lms/notifications/list.html",
        {"page": page, "active_nav": "notifications"},
    )


@require_POST
@access_required("signed_in")
def notification_read(request, pk):
    """Mark one of one's own notifications read and follow its link (someone else's: 404)."""
    notification = selectors.notifications_for(request.user).filter(pk=pk).first()
    if notification is None:
        raise Http404
    notifications.mark_read(user=request.user, notification_ids=[pk])
    link = notification.link
    if link and url_has_allowed_host_and_scheme(link, allowed_hosts=None):
        return redirect(link)
    return redirect("notification_list")


@require_POST
@access_required("signed_in")
def notification_read_all(request):
    count = notifications.mark_read(user=request.user)
    if count:
        messages.success(request, _("All notifications are marked as read."))
    return redirect("notification_list")


@require_POST
@access_required("signed_in")
def notification_delivery(request):
    delivery = request.POST.get("delivery")
    if delivery not in (notifications.IMMEDIATE, notifications.DIGEST):
        messages.error(request, _("Choose how you want to get e-mails."))
    else:
        notifications.set_delivery(user=request.user, delivery=delivery)
        messages.success(request, _("Your choice is saved."))
    return redirect("notification_list")
