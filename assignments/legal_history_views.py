""" "Who was trained on the version of this lesson in force on date D": the page for HR
(everyone), leaders (their reach, with names) and editors (counts only), and its CSV export
(HR and leaders)."""

import csv
from datetime import timedelta

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import StreamingHttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lms import access as lms_access
from lms.access import access_required
from lms.people_import import neutralise_formula as neutralise

from . import access, legal_history
from .legal_panels import can_view_legal_changes

PAGE_SIZE = 100
AUDIENCE = gettext_lazy("This page is for team leaders, HR and content editors.")
EXPORT_AUDIENCE = gettext_lazy("The list with names is for team leaders and HR.")


class TrainedOnForm(forms.Form):
    lesson = forms.TypedChoiceField(
        label=gettext_lazy("Lesson"),
        coerce=int,
        error_messages={
            "required": gettext_lazy("Choose a lesson."),
            "invalid_choice": gettext_lazy(
                "That lesson is not a lesson of a live course: choose one from the list."
            ),
        },
    )
    on = forms.DateField(
        label=gettext_lazy("Date"),
        help_text=gettext_lazy("The version of the lesson in force on this day (default today)."),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d.%m.%Y"],
        error_messages={
            "invalid": gettext_lazy("Give the date as YYYY-MM-DD (for example 2026-04-26).")
        },
    )

    def __init__(self, *args, courses, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        self.steps = {step.pk: (course, step) for course, steps in courses for step in steps}
        self.fields["lesson"].choices = [("", _("Choose a lesson"))] + [
            (course.title, [(step.pk, step.title) for step in steps]) for course, steps in courses
        ]
        self.fields["on"].widget.attrs["max"] = today.isoformat()
        if not self.is_bound:
            self.initial.setdefault("on", today)

    def clean_on(self):
        day = self.cleaned_data.get("on") or self.today
        if day > self.today:
            raise forms.ValidationError(
                _("The date is in the future: choose today or an earlier day.")
            )
        return day


def _require_viewer(request) -> None:
    if not can_view_legal_changes(request.user):
        raise PermissionDenied(AUDIENCE)


def _sees_names(user) -> bool:
    return lms_access.is_hr(user) or lms_access.is_leader(user)


def _people_in_view(user):
    """Everyone (None) for HR and for editors (who get counts only), the led units for a
    leader."""
    if lms_access.is_hr(user) or not lms_access.is_leader(user):
        return None
    return access.reachable_people(user)


class _Query:
    """The validated question: the lesson, its course, the day and the version then in force."""

    def __init__(self, request, *, bound=False):
        self.today = timezone.localdate()
        courses = legal_history.lessons_of_live_courses()
        asked = bound or "lesson" in request.GET or "on" in request.GET
        data = request.GET if asked else None
        self.form = TrainedOnForm(data, courses=courses, today=self.today)
        self.asked = data is not None
        self.valid = self.asked and self.form.is_valid()
        self.course = self.lesson = self.version = None
        self.versions = []
        self.day = self.today
        if self.valid:
            self.course, self.lesson = self.form.steps[self.form.cleaned_data["lesson"]]
            self.day = self.form.cleaned_data["on"]
            self.versions = legal_history.legal_versions(self.lesson)
            self.version = legal_history.version_on(self.versions, self.day)
        self.people = _people_in_view(request.user)
        self.scope_all = lms_access.is_hr(request.user) or not lms_access.is_leader(request.user)

    def rows(self):
        return legal_history.trained_on(
            lesson=self.lesson, version=self.version, people=self.people
        )

    def querystring(self) -> str:
        from django.http import QueryDict

        query = QueryDict(mutable=True)
        query["lesson"] = str(self.lesson.pk)
        query["on"] = self.day.isoformat()
        return query.urlencode()

    def version_text(self) -> str:
        return version_text(self.version)


def version_text(version) -> str:
    """The version in words: "Version 2, in force from 12.03.2026 until 27.04.2026"."""
    start = version.starts_on.strftime("%d.%m.%Y") if version.starts_on else "—"
    if version.ends_on is None:
        return _("Version %(number)s, in force from %(start)s (the current one)") % {
            "number": version.number,
            "start": start,
        }
    return _("Version %(number)s, in force from %(start)s until %(end)s") % {
        "number": version.number,
        "start": start,
        "end": version.ends_on.strftime("%d.%m.%Y"),
    }


def _decorate(rows, published):
    for row in rows:
        row.earlier_cycle = row.cycle < row.current_cycle
        row.revision_published_on = legal_history._revision_day(row.revision, published)
    return rows


@access_required("signed_in")
def trained_on(request):
    _require_viewer(request)
    return _page(request, _Query(request))


def _page(request, query):
    context = {
        "form": query.form,
        "asked": query.asked,
        "valid": query.valid,
        "course": query.course,
        "lesson": query.lesson,
        "day": query.day,
        "versions": query.versions,
        "version": query.version,
        "sees_names": _sees_names(request.user),
        "scope_all": query.scope_all,
        "active_nav": "legal_changes",
    }
    status = 400 if query.asked and not query.valid else 200
    if query.valid and query.version is not None:
        rows = query.rows()
        context["version_text"] = query.version_text()
        context["by_unit"] = legal_history.trained_by_unit(rows)
        context["count"] = sum(n for _name, n in context["by_unit"])
        context["query"] = query.querystring()
        if context["sees_names"]:
            page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
            published = legal_history.publish_dates([query.lesson.pk])
            page.object_list = _decorate(list(page.object_list), published)
            context["page"] = page
    elif query.valid:
        first = query.lesson.first_published_at
        context["first_published_on"] = timezone.localdate(first) if first else None
    return TemplateResponse(
        request, "assignments/legal/history/trained_on.html", context, status=status
    )


class _Echo:
    def write(self, value):
        return value


def _csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def export_rows(query: _Query):
    """The filters named in the first lines, a blank line, the header, one row per person."""
    version = query.version
    yield [_("Who was trained on the version of a lesson in force on a date")]
    yield [_("Course"), query.course.title]
    yield [_("Lesson"), query.lesson.title]
    yield [_("Date"), query.day]
    if version is None:
        yield [_("Version in force"), _("none: the lesson was not published yet")]
        yield [_("People"), 0]
        yield []
        return
    rows = query.rows()
    yield [_("Version in force"), query.version_text()]
    if version.change is not None:
        yield [_("Started by the legal change"), version.change.summary]
    yield [_("People in"), _("everyone") if query.scope_all else _("the units you lead")]
    yield [_("People"), rows.count()]
    yield []
    yield [
        _("Last name"),
        _("First name"),
        _("Employee number"),
        _("Unit"),
        _("Completed on"),
        _("Revision"),
        _("Revision published on"),
        _("Training cycle"),
        _("Earlier cycle"),
        _("Re-opened on"),
        _("Why it was re-opened"),
        _("Active"),
    ]
    yes, no = _("yes"), _("no")
    published = legal_history.publish_dates([query.lesson.pk])
    for row in rows.iterator(chunk_size=2000):
        person, unit = row.user, row.user.org_unit
        yield [
            person.last_name,
            person.first_name,
            person.employee_number or "",
            unit.name if unit else "",
            timezone.localdate(row.completed_at),
            row.revision_id,
            legal_history._revision_day(row.revision, published),
            row.cycle,
            yes if row.cycle < row.current_cycle else no,
            timezone.localdate(row.reopened_at) if row.reopened_at else None,
            row.reopened_reason,
            yes if person.is_active else no,
        ]


def _stream(rows, language):
    """The CSV, line by line, in the request's language (rows are made as they stream)."""
    writer = csv.writer(_Echo(), delimiter=";", lineterminator="\r\n")
    with translation.override(language):
        yield "\ufeff"
        for row in rows:
            yield writer.writerow([_csv_value(value) for value in row])


@access_required("signed_in")
def trained_on_export(request):
    _require_viewer(request)
    if not _sees_names(request.user):
        raise PermissionDenied(EXPORT_AUDIENCE)
    query = _Query(request, bound=True)
    if not query.valid:
        return _page(request, query)
    response = StreamingHttpResponse(
        _stream(export_rows(query), translation.get_language()),
        content_type="text/csv; charset=utf-8",
    )
    stem = f"przeszkoleni-{query.lesson.slug}-{query.day.isoformat()}"
    response["Content-Disposition"] = f'attachment; filename="{stem}.csv"'
    response["Cache-Control"] = "private, no-store"
    return response


def change_link_day(change):
    """The day before the change applies (or was published, when that is earlier): the last
    day the text it replaced was in force."""
    published = timezone.localdate(change.created_at)
    applies = change.applies_from or published
    return min(applies, published) - timedelta(days=1)
