"""Documents attached to lessons are served only to people who may see such a lesson."""

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from wagtail import hooks

from .access import can_view_document


@hooks.register("before_serve_document")
def serve_documents_to_learners_only(document, request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not can_view_document(request.user, document):
        raise Http404
    return None
