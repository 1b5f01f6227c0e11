"""Writes of the assignments app: assign, cancel, change due dates, fulfil.

Every write validates first, then saves inside one transaction with a history row whose
author is the acting user; either everything asked for is written or nothing is.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from courses import services as course_services
from lms import notifications
from lms.models import User

from .models import Assignment, Source, Status
from .selectors import CoursePreview, assignment_preview, effective_due_dates

MAX_DUE_IN_DAYS = 3650
REASON_MAX_LENGTH = 300
NOTE_MAX_LENGTH = 300


# Why a completed course starts again, in the progress history.
REPEAT_REASONS = {
    Source.MANUAL: gettext_lazy("Assigned again: the course must be repeated"),
    Source.RULE: gettext_lazy("Assigned again by a rule: the course must be repeated"),
    Source.RECERTIFICATION: gettext_lazy("Recertification"),
    Source.LAW_CHANGE: gettext_lazy("Retraining after a legal change"),
}


@dataclass
class AssignResult:
    previews: list[CoursePreview]
    created: list[Assignment] = field(default_factory=list)

    @property
    def created_count(self) -> int:
        return len(self.created)


def resolve_due_date(
    *, due_date: date | None = None, due_in_days: int | None = None, today=None
) -> date:
    """The due date from an absolute date or "N days from today"; exactly one is given."""
    today = today or timezone.localdate()
    if (due_date is None) == (due_in_days is None):
        raise ValidationError(
            {"due_date": _("Give either a due date or a number of days, not both.")}
        )
    if due_in_days is not None:
        if not 1 <= due_in_days <= MAX_DUE_IN_DAYS:
            raise ValidationError(
                {
                    "due_in_days": _("Give a number of days between 1 and %(max)s.")
                    % {"max": MAX_DUE_IN_DAYS}
                }
            )
        return today + timedelta(days=due_in_days)
    if due_date < today:
        raise ValidationError(
            {"due_date": _("The due date is in the past. Choose today or a later date.")}
        )
    if due_date > today + timedelta(days=MAX_DUE_IN_DAYS):
        raise ValidationError({"due_date": _("The due date is more than ten years away.")})
    return due_date


def clean_reason(reason: str | None) -> str:
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError({"reason": _("Give a reason: it is kept in the history.")})
    if len(reason) > REASON_MAX_LENGTH:
        raise ValidationError(
            {"reason": _("Keep the reason under %(max)s characters.") % {"max": REASON_MAX_LENGTH}}
        )
    return reason


def _clean_note(note: str | None) -> str:
    note = " ".join((note or "").split())
    if len(note) > NOTE_MAX_LENGTH:
        raise ValidationError(
            {"note": _("Keep the note under %(max)s characters.") % {"max": NOTE_MAX_LENGTH}}
        )
    return note


def sync_due_dates(*, course, user_ids) -> None:
    """Show each person's effective due date (earliest active assignment) on their progress."""
    user_ids = list(user_ids)
    if user_ids:
        course_services.progress_set_due_dates(
            course=course, due_dates=effective_due_dates(course=course, user_ids=user_ids)
        )


def _check_reach(acting_user, user_ids) -> None:
    from . import access

    if acting_user is not None and not access.can_assign_to_all(acting_user, user_ids):
        raise ValidationError(
            _("Some of the chosen people are outside the units you lead. Nothing was assigned.")
        )


@transaction.atomic
def assignment_create_bulk(
    *,
    courses,
    people,
    due_date: date | None = None,
    due_in_days: int | None = None,
    note: str = "",
    repeat_completed: bool = False,
    repeat_before: date | None = None,
    replace_active: bool = False,
    acting_user,
    source: str = Source.MANUAL,
    due_dates: dict | None = None,
    rule=None,
) -> AssignResult:
    """Assign each of ``courses`` to each of ``people`` who does not already have it active.

    Deactivated people are skipped, and so are people who completed a course unless
    ``repeat_completed`` (those who completed it before ``repeat_before``, when given): they
    start a new training cycle of it (``courses.services.course_restart``), so the assignment
    is fulfilled only when they complete it again; their earlier completion stays on record.
    People who already have a course active keep that assignment, unless ``replace_active``:
    then it is marked superseded (with a reason, in the history) and the new one replaces it. ``due_dates`` (``{user_id: date}``, used by rules) overrides the
    common due date per person. Enrols everyone assigned and keeps the effective due date
    on their progress row. All or nothing.
    """
    courses = list(courses)
    if not courses:
        raise ValidationError({"courses": _("Choose at least one course.")})
    due = None
    if due_dates is None:
        due = resolve_due_date(due_date=due_date, due_in_days=due_in_days)
    note = _clean_note(note)
    previews = assignment_preview(
        courses=courses,
        people=people,
        repeat_completed=repeat_completed,
        repeat_before=repeat_before,
        replace_active=replace_active,
    )
    all_ids = (
        {p.pk for preview in previews for p in preview.new}
        | {p.pk for preview in previews for p, _when in preview.already + preview.completed}
        | {p.pk for preview in previews for p in preview.deactivated}
    )
    if not all_ids:
        raise ValidationError({"people": _("Choose at least one person.")})
    _check_reach(acting_user if source == Source.MANUAL else None, all_ids)
    now = timezone.now()
    result = AssignResult(previews=previews)
    for preview in previews:
        targets = preview.to_assign
        if not targets:
            continue
        if preview.replacing:
            _supersede(
                course=preview.course,
                user_ids=[person.pk for person, _due in preview.replacing],
                acting_user=acting_user,
                now=now,
            )
        rows = [
            Assignment(
                user_id=person.pk,
                course=preview.course,
                assigned_by=acting_user,
                assigned_at=now,
                note=note,
                source=source,
                rule=rule,
                due_date=due if due_dates is None else due_dates[person.pk],
            )
            for person in targets
        ]
        try:
            with transaction.atomic():
                created = bulk_create_with_history(
                    rows, Assignment, batch_size=500, default_user=acting_user, default_date=now
                )
        except IntegrityError:
            raise ValidationError(
                _(
                    "Someone assigned the same course to some of these people at the same "
                    "time. Nothing was assigned: check the preview again."
                )
            ) from None
        result.created += created
        user_ids = [person.pk for person in targets]
        course_services.enrol_bulk(user_ids=user_ids, course=preview.course, source=source)
        for person, _when in preview.repeating:
            course_services.course_restart(
                user=person,
                course=preview.course,
                acting_user=acting_user,
                reason=str(REPEAT_REASONS.get(source, REPEAT_REASONS[Source.MANUAL])),
            )
        sync_due_dates(course=preview.course, user_ids=user_ids)
    _notify_assigned(result.created, note=note)
    return result


def _supersede(*, course, user_ids, acting_user, now) -> list[Assignment]:
    """Mark these people's active assignments of ``course`` superseded by a new one."""
    old = list(
        Assignment.objects.select_for_update().filter(
            course=course, user_id__in=user_ids, status=Status.ACTIVE
        )
    )
    reason = _("Replaced by a new assignment of the same course")
    for assignment in old:
        assignment.status = Status.SUPERSEDED
        assignment.reason = reason
        assignment.status_changed_at = now
    if old:
        bulk_update_with_history(
            old,
            Assignment,
            ["status", "reason", "status_changed_at"],
            batch_size=500,
            default_user=acting_user,
            default_change_reason=reason,
            default_date=now,
        )
    return old


def _active(assignments) -> list[Assignment]:
    ids = [a.pk for a in assignments]
    return list(
        Assignment.objects.select_for_update()
        .filter(pk__in=ids, status=Status.ACTIVE)
        .order_by("pk")
    )


def _sync_all(changed: list[Assignment]) -> None:
    by_course = {}
    for assignment in changed:
        by_course.setdefault(assignment.course_id, (assignment.course, set()))[1].add(
            assignment.user_id
        )
    for course, user_ids in by_course.values():
        sync_due_dates(course=course, user_ids=user_ids)


@transaction.atomic
def assignment_cancel_bulk(*, assignments, reason: str, acting_user) -> list[Assignment]:
    """Cancel the active ones among ``assignments`` with a reason kept in the history."""
    reason = clean_reason(reason)
    active = _active(assignments)
    if not active:
        raise ValidationError(_("None of the chosen assignments is active any more."))
    _check_reach(acting_user, {a.user_id for a in active})
    now = timezone.now()
    for assignment in active:
        assignment.status = Status.CANCELLED
        assignment.reason = reason
        assignment.status_changed_at = now
    bulk_update_with_history(
        active,
        Assignment,
        ["status", "reason", "status_changed_at"],
        batch_size=500,
        default_user=acting_user,
        default_change_reason=reason,
        default_date=now,
    )
    _sync_all(active)
    _notify_changed("cancelled", active)
    return active


def assignment_cancel(*, assignment: Assignment, reason: str, acting_user) -> Assignment:
    return assignment_cancel_bulk(assignments=[assignment], reason=reason, acting_user=acting_user)[
        0
    ]


@transaction.atomic
def assignment_change_due_date_bulk(
    *, assignments, due_date: date, reason: str, acting_user
) -> list[Assignment]:
    """Move the due date of the active ones among ``assignments``; the reason is kept."""
    reason = clean_reason(reason)
    due = resolve_due_date(due_date=due_date)
    active = _active(assignments)
    if not active:
        raise ValidationError(_("None of the chosen assignments is active any more."))
    _check_reach(acting_user, {a.user_id for a in active})
    now = timezone.now()
    for assignment in active:
        assignment.due_date = due
        assignment.reason = reason
    bulk_update_with_history(
        active,
        Assignment,
        ["due_date", "reason"],
        batch_size=500,
        default_user=acting_user,
        default_change_reason=reason,
        default_date=now,
    )
    _sync_all(active)
    _notify_changed("due_date_changed", active)
    return active


def assignment_change_due_date(
    *, assignment: Assignment, due_date: date, reason: str, acting_user
) -> Assignment:
    return assignment_change_due_date_bulk(
        assignments=[assignment], due_date=due_date, reason=reason, acting_user=acting_user
    )[0]


@transaction.atomic
def assignments_fulfil(*, user, course) -> list[Assignment]:
    """The person completed ``course``: their active assignments of it are fulfilled."""
    active = list(
        Assignment.objects.select_for_update().filter(
            user=user, course=course, status=Status.ACTIVE
        )
    )
    now = timezone.now()
    for assignment in active:
        assignment.status = Status.FULFILLED
        assignment.status_changed_at = now
    if active:
        bulk_update_with_history(
            active,
            Assignment,
            ["status", "status_changed_at"],
            default_user=user,
            default_change_reason=_("Course completed"),
            default_date=now,
        )
    return active


@transaction.atomic
def assignments_cancel_for_departure(*, person, acting_user=None) -> list[Assignment]:
    """A person left the office: cancel their active assignments with that reason."""
    active = list(
        Assignment.objects.select_for_update()
        .filter(user=person, status=Status.ACTIVE)
        .select_related("course")
    )
    if not active:
        return []
    reason = _("left the office")
    now = timezone.now()
    for assignment in active:
        assignment.status = Status.CANCELLED
        assignment.reason = reason
        assignment.status_changed_at = now
    bulk_update_with_history(
        active,
        Assignment,
        ["status", "reason", "status_changed_at"],
        default_user=acting_user,
        default_change_reason=reason,
        default_date=now,
    )
    _sync_all(active)
    return active


def _notify_assigned(created: list[Assignment], *, note: str) -> None:
    """One message per person, listing every course they were just given."""
    if not created:
        return
    by_user = {}
    for assignment in created:
        by_user.setdefault(assignment.user_id, []).append(assignment)
    people = User.objects.filter(pk__in=list(by_user), is_active=True)
    notifications.notify(
        recipients=people,
        kind="assignment_new",
        template="assignments/notifications/assigned",
        context=lambda person: {
            "assignments": by_user[person.pk],
            "note": note,
            "render_key": tuple(
                (a.course_id, a.due_date, a.assigned_by_id) for a in by_user[person.pk]
            ),
        },
        link="/",
    )


def _notify_changed(kind: str, changed: list[Assignment]) -> None:
    people = User.objects.in_bulk({a.user_id for a in changed})
    notifications.notify_each(
        kind=f"assignment_{kind}",
        template="assignments/notifications/changed",
        messages=[
            (
                people[a.user_id],
                {
                    "assignment": a,
                    "kind": kind,
                    "render_key": (kind, a.course_id, a.due_date, a.reason),
                },
            )
            for a in changed
            if a.user_id in people
        ],
        link="/",
    )


@transaction.atomic
def assignments_for_legal_change(*, change, people, due_date: date) -> list[Assignment]:
    """Give each of ``people`` (trained on an older revision of ``change``'s lesson) one
    active law-change assignment of the course covering the changed lesson: a new one, or
    their open law-change assignment with the lesson and change added (its due date moves
    to the later of the two). People with another active assignment of the course meet the
    new revision anyway and are skipped; so is anyone this change already reached.
    Returns the assignments written or extended."""
    course = change.course
    ids = [p.pk for p in people]
    active = {
        a.user_id: a
        for a in Assignment.objects.select_for_update().filter(
            course=course, user_id__in=ids, status=Status.ACTIVE
        )
    }
    reached = set(
        Assignment.legal_changes.through.objects.filter(
            legalchange_id=change.pk, assignment__user_id__in=ids
        ).values_list("assignment__user_id", flat=True)
    )
    reason = str(REPEAT_REASONS[Source.LAW_CHANGE])
    now = timezone.now()
    new_rows, extended = [], []
    for person in people:
        if person.pk in reached:
            continue
        current = active.get(person.pk)
        if current is None:
            new_rows.append(
                Assignment(
                    user_id=person.pk,
                    course=course,
                    assigned_at=now,
                    source=Source.LAW_CHANGE,
                    due_date=due_date,
                    note=change.summary[:NOTE_MAX_LENGTH],
                )
            )
        elif current.source == Source.LAW_CHANGE:
            if current.due_date < due_date:
                current.due_date = due_date
                current._change_reason = reason
                current.save(update_fields=["due_date"])
            extended.append(current)
    created = []
    if new_rows:
        try:
            with transaction.atomic():
                created = bulk_create_with_history(
                    new_rows,
                    Assignment,
                    batch_size=500,
                    default_date=now,
                    default_change_reason=reason,
                )
        except IntegrityError:
            raise ValidationError(
                _("Someone assigned this course to some of these people at the same time.")
            ) from None
        if not all(a.pk for a in created):
            created = list(
                Assignment.objects.filter(
                    course=course,
                    status=Status.ACTIVE,
                    user_id__in=[a.user_id for a in new_rows],
                )
            )
    touched = created + extended
    through = Assignment.lessons.through
    through.objects.bulk_create(
        [through(assignment_id=a.pk, page_id=change.page_id) for a in touched],
        ignore_conflicts=True,
    )
    changes = Assignment.legal_changes.through
    changes.objects.bulk_create(
        [changes(assignment_id=a.pk, legalchange_id=change.pk) for a in touched],
        ignore_conflicts=True,
    )
    if touched:
        course_services.enrol_bulk(
            user_ids=[a.user_id for a in created], course=course, source=Source.LAW_CHANGE
        )
        sync_due_dates(course=course, user_ids=[a.user_id for a in touched])
    return touched


@transaction.atomic
def assignment_fulfil_law_change(*, assignment: Assignment) -> Assignment | None:
    """The person redid the lessons a law-change assignment covers at the new revision."""
    current = (
        Assignment.objects.select_for_update()
        .filter(pk=assignment.pk, status=Status.ACTIVE)
        .first()
    )
    if current is None:
        return None
    current.status = Status.FULFILLED
    current.status_changed_at = timezone.now()
    current._change_reason = _("The changed lessons were completed at their new revision")
    current._history_user = current.user
    current.save(update_fields=["status", "status_changed_at"])
    sync_due_dates(course=current.course, user_ids=[current.user_id])
    return current
