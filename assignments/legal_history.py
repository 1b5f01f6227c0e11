"""Reads of the lesson revisions people were trained on, and of the legal versions of a lesson.

A lesson's *legal version* is the run of its revisions between two material legal changes:
from the revision a change made live (or the lesson's first publish) up to, not including,
the next change's revision. Minor publishes stay in the version they were made in. The
version *in force on a day* is the one started by the newest change published on or before
that day (or the first publish when there is none).

Every read here takes a fixed number of queries, whatever the number of lessons,
completions, changes or people.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from django.db.models import Min, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.models import Page, PageLogEntry

from courses.models import CoursePage, CourseProgress, LessonCompletion

from .models import LegalChange


def _local_date(value: datetime | None) -> date | None:
    return timezone.localdate(value) if value is not None else None


def publish_dates(lesson_ids) -> dict[int, date]:
    """The day each revision of these lessons was first published: ``{revision_id: date}``."""
    rows = (
        PageLogEntry.objects.filter(
            page_id__in=list(lesson_ids), action="wagtail.publish", revision__isnull=False
        )
        .values("revision_id")
        .annotate(first=Min("timestamp"))
        .values_list("revision_id", "first")
    )
    return {revision_id: _local_date(first) for revision_id, first in rows}


def _revision_day(revision, published: dict[int, date]) -> date | None:
    if revision is None:
        return None
    return published.get(revision.pk) or _local_date(revision.created_at)


# --- the person's record, per lesson ------------------------------------------------------


@dataclass
class CompletionFact:
    completion: LessonCompletion
    revision_id: int | None
    revision_published_on: date | None
    completed_at: datetime
    cycle: int
    earlier_cycle: bool  # the course has started a new training cycle since
    reopened_at: datetime | None
    reopened_reason: str


@dataclass
class LessonRecord:
    course: CoursePage
    lesson: Page
    completions: list[CompletionFact] = field(default_factory=list)  # oldest first
    caught_up: list[LegalChange] = field(default_factory=list)
    pending: list[LegalChange] = field(default_factory=list)

    @property
    def newest_revision_id(self) -> int | None:
        revisions = [c.revision_id for c in self.completions if c.revision_id is not None]
        return max(revisions) if revisions else None


def person_lessons(person) -> list[LessonRecord]:
    """Every lesson (or quiz) the person completed, by course: each completion with the
    revision (and the day it was published), the cycle and whether a legal change re-opened
    it; and the legal changes of the lesson they have caught up with (completed on a revision
    at least as new as the change's) or not yet. Four queries."""
    completions = list(
        LessonCompletion.objects.filter(user=person)
        .select_related("lesson", "course", "revision")
        .order_by("course__title", "course_id", "lesson__path", "completed_at", "pk")
    )
    if not completions:
        return []
    cycles = dict(CourseProgress.objects.filter(user=person).values_list("course_id", "cycle"))
    lesson_ids = {c.lesson_id for c in completions}
    published = publish_dates(lesson_ids)
    changes: dict[int, list[LegalChange]] = {}
    for change in LegalChange.objects.filter(page_id__in=lesson_ids).order_by("revision_id", "pk"):
        changes.setdefault(change.page_id, []).append(change)
    records: dict[int, LessonRecord] = {}
    for c in completions:
        record = records.get(c.lesson_id)
        if record is None:
            record = records[c.lesson_id] = LessonRecord(course=c.course, lesson=c.lesson)
        record.completions.append(
            CompletionFact(
                completion=c,
                revision_id=c.revision_id,
                revision_published_on=_revision_day(c.revision, published),
                completed_at=c.completed_at,
                cycle=c.cycle,
                earlier_cycle=c.cycle < cycles.get(c.course_id, 1),
                reopened_at=c.reopened_at,
                reopened_reason=c.reopened_reason,
            )
        )
    for lesson_id, record in records.items():
        newest = record.newest_revision_id
        for change in changes.get(lesson_id, []):
            if newest is not None and newest >= change.revision_id:
                record.caught_up.append(change)
            else:
                record.pending.append(change)
    return list(records.values())


# --- legal versions of a lesson ------------------------------------------------------------


@dataclass(frozen=True)
class LegalVersion:
    """Revisions ``first_revision_id`` (None: from the first publish) up to, not including,
    ``end_revision_id`` (None: still in force)."""

    number: int  # 1 for the text as first published, then one more per change
    starts_on: date | None
    first_revision_id: int | None
    end_revision_id: int | None
    change: LegalChange | None  # the change that started it
    next_change: LegalChange | None  # the change that ended it

    @property
    def is_current(self) -> bool:
        return self.end_revision_id is None

    @property
    def ends_on(self) -> date | None:
        return _local_date(self.next_change.created_at) if self.next_change else None

    def revision_q(self, prefix: str = "") -> Q:
        """Rows resting on a revision of this version. A completion without a revision
        (recorded before revisions were kept) counts as the first version, as retraining
        treats it as older than any change."""
        q = Q()
        if self.first_revision_id is not None:
            q &= Q(**{f"{prefix}revision_id__gte": self.first_revision_id})
        if self.end_revision_id is not None:
            below = Q(**{f"{prefix}revision_id__lt": self.end_revision_id})
            if self.first_revision_id is None:
                below |= Q(**{f"{prefix}revision__isnull": True})
            q &= below
        return q


def legal_versions(lesson) -> list[LegalVersion]:
    """The lesson's legal versions, oldest first (one query)."""
    changes = list(LegalChange.objects.filter(page_id=lesson.pk).order_by("revision_id", "pk"))
    starts = [None, *changes]
    versions = []
    for index, change in enumerate(starts):
        following = starts[index + 1] if index + 1 < len(starts) else None
        versions.append(
            LegalVersion(
                number=index + 1,
                starts_on=_local_date(change.created_at)
                if change is not None
                else _local_date(lesson.first_published_at),
                first_revision_id=change.revision_id if change is not None else None,
                end_revision_id=following.revision_id if following is not None else None,
                change=change,
                next_change=following,
            )
        )
    return versions


def version_on(versions: list[LegalVersion], day: date) -> LegalVersion | None:
    """The version in force on ``day``: started by the newest change published on or before
    it, or the text as first published; None before the lesson was first published."""
    first = versions[0]
    if first.starts_on is None or first.starts_on > day:
        return None
    found = first
    for version in versions[1:]:
        if version.starts_on is not None and version.starts_on <= day:
            found = version
    return found


# --- who was trained on a version ----------------------------------------------------------


def _in_version(lesson, version: LegalVersion):
    return LessonCompletion.objects.filter(lesson_id=lesson.pk).filter(version.revision_q())


def trained_on(*, lesson, version: LegalVersion, people):
    """One completion per person of ``people`` (a queryset of users, None for everyone):
    their newest of ``lesson`` resting on a revision of ``version``, any cycle, re-opened or
    not; annotated with ``current_cycle`` (the course's cycle for them). Ordered by name."""
    newest = (
        _in_version(lesson, version)
        .filter(user_id=OuterRef("user_id"))
        .order_by("-completed_at", "-pk")
        .values("pk")[:1]
    )
    cycle = CourseProgress.objects.filter(
        user_id=OuterRef("user_id"), course_id=OuterRef("course_id")
    ).values("cycle")[:1]
    rows = _in_version(lesson, version)
    if people is not None:
        rows = rows.filter(user__in=people.order_by().values("pk"))
    return (
        rows.filter(pk=Subquery(newest))
        .annotate(current_cycle=Coalesce(Subquery(cycle), Value(1)))
        .select_related("user", "user__org_unit", "revision")
        .order_by("user__last_name", "user__first_name", "user_id")
    )


def trained_by_unit(rows) -> list[tuple[str, int]]:
    """How many of ``rows`` (a :func:`trained_on` queryset) are in each unit, by unit name."""
    from django.db.models import Count

    counted = (
        rows.order_by()
        .values("user__org_unit__name")
        .annotate(n=Count("pk"))
        .values_list("user__org_unit__name", "n")
    )
    return sorted(((name or "", n) for name, n in counted), key=lambda item: item[0])


def lessons_of_live_courses() -> list[tuple[CoursePage, list[Page]]]:
    """The live lessons and quizzes of every live course, by course title (two queries)."""
    from courses.models import LessonPage
    from quizzes.models import QuizPage

    courses = list(CoursePage.objects.live().order_by("title", "pk"))
    by_path = {course.path: (course, []) for course in courses}
    steps = Page.objects.live().type(LessonPage, QuizPage).order_by("path")
    for step in steps.filter(depth__in={course.depth + 1 for course in courses}):
        parent = by_path.get(step.path[: -Page.steplen])
        if parent is not None:
            parent[1].append(step)
    return [(course, steps) for course, steps in by_path.values() if steps]
