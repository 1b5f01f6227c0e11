"""Request-level guards shared by the whole project."""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.views.defaults import page_not_found


class AdminBadIdentifierMiddleware:
    """Some Wagtail admin views (the choosers' "chosen" step) turn the object id from the URL
    into a number without checking it, so ``/admin/images/chooser/chosen/x/`` raised a
    ValueError and answered 500. An id that is not an id names no object: answer 404."""

    prefix = "/admin/"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not request.path_info.startswith(self.prefix):
            return None
        if isinstance(exception, ValidationError | ValueError) and _names_an_id(exception):
            return page_not_found(request, Http404())
        return None


def _names_an_id(exception) -> bool:
    text = str(exception)
    return (
        "expected a number" in text
        or "invalid literal for int()" in text
        or ("is not a valid UUID" in text)
    )
