"""The compliance matrix: people × required courses, each cell a certificate state.

A course is required of a person when they have an active assignment of it, or an active
assignment rule covers them (a unit subtree, a job title, hired within N days), whether or
not the rule has assigned them yet. Everything here runs a fixed number of queries whatever
the number of people, courses or rules: the rules are one query and are matched in Python
against the people's unit paths, job titles and hire dates; the cells of any set of people
are three queries (active assignments, current certificates, progress).
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from assignments.models import Assignment, AssignmentRule
from assignments.models import Status as AssignmentStatus
from certificates.models import CURRENT_STATUSES, Certificate, CertificateStatus
from courses.models import CoursePage, CourseProgress, ProgressStatus
from lms.models import OrgUnit

from . import access

DEFAULT_EXPIRING_DAYS = 30
MAX_EXPIRING_DAYS = 3650
STARTED = (ProgressStatus.IN_PROGRESS, ProgressStatus.AWAITING_SESSION)


class State:
    VALID = "valid"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    UPDATE_REQUIRED = "update_required"
    MISSING = "missing"
    IN_PROGRESS = "in_progress"
    NOT_REQUIRED = "not_required"

    choices = [
        (VALID, _("Valid")),
        (EXPIRING, _("Expiring soon")),
        (EXPIRED, _("Expired")),
        (UPDATE_REQUIRED, _("Update required")),
        (MISSING, _("Missing")),
        (IN_PROGRESS, _("In progress")),
        (NOT_REQUIRED, _("Not required")),
    ]
    labels = dict(choices)
    COMPLIANT = (VALID, EXPIRING)
    NOT_COMPLIANT = (EXPIRED, UPDATE_REQUIRED, MISSING, IN_PROGRESS)
    # A symbol beside the words, so that no state is told by colour alone.
    ICONS = {
        VALID: "✓",
        EXPIRING: "◔",
        EXPIRED: "✗",
        UPDATE_REQUIRED: "↻",
        MISSING: "○",
        IN_PROGRESS: "◐",
        NOT_REQUIRED: "–",
    }


@dataclass
class MatrixFilters:
    unit: OrgUnit | None = None
    course: CoursePage | None = None
    expiring_days: int = DEFAULT_EXPIRING_DAYS
    state: str = ""  # the not-compliant list: one state only
    today: date = field(default_factory=timezone.localdate)

    @property
    def expiring_limit(self) -> date:
        return self.today + timedelta(days=self.expiring_days)


@dataclass(frozen=True, slots=True)
class Rule:
    """What matching a person against an assignment rule needs."""

    pk: int
    course_id: int
    unit_path: str
    job_title: str  # lower case, "" for everyone
    hired_since: date | None

    def covers(self, path: str | None, job_title: str | None, hire_date) -> bool:
        if not path or not path.startswith(self.unit_path):
            return False
        if self.job_title and (job_title or "").strip().lower() != self.job_title:
            return False
        if self.hired_since is not None and (hire_date is None or hire_date < self.hired_since):
            return False
        return True

    def q(self, prefix: str = "") -> Q:
        """The same match as a filter on people."""
        q = Q(**{f"{prefix}org_unit__path__startswith": self.unit_path})
        if self.job_title:
            q &= Q(**{f"{prefix}job_title__iexact": self.job_title})
        if self.hired_since is not None:
            q &= Q(**{f"{prefix}hire_date__gte": self.hired_since})
        return q


def active_rules(today: date) -> list[Rule]:
    """Every active rule of a published course, in one query (as ``rule_apply`` uses them)."""
    rows = AssignmentRule.objects.filter(is_active=True, course__live=True).values_list(
        "pk", "course_id", "unit__path", "job_title", "hired_within_days"
    )
    return [
        Rule(
            pk,
            course_id,
            path,
            " ".join((title or "").split()).lower(),
            today - timedelta(days=days) if days is not None else None,
        )
        for pk, course_id, path, title, days in rows.order_by("pk")
    ]


def _active_assignment(course_id=None):
    qs = Assignment.objects.filter(user=OuterRef("pk"), status=AssignmentStatus.ACTIVE)
    if course_id is not None:
        qs = qs.filter(course_id=course_id)
    return qs


def required_q(course_id: int, rules: list[Rule]) -> Q:
    """People of whom ``course_id`` is required: an active assignment, or a rule."""
    q = Q(Exists(_active_assignment(course_id)))
    for rule in rules:
        if rule.course_id == course_id:
            q |= rule.q()
    return q


def matrix_people(user, filters: MatrixFilters, rules: list[Rule]):
    """Active people in ``user``'s reach, in the filtered unit subtree, in name order; with a
    course chosen, only those of whom it is required."""
    qs = access.people_in_scope(user).filter(is_active=True).select_related("org_unit")
    if filters.unit is not None:
        qs = qs.filter(org_unit__path__startswith=filters.unit.path)
    if filters.course is not None:
        qs = qs.filter(required_q(filters.course.pk, rules))
    return qs


def matrix_courses(people, filters: MatrixFilters, rules: list[Rule]) -> list[CoursePage]:
    """The columns: every course required of anyone in ``people`` (or the chosen one).

    Two queries: one conditional count per rule course over the people (does the rule
    cover anyone here?), then the courses assigned to any of them or covered that way."""
    if filters.course is not None:
        return [filters.course]
    by_course = defaultdict(list)
    for rule in rules:
        by_course[rule.course_id].append(rule)
    covered = []
    if by_course:
        counts = people.order_by().aggregate(
            **{
                f"c{course_id}": Count("pk", filter=_any_q(course_rules))
                for course_id, course_rules in by_course.items()
            }
        )
        covered = [int(key[1:]) for key, n in counts.items() if n]
    assigned = Assignment.objects.filter(
        course=OuterRef("pk"),
        status=AssignmentStatus.ACTIVE,
        user__in=people.order_by().values("pk"),
    )
    return list(
        CoursePage.objects.filter(Q(Exists(assigned)) | Q(pk__in=covered)).order_by("title", "pk")
    )


def _any_q(rules: list[Rule]) -> Q:
    q = Q(pk__in=[])
    for rule in rules:
        q |= rule.q()
    return q


@dataclass(frozen=True, slots=True)
class Cell:
    state: str
    course_id: int
    until: date | None = None  # the certificate's last valid day
    due_date: date | None = None  # the active assignment's due date
    percent: int = 0
    number: str = ""  # the certificate's number

    @property
    def label(self):
        return State.labels[self.state]

    @property
    def icon(self) -> str:
        return State.ICONS[self.state]

    @property
    def required(self) -> bool:
        return self.state != State.NOT_REQUIRED

    @property
    def compliant(self) -> bool:
        return self.state in State.COMPLIANT


@dataclass
class Sources:
    """What the cells of some people rest on, read in three queries."""

    due: dict  # (user, course) -> due date of the active assignment
    certificates: dict  # (user, course) -> (status, valid_until, number)
    progress: dict  # (user, course) -> (status, percent)


def cell_sources(people_ids, course_ids) -> Sources:
    """``people_ids`` is a list of ids or a queryset of them (used as a subquery)."""
    # Filtered on the person (and status) only, the courses here: a course list in SQL made
    # the planner pick the course index and scan every row of those courses.
    courses = set(course_ids)
    due = {
        (u, c): d
        for u, c, d in Assignment.objects.filter(
            user_id__in=people_ids, status=AssignmentStatus.ACTIVE
        )
        .order_by()
        .values_list("user_id", "course_id", "due_date")
        .iterator(chunk_size=5000)
        if c in courses
    }
    # Statuses are applied here too, so the (user, course) index serves; the newest wins.
    certificates = {}
    current = set(CURRENT_STATUSES)
    rows = (
        Certificate.objects.filter(user_id__in=people_ids)
        .order_by("issued_at", "pk")
        .values_list("user_id", "course_id", "status", "valid_until", "number")
    )
    for u, c, status, until, number in rows.iterator(chunk_size=5000):
        if status in current and c in courses:
            certificates[(u, c)] = (status, until, number)
    progress = {
        (u, c): (status, percent)
        for u, c, status, percent in CourseProgress.objects.filter(user_id__in=people_ids)
        .order_by()
        .values_list("user_id", "course_id", "status", "percent")
        .iterator(chunk_size=5000)
        if c in courses
    }
    return Sources(due, certificates, progress)


def cell_for(course: CoursePage, *, required: bool, key, sources: Sources, filters) -> Cell:
    if not required:
        return Cell(State.NOT_REQUIRED, course.pk)
    due = sources.due.get(key)
    certificate = sources.certificates.get(key)
    if certificate is not None:
        status, until, number = certificate
        if status == CertificateStatus.UPDATE_REQUIRED:
            state = State.UPDATE_REQUIRED
        elif status == CertificateStatus.EXPIRED or (until is not None and until < filters.today):
            state = State.EXPIRED
        elif until is not None and until <= filters.expiring_limit:
            state = State.EXPIRING
        else:
            state = State.VALID
        return Cell(state, course.pk, until, due, 100, number)
    progress = sources.progress.get(key)
    if progress is not None:
        status, percent = progress
        if status == ProgressStatus.COMPLETED and not course.issues_certificate:
            # A course without certificates: its completion is what counts.
            return Cell(State.VALID, course.pk, None, due, 100)
        if status in STARTED:
            return Cell(State.IN_PROGRESS, course.pk, None, due, percent)
    return Cell(State.MISSING, course.pk, None, due, 0)


def required_courses(person_key, path, job_title, hire_date, *, course_ids, rules, sources):
    """Ids of the ``course_ids`` required of one person."""
    found = {c for c in course_ids if (person_key, c) in sources.due}
    for rule in rules:
        if rule.course_id in course_ids and rule.course_id not in found:
            if rule.covers(path, job_title, hire_date):
                found.add(rule.course_id)
    return found


def person_cells(pk, path, job_title, hire_date, courses, rules, sources, filters) -> list[Cell]:
    ids = {c.pk for c in courses}
    required = required_courses(
        pk, path, job_title, hire_date, course_ids=ids, rules=rules, sources=sources
    )
    return [
        cell_for(c, required=c.pk in required, key=(pk, c.pk), sources=sources, filters=filters)
        for c in courses
    ]


def matrix_rows(people_page, courses, rules, filters) -> list[tuple]:
    """``[(person, [Cell, ...]), ...]`` for one page of people: three queries."""
    people = list(people_page)
    sources = cell_sources([p.pk for p in people], [c.pk for c in courses])
    return [
        (
            p,
            person_cells(
                p.pk,
                p.org_unit.path if p.org_unit_id else None,
                p.job_title,
                p.hire_date,
                courses,
                rules,
                sources,
                filters,
            ),
        )
        for p in people
    ]


@dataclass(frozen=True, slots=True)
class PersonRow:
    """A person as the exports and summaries read them (values, not model instances)."""

    pk: int
    last_name: str
    first_name: str
    employee_number: str
    unit_id: int | None
    unit_code: str
    unit_name: str
    job_title: str


def scan(people, courses, rules, filters):
    """Every filtered person with their cells: ``(PersonRow, [Cell, ...])``, streamed.

    Five queries whatever the size: the people, then the three cell sources for all of
    them at once (the people as a subquery)."""
    sources = cell_sources(people.order_by().values("pk"), [c.pk for c in courses])
    rows = people.values_list(
        "pk",
        "last_name",
        "first_name",
        "employee_number",
        "org_unit_id",
        "org_unit__code",
        "org_unit__name",
        "org_unit__path",
        "job_title",
        "hire_date",
    )
    for pk, last, first, number, unit_id, code, name, path, title, hired in rows.iterator(
        chunk_size=2000
    ):
        cells = person_cells(pk, path, title, hired, courses, rules, sources, filters)
        yield (
            PersonRow(pk, last, first, number or "", unit_id, code or "", name or "", title),
            cells,
        )


@dataclass
class Rate:
    """Compliance of a course or a unit: required cells and how many are compliant."""

    label: str
    key: int | None = None
    people: int = 0
    required: int = 0
    compliant: int = 0
    expiring: int = 0
    by_state: dict = field(default_factory=dict)

    @property
    def not_compliant(self) -> int:
        return self.required - self.compliant

    @property
    def percent(self) -> int:
        return round(100 * self.compliant / self.required) if self.required else 100


@dataclass
class Summary:
    total: Rate
    courses: list[Rate]
    units: list[Rate]
    not_compliant: list  # [(PersonRow, [Cell not compliant, ...]), ...]
    people: int = 0
    fully_compliant: int = 0


def summary(people, courses, rules, filters) -> Summary:
    """Per course and per unit (the person's own unit): required, compliant, rates; and
    the people with at least one required course not compliant (or in ``filters.state``)."""
    by_course: dict = defaultdict(lambda: defaultdict(int))  # course -> state -> cells
    by_unit: dict = defaultdict(lambda: defaultdict(int))  # unit -> state -> cells
    unit_people: dict = defaultdict(int)
    unit_labels: dict = {}
    failing = []
    count = fully = 0
    wanted = {filters.state} if filters.state else set(State.NOT_COMPLIANT)
    compliant = set(State.COMPLIANT)
    for person, cells in scan(people, courses, rules, filters):
        count += 1
        unit = person.unit_id
        if unit not in unit_labels:
            unit_labels[unit] = f"{person.unit_name} ({person.unit_code})" if unit else ""
        unit_people[unit] += 1
        states = by_unit[unit]
        bad = []
        ok = True
        for cell in cells:
            state = cell.state
            if state == State.NOT_REQUIRED:
                continue
            states[state] += 1
            by_course[cell.course_id][state] += 1
            if state not in compliant:
                ok = False
            if state in wanted:
                bad.append(cell)
        fully += ok
        if bad:
            failing.append((person, bad))

    def rate(label, key, states, people=0) -> Rate:
        required = sum(states.values())
        return Rate(
            label,
            key,
            people=people,
            required=required,
            compliant=sum(n for s, n in states.items() if s in compliant),
            expiring=states.get(State.EXPIRING, 0),
            by_state=dict(states),
        )

    totals: dict = defaultdict(int)
    for states in by_unit.values():
        for state, n in states.items():
            totals[state] += n
    units = [
        rate(unit_labels[key] or str(_("No unit")), key, by_unit[key], unit_people[key])
        for key in unit_labels
    ]
    return Summary(
        total=rate(str(_("All filtered people")), None, totals, count),
        courses=[rate(c.title, c.pk, by_course.get(c.pk, {})) for c in courses],
        units=sorted(units, key=lambda r: (r.percent, r.label)),
        not_compliant=failing,
        people=count,
        fully_compliant=fully,
    )
