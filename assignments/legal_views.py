"""Views of legal changes: the editor's marking in the Wagtail admin (with the impact before
confirming) and the legal changes pages for HR, leaders (their reach) and editors (counts)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from lms import access as lms_access
from lms.access import access_required

from . import access, law_change
from .legal_forms import MarkForm
from .legal_history_views import change_link_day
from .legal_panels import can_view_legal_changes
from .models import Assignment, LegalChange, Source, Status


def _markable_page(page_id):
    from .wagtail_hooks import markable

    page = get_object_or_404(Page, pk=page_id)
    if not markable(page):
        raise Http404
    return page.specific


def mark(request, page_id):
    """Publish the page's latest draft as a material legal change, after showing the impact."""
    if not lms_access.is_editor(request.user):
        raise PermissionDenied
    page = _markable_page(page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    course = page.get_parent().specific
    latest = page.get_latest_revision()
    has_draft = latest is not None and latest.pk != page.live_revision_id
    form = MarkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            change = law_change.legal_change_publish(
                page=page,
                user=request.user,
                summary=data["summary"],
                legal_basis=data["legal_basis"],
                applies_from=data["applies_from"],
                retraining_days=data["retraining_days"],
            )
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for field, errors in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                form.add_error(None, error.messages)
        else:
            messages.success(
                request,
                _(
                    "“%(title)s” was published as a material legal change. People trained on "
                    "the earlier text get their retraining within a minute."
                )
                % {"title": page.title},
            )
            return redirect(reverse("legal_change_detail", args=[change.pk]))
    found = None
    if has_draft:
        found = law_change.impact(page=page, revision_id=latest.pk, course=course)
    return TemplateResponse(
        request,
        "assignments/admin/legal_change_mark.html",
        {
            "page": page,
            "course": course,
            "form": form,
            "has_draft": has_draft,
            "impact": found,
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        },
    )


# --- the legal changes pages ------------------------------------------------------------------

AUDIENCE = _("This page is for team leaders, HR and content editors.")


def _require_viewer(request) -> None:
    if not can_view_legal_changes(request.user):
        raise PermissionDenied(AUDIENCE)


def _sees_people(user) -> bool:
    return lms_access.is_hr(user) or lms_access.is_leader(user)


def _assignments_in_view(user):
    """The law-change assignments whose figures the user sees: everyone's for HR and
    editors (editors get counts only), the led units' for a leader."""
    qs = Assignment.objects.filter(source=Source.LAW_CHANGE)
    if lms_access.is_hr(user) or (lms_access.is_editor(user) and not lms_access.is_leader(user)):
        return qs
    return qs.filter(user__in=access.reachable_people(user))


def _figures(assignments, today):
    return assignments.aggregate(
        affected=Count("pk", distinct=True),
        done=Count("pk", filter=Q(status=Status.FULFILLED), distinct=True),
        overdue=Count("pk", filter=Q(status=Status.ACTIVE, due_date__lt=today), distinct=True),
    )


@access_required("signed_in")
def legal_change_list(request):
    _require_viewer(request)
    today = timezone.localdate()
    scope = _assignments_in_view(request.user)
    changes = list(LegalChange.objects.select_related("page", "course").order_by("-created_at"))
    rows = [(change, _figures(scope.filter(legal_changes=change), today)) for change in changes]
    return TemplateResponse(request, "assignments/legal/list.html", {"rows": rows, "today": today})


@access_required("signed_in")
def legal_change_detail(request, pk):
    _require_viewer(request)
    change = get_object_or_404(LegalChange.objects.select_related("page", "course"), pk=pk)
    today = timezone.localdate()
    scope = _assignments_in_view(request.user).filter(legal_changes=change)
    by_unit = list(
        scope.values("user__org_unit__name")
        .annotate(
            affected=Count("pk", distinct=True),
            done=Count("pk", filter=Q(status=Status.FULFILLED), distinct=True),
            overdue=Count("pk", filter=Q(status=Status.ACTIVE, due_date__lt=today), distinct=True),
        )
        .order_by("user__org_unit__name")
    )
    people = None
    if _sees_people(request.user):
        people = list(
            scope.select_related("user", "user__org_unit").order_by(
                "user__last_name", "user__first_name", "pk"
            )[:500]
        )
    return TemplateResponse(
        request,
        "assignments/legal/detail.html",
        {
            "change": change,
            "totals": _figures(scope, today),
            "by_unit": by_unit,
            "people": people,
            "today": today,
            # "Who was trained on the text this change replaced", prefilled.
            "trained_on_day": change_link_day(change),
        },
    )
