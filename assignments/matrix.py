"""Reads for the team view: people × assigned courses, totals, overdue list, learning record.

Every function here runs a fixed number of queries whatever the number of people or
courses: the page of people is one query, its cells two, the totals one.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import (
    ActivityState,
    CoursePage,
    CourseProgress,
    LessonCompletion,
    ProgressStatus,
)
from courses.services import course_steps
from lms.models import OrgUnit
from quizzes.models import Attempt

from . import access
from .models import Assignment, Status

STARTED = [ProgressStatus.IN_PROGRESS, ProgressStatus.AWAITING_SESSION]
SHOWN = [Status.ACTIVE, Status.FULFILLED]


class CellState:
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    OVERDUE = "overdue"
    NOT_ASSIGNED = "not_assigned"

    choices = [
        (NOT_STARTED, _("Not started")),
        (IN_PROGRESS, _("In progress")),
        (COMPLETED, _("Completed")),
        (OVERDUE, _("Overdue")),
        (NOT_ASSIGNED, _("Not assigned")),
    ]
    labels = dict(choices)


SORTS = {
    "name": _("Name (A–Z)"),
    "-name": _("Name (Z–A)"),
    "unit": _("Unit"),
    "overdue": _("Most overdue first"),
    "completed": _("Most completed first"),
}


@dataclass
class TeamFilters:
    unit: OrgUnit | None = None
    course: CoursePage | None = None
    status: str = ""
    overdue_only: bool = False
    sort: str = "name"
    today: date = field(default_factory=timezone.localdate)


@dataclass
class Cell:
    state: str
    course: CoursePage
    assignment: object = None  # the assignment shown (pk, status, due_date)
    due_date: date | None = None
    completed_at: object = None
    overdue_days: int = 0
    percent: int = 0

    @property
    def outside_rule(self) -> bool:
        """Kept after the person moved out of the rule that assigned it."""
        return bool(self.assignment is not None and getattr(self.assignment, "outside_rule", False))

    @property
    def label(self):
        return CellState.labels[self.state]


@dataclass
class CourseTotals:
    course: CoursePage
    assigned: int = 0
    completed: int = 0
    overdue: int = 0

    @property
    def percent_completed(self) -> int:
        return round(100 * self.completed / self.assigned) if self.assigned else 0


def _assignments_of_person(filters: TeamFilters):
    qs = Assignment.objects.filter(user=OuterRef("pk"))
    if filters.course is not None:
        qs = qs.filter(course=filters.course)
    return qs


def _started_progress():
    return CourseProgress.objects.filter(
        user=OuterRef("user"), course=OuterRef("course"), status__in=STARTED
    )


def _status_q(state: str, filters: TeamFilters) -> Q:
    mine = _assignments_of_person(filters)
    active = mine.filter(status=Status.ACTIVE)
    on_time = active.filter(due_date__gte=filters.today)
    if state == CellState.OVERDUE:
        return Q(Exists(active.filter(due_date__lt=filters.today)))
    if state == CellState.IN_PROGRESS:
        return Q(Exists(on_time.filter(Exists(_started_progress()))))
    if state == CellState.NOT_STARTED:
        return Q(Exists(on_time.filter(~Exists(_started_progress()))))
    if state == CellState.COMPLETED:
        still_active = Assignment.objects.filter(
            user=OuterRef("user"), course=OuterRef("course"), status=Status.ACTIVE
        )
        return Q(Exists(mine.filter(status=Status.FULFILLED).filter(~Exists(still_active))))
    if state == CellState.NOT_ASSIGNED:
        return ~Q(Exists(mine.filter(status__in=SHOWN)))
    return Q()


def team_people(user, filters: TeamFilters):
    """The people of the team view for ``user``: in their reach, active, filtered, sorted."""
    qs = access.reachable_people(user).filter(is_active=True).select_related("org_unit")
    if filters.unit is not None:
        qs = qs.filter(org_unit__path__startswith=filters.unit.path)
    if filters.status:
        qs = qs.filter(_status_q(filters.status, filters))
    if filters.overdue_only:
        qs = qs.filter(_status_q(CellState.OVERDUE, filters))
    course_q = Q(assignments__course=filters.course) if filters.course is not None else Q()
    if filters.sort == "-name":
        qs = qs.reverse()
    elif filters.sort == "unit":
        qs = qs.order_by("org_unit__path", "last_name", "first_name", "pk")
    elif filters.sort == "overdue":
        qs = qs.annotate(
            n_overdue=Count(
                "assignments",
                filter=course_q
                & Q(assignments__status=Status.ACTIVE, assignments__due_date__lt=filters.today),
            )
        ).order_by("-n_overdue", "last_name", "first_name", "pk")
    elif filters.sort == "completed":
        qs = qs.annotate(
            n_completed=Count(
                "assignments", filter=course_q & Q(assignments__status=Status.FULFILLED)
            )
        ).order_by("-n_completed", "last_name", "first_name", "pk")
    return qs


def team_courses(people, filters: TeamFilters) -> list[CoursePage]:
    """The columns: the chosen course, or every course assigned to any of ``people``."""
    if filters.course is not None:
        return [filters.course]
    # One EXISTS per course (an index probe on course and status) rather than collecting
    # the courses of every assignment of everyone in scope.
    assigned = Assignment.objects.filter(
        course=OuterRef("pk"), status__in=SHOWN, user__in=people.order_by().values("pk")
    )
    return list(CoursePage.objects.filter(Exists(assigned)).order_by("title", "pk"))


@dataclass(frozen=True, slots=True)
class _A:
    """The fields of an assignment a cell needs (read as values, light for big exports)."""

    pk: int
    status: str
    due_date: date
    status_changed_at: object
    outside_rule: bool = False


@dataclass(frozen=True, slots=True)
class _P:
    status: str
    percent: int
    completed_at: object


def cell_for(course, assignment: _A | None, progress: _P | None, today) -> Cell:
    if assignment is None:
        return Cell(CellState.NOT_ASSIGNED, course)
    if assignment.status == Status.FULFILLED:
        done = progress.completed_at if progress and progress.completed_at else None
        return Cell(
            CellState.COMPLETED,
            course,
            assignment,
            assignment.due_date,
            done or assignment.status_changed_at,
            percent=100,
        )
    percent = progress.percent if progress else 0
    if assignment.due_date < today:
        return Cell(
            CellState.OVERDUE,
            course,
            assignment,
            assignment.due_date,
            overdue_days=(today - assignment.due_date).days,
            percent=percent,
        )
    if progress is not None and progress.status in STARTED:
        return Cell(CellState.IN_PROGRESS, course, assignment, assignment.due_date, percent=percent)
    return Cell(CellState.NOT_STARTED, course, assignment, assignment.due_date, percent=percent)


def cell_sources(people_ids, course_ids) -> tuple[dict, dict]:
    """The assignment shown and the progress of each (person, course), in two queries.

    ``people_ids`` is a list of ids or a queryset of them (used as a subquery).
    """
    current = {}
    rows = (
        Assignment.objects.filter(
            user_id__in=people_ids, course_id__in=course_ids, status__in=SHOWN
        )
        .order_by("assigned_at", "pk")
        .values_list(
            "user_id",
            "course_id",
            "pk",
            "status",
            "due_date",
            "status_changed_at",
            "outside_rule_since",
        )
    )
    for user_id, course_id, pk, status, due, changed, outside in rows.iterator(chunk_size=5000):
        key = (user_id, course_id)
        # An active assignment wins; among fulfilled ones the latest.
        if key not in current or current[key].status != Status.ACTIVE:
            current[key] = _A(pk, status, due, changed, status == Status.ACTIVE and bool(outside))
    progress = {
        (user_id, course_id): _P(status, percent, done)
        for user_id, course_id, status, percent, done in CourseProgress.objects.filter(
            user_id__in=people_ids, course_id__in=course_ids
        )
        .values_list("user_id", "course_id", "status", "percent", "completed_at")
        .iterator(chunk_size=5000)
    }
    return current, progress


def team_cells(people_ids, courses, *, today=None) -> dict:
    """``{(user_id, course_id): Cell}`` for these people and courses, in two queries."""
    today = today or timezone.localdate()
    people_ids = list(people_ids)
    current, progress = cell_sources(people_ids, [c.pk for c in courses])
    return {
        (uid, c.pk): cell_for(c, current.get((uid, c.pk)), progress.get((uid, c.pk)), today)
        for uid in people_ids
        for c in courses
    }


def team_totals(people, courses, *, today=None) -> list[CourseTotals]:
    """Per course, over all filtered people (not just one page): assigned, completed, overdue."""
    today = today or timezone.localdate()
    found = {
        row["course"]: row
        for row in Assignment.objects.filter(
            user__in=people.order_by().values("pk"), course__in=courses, status__in=SHOWN
        )
        .values("course")
        # Plain counts of assignment rows (no DISTINCT: it made this the slowest query of
        # the page at office scale). A person who completed a course and was given it again
        # counts once for each assignment.
        .annotate(
            assigned=Count("pk"),
            completed=Count("pk", filter=Q(status=Status.FULFILLED)),
            overdue=Count("pk", filter=Q(status=Status.ACTIVE, due_date__lt=today)),
        )
    }
    totals = []
    for course in courses:
        row = found.get(course.pk, {})
        totals.append(
            CourseTotals(
                course,
                assigned=row.get("assigned", 0),
                completed=row.get("completed", 0),
                overdue=row.get("overdue", 0),
            )
        )
    return totals


@dataclass(frozen=True)
class SessionCell:
    """Where a person stands with the internal session a course requires."""

    course: CoursePage
    state: str  # "attended", "booked", "waiting", "pending" or "none"
    label: str


# Who fills the session column of courses that require an internal session: callables
# ``(course, user_ids) -> {user_id: (state, label)}``, registered by the sessions app (which
# sits above this one). Without one, the column says nobody has attended.
SESSION_PROVIDERS: list = []


def register_session_provider(provider) -> None:
    if provider not in SESSION_PROVIDERS:
        SESSION_PROVIDERS.append(provider)


def team_columns(courses) -> list[tuple]:
    """``[(course, "course"), (course, "session"), ...]``: a session column follows each
    course that requires an internal session."""
    columns = []
    for course in courses:
        columns.append((course, "course"))
        if course.session_required:
            columns.append((course, "session"))
    return columns


def session_cells(people_ids, courses) -> dict:
    """``{(user_id, course_id): SessionCell}`` for the courses that require a session; a
    fixed number of queries per such course, whatever the number of people."""
    found = {}
    for course in courses:
        if not course.session_required:
            continue
        states = {}
        for provider in SESSION_PROVIDERS:
            states.update(provider(course, list(people_ids)))
        for user_id in people_ids:
            state, label = states.get(user_id, ("none", str(_("No session booked"))))
            found[(user_id, course.pk)] = SessionCell(course, state, label)
    return found


def team_rows(people_page, courses, *, today=None) -> list[tuple]:
    """``[(person, [Cell or SessionCell, ...]), ...]`` for one page of people, in the order
    of :func:`team_columns`."""
    people = list(people_page)
    ids = [p.pk for p in people]
    cells = team_cells(ids, courses, today=today)
    sessions = session_cells(ids, courses)
    columns = team_columns(courses)
    return [
        (
            p,
            [
                cells[(p.pk, c.pk)] if kind == "course" else sessions[(p.pk, c.pk)]
                for c, kind in columns
            ],
        )
        for p in people
    ]


def overdue_assignments(user, *, unit=None, today=None):
    """Active, overdue assignments of active people in ``user``'s reach, most overdue first."""
    today = today or timezone.localdate()
    qs = Assignment.objects.filter(
        status=Status.ACTIVE,
        due_date__lt=today,
        user__in=access.reachable_people(user).filter(is_active=True).order_by().values("pk"),
    )
    if unit is not None:
        qs = qs.filter(user__org_unit__path__startswith=unit.path)
    return qs.select_related("user__org_unit", "course", "assigned_by").order_by(
        "due_date", "user__last_name", "user__first_name", "pk"
    )


@dataclass
class StepRecord:
    page: object
    kind: str
    completion: object = None
    attempts: list = field(default_factory=list)
    activities: list = field(default_factory=list)


def learning_record(person, course) -> dict:
    """One person's record for one course: each step with the revision completed, quiz
    attempts with scores, H5P results, the progress row and the assignments of the course."""

    steps = course_steps(course)
    completions = {
        c.lesson_id: c
        for c in LessonCompletion.objects.current()
        .filter(user=person, course=course)
        .select_related("revision")
    }
    attempts = {}
    step_ids = [s.pk for s in steps]
    for attempt in Attempt.objects.filter(user=person, quiz_id__in=step_ids).order_by(
        "quiz_id", "number"
    ):
        attempts.setdefault(attempt.quiz_id, []).append(attempt)
    activities = {}
    for state in ActivityState.objects.filter(user=person, lesson_id__in=step_ids).order_by(
        "lesson_id", "block_id"
    ):
        activities.setdefault(state.lesson_id, []).append(state)
    records = [
        StepRecord(
            page=step,
            kind="quiz" if step._meta.model_name == "quizpage" else "lesson",
            completion=completions.get(step.pk),
            attempts=attempts.get(step.pk, []),
            activities=activities.get(step.pk, []),
        )
        for step in steps
    ]
    return {
        "steps": records,
        "progress": CourseProgress.objects.filter(user=person, course=course).first(),
        "assignments": list(
            Assignment.objects.filter(user=person, course=course)
            .select_related("assigned_by", "rule__unit")
            .order_by("-assigned_at", "-pk")
        ),
    }


def people_for_units(user, units, *, subtree=True):
    """Active people in ``units`` (and their sub-units when ``subtree``), within reach."""
    q = Q(pk__in=[])
    for unit in units:
        q |= Q(org_unit__path__startswith=unit.path) if subtree else Q(org_unit=unit)
    return access.reachable_people(user).filter(q)


def people_with_job_title(user, job_title: str, *, units=None):
    qs = access.reachable_people(user).filter(job_title__iexact=job_title.strip())
    if units:
        qs = qs.filter(pk__in=people_for_units(user, units).values("pk"))
    return qs


def all_people_ids(qs) -> list[int]:
    return list(qs.order_by().values_list("pk", flat=True))
