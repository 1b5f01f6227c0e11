"""Views of legal review: the stale list for HR (``/legal-review/``) and editors (in the
Wagtail admin), the "needs legal review" form for leaders and HR, and the editors' task list
where a request is resolved."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lms.access import access_required
from lms.service_errors import apply_validation_error

from . import access
from .legal_review import (
    CLOSING,
    NOTE_MAX,
    WHAT_MAX,
    WHY_MAX,
    LegalReviewRequest,
    ReviewStatus,
    legal_review_report,
    legal_review_resolve,
    open_requests,
    reportable_lessons,
    stale_courses,
)
from .models import CoursePage

STALE_AUDIENCE = gettext_lazy("This page is for HR and content editors.")
REPORT_AUDIENCE = gettext_lazy("This page is for team leaders and HR.")


# --- forms ------------------------------------------------------------------------------------


class LessonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class ReportForm(forms.Form):
    lesson = LessonChoiceField(
        label=gettext_lazy("Lesson"),
        queryset=None,
        empty_label=gettext_lazy("Choose a lesson"),
        error_messages={
            "required": gettext_lazy("Choose the lesson the change concerns."),
            "invalid_choice": gettext_lazy("Choose a published lesson of this course."),
        },
    )
    what = forms.CharField(
        label=gettext_lazy("What changed"),
        max_length=WHAT_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("For example: a new form, a new deadline, a repealed article."),
        error_messages={"required": gettext_lazy("Say what changed in the law.")},
    )
    why = forms.CharField(
        label=gettext_lazy("Why / source"),
        max_length=WHY_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("The act and article, or a link to the announcement."),
    )

    def __init__(self, *args, course, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lesson"].queryset = reportable_lessons(course)


class ResolveForm(forms.Form):
    outcome = forms.ChoiceField(
        label=gettext_lazy("Outcome"),
        choices=[(s.value, s.label) for s in CLOSING],
        widget=forms.RadioSelect,
        error_messages={
            "required": gettext_lazy("Choose whether the lesson was updated or needs no change.")
        },
    )
    note = forms.CharField(
        label=gettext_lazy("Note for the person who reported it"),
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": gettext_lazy("Write a note for the person who reported it.")},
    )


# --- Kadra pages ------------------------------------------------------------------------------


@access_required("signed_in")
def stale_list(request):
    """HR (and editors) see the courses whose legal check is stale, with links to them."""
    if not access.can_view_stale_legal_list(request.user):
        raise PermissionDenied(STALE_AUDIENCE)
    found = stale_courses()
    return TemplateResponse(
        request,
        "courses/legal_review/stale_list.html",
        {
            "found": found,
            # Editors get links to edit each course in the admin; HR to the course itself.
            "admin_links": access.can_view_legal_review_requests(request.user),
            "active_nav": "legal_review",
        },
    )


def _reportable_course(request, course_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    if not access.can_report_legal_review(request.user, course):
        raise Http404
    return course


@access_required("signed_in")
def report(request, course_id):
    """A leader or HR marks a lesson of a course they may see "needs legal review"."""
    if not access.can_report_legal_review(request.user):
        raise PermissionDenied(REPORT_AUDIENCE)
    course = _reportable_course(request, course_id)
    form = ReportForm(request.POST or None, course=course)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            review, created = legal_review_report(
                course=course,
                lesson=data["lesson"],
                what=data["what"],
                why=data["why"],
                acting_user=request.user,
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            if created:
                messages.success(
                    request,
                    _(
                        "Thank you. “%(lesson)s” is marked as needing legal review; the "
                        "editors have been told, and you will hear what they decide."
                    )
                    % {"lesson": data["lesson"].title},
                )
            else:
                messages.info(
                    request,
                    _(
                        "You already reported “%(lesson)s” on %(date)s and the editors have "
                        "not answered yet, so nothing new was added. You will hear what they "
                        "decide."
                    )
                    % {
                        "lesson": data["lesson"].title,
                        "date": review.created_at.date().isoformat(),
                    },
                )
            return redirect(course.get_url(request) or "/")
    return TemplateResponse(
        request,
        "courses/legal_review/report.html",
        {"course": course, "form": form, "active_nav": "catalogue"},
    )


# --- the Wagtail admin ------------------------------------------------------------------------


def _require_editor(request):
    if not access.can_view_legal_review_requests(request.user):
        raise PermissionDenied


def admin_stale_list(request):
    _require_editor(request)
    return TemplateResponse(
        request, "courses/admin/legal_review/stale_list.html", {"found": stale_courses()}
    )


def admin_requests(request):
    """The editors' task list: open requests, oldest first, with the lesson to edit."""
    _require_editor(request)
    rows = list(open_requests())
    return TemplateResponse(
        request,
        "courses/admin/legal_review/requests.html",
        {"rows": rows},
    )


def admin_resolve(request, pk):
    _require_editor(request)
    review = get_object_or_404(
        LegalReviewRequest.objects.select_related("lesson", "course", "reported_by"), pk=pk
    )
    if not access.can_resolve_legal_review(request.user, review.lesson):
        raise PermissionDenied
    if review.status != ReviewStatus.OPEN:
        messages.info(request, _("This request is already closed."))
        return redirect("legal_review_admin_requests")
    form = ResolveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            legal_review_resolve(
                review=review,
                outcome=form.cleaned_data["outcome"],
                note=form.cleaned_data["note"],
                acting_user=request.user,
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(
                request,
                _("The request about “%(lesson)s” is closed and its reporter has been told.")
                % {"lesson": review.lesson.title},
            )
            return redirect("legal_review_admin_requests")
    return TemplateResponse(
        request,
        "courses/admin/legal_review/resolve.html",
        {
            "review": review,
            "form": form,
            "edit_url": reverse("wagtailadmin_pages:edit", args=[review.lesson_id]),
        },
    )
