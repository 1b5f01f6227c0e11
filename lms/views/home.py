from django.db import connection
from django.http import Http404, JsonResponse
from django.shortcuts import render

from lms import access, selectors
from lms.access import access_required
from lms.panels import home_panels


@access_required("signed_in")
def home(request):
    user = request.user
    context = {
        "is_editor": access.is_editor(user),
        "panels": home_panels(request),
    }
    if access.is_leader(user):
        context["led_units"] = selectors.led_units(user)
    if access.is_hr(user):
        context["overview"] = selectors.organisation_overview()
    return render(request, "lms/home.html", context)


def healthz(request):
    """Liveness and database check for load balancers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def not_found(request):
    raise Http404
