"""Writes for courses: enrolment, step completion and the single completion service.

``progress_refresh`` is the one place that decides whether a course is complete. Lessons,
H5P activities, quizzes and (later) session attendance all end by calling it, inside the
same transaction as the record that changed.
"""

import logging

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.dispatch import Signal
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from .models import (
    ActivityState,
    CoursePage,
    CourseProgress,
    EnrolmentSource,
    LessonActivity,
    LessonCompletion,
    LessonPage,
    ProgressStatus,
    StepStart,
)

logger = logging.getLogger("kadra.courses")
User = get_user_model()

# Sent inside the transaction when a course becomes complete for a person.
course_completed = Signal()  # kwargs: user, course, progress
# Sent when a recorded completion is withdrawn after a correction (see progress_recheck).
completion_withdrawn = Signal()  # kwargs: user, course, progress

# Sent inside the transaction when a new completion row of a step is written.
step_completed = Signal()  # kwargs: user, step, completion

# "A completion on an older revision than this no longer counts as current for retraining":
# callables taking a step (lesson or quiz page) and returning a revision id or None. The
# assignments app registers one for legal changes. The highest floor wins.
REVISION_FLOORS: list = []

# Extra requirements beyond finishing the steps, e.g. session attendance. Each callable
# takes (user, course) and returns True when met. The sessions feature registers one.
COMPLETION_REQUIREMENTS: list = []


def course_steps(course: CoursePage):
    """The live steps (lessons and quizzes) of a course, in order."""
    return list(course.get_children().live().specific().order_by("path"))


def _session_requirement_met(user, course) -> bool:
    if not course.session_required:
        return True
    return any(check(user, course) for check in COMPLETION_REQUIREMENTS)


def enrol(
    *, user, course: CoursePage, source=EnrolmentSource.SELF, due_date=None, acting_user=None
) -> CourseProgress:
    """Enrol ``user`` in ``course`` (their summary row), or bring an earlier due date forward
    on the row they have. A first enrolment with no finished steps is one insert (and its
    history row): its summary is known from the course's cached step tree."""
    if CourseProgress.objects.filter(user=user, course=course).exists():
        return _enrol_again(user=user, course=course, due_date=due_date)
    if LessonCompletion.objects.filter(user=user, course=course).exists():
        # Finished steps with no summary row (an earlier enrolment's): the full computation.
        with transaction.atomic():
            CourseProgress.objects.get_or_create(
                user=user, course=course, defaults={"source": source, "due_date": due_date}
            )
            return progress_refresh(user=user, course=course)
    from .cache import course_steps as cached_steps

    steps = cached_steps(course)
    try:
        with transaction.atomic():
            return CourseProgress.objects.create(
                user=user,
                course=course,
                source=source,
                due_date=due_date,
                steps_total=len(steps),
                next_step_id=steps[0].pk if steps else None,
            )
    except IntegrityError:  # enrolled by another request at the same moment
        return _enrol_again(user=user, course=course, due_date=due_date)


@transaction.atomic
def _enrol_again(*, user, course, due_date) -> CourseProgress:
    progress = CourseProgress.objects.select_for_update().get(user=user, course=course)
    if due_date and (progress.due_date is None or due_date < progress.due_date):
        progress.due_date = due_date
        progress.save(update_fields=["due_date", "updated_at"])
    return progress


def _chunks(items, size=500):
    items = list(items)
    for i in range(0, len(items), size):
        yield items[i : i + size]


@transaction.atomic
def enrol_bulk(*, user_ids, course: CoursePage, source=EnrolmentSource.MANUAL) -> int:
    """Enrol many people in one course at once (as :func:`enrol` does for one), in a few
    queries whatever their number. Returns how many were newly enrolled."""
    user_ids = set(user_ids)
    existing = set()
    for chunk in _chunks(user_ids):
        existing.update(
            CourseProgress.objects.filter(course=course, user_id__in=chunk).values_list(
                "user_id", flat=True
            )
        )
    new_ids = user_ids - existing
    if not new_ids:
        return 0
    # Someone with finished steps but no summary row yet gets the full computation.
    with_steps = set()
    for chunk in _chunks(new_ids):
        with_steps.update(
            LessonCompletion.objects.filter(course=course, user_id__in=chunk).values_list(
                "user_id", flat=True
            )
        )
    steps = course_steps(course)
    rows = [
        CourseProgress(
            user_id=user_id,
            course=course,
            source=source,
            steps_total=len(steps),
            next_step=steps[0] if steps else None,
        )
        for user_id in sorted(new_ids - with_steps)
    ]
    bulk_create_with_history(rows, CourseProgress, batch_size=500)
    for user_id in sorted(with_steps):
        CourseProgress.objects.create(user_id=user_id, course=course, source=source)
        progress_refresh(user=User.objects.get(pk=user_id), course=course)
    return len(new_ids)


@transaction.atomic
def progress_set_due_dates(*, course: CoursePage, due_dates: dict) -> int:
    """Set the due date shown on people's summary rows (``{user_id: date or None}``), as
    the assignments decide it. Returns how many rows changed."""
    changed = []
    now = timezone.now()
    for chunk in _chunks(due_dates):
        for progress in CourseProgress.objects.filter(course=course, user_id__in=chunk):
            due = due_dates[progress.user_id]
            if progress.due_date != due:
                progress.due_date, progress.updated_at = due, now
                changed.append(progress)
    # One UPDATE per distinct due date (a bulk assignment has one or a few), then the
    # history rows in bulk: much cheaper than a per-row CASE for thousands of people.
    by_due = {}
    for progress in changed:
        by_due.setdefault(progress.due_date, []).append(progress.pk)
    for due, pks in by_due.items():
        for chunk in _chunks(pks):
            CourseProgress.objects.filter(pk__in=chunk).update(due_date=due, updated_at=now)
    if changed:
        CourseProgress.history.bulk_history_create(
            changed, batch_size=500, update=True, default_date=now
        )
    return len(changed)


_SUMMARY_FIELDS = (
    "steps_total",
    "steps_done",
    "percent",
    "next_step_id",
    "started_at",
    "status",
    "completed_at",
    "completed_revision_id",
)


@transaction.atomic
def progress_refresh(*, user, course: CoursePage) -> CourseProgress:
    """Recompute the summary row for one person and course, completing it when due."""
    progress, _ = CourseProgress.objects.select_for_update().get_or_create(user=user, course=course)
    before = {field: getattr(progress, field) for field in _SUMMARY_FIELDS}
    steps = course_steps(course)
    done_ids = set(
        LessonCompletion.objects.counting()
        .filter(user=user, course=course, cycle=progress.cycle)
        .values_list("lesson_id", flat=True)
    )
    done = [s for s in steps if s.pk in done_ids]
    progress.steps_total = len(steps)
    progress.steps_done = len(done)
    progress.percent = int(100 * len(done) / len(steps)) if steps else 0
    progress.next_step = next((s for s in steps if s.pk not in done_ids), None)
    now = timezone.now()
    if done and progress.started_at is None:
        progress.started_at = now
    all_done = bool(steps) and len(done) == len(steps)
    previous = progress.status
    if progress.completed_at is not None:
        # A completion is evidence: once recorded, its date and the course revision it rests
        # on never change, whatever is added to the course or refreshed later. Retraining
        # after a legal change gives new assignments; it does not rewrite this row.
        progress.status = ProgressStatus.COMPLETED
    elif all_done and _session_requirement_met(user, course):
        progress.status = ProgressStatus.COMPLETED
        progress.completed_at = now
        progress.completed_revision_id = course.live_revision_id
    elif all_done:
        progress.status = ProgressStatus.AWAITING_SESSION
        progress.completed_at = None
    elif done or progress.started_at:
        progress.status = ProgressStatus.IN_PROGRESS
        progress.completed_at = None
    else:
        progress.status = ProgressStatus.NOT_STARTED
    # Save (and so write a history row) only when the summary changed: a repeated xAPI
    # statement or a second run of the seed must not fill the audit history.
    if any(getattr(progress, field) != value for field, value in before.items()):
        progress.save()
    if progress.status == ProgressStatus.COMPLETED and previous != ProgressStatus.COMPLETED:
        course_completed.send(sender=CoursePage, user=user, course=course, progress=progress)
        logger.info("course %s completed by user %s", course.pk, user.pk)
    return progress


@transaction.atomic
def course_restart(*, user, course: CoursePage, acting_user=None, reason: str) -> CourseProgress:
    """Start a new training cycle for someone who completed ``course`` (recertification, or a
    leader asking people to repeat it).

    Nothing recorded is deleted: the completions of earlier cycles stay, with their dates and
    revisions, and the summary row's history keeps the completion it showed. From now on the
    row counts only the steps done in the new cycle, quiz attempts start afresh, H5P
    activities are played again, and ``course_completed`` is sent again when the person
    finishes. Someone who has not completed the course keeps their cycle (returned as is).
    """
    progress, _ = CourseProgress.objects.select_for_update().get_or_create(user=user, course=course)
    if progress.completed_at is None:
        return progress
    now = timezone.now()
    progress.cycle += 1
    progress.cycle_started_at = now
    progress.completed_at = None
    progress.completed_revision = None
    progress.started_at = None
    progress._change_reason = reason
    progress._history_user = acting_user
    progress.save()
    lesson_ids = [step.pk for step in course_steps(course)]
    for state in ActivityState.objects.select_for_update().filter(
        user=user, lesson_id__in=lesson_ids, completed_at__isnull=False
    ):
        state.completed_at, state.score_raw, state.score_max, state.state = None, None, None, ""
        state._change_reason = reason
        state._history_user = acting_user
        state.save()
    progress = progress_refresh(user=user, course=course)
    logger.info("course %s restarted for user %s (cycle %s)", course.pk, user.pk, progress.cycle)
    return progress


@transaction.atomic
def progress_recheck(*, user, course: CoursePage, acting_user=None, reason: str) -> CourseProgress:
    """A requirement the completion rested on was corrected (attendance marked by mistake):
    when the course's requirements are no longer met, withdraw the completion.

    The withdrawal is explicit, never silent: the summary row's history records who did it,
    why, and the completion it showed. Otherwise the row is refreshed as usual.
    """
    progress, _ = CourseProgress.objects.select_for_update().get_or_create(user=user, course=course)
    if progress.completed_at is not None and not _session_requirement_met(user, course):
        progress.completed_at = None
        progress.completed_revision = None
        progress.status = ProgressStatus.AWAITING_SESSION
        progress._change_reason = reason
        progress._history_user = acting_user
        progress.save()
        completion_withdrawn.send(sender=CoursePage, user=user, course=course, progress=progress)
        logger.info("completion of course %s withdrawn for user %s", course.pk, user.pk)
    return progress_refresh(user=user, course=course)


def cycle_started_at(*, user, course):
    """When the person's current training cycle of ``course`` began (None for the first)."""
    return (
        CourseProgress.objects.filter(user=user, course=course)
        .values_list("cycle_started_at", flat=True)
        .first()
    )


def _revision_for(page, revision_id):
    """The revision the learner saw: the posted one if it was published for this page (a
    learner may have had the page open across a republish), else the live one. Drafts a
    learner never saw are not accepted."""
    if revision_id and revision_id != page.live_revision_id:
        from wagtail.models import PageLogEntry

        published = PageLogEntry.objects.filter(
            page_id=page.pk, action="wagtail.publish", revision_id=revision_id
        ).exists()
        if published:
            return page.revisions.filter(pk=revision_id).first() or page.live_revision
    return page.live_revision


@transaction.atomic
def step_complete(*, user, step, revision_id=None) -> LessonCompletion:
    """Record that ``user`` finished ``step`` (a lesson or quiz page) and refresh progress."""
    course = step.get_parent().specific
    revision = _revision_for(step, revision_id)
    progress, _ = CourseProgress.objects.select_for_update().get_or_create(user=user, course=course)
    # A completion is kept as it is: finishing again (a republished lesson, a repeated
    # statement) never changes its date or the revision it records. A new row is written
    # only for the first completion in the cycle, or when the newest one rests on a revision
    # older than the step's floor (a material legal change since): retraining.
    newest = (
        LessonCompletion.objects.filter(user=user, lesson_id=step.pk, cycle=progress.cycle)
        .order_by("-completed_at", "-pk")
        .first()
    )
    if newest is not None and newest.reopened_at is not None:
        if revision is not None and newest.revision_id == revision.pk:
            # Finished again on the text that was re-opened (a page left open across the
            # change): it still does not count; the next visit shows the new revision.
            return newest
    elif newest is not None and not _below_floor(newest, step, revision):
        progress_refresh(user=user, course=course)
        return newest
    completion = LessonCompletion.objects.create(
        user=user,
        lesson_id=step.pk,
        cycle=progress.cycle,
        course=course,
        revision=revision,
        completed_at=timezone.now(),
    )
    progress_refresh(user=user, course=course)
    step_completed.send(sender=LessonCompletion, user=user, step=step, completion=completion)
    return completion


def completions_reopen(
    *, lesson_id: int, course: CoursePage, user_ids, before_revision_id: int, reason: str
) -> list[int]:
    """Re-open the counting completions of ``lesson_id`` that rest on a revision older than
    ``before_revision_id`` for these people (a material legal change reached them mid-course):
    each row keeps its date and revision, its history records why, and it stops counting, so
    the outline shows the lesson to do again. Returns the people whose lesson was re-opened."""
    from django.db.models import Q

    now = timezone.now()
    reopened = []
    with transaction.atomic():
        rows = (
            LessonCompletion.objects.current()
            .select_for_update()
            .filter(lesson_id=lesson_id, user_id__in=list(user_ids))
            .filter(Q(revision__isnull=True) | Q(revision_id__lt=before_revision_id))
        )
        for completion in rows:
            completion.reopened_at = now
            completion.reopened_reason = reason[:500]
            completion._change_reason = reason[:100]
            completion.save(update_fields=["reopened_at", "reopened_reason"])
            reopened.append(completion.user_id)
        users = User.objects.in_bulk(set(reopened))
        for user_id in sorted(set(reopened)):
            progress_refresh(user=users[user_id], course=course)
    return sorted(set(reopened))


def revision_floor(step):
    """The revision a completion of ``step`` must rest on to count as current (or None)."""
    floors = [f for f in (check(step) for check in REVISION_FLOORS) if f is not None]
    return max(floors) if floors else None


def _below_floor(completion, step, revision) -> bool:
    """Whether ``completion`` no longer counts as current, and the revision now seen does."""
    floor = revision_floor(step)
    if floor is None or revision is None or revision.pk < floor:
        return False
    return completion.revision_id is None or completion.revision_id < floor


@transaction.atomic
def step_started(*, user, step, course=None) -> StepStart:
    """Record that ``user`` opened ``step`` (the first time only) and start the course."""
    course = course or step.get_parent().specific
    start = StepStart.objects.filter(user=user, step_id=step.pk).first()
    if start is not None:
        return start
    start, _created = StepStart.objects.get_or_create(
        user=user,
        step_id=step.pk,
        defaults={
            "course": course,
            "revision_id": step.live_revision_id,
            "started_at": timezone.now(),
        },
    )
    progress, _ = CourseProgress.objects.select_for_update().get_or_create(user=user, course=course)
    if progress.started_at is None:
        progress.started_at = timezone.now()
        if progress.status == ProgressStatus.NOT_STARTED:
            progress.status = ProgressStatus.IN_PROGRESS
        progress.save(update_fields=["started_at", "status", "updated_at"])
    return start


def lesson_activities_sync(lesson: LessonPage) -> None:
    """Rebuild the activity index of a lesson from its live content (called on publish)."""
    blocks = [(b.id, b.value["package"]) for b in lesson.h5p_blocks() if b.value.get("package")]
    with transaction.atomic():
        LessonActivity.objects.filter(lesson=lesson).exclude(
            block_id__in=[bid for bid, _ in blocks]
        ).delete()
        for position, (block_id, package) in enumerate(blocks):
            LessonActivity.objects.update_or_create(
                lesson=lesson,
                block_id=block_id,
                defaults={"package": package, "position": position},
            )


@transaction.atomic
def activity_finished(
    *, user, lesson: LessonPage, block_id: str, score_raw=None, score_max=None, revision_id=None
) -> ActivityState:
    """Mark one H5P activity finished; finish the lesson when all its activities are."""
    activity = LessonActivity.objects.get(lesson=lesson, block_id=block_id)
    state, _ = ActivityState.objects.select_for_update().get_or_create(
        user=user, lesson=lesson, block_id=block_id, defaults={"package": activity.package}
    )
    # Redoing the lesson after a legal change: an activity finished before the completion
    # that no longer counts is finished again now, and only those finished since count.
    since = _redo_since(user, lesson)
    if state.completed_at is None or (since is not None and state.completed_at <= since):
        if state.completed_at is not None:
            state._change_reason = "Redone after a legal change"
        state.completed_at = timezone.now()
    if score_max is not None:
        state.score_raw, state.score_max = score_raw, score_max
    state.save()
    finished = ActivityState.objects.filter(user=user, lesson=lesson, completed_at__isnull=False)
    if since is not None:
        finished = finished.filter(completed_at__gt=since)
    remaining = (
        LessonActivity.objects.filter(lesson=lesson)
        .exclude(block_id__in=finished.values("block_id"))
        .exists()
    )
    if not remaining:
        step_complete(user=user, step=lesson, revision_id=revision_id)
    return state


def _redo_since(user, lesson):
    """When the person's completion of ``lesson`` that must be redone was recorded (re-opened,
    or resting on a revision older than a legal change since), else None."""
    cycle = (
        CourseProgress.objects.filter(user=user, course_id=lesson.get_parent().pk)
        .values_list("cycle", flat=True)
        .first()
    ) or 1
    newest = (
        LessonCompletion.objects.filter(user=user, lesson_id=lesson.pk, cycle=cycle)
        .order_by("-completed_at", "-pk")
        .first()
    )
    if newest is None:
        return None
    if newest.reopened_at is not None or _below_floor(newest, lesson, lesson.live_revision):
        return newest.completed_at
    return None


@transaction.atomic
def activity_save_state(*, user, lesson: LessonPage, block_id: str, state: str) -> ActivityState:
    activity = LessonActivity.objects.get(lesson=lesson, block_id=block_id)
    obj, created = ActivityState.objects.select_for_update().get_or_create(
        user=user,
        lesson=lesson,
        block_id=block_id,
        defaults={"state": state, "package": activity.package},
    )
    if not created and obj.package_id == activity.package_id:
        # The state is left out of the history, so saving only it (the player does so
        # every few seconds) must not add history rows.
        obj.state = state
        obj.save_without_historical_record(update_fields=["state", "updated_at"])
    elif not created:
        obj.state, obj.package = state, activity.package
        obj.save()
    return obj


def step_enter(*, user, step):
    """A learner opens a course step (lesson or quiz): check they may see it, enrol them
    where the course is open to all, and return (course, progress, outline, the step's index
    in the outline). Raises Http404 for a step they may not see."""
    from django.http import Http404

    from . import access, selectors

    course = step.get_parent().specific
    progress = CourseProgress.objects.filter(user=user, course=course).first()
    if not access.can_view_step(user, step, course, enrolled=progress is not None):
        raise Http404
    if progress is None and access.can_enrol(user, course):
        progress = enrol(user=user, course=course)
    steps = selectors.course_outline(user, course)
    index = next(i for i, s in enumerate(steps) if s.page.pk == step.pk)
    return course, progress, steps, index
