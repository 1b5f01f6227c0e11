"""Demo assignments for ``seed_demo``: what the demo leader's team looks like in practice.

The legalisation-of-stay team (the demo leader's) has the three seed courses assigned with
varied due dates: some people finished, some in progress, some overdue. One rule gives
new hires of the department for foreigners the customer-service standards course within
14 days of their hire date. Safe to run repeatedly: nothing is assigned twice.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from courses.models import CoursePage
from courses.services import course_steps, step_complete
from lms.models import OrgUnit, User

from . import rules, services
from .models import Assignment, AssignmentRule, DueFrom, Status

SEED_COURSES = ["standardy-obslugi", "obsluga-miedzykulturowa", "prawo-migracyjne"]
TEAM = "WSC-LP"
RULE_NAME = "Nowi pracownicy WSC: standardy obsługi w 14 dni"
# (course index, days from today to the due date, how long ago it was assigned)
PLAN = [(0, 21, 10), (1, 45, 5), (2, -3, 40)]


def _courses():
    found = {c.slug: c for c in CoursePage.objects.live().filter(slug__in=SEED_COURSES)}
    return [found[slug] for slug in SEED_COURSES if slug in found]


def _backdate(assignments, *, due, assigned_days_ago):
    """Demo history: the assignment was made earlier (services refuse due dates in the past)."""
    today = timezone.localdate()
    ids = [a.pk for a in assignments]
    Assignment.objects.filter(pk__in=ids).update(
        due_date=today + timedelta(days=due),
        assigned_at=timezone.now() - timedelta(days=assigned_days_ago),
    )


@transaction.atomic
def seed_assignments(*, people: dict) -> str:
    courses = _courses()
    leader = people.get("leader@demo.kadra")
    hr = people.get("hr@demo.kadra")
    team = OrgUnit.objects.filter(code=TEAM).first()
    if len(courses) < len(SEED_COURSES) or leader is None or hr is None or team is None:
        return "Assignments: seed courses or demo people missing, none made."
    members = list(
        User.objects.filter(org_unit__path__startswith=team.path, is_active=True).exclude(
            pk=leader.pk
        )
    )
    made = 0
    for index, due, ago in PLAN:
        course = courses[index]
        result = services.assignment_create_bulk(
            courses=[course],
            people=members,
            due_in_days=max(due, 1),
            note="Plan szkoleń zespołu na ten kwartał",
            acting_user=leader,
        )
        if result.created:
            _backdate(result.created, due=due, assigned_days_ago=ago)
            services.sync_due_dates(course=course, user_ids=[a.user_id for a in result.created])
            made += len(result.created)
    # Two people of the team have finished the standards course already.
    finished = 0
    employee = people.get("employee@demo.kadra")
    done = [p for p in sorted(members, key=lambda p: p.pk) if p != employee][:2]
    steps = course_steps(courses[0])
    for person in done:
        if not Assignment.objects.filter(
            user=person, course=courses[0], status=Status.FULFILLED
        ).exists():
            for step in steps:
                step_complete(user=person, step=step)
            finished += 1
    if not AssignmentRule.objects.filter(name=RULE_NAME).exists():
        rules.rule_create(
            acting_user=hr,
            name=RULE_NAME,
            course=courses[0],
            unit=OrgUnit.objects.get(code="WSC"),
            hired_within_days=30,
            due_in_days=14,
            due_from=DueFrom.HIRE_DATE,
        )
    return (
        f"Assignments: {made} made now for {team.code}, {finished} people finished a course; "
        f'rule "{RULE_NAME}".'
    )
