"""Retraining when the law changes: a publish marked as a material legal change reaches the
people trained on an older revision of that lesson, for the changed lessons only.

``legal_change_publish`` (the Wagtail admin's marking) publishes the page's latest revision
and records the :class:`~assignments.models.LegalChange` in one transaction, then queues
``process_legal_change`` (a background task) once it commits. Processing is idempotent and
resumable: it may run twice or stop midway, and it never assigns anything twice.
"""

import logging
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Max
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from courses import services as course_services
from courses.models import CourseProgress, LessonCompletion
from lms import notifications
from lms.models import User

from .models import Assignment, LegalChange, Source, Status

logger = logging.getLogger("kadra.assignments")

# Sent once per processing run with the law-change assignments written or extended in it.
law_change_assigned = Signal()  # kwargs: assignments, change
# Sent when a law-change assignment is fulfilled by redoing its lessons at the new revision.
law_change_fulfilled = Signal()  # kwargs: assignment

SUMMARY_MAX_LENGTH = 500
BASIS_MAX_LENGTH = 300
BATCH = 500

# How many of these people's certificates of a course a change would mark "update
# required": callables (course, user_ids) -> int. The certificates app registers one.
CERTIFICATE_COUNTERS: list = []
# People trained on an older revision who get no retraining all the same: callables
# (course, user_ids) -> set of user ids. The certificates app registers one for people
# whose certificate was revoked or has expired (they must complete or recertify instead).
RETRAINING_EXCLUSIONS: list = []


# --- the floor the courses app asks for -------------------------------------------------


def revision_floor(step) -> int | None:
    """The revision of the newest legal change of ``step``: a completion on an older one no
    longer counts as current for retraining."""
    return LegalChange.objects.filter(page_id=step.pk).aggregate(m=Max("revision_id"))["m"]


def register() -> None:
    if revision_floor not in course_services.REVISION_FLOORS:
        course_services.REVISION_FLOORS.append(revision_floor)


# --- who is affected ------------------------------------------------------------------------


@dataclass
class Impact:
    """Who a change to a lesson reaches (counts, and the ids for whoever may see names)."""

    affected: list[int] = field(default_factory=list)  # trained on an older revision
    mid_course: list[int] = field(default_factory=list)  # meet the new revision anyway
    by_unit: list[tuple[str, int]] = field(default_factory=list)
    certificates: int = 0

    @property
    def affected_count(self) -> int:
        return len(self.affected)

    @property
    def mid_course_count(self) -> int:
        return len(self.mid_course)


def _newest_revisions(page_id: int) -> dict[int, int | None]:
    """Each active person's newest completion of the page in their current cycle:
    ``{user_id: revision_id}``."""
    rows = (
        LessonCompletion.objects.current()
        .filter(lesson_id=page_id, user__is_active=True)
        .order_by("user_id", "completed_at", "pk")
        .values_list("user_id", "revision_id")
    )
    # One plain read (no server-side cursor): two ints a person, whatever the office's size.
    return dict(rows)


def impact(*, page, revision_id: int, course) -> Impact:
    """Who a change making ``revision_id`` live would reach: people whose newest completion
    of ``page`` rests on an older revision, split into those trained (course completed in
    this cycle, no other active assignment of it) and those mid-course."""
    older = [
        user_id
        for user_id, rev in _newest_revisions(page.pk).items()
        if rev is None or rev < revision_id
    ]
    # Who completed the course in this cycle, with their unit (for the figures per unit).
    progress = CourseProgress.objects.filter(course=course, completed_at__isnull=False)
    if len(older) <= BATCH:
        progress = progress.filter(user_id__in=older)
    wanted = set(older)
    unit_of = {
        user_id: name or ""
        for user_id, name in progress.values_list("user_id", "user__org_unit__name")
        if user_id in wanted
    }
    completed = set(unit_of)
    busy = among(
        Assignment.objects.filter(course=course, status=Status.ACTIVE).exclude(
            source=Source.LAW_CHANGE
        ),
        older,
    )
    excluded = set()
    if completed:
        for exclude in RETRAINING_EXCLUSIONS:
            excluded.update(exclude(course, completed))
    result = Impact()
    for user_id in older:
        if user_id in excluded:
            continue
        if user_id in completed and user_id not in busy:
            result.affected.append(user_id)
        else:
            result.mid_course.append(user_id)
    if result.affected:
        units = {}
        for user_id in result.affected:
            units[unit_of[user_id]] = units.get(unit_of[user_id], 0) + 1
        result.by_unit = sorted(units.items())
        result.certificates = sum(count(course, result.affected) for count in CERTIFICATE_COUNTERS)
    return result


def among(queryset, ids, field: str = "user_id") -> set:
    """The values of ``field`` in ``queryset`` that are among ``ids``: an ``IN`` list for a
    few ids, one read of the queryset for many (not one query per 500 of them)."""
    ids = set(ids)
    if not ids:
        return set()
    if len(ids) <= BATCH:
        return set(queryset.filter(**{f"{field}__in": list(ids)}).values_list(field, flat=True))
    return ids.intersection(queryset.values_list(field, flat=True))


def _chunks(items, size=BATCH):
    items = list(items)
    for i in range(0, len(items), size):
        yield items[i : i + size]


# --- marking (the admin's confirm) -----------------------------------------------------------


def clean_marking(*, summary, legal_basis="", retraining_days=None) -> tuple[str, str]:
    summary = " ".join((summary or "").split())
    legal_basis = " ".join((legal_basis or "").split())
    errors = {}
    if not summary:
        errors["summary"] = _("Say what changed: learners and their leaders read it.")
    elif len(summary) > SUMMARY_MAX_LENGTH:
        errors["summary"] = _("Keep the summary under %(max)s characters.") % {
            "max": SUMMARY_MAX_LENGTH
        }
    if len(legal_basis) > BASIS_MAX_LENGTH:
        errors["legal_basis"] = _("Keep the legal basis under %(max)s characters.") % {
            "max": BASIS_MAX_LENGTH
        }
    if retraining_days is not None and not 1 <= retraining_days <= 3650:
        errors["retraining_days"] = _("Give a number of days between 1 and 3650.")
    if errors:
        raise ValidationError(errors)
    return summary, legal_basis


def legal_change_publish(
    *,
    page,
    user,
    summary: str,
    legal_basis: str = "",
    applies_from: date | None = None,
    retraining_days: int | None = None,
) -> LegalChange:
    """Publish ``page``'s latest revision as a material legal change, in one transaction
    with its :class:`LegalChange`; queue the processing once it commits. A publish that
    fails leaves no change behind."""
    from courses.models import CoursePage

    from . import tasks

    summary, legal_basis = clean_marking(
        summary=summary, legal_basis=legal_basis, retraining_days=retraining_days
    )
    page = Page.objects.get(pk=page.pk).specific
    course = page.get_parent().specific
    if not isinstance(course, CoursePage):
        raise ValidationError(_("Only lessons and quizzes of a course can be marked."))
    if not page.permissions_for_user(user).can_publish():
        raise PermissionDenied
    with transaction.atomic():
        page = Page.objects.select_for_update().get(pk=page.pk).specific
        lock = page.get_lock()
        if lock is not None and lock.for_user(user):
            raise ValidationError(
                _("This page is locked by someone else. Ask them to unlock it first.")
            )
        revision = page.get_latest_revision()
        if revision is None or revision.pk == page.live_revision_id:
            raise ValidationError(
                _("There is no new draft to publish. Save your changes as a draft first.")
            )
        revision.publish(user=user)
        page = Page.objects.get(pk=page.pk)
        change = LegalChange.objects.create(
            page=page,
            revision_id=page.live_revision_id,
            course=course,
            summary=summary,
            legal_basis=legal_basis,
            applies_from=applies_from,
            retraining_days=retraining_days,
            created_by=user,
        )
        transaction.on_commit(lambda: tasks.process_legal_change.enqueue(change.pk))
    logger.info("legal change %s marked on page %s by user %s", change.pk, page.pk, user.pk)
    return change


# --- processing (the background task) --------------------------------------------------------


def process_legal_change(change_id: int) -> int:
    """Give everyone trained on an older revision of the changed lesson a law-change
    assignment (or add the lesson to their open one), in batches, each in its own
    transaction. Returns how many people it reached in this run. Idempotent."""
    from . import services

    change = LegalChange.objects.select_related("course", "page").filter(pk=change_id).first()
    if change is None:
        return 0
    course = change.course
    found = impact(page=change.page, revision_id=change.revision_id, course=course)
    days = change.retraining_days or course.retraining_days
    due = timezone.localdate() + timedelta(days=days)
    reached = 0
    for chunk in _chunks(found.affected):
        with transaction.atomic():
            # The change's row orders two workers processing it at once: the second sees
            # whom the first reached and skips them.
            LegalChange.objects.select_for_update().filter(pk=change.pk).first()
            people = list(User.objects.filter(pk__in=chunk, is_active=True).order_by("pk"))
            touched = services.assignments_for_legal_change(
                change=change, people=people, due_date=due
            )
            if touched:
                _notify(change, touched)
                law_change_assigned.send(sender=LegalChange, assignments=touched, change=change)
            reached += len(touched)
    reason = _("Re-opened by the legal change of %(date)s: %(summary)s") % {
        "date": timezone.localdate(change.created_at).strftime("%d.%m.%Y"),
        "summary": change.summary,
    }
    for chunk in _chunks(found.mid_course):
        # Mid-course: the old completion stops counting and the outline says why.
        course_services.completions_reopen(
            lesson_id=change.page_id,
            course=course,
            user_ids=chunk,
            before_revision_id=change.revision_id,
            reason=reason,
        )
    LegalChange.objects.filter(pk=change.pk, processed_at__isnull=True).update(
        processed_at=timezone.now()
    )
    logger.info("legal change %s reached %s people", change.pk, reached)
    return reached


def _notify(change: LegalChange, assignments: list[Assignment]) -> None:
    people = User.objects.select_related("org_unit").in_bulk([a.user_id for a in assignments])
    learners = [people[a.user_id] for a in assignments if a.user_id in people]
    context = {"change": change, "course": change.course, "render_key": ("law", change.pk)}
    notifications.notify(
        recipients=learners,
        kind="law_change_assigned",
        template="assignments/legal/notifications/assigned",
        context=context,
        link=change.course.url or "/",
    )

    # The active leaders of each person's unit and of every unit above it (not themself),
    # for the whole batch in one query.
    def paths_of(unit):
        return [unit.path[:i] for i in range(unit.steplen, len(unit.path) + 1, unit.steplen)]

    units = {p.org_unit.path: p.org_unit for p in learners if p.org_unit is not None}
    wanted = {path for unit in units.values() for path in paths_of(unit)}
    leading: dict[str, set[int]] = {}
    leader_objects = {}
    if wanted:
        for leader in User.objects.filter(is_active=True, led_units__path__in=wanted).annotate(
            led_path=F("led_units__path")
        ):
            leading.setdefault(leader.led_path, set()).add(leader.pk)
            leader_objects[leader.pk] = leader
    leaders = {}
    for person in learners:
        if person.org_unit is None:
            continue
        theirs = set().union(*(leading.get(path, ()) for path in paths_of(person.org_unit)))
        theirs.discard(person.pk)
        for pk in sorted(theirs):
            leaders.setdefault(pk, (leader_objects[pk], []))[1].append(person)
    notifications.notify(
        recipients=[leader for leader, _people in leaders.values()],
        kind="law_change_team",
        template="assignments/legal/notifications/team",
        context=lambda leader: {
            **context,
            "people": leaders[leader.pk][1],
            "render_key": ("law-team", change.pk, tuple(p.pk for p in leaders[leader.pk][1])),
        },
        link=f"/legal-changes/{change.pk}/",
    )


# --- fulfilment --------------------------------------------------------------------------


def caught_up(assignment: Assignment) -> bool:
    """Whether every lesson the assignment covers has a completion in the person's current
    cycle on a revision at least as new as the newest change of that lesson, and the update
    check on those lessons is passed when the final quiz has questions linked to them."""
    from .legal_update import caught_up as _caught_up

    return _caught_up(assignment)


def fulfil_if_caught_up(assignments) -> list[Assignment]:
    """Fulfil those of these open law-change assignments whose person has caught up."""
    from . import services

    done = []
    for assignment in assignments:
        if caught_up(assignment):
            fulfilled = services.assignment_fulfil_law_change(assignment=assignment)
            if fulfilled is not None:
                done.append(fulfilled)
                law_change_fulfilled.send(sender=LegalChange, assignment=fulfilled)
    return done


def on_step_completed(*, user, step, completion) -> list[Assignment]:
    """A person finished a step: fulfil their open law-change assignments it completes."""
    return fulfil_if_caught_up(
        list(
            Assignment.objects.filter(
                user=user, status=Status.ACTIVE, source=Source.LAW_CHANGE, lessons__pk=step.pk
            ).distinct()
        )
    )


def _leaders_of(person) -> list:
    """The active leaders of the person's unit and of every unit above it (not themself)."""
    unit = person.org_unit
    if unit is None:
        return []
    paths = [unit.path[:i] for i in range(unit.steplen, len(unit.path) + 1, unit.steplen)]
    return list(
        User.objects.filter(is_active=True, led_units__path__in=paths)
        .exclude(pk=person.pk)
        .distinct()
        .order_by("pk")
    )


# --- what the learner sees --------------------------------------------------------------


@dataclass(frozen=True)
class OutlineNote:
    published_on: date
    summary: str


def outline_notes(*, user, course, reopened=()) -> dict[int, list[OutlineNote]]:
    """The lessons of ``course`` the person must redo under an open law-change assignment,
    or whose completion a change re-opened mid-course (``reopened``, the lesson ids), each
    with the changes that reached them: ``{lesson_id: [notes, oldest first]}``."""
    if not user.is_authenticated:
        return {}
    rows = list(
        LegalChange.objects.filter(
            assignments__user=user,
            assignments__course=course,
            assignments__status=Status.ACTIVE,
            assignments__source=Source.LAW_CHANGE,
        )
        .order_by("created_at", "pk")
        .values_list("pk", "page_id", "created_at", "summary")
        .distinct()
    )
    if reopened:
        # Lessons re-opened mid-course: the changes newer than the completion re-opened.
        floors = dict(
            LessonCompletion.objects.filter(
                user=user, course=course, lesson_id__in=list(reopened), reopened_at__isnull=False
            )
            .values("lesson_id")
            .annotate(rev=Max("revision_id"))
            .values_list("lesson_id", "rev")
        )
        for row in (
            LegalChange.objects.filter(course=course, page_id__in=list(reopened))
            .order_by("created_at", "pk")
            .values_list("pk", "page_id", "created_at", "summary", "revision_id")
        ):
            if row[4] > (floors.get(row[1]) or 0):
                rows.append(row[:4])
    notes: dict[int, list[OutlineNote]] = {}
    seen = set()
    for pk, page_id, created_at, summary in sorted(rows, key=lambda r: (r[2], r[0])):
        if pk in seen:
            continue
        seen.add(pk)
        notes.setdefault(page_id, []).append(
            OutlineNote(published_on=timezone.localdate(created_at), summary=summary)
        )
    return notes
