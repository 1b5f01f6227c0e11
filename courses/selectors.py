"""Reads for learners: my learning, course outlines, step states. Constant query counts."""

import hashlib
import random
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from .models import (
    ActivityState,
    CoursePage,
    CourseProgress,
    LessonActivity,
    LessonCompletion,
    ProgressStatus,
    StepStart,
)


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


def course_outline(user, course: CoursePage, steps=None):
    """Each step with done/locked state and the reason a step is locked."""
    from .services import course_steps

    steps = course_steps(course) if steps is None else steps
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
    missing_prereqs = missing_prerequisites(user, course)
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
