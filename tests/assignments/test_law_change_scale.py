"""A legal change at office scale: the impact and the processing run a number of queries
that does not grow with the people reached (bench/law_change.py measures the time)."""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from assignments import law_change
from assignments.models import Assignment, Source, Status
from certificates.models import Certificate, CertificateStatus
from courses import services as course_services
from courses.models import CourseProgress, LessonCompletion
from lms.models import Notification, Role, User
from tests.factories import CoursePageFactory, LessonPageFactory, OrgUnitFactory, UserFactory

pytestmark = pytest.mark.django_db

SUMMARY = "Wnioski o pobyt wyłącznie przez MOS"


def _course():
    course = CoursePageFactory(title="Prawo migracyjne", sequential=False, retraining_days=14)
    first = LessonPageFactory(parent=course, title="Pobyt czasowy")
    LessonPageFactory(parent=course, title="Zezwolenia na pracę")
    return type(course).objects.get(pk=course.pk), type(first).objects.get(pk=first.pk)


def _finish(user, course):
    for step in course_services.course_steps(course):
        course_services.step_complete(user=user, step=step)


def _clones(template, units, count, start=0):
    """``count`` people in ``units`` with the same training records as ``template`` (a
    person who completed the course): progress, completions and certificate, in bulk."""
    users = User.objects.bulk_create(
        [
            User(
                email=f"c{start + i}@scale.test",
                first_name=f"Imię{i}",
                last_name=f"Nazwisko{start + i:05d}",
                org_unit=units[i % len(units)],
                password="!",
            )
            for i in range(count)
        ]
    )
    users = list(User.objects.filter(email__endswith="@scale.test").order_by("pk"))[start:]
    progress = CourseProgress.objects.get(user=template)
    completions = list(LessonCompletion.objects.filter(user=template))
    certificate = Certificate.objects.get(user=template)
    top = Certificate.objects.order_by("-status_index").first().status_index
    last = Certificate.objects.order_by("-sequence").first().sequence

    def copy(row, **changes):
        values = {
            f.attname: getattr(row, f.attname)
            for f in row._meta.concrete_fields
            if not f.primary_key
        }
        return type(row)(**{**values, **changes})

    CourseProgress.objects.bulk_create([copy(progress, user_id=u.pk) for u in users])
    LessonCompletion.objects.bulk_create(
        [copy(c, user_id=u.pk) for u in users for c in completions]
    )
    Certificate.objects.bulk_create(
        [
            copy(
                certificate,
                user_id=u.pk,
                uuid=uuid.uuid4(),
                number=f"{certificate.number}-{start + n}",
                sequence=last + n + 1,
                status_index=top + n + 1,
            )
            for n, u in enumerate(users)
        ]
    )
    return users


@pytest.fixture
def office():
    department = OrgUnitFactory(name="Wydział A", code="WA")
    team = OrgUnitFactory(name="Zespół A", code="ZA", parent=department)
    department.refresh_from_db()
    other = OrgUnitFactory(name="Zespół B", code="ZB", parent=department)
    head = UserFactory(org_unit=department, roles=[Role.LEADER])
    department.leaders.add(head)
    lead = UserFactory(org_unit=team, roles=[Role.LEADER])
    team.leaders.add(lead)
    editor = UserFactory(roles=[Role.EDITOR], is_superuser=True)
    course, first = _course()
    template = UserFactory(org_unit=team)
    _finish(template, course)
    return type(
        "Office",
        (),
        {
            "department": department,
            "team": team,
            "other": other,
            "head": head,
            "lead": lead,
            "editor": editor,
            "course": course,
            "first": first,
            "template": template,
        },
    )


def _draft(lesson):
    lesson = type(lesson).objects.get(pk=lesson.pk)
    lesson.body = [{"type": "text", "value": "<p>Od 27 kwietnia 2026 wyłącznie przez MOS.</p>"}]
    return lesson.save_revision()


def _impact(office):
    revision = _draft(office.first)
    with CaptureQueriesContext(connection) as ctx:
        found = law_change.impact(page=office.first, revision_id=revision.pk, course=office.course)
    return found, len(ctx.captured_queries)


def test_the_impact_of_many_people_takes_the_queries_of_a_few(office):
    few = _clones(office.template, [office.team, office.other], 3)
    Certificate.objects.filter(user=few[0]).update(status=CertificateStatus.EXPIRED)
    _found, queries_few = _impact(office)

    many = _clones(office.template, [office.team, office.other], 700, start=3)
    # The cases that take other paths, among the many: a revoked certificate, an expired
    # one (no retraining), a person mid-course and one with another active assignment.
    revoked, expired, mid, busy = many[:4]
    Certificate.objects.filter(user=revoked).update(
        status=CertificateStatus.REVOKED, revocation_reason="Wydany omyłkowo"
    )
    Certificate.objects.filter(user=expired).update(status=CertificateStatus.EXPIRED)
    CourseProgress.objects.filter(user=mid).update(completed_at=None, status="in_progress")
    Assignment.objects.create(
        user=busy, course=office.course, due_date=timezone.localdate(), source=Source.MANUAL
    )
    found, queries_many = _impact(office)

    assert queries_many == queries_few
    trained = {office.template.pk, *(u.pk for u in few[1:]), *(u.pk for u in many[4:])}
    assert set(found.affected) == trained
    assert sorted(found.mid_course) == sorted([mid.pk, busy.pk])
    # Every trained person's certificate is valid; the busy person's too, but they are not
    # reached (they meet the new revision through their assignment).
    assert found.certificates == len(trained)
    in_team = 1 + sum(1 for u in [*few[1:], *many[4:]] if u.org_unit_id == office.team.pk)
    assert found.by_unit == [("Zespół A", in_team), ("Zespół B", len(trained) - in_team)]


def _process(office, course, first, people):
    _draft(first)
    change = law_change.legal_change_publish(page=first, user=office.editor, summary=SUMMARY)
    assert course.url  # the site's root paths are read once per process and cached
    with CaptureQueriesContext(connection) as ctx:
        reached = law_change.process_legal_change(change.pk)
    assert reached == people
    return len(ctx.captured_queries)


def test_processing_takes_the_same_queries_for_few_and_many_in_a_batch(
    office, django_capture_on_commit_callbacks
):
    # A second course, completed by more people (one batch of processing, and few enough
    # that SQLite's limit of parameters does not split the inserts).
    course, first = _course()
    template = UserFactory(org_unit=office.other)
    _finish(template, course)
    few = _clones(office.template, [office.team, office.other], 2)
    many = _clones(template, [office.team, office.other], 19, start=2)

    with django_capture_on_commit_callbacks(execute=False):
        queries_few = _process(office, office.course, office.first, 3)
        Notification.objects.all().delete()
        queries_many = _process(office, course, first, 20)

    assert queries_many == queries_few
    assert set(
        Assignment.objects.filter(
            course=course, source=Source.LAW_CHANGE, status=Status.ACTIVE
        ).values_list("user_id", flat=True)
    ) == {template.pk, *(p.pk for p in many)}
    assert not Assignment.objects.filter(course=course, user__in=few).exists()
    # Every certificate of the course is "update required", each with its history row.
    certificates = Certificate.objects.filter(course=course)
    assert certificates.count() == 20
    for certificate in certificates:
        assert certificate.status == CertificateStatus.UPDATE_REQUIRED
        latest = certificate.history.latest()
        assert latest.status == CertificateStatus.UPDATE_REQUIRED
        assert latest.history_change_reason == SUMMARY
        assert latest.status_reason == SUMMARY
    # The leaders are told about the people of their units: the head of the department
    # about everyone, the team's leader about their team only.
    team_notice = Notification.objects.get(recipient=office.lead, kind="law_change_team")
    head_notice = Notification.objects.get(recipient=office.head, kind="law_change_team")
    for person in many:
        assert person.last_name in head_notice.body
        assert (person.last_name in team_notice.body) == (person.org_unit_id == office.team.pk)
    assert Notification.objects.filter(kind="law_change_assigned").count() == 20
    assert Notification.objects.filter(kind="law_change_team").count() == 2
