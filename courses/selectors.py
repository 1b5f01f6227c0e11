"""Reads for learners: the catalogue, my learning, course outlines, step states, the lesson
player. Constant query counts."""

import hashlib
import random
from dataclasses import dataclass, field
from types import SimpleNamespace

from django.db.models import Exists, OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import (
    ActivityState,
    Area,
    CoursePage,
    CourseProgress,
    LessonActivity,
    LessonCompletion,
    LessonPage,
    ProgressStatus,
    StepStart,
)
from .search import MAX_QUERY_CHARS, folded_query


def catalogue(user, index_page, *, area: str, query: str) -> tuple[list, str]:
    """The courses of the catalogue ``user`` may see, narrowed to ``area`` (ignored unless it
    is one of the areas) and to the words of ``query``, each with ``my_progress`` (their
    summary row or None). Returns the courses and the query as it was used."""
    from .access import visible_courses

    courses = visible_courses(user).descendant_of(index_page)
    if area in Area.values:
        courses = courses.filter(area=area)
    terms = folded_query(query)
    query = query[:MAX_QUERY_CHARS]
    if terms:
        # Whole words first; if nothing matches, words that start with what was typed.
        # Both run on the folded words, which match the folded copy of every page's text.
        results = list(courses.search(terms)) or list(courses.autocomplete(terms))
        # Courses whose lessons mention the words come after direct hits.
        lesson_paths = {
            lesson.path[: -CoursePage.steplen]
            for lesson in LessonPage.objects.live().descendant_of(index_page).search(terms)[:50]
        }
        found = {c.pk for c in results}
        results += [c for c in courses.filter(path__in=lesson_paths) if c.pk not in found]
    else:
        results = list(courses.order_by("title"))
    progress = {
        p.course_id: p
        for p in CourseProgress.objects.filter(user=user, course__in=[c.pk for c in results])
    }
    for course in results:
        course.my_progress = progress.get(course.pk)
    return results, query


def course_progress(user, course):
    """The person's summary row for ``course``, or None when they are not enrolled."""
    return CourseProgress.objects.filter(user=user, course=course).first()


def my_learning(user):
    """The person's courses with their summary rows (one query)."""
    if not user.is_authenticated:
        return []
    rows = list(
        CourseProgress.objects.filter(user=user, course__live=True)
        .select_related("course", "next_step")
        .order_by("status", "due_date", "course__title")
    )
    today = timezone.localdate()
    order = {
        ProgressStatus.IN_PROGRESS: 0,
        ProgressStatus.NOT_STARTED: 1,
        ProgressStatus.AWAITING_SESSION: 2,
        ProgressStatus.COMPLETED: 3,
    }
    for row in rows:
        row.overdue = bool(
            row.due_date and row.due_date < today and row.status != ProgressStatus.COMPLETED
        )
    rows.sort(
        key=lambda r: (
            order.get(r.status, 9),
            r.due_date or today.replace(year=9999),
            r.course.title,
        )
    )
    return rows


@dataclass
class StepState:
    page: object
    kind: str  # "lesson" | "quiz"
    done: bool
    locked: bool
    lock_reason: str
    completed_at: object = None
    is_next: bool = False


def _kind(page):
    return getattr(page, "step_kind", "lesson")


@dataclass
class LearnerCourse:
    """One person's view of a course: their summary row, the outline and what is missing."""

    progress: object  # CourseProgress or None
    steps: list  # StepState, in order
    missing_prerequisites: list
    # Lessons whose completion a legal change re-opened (to do again at the new revision).
    reopened: frozenset = frozenset()
    # Each step's newest completion in the cycle, counting or re-opened (with its revision).
    latest: dict = field(default_factory=dict)

    @property
    def next_step(self):
        return next((s for s in self.steps if s.is_next), None)


def learner_course(user, course: CoursePage, *, step=None) -> LearnerCourse:
    """The course as ``user`` meets it, in two queries whatever the size of the course: the
    step tree and the prerequisites come from the shared cache (``courses.cache``), the
    person's summary rows of the course and its prerequisites from one query and their
    completions in the current training cycle from another. With ``step``, the summary rows
    also say whether the person has opened that step (``step_opened``, see ``StepStart``)."""
    from . import cache

    steps = cache.course_steps(course)
    prereqs = cache.course_prerequisites(course)
    rows, completions, reopened, latest = {}, {}, set(), {}
    if user.is_authenticated:
        summaries = CourseProgress.objects.filter(
            user=user, course_id__in=[course.pk, *(c.pk for c in prereqs)]
        )
        if step is not None:
            summaries = summaries.annotate(
                step_opened=Exists(StepStart.objects.filter(user=user, step_id=step.pk))
            )
        rows = {p.course_id: p for p in summaries}
        progress = rows.get(course.pk)
        rows_of_cycle = (
            LessonCompletion.objects.filter(
                user=user, course=course, cycle=progress.cycle if progress else 1
            )
            .only("lesson_id", "completed_at", "reopened_at", "revision_id")
            .order_by("completed_at", "pk")
        )
        for c in rows_of_cycle:
            latest[c.lesson_id] = c
            if c.reopened_at is None:
                completions[c.lesson_id] = c
            else:
                reopened.add(c.lesson_id)
        reopened -= set(completions)
    missing = [
        c for c in prereqs if c.pk not in rows or rows[c.pk].status != ProgressStatus.COMPLETED
    ]
    return LearnerCourse(
        progress=rows.get(course.pk),
        steps=_states(course, steps, completions, missing),
        missing_prerequisites=missing,
        reopened=frozenset(reopened),
        latest=latest,
    )


def course_outline(user, course: CoursePage, steps=None):
    """Each step with done/locked state and the reason a step is locked."""
    if steps is None:
        return learner_course(user, course).steps
    completions = (
        {
            c.lesson_id: c
            for c in LessonCompletion.objects.current()
            .filter(user=user, course=course)
            .only("lesson_id", "completed_at")
        }
        if user.is_authenticated
        else {}
    )
    return _states(course, steps, completions, missing_prerequisites(user, course))


def _states(course, steps, completions, missing_prereqs) -> list:
    states = []
    previous_done = True
    lessons_done = True
    for page in steps:
        done = page.pk in completions
        kind = _kind(page)
        reason = ""
        if missing_prereqs:
            reason = _("Finish the prerequisite courses first: %(courses)s.") % {
                "courses": ", ".join(c.title for c in missing_prereqs)
            }
        elif course.sequential and not previous_done and not done:
            reason = _("Finish the previous step first.")
        elif kind == "quiz" and not lessons_done and not done:
            reason = _("Finish all lessons before the final quiz.")
        states.append(
            StepState(
                page,
                kind,
                done,
                bool(reason),
                reason,
                completions[page.pk].completed_at if done else None,
            )
        )
        previous_done = done
        if kind == "lesson" and not done:
            lessons_done = False
    for state in states:
        if not state.done and not state.locked:
            state.is_next = True
            break
    return states


def missing_prerequisites(user, course: CoursePage):
    prereqs = list(course.prerequisites.live().only("pk", "title"))
    if not prereqs:
        return []
    completed = set(
        CourseProgress.objects.filter(
            user=user, course__in=prereqs, status=ProgressStatus.COMPLETED
        ).values_list("course_id", flat=True)
    )
    return [c for c in prereqs if c.pk not in completed]


def activity_states(user, lesson):
    return {s.block_id: s for s in ActivityState.objects.filter(user=user, lesson=lesson)}


def step_opened(user, step) -> bool:
    """Whether the person has opened the step (a step-start record exists)."""
    return StepStart.objects.filter(user=user, step_id=step.pk).exists()


def activities_remaining(user, lesson) -> int:
    """How many of the lesson's live H5P activities the person has not finished."""
    finished = ActivityState.objects.filter(
        user=user, lesson=lesson, completed_at__isnull=False
    ).values("block_id")
    return LessonActivity.objects.filter(lesson=lesson).exclude(block_id__in=finished).count()


def scenario_answers(user, block) -> list:
    """A scenario's answers in this person's own order: shuffled, so the good answer is not
    given away by its place, and the same on every visit (seeded by person and block)."""
    answers = list(block.value["answers"])
    seed = hashlib.sha256(f"{user.pk}:{block.id}".encode()).digest()
    random.Random(seed).shuffle(answers)
    return answers


@dataclass
class LessonRedo:
    """A lesson the person finished on a revision older than its newest material legal
    change: what changed since (``diff``, None when the old revision is not on record)."""

    completion: object  # their newest completion in the cycle (counting or re-opened)
    diff: object = None  # lesson_changes.LessonDiff
    intro_diff: object = None  # the lead's words changed (safe HTML), when it changed

    @property
    def completed_at(self):
        return self.completion.completed_at

    @property
    def reopened(self) -> bool:
        return self.completion.reopened_at is not None


def lesson_redo(lesson, completion, *, package_titles=None) -> LessonRedo | None:
    """The redo due on ``lesson`` for someone whose newest completion of it in the cycle is
    ``completion`` (from ``learner_course``), or None: never started, finished on the live
    revision, or only minor publishes since. No query in those cases; otherwise one for the
    floor (``services.revision_floor``; none for a row a legal change re-opened, which rests
    below one by definition) and one for the old revision."""
    from wagtail.models import Revision

    from . import lesson_changes, services

    if completion is None or lesson.live_revision_id is None:
        return None
    if completion.revision_id == lesson.live_revision_id:
        return None
    if completion.reopened_at is None:
        floor = services.revision_floor(lesson)
        if floor is None or (
            completion.revision_id is not None and completion.revision_id >= floor
        ):
            return None
    redo = LessonRedo(completion)
    if completion.revision_id is not None:
        old = Revision.objects.filter(pk=completion.revision_id).only("content").first()
        if old is not None:
            old_intro = (old.content or {}).get("intro") or ""
            if old_intro != lesson.intro:
                redo.intro_diff = lesson_changes.word_diff(
                    old_intro, lesson.intro, context=lesson_changes.CONTEXT
                )
            redo.diff = lesson_changes.stream_diff(
                lesson_changes.revision_body(old),
                lesson_changes.live_body(lesson),
                package_titles=package_titles,
            )
    return redo


def lesson_player(request, lesson, place=None) -> dict:
    """What the lesson page needs to play its H5P activities and draw its blocks: one
    sandboxed frame per activity (see ``h5p_player``), the person's saved states, and the
    configuration and messages of ``static/js/lesson-player.js``. With the person's
    ``place`` (``steps.StepPlace``): the redo due after a legal change (``redo``), with the
    changed blocks marked and the activities shown as not yet done for the new revision."""
    from . import h5p_player

    # The activities with the person's saved state and result, in one query.
    mine = ActivityState.objects.filter(
        user=request.user, lesson=lesson, block_id=OuterRef("block_id")
    )
    activities = list(
        LessonActivity.objects.filter(lesson=lesson)
        .select_related("package")
        .annotate(
            saved_state=Subquery(mine.values("state")[:1]),
            saved_done=Subquery(mine.values("completed_at")[:1]),
        )
    )
    completion = place.completion if place is not None else None
    redo = lesson_redo(
        lesson,
        completion,
        package_titles={a.package_id: a.package.title for a in activities},
    )
    players = []
    frames = {}
    for activity in activities:
        done_at = activity.saved_done
        if redo is not None and done_at is not None and done_at <= redo.completed_at:
            done_at = None  # finished for the older revision: to do again for this one
        saved_state = (
            SimpleNamespace(state=activity.saved_state or "", completed_at=done_at)
            if activity.saved_state is not None or done_at is not None
            else None
        )
        frame = h5p_player.frame_for(request, lesson=lesson, activity=activity)
        frames[activity.block_id] = frame
        players.append(
            {
                "id": activity.block_id,
                "title": activity.package.title,
                "channel": frame["channel"],
                "xapiUrl": reverse("h5p_xapi", args=[lesson.pk, activity.block_id]),
                "stateUrl": reverse("h5p_state", args=[lesson.pk, activity.block_id]),
                "state": saved_state.state if saved_state else "",
                "done": bool(saved_state and saved_state.completed_at),
            }
        )
    diff = redo.diff if redo is not None else None
    return {
        "players": players,
        "redo": redo,
        "lesson_diff": diff,
        "body_blocks": [
            {
                "block": block,
                "frame": frames.get(block.id),
                "answers": scenario_answers(request.user, block)
                if block.block_type == "scenario"
                else None,
                "change": diff.for_block(block.id) if diff is not None else None,
            }
            for block in lesson.body
        ],
        "player_config": {
            "frameOrigin": h5p_player.FRAME_MESSAGE_ORIGIN,
            "revision": lesson.live_revision_id,
            "players": players,
        },
        "player_messages": {
            "activityDone": _("Activity finished."),
            "lessonDone": _("All activities finished: the lesson is finished."),
            "progress": _(
                "Activities finished: %(done)s of %(total)s. "
                "The lesson is finished when all are done."
            ),
            "loadError": _(
                "The activity could not be loaded. Reload the page or tell your editor."
            ),
            "saveError": _("Your answer could not be saved. Check your connection and try again."),
        },
        "needs_explicit_finish": not activities,
        "activities_done": sum(1 for p in players if p["done"]),
        "revision_id": lesson.live_revision_id,
    }
