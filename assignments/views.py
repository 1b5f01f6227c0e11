"""The team view: the matrix, assigning with a preview, the overdue list, exports, records.

Views ask ``assignments.access`` (and ``lms.access``) every access question; a person or
unit outside the user's reach answers 404 (never revealing that it exists) or fails the
form like a wrong choice.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from courses.models import CoursePage
from lms import access as lms_access
from lms.access import access_required
from lms.models import User

from . import access, exports, matrix, rules, services
from .forms import (
    AssignForm,
    BulkChangeForm,
    CancelForm,
    DueDateForm,
    ReminderSettingsForm,
    RuleForm,
    TeamFilterForm,
)
from .models import Assignment, ExportJob, ExportStatus, ReminderSettings
from .selectors import assignment_preview
from .tasks import run_export

PAGE_SIZE = 50
PREVIEW_NAMES = 20


def _filter_form(request):
    return TeamFilterForm(request.GET or None, user=request.user)


@access_required("team.view")
def team_matrix(request):
    form = _filter_form(request)
    filters = form.filters()
    people = matrix.team_people(request.user, filters)
    courses = matrix.team_courses(people, filters)
    page = Paginator(people, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = matrix.team_rows(page.object_list, courses, today=filters.today)
    totals = matrix.team_totals(people, courses, today=filters.today) if courses else []
    by_course = {total.course.pk: total for total in totals}
    columns = matrix.team_columns(courses)
    footer = [(kind, by_course.get(course.pk)) for course, kind in columns]
    query = request.GET.copy()
    query.pop("page", None)
    sort_query = query.copy()
    sort_query.pop("sort", None)
    return render(
        request,
        "assignments/matrix.html",
        {
            "form": form,
            "filters": filters,
            "page": page,
            "rows": rows,
            "courses": courses,
            "columns": columns,
            "totals": totals,
            "footer": footer,
            "query": query.urlencode(),
            "sort_query": sort_query.urlencode(),
            "active_nav": "team",
        },
    )


def _hidden_fields(data):
    return [
        (name, value)
        for name, values in data.lists()
        if name not in ("csrfmiddlewaretoken", "action")
        for value in values
    ]


@access_required("team.view")
def assign(request):
    initial = {}
    if request.method == "GET":
        if request.GET.get("person", "").isdigit():
            person = access.reachable_people(request.user).filter(pk=request.GET["person"])
            if person.exists():
                initial.update(target="people", people=list(person))
        if request.GET.get("course", "").isdigit():
            initial["courses"] = list(CoursePage.objects.filter(pk=request.GET["course"]))
    form = AssignForm(
        request.POST if request.method == "POST" else None, user=request.user, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        people = form.chosen_people()
        courses = list(form.cleaned_data["courses"])
        repeat = form.cleaned_data["repeat_completed"]
        repeat_before = form.cleaned_data["repeat_before"]
        replace_active = form.cleaned_data["replace_active"]
        action = request.POST.get("action")
        if action == "edit":
            return render(request, "assignments/assign.html", {"form": form, "active_nav": "team"})
        if action == "confirm":
            try:
                result = services.assignment_create_bulk(
                    courses=courses,
                    people=people,
                    note=form.cleaned_data["note"],
                    repeat_completed=repeat,
                    repeat_before=repeat_before,
                    replace_active=replace_active,
                    acting_user=request.user,
                    **form.due_arguments(),
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                people_count = len({a.user_id for a in result.created})
                messages.success(
                    request,
                    ngettext(
                        "%(count)s assignment made for %(people)s person.",
                        "%(count)s assignments made for %(people)s people.",
                        people_count,
                    )
                    % {"count": result.created_count, "people": people_count}
                    if result.created
                    else _("Nothing new to assign: everyone chosen already has these courses."),
                )
                return redirect("team_matrix")
        else:
            previews = assignment_preview(
                courses=courses,
                people=people,
                repeat_completed=repeat,
                repeat_before=repeat_before,
                replace_active=replace_active,
            )
            try:
                due = services.resolve_due_date(**form.due_arguments())
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                return render(
                    request,
                    "assignments/assign_preview.html",
                    {
                        "form": form,
                        "previews": previews,
                        "due": due,
                        "nobody": not any(
                            p.new or p.already or p.completed or p.deactivated for p in previews
                        ),
                        "total": sum(len(p.to_assign) for p in previews),
                        "hidden": _hidden_fields(request.POST),
                        "limit": PREVIEW_NAMES,
                        "active_nav": "team",
                    },
                )
    return render(request, "assignments/assign.html", {"form": form, "active_nav": "team"})


@access_required("team.view")
def overdue(request):
    form = _filter_form(request)
    filters = form.filters()
    qs = matrix.overdue_assignments(request.user, unit=filters.unit, today=filters.today)
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    today = filters.today
    for assignment in page.object_list:
        assignment.days_overdue = (today - assignment.due_date).days
    return render(
        request,
        "assignments/overdue.html",
        {"form": form, "unit_fields": [form["unit"]], "page": page, "active_nav": "team"},
    )


def _export_filename(ext: str) -> str:
    return f"team-{timezone.localdate().isoformat()}.{ext}"


@access_required("team.view")
def export_csv(request):
    filters = _filter_form(request).filters()
    response = HttpResponse(
        exports.team_csv(request.user, filters), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{_export_filename("csv")}"'
    return response


def background_export_rows() -> int:
    return getattr(settings, "KADRA_EXPORT_BACKGROUND_ROWS", 2000)


@access_required("team.view")
def export_xlsx(request):
    filters = _filter_form(request).filters()
    rows = matrix.team_people(request.user, filters).count()
    if rows > background_export_rows():
        job = ExportJob.objects.create(
            user=request.user, query=request.GET.urlencode()[:1000], rows_total=rows
        )
        transaction.on_commit(lambda: run_export.enqueue(job.pk))
        return redirect("team_export_status", pk=job.pk)
    response = HttpResponse(
        exports.team_xlsx(request.user, filters),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{_export_filename("xlsx")}"'
    return response


@access_required("signed_in")
def learning_record(request, pk, course_pk):
    person = get_object_or_404(User.objects.select_related("org_unit"), pk=pk)
    if not access.can_view_learning_record(request.user, person):
        raise Http404
    course = get_object_or_404(CoursePage.objects.live(), pk=course_pk)
    record = matrix.learning_record(person, course)
    for assignment in record["assignments"]:
        assignment.can_manage = assignment.is_active and access.can_manage_assignment(
            request.user, assignment
        )
        # Kept after a move out of the rule's units; shown so the new leader knows why.
        assignment.outside_rule = assignment.is_active and assignment.outside_rule_since is not None
    return render(
        request,
        "assignments/record.html",
        {
            "person": person,
            "course": course,
            **record,
            "can_assign": access.can_assign_to(request.user, person),
            "active_nav": "team" if access.can_use_team_view(request.user) else "home",
        },
    )


def _managed_assignment(request, pk) -> Assignment:
    assignment = get_object_or_404(
        Assignment.objects.select_related("user__org_unit", "course"), pk=pk
    )
    if not access.can_manage_assignment(request.user, assignment):
        raise Http404
    return assignment


def _back(request, assignment):
    return redirect("team_record", pk=assignment.user_id, course_pk=assignment.course_id)


@access_required("team.view")
def assignment_cancel(request, pk):
    assignment = _managed_assignment(request, pk)
    if not assignment.is_active:
        messages.error(request, _("This assignment is no longer active."))
        return _back(request, assignment)
    form = CancelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.assignment_cancel(
                assignment=assignment,
                reason=form.cleaned_data["reason"],
                acting_user=request.user,
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The assignment has been cancelled."))
            return _back(request, assignment)
    return render(
        request,
        "assignments/assignment_form.html",
        {
            "form": form,
            "assignment": assignment,
            "title": _("Cancel an assignment"),
            "submit": _("Cancel the assignment"),
            "active_nav": "team",
        },
    )


@access_required("team.view")
def assignment_due_date(request, pk):
    assignment = _managed_assignment(request, pk)
    if not assignment.is_active:
        messages.error(request, _("This assignment is no longer active."))
        return _back(request, assignment)
    form = DueDateForm(request.POST or None, initial={"due_date": assignment.due_date})
    if request.method == "POST" and form.is_valid():
        try:
            services.assignment_change_due_date(
                assignment=assignment,
                due_date=form.cleaned_data["due_date"],
                reason=form.cleaned_data["reason"],
                acting_user=request.user,
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The due date has been changed."))
            return _back(request, assignment)
    return render(
        request,
        "assignments/assignment_form.html",
        {
            "form": form,
            "assignment": assignment,
            "title": _("Change the due date"),
            "submit": _("Save the new due date"),
            "active_nav": "team",
        },
    )


@access_required("team.view")
def rule_list(request):
    assigned = Count("assignments", distinct=True)
    page = Paginator(
        rules.rules_for(request.user).annotate(n_assigned=assigned).order_by("name", "pk"),
        PAGE_SIZE,
    ).get_page(request.GET.get("page"))
    return render(
        request,
        "assignments/rules.html",
        {"page": page, "perms_hr": lms_access.is_hr(request.user), "active_nav": "team"},
    )


@access_required("team.view")
def rule_create(request):
    form = RuleForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        action = request.POST.get("action")
        try:
            if action == "confirm":
                rule, assigned = rules.rule_create(acting_user=request.user, **form.cleaned_data)
            elif action != "edit":
                preview = rules.rule_preview(acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            if action == "confirm":
                messages.success(
                    request,
                    ngettext(
                        "The rule is saved and assigned the course to %(count)s person.",
                        "The rule is saved and assigned the course to %(count)s people.",
                        len(assigned),
                    )
                    % {"count": len(assigned)},
                )
                return redirect("team_rules")
            if action != "edit":
                return render(
                    request,
                    "assignments/rule_preview.html",
                    {
                        "preview": preview,
                        "hidden": _hidden_fields(request.POST),
                        "limit": PREVIEW_NAMES,
                        "active_nav": "team",
                    },
                )
    return render(request, "assignments/rule_form.html", {"form": form, "active_nav": "team"})


@require_POST
@access_required("team.view")
def rule_toggle(request, pk):
    rule = get_object_or_404(rules.rules_for(request.user), pk=pk)
    try:
        rules.rule_set_active(rule=rule, is_active=not rule.is_active, acting_user=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            _("The rule is on again and has been applied.")
            if rule.is_active
            else _("The rule is off: it assigns no one new. Assignments it made stay."),
        )
    return redirect("team_rules")


def _own_export(request, pk) -> ExportJob:
    job = ExportJob.objects.filter(pk=pk, user=request.user).first()
    if job is None:
        raise Http404
    return job


@access_required("team.view")
def export_status(request, pk):
    job = _own_export(request, pk)
    return render(request, "assignments/export_status.html", {"job": job, "active_nav": "team"})


@access_required("team.view")
def export_download(request, pk):
    job = _own_export(request, pk)
    if job.status != ExportStatus.DONE or not job.file:
        raise Http404
    return FileResponse(
        job.file.open("rb"),
        as_attachment=True,
        filename=job.file.name.rsplit("/", 1)[-1].split("-", 1)[-1],
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


@require_POST
@access_required("team.view")
def assignments_bulk(request):
    """Several assignments at once, from the overdue list: all of them or none."""
    form = BulkChangeForm(request.POST, user=request.user)
    if not form.is_valid():
        problems = [
            f"{form[name].label}: {' '.join(errors)}" for name, errors in form.errors.items()
        ]
        messages.error(request, _("Nothing was changed. ") + " ".join(problems))
        return redirect("team_overdue")
    chosen = list(form.cleaned_data["assignments"])
    try:
        if form.cleaned_data["action"] == "cancel":
            done = services.assignment_cancel_bulk(
                assignments=chosen, reason=form.cleaned_data["reason"], acting_user=request.user
            )
        else:
            done = services.assignment_change_due_date_bulk(
                assignments=chosen,
                due_date=form.cleaned_data["due_date"],
                reason=form.cleaned_data["reason"],
                acting_user=request.user,
            )
    except ValidationError as exc:
        messages.error(request, _("Nothing was changed. ") + " ".join(exc.messages))
    else:
        messages.success(
            request,
            ngettext("%(count)s assignment changed.", "%(count)s assignments changed.", len(done))
            % {"count": len(done)},
        )
    return redirect("team_overdue")


@access_required("organisation.overview")
def reminder_settings(request):
    """HR: when reminders go out and when leaders hear about overdue training."""
    current = ReminderSettings.current()
    form = ReminderSettingsForm(request.POST or None, instance=current)
    if request.method == "POST" and form.is_valid():
        stored = form.save(commit=False)
        stored.pk = 1
        stored.changed_by = request.user
        stored._history_user = request.user
        stored.save()
        messages.success(request, _("The reminder schedule is saved."))
        return redirect("team_reminder_settings")
    return render(
        request,
        "assignments/reminder_settings.html",
        {"form": form, "offsets": current.offsets(), "active_nav": "team"},
    )
