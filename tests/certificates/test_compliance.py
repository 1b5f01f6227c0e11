"""The compliance matrix: who must hold which certificate, each cell's state, rates, the
not-compliant list, and query counts that do not grow with people or courses."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from assignments.models import Status
from certificates.compliance import matrix
from certificates.compliance.matrix import MatrixFilters, State
from certificates.models import CertificateStatus
from courses.models import ProgressStatus
from lms.models import OrgUnit, User
from tests.certificates.factories import CertificateFactory
from tests.factories import (
    AssignmentFactory,
    AssignmentRuleFactory,
    CoursePageFactory,
    CourseProgressFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def _cells(user, filters=None):
    filters = filters or MatrixFilters()
    rules = matrix.active_rules(filters.today)
    people = matrix.matrix_people(user, filters, rules)
    courses = matrix.matrix_courses(people, filters, rules)
    rows = matrix.matrix_rows(people, courses, rules, filters)
    return courses, {
        (p.pk, c.pk): cell for p, cells in rows for c, cell in zip(courses, cells, strict=True)
    }


def _cert(user, course, *, until_days=365, status=CertificateStatus.VALID, **kwargs):
    today = timezone.localdate()
    until = today + timedelta(days=until_days) if until_days is not None else None
    issued = min(today, until) if until else today
    return CertificateFactory(
        user=user, course=course, valid_until=until, issued_on=issued, status=status, **kwargs
    )


def test_required_means_an_active_assignment_or_a_rule_that_covers_the_person(org):
    assigned = CoursePageFactory(title="Standardy obsługi")
    by_rule = CoursePageFactory(title="Prawo migracyjne")
    unrelated = CoursePageFactory(title="Nikt go nie ma")
    AssignmentFactory(user=org.employee, course=assigned)
    AssignmentFactory(user=org.colleague, course=unrelated, status=Status.CANCELLED, reason="x")
    # The rule has not assigned anyone yet: the course is required all the same.
    AssignmentRuleFactory(course=by_rule, unit=org.team_a)

    courses, cells = _cells(org.hr)

    assert [c.title for c in courses] == ["Prawo migracyjne", "Standardy obsługi"]
    assert cells[(org.employee.pk, assigned.pk)].state == State.MISSING
    assert cells[(org.employee.pk, by_rule.pk)].state == State.MISSING
    assert cells[(org.colleague.pk, by_rule.pk)].state == State.MISSING
    assert cells[(org.colleague.pk, assigned.pk)].state == State.NOT_REQUIRED
    assert cells[(org.outsider.pk, by_rule.pk)].state == State.NOT_REQUIRED


def test_a_rule_covers_only_its_job_title_and_recent_hires(org):
    course = CoursePageFactory()
    today = timezone.localdate()
    referent = UserFactory(org_unit=org.team_b, job_title="Referent", hire_date=today)
    old_referent = UserFactory(
        org_unit=org.team_b, job_title="referent", hire_date=today - timedelta(days=400)
    )
    inspector = UserFactory(org_unit=org.team_b, job_title="Inspektor", hire_date=today)
    AssignmentRuleFactory(course=course, unit=org.dept, job_title="Referent", hired_within_days=30)
    AssignmentRuleFactory(
        course=CoursePageFactory(), unit=org.dept, is_active=False
    )  # switched off: requires nothing

    courses, cells = _cells(org.hr)

    assert courses == [course]
    assert cells[(referent.pk, course.pk)].state == State.MISSING
    assert cells[(old_referent.pk, course.pk)].state == State.NOT_REQUIRED
    assert cells[(inspector.pk, course.pk)].state == State.NOT_REQUIRED


def test_each_cell_state_from_certificates_and_progress(org):
    course = CoursePageFactory(title="Kurs z certyfikatem")
    people = {
        name: UserFactory(org_unit=org.team_a)
        for name in (
            "valid",
            "expiring",
            "expired",
            "past_date",
            "update",
            "progress",
            "missing",
            "revoked",
            "no_expiry",
        )
    }
    for person in people.values():
        AssignmentFactory(user=person, course=course)
    _cert(people["valid"], course, until_days=200)
    _cert(people["expiring"], course, until_days=20)
    _cert(people["expired"], course, until_days=-3, status=CertificateStatus.EXPIRED)
    # Past its date, not yet marked by the daily job: expired all the same.
    _cert(people["past_date"], course, until_days=-1)
    _cert(people["update"], course, status=CertificateStatus.UPDATE_REQUIRED)
    CourseProgressFactory(
        user=people["progress"], course=course, status=ProgressStatus.IN_PROGRESS, percent=40
    )
    _cert(people["revoked"], course, status=CertificateStatus.REVOKED, revocation_reason="błąd")
    _cert(people["no_expiry"], course, until_days=None)

    _courses, cells = _cells(org.hr)
    state = {name: cells[(p.pk, course.pk)] for name, p in people.items()}

    assert state["valid"].state == State.VALID
    assert state["expiring"].state == State.EXPIRING
    assert state["expiring"].until == timezone.localdate() + timedelta(days=20)
    assert state["expired"].state == State.EXPIRED
    assert state["past_date"].state == State.EXPIRED
    assert state["update"].state == State.UPDATE_REQUIRED
    assert state["progress"].state == State.IN_PROGRESS
    assert state["progress"].percent == 40
    assert state["missing"].state == State.MISSING
    assert state["revoked"].state == State.MISSING
    assert state["no_expiry"].state == State.VALID
    assert state["no_expiry"].until is None

    # "Expiring soon" is a filter: within 10 days, the 20-day certificate is simply valid.
    _courses, cells = _cells(org.hr, MatrixFilters(expiring_days=10))
    assert cells[(people["expiring"].pk, course.pk)].state == State.VALID


def test_a_completed_course_without_certificates_counts_as_valid(org):
    course = CoursePageFactory(issues_certificate=False)
    AssignmentFactory(user=org.employee, course=course, status=Status.FULFILLED)
    AssignmentRuleFactory(course=course, unit=org.team_a)
    CourseProgressFactory(
        user=org.employee, course=course, status=ProgressStatus.COMPLETED, percent=100
    )

    _courses, cells = _cells(org.hr)

    assert cells[(org.employee.pk, course.pk)].state == State.VALID


def test_newest_current_certificate_decides(org):
    course = CoursePageFactory()
    AssignmentFactory(user=org.employee, course=course)
    old = _cert(org.employee, course, until_days=10, status=CertificateStatus.SUPERSEDED)
    new = _cert(org.employee, course, until_days=300, supersedes=old)

    _courses, cells = _cells(org.hr)

    assert cells[(org.employee.pk, course.pk)].state == State.VALID
    assert cells[(org.employee.pk, course.pk)].number == new.number


def test_a_leader_sees_only_the_people_they_lead(org):
    course = CoursePageFactory()
    for person in (org.employee, org.outsider):
        AssignmentFactory(user=person, course=course)

    _courses, cells = _cells(org.leader)

    people = {pk for pk, _c in cells}
    assert org.employee.pk in people
    assert org.outsider.pk not in people


def test_unit_and_course_filters(org):
    first, second = CoursePageFactory(), CoursePageFactory()
    AssignmentFactory(user=org.employee, course=first)
    AssignmentFactory(user=org.outsider, course=second)

    team_b = OrgUnit.objects.get(pk=org.team_b.pk)  # the fixture's paths moved as it grew
    courses, cells = _cells(org.hr, MatrixFilters(unit=team_b))
    assert courses == [second]
    assert {pk for pk, _c in cells} == {org.outsider.pk}

    courses, cells = _cells(org.hr, MatrixFilters(course=first))
    assert courses == [first]
    assert {pk for pk, _c in cells} == {org.employee.pk}


def test_rates_by_course_and_unit_and_who_is_not_compliant(org):
    course = CoursePageFactory(title="Standardy")
    for person in (org.employee, org.colleague, org.outsider):
        AssignmentFactory(user=person, course=course)
    _cert(org.employee, course, until_days=300)
    _cert(org.colleague, course, until_days=5)

    filters = MatrixFilters()
    rules = matrix.active_rules(filters.today)
    people = matrix.matrix_people(org.hr, filters, rules)
    courses = matrix.matrix_courses(people, filters, rules)
    summary = matrix.summary(people, courses, rules, filters)

    [rate] = summary.courses
    assert (rate.required, rate.compliant, rate.expiring, rate.percent) == (3, 2, 1, 67)
    units = {r.key: r for r in summary.units}
    assert units[org.team_a.pk].percent == 100
    assert units[org.team_b.pk].percent == 0
    assert [(p.pk, [c.state for c in cells]) for p, cells in summary.not_compliant] == [
        (org.outsider.pk, [State.MISSING])
    ]


def test_the_matrix_page_shows_states_in_words_with_a_symbol(client_for, org):
    course = CoursePageFactory(title="Standardy obsługi")
    AssignmentFactory(user=org.employee, course=course)
    AssignmentFactory(user=org.colleague, course=course)
    _cert(org.employee, course, until_days=10)

    response = client_for("hr").get(reverse("compliance_matrix"))

    html = response.content.decode()
    assert response.status_code == 200
    assert f'data-state="expiring" data-course="{course.pk}"' in html
    assert f'data-state="missing" data-course="{course.pk}"' in html
    assert '<span aria-hidden="true">◔</span> Expiring soon' in html
    assert '<span aria-hidden="true">○</span> Missing' in html
    assert "style=" not in html
    assert "<script>" not in html


@pytest.mark.parametrize(
    "query",
    ["expiring_days=-4", "expiring_days=abc", "unit=99999999999999999999", "course=x", "page=999"],
)
def test_bad_filters_are_left_out_with_a_message(client_for, org, query):
    AssignmentFactory(user=org.employee, course=CoursePageFactory())
    for name in ("compliance_matrix", "compliance_rates", "compliance_not_compliant"):
        response = client_for("hr").get(reverse(name) + "?" + query)
        assert response.status_code == 200, name
    if not query.startswith("page"):
        assert "were not valid and were left out" in response.content.decode()


def _world(org, people, courses):
    course_rows = [CoursePageFactory() for _ in range(courses)]
    for n in range(people):
        person = UserFactory(org_unit=org.team_a if n % 2 else org.team_b)
        for i, course in enumerate(course_rows):
            AssignmentFactory(user=person, course=course)
            if i % 2:
                _cert(person, course, until_days=10 + n)
            else:
                CourseProgressFactory(user=person, course=course, status="in_progress")
    AssignmentRuleFactory(course=course_rows[0], unit=org.dept)
    AssignmentRuleFactory(course=CoursePageFactory(), unit=org.team_a, job_title="Inspektor")


@pytest.mark.parametrize(
    "name", ["compliance_matrix", "compliance_rates", "compliance_not_compliant"]
)
def test_query_count_does_not_grow_with_people_or_courses(
    client_for, org, name, django_assert_max_num_queries
):
    client = client_for("hr")
    url = reverse(name)
    _world(org, people=2, courses=1)
    client.get(url)  # warm up (content types, site)
    with CaptureQueriesContext(connection) as small:
        assert client.get(url).status_code == 200
    _world(org, people=30, courses=5)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get(url)
    assert response.status_code == 200
    if name == "compliance_matrix":
        assert response.content.decode().count("<tr data-person=") == User.objects.count()


@pytest.fixture
def registered(monkeypatch):
    """The compliance entries registered as ``certificates.apps`` does at start-up, on copies
    of the registries so that no other test sees them."""
    from certificates.compliance import panels
    from lms import panels as lms_panels

    monkeypatch.setattr(lms_panels, "_NAV_ITEMS", dict(lms_panels._NAV_ITEMS))
    monkeypatch.setattr(lms_panels, "_PERSON_PANELS", dict(lms_panels._PERSON_PANELS))
    panels.register()


@pytest.mark.parametrize(
    "role, shown", [("hr", True), ("leader", True), ("employee", False), ("editor", False)]
)
def test_the_navigation_entry_is_for_hr_and_leaders(registered, org, role, shown):
    from lms.panels import nav_items

    urls = [url for url, _label, _key in nav_items(getattr(org, role))]
    assert (reverse("compliance_matrix") in urls) is shown


def test_the_person_page_links_to_certificates_and_the_record(registered, client_for, org):
    page = client_for("hr").get(reverse("person_detail", args=[org.employee.pk])).content
    assert reverse("compliance_person", args=[org.employee.pk]).encode() in page
    assert reverse("compliance_person_record", args=[org.employee.pk]).encode() in page


def test_the_rates_and_not_compliant_pages(client_for, org):
    course = CoursePageFactory(title="Standardy obsługi")
    for person in (org.employee, org.colleague, org.outsider):
        AssignmentFactory(user=person, course=course)
    _cert(org.employee, course, until_days=300)
    _cert(org.colleague, course, until_days=5)
    client = client_for("hr")

    rates = client.get(reverse("compliance_rates")).content.decode()
    assert "67% of required courses are held with a valid certificate (2 of 3)" in rates
    assert '<th scope="col">Course</th>' in rates
    assert '<th scope="col">Unit</th>' in rates
    assert "Standardy obsługi" in rates

    listed = client.get(reverse("compliance_not_compliant")).content.decode()
    assert f'<tr data-person="{org.outsider.pk}">' in listed
    assert f'<tr data-person="{org.employee.pk}">' not in listed
    only_expired = client.get(reverse("compliance_not_compliant"), {"state": "expired"})
    assert f'<tr data-person="{org.outsider.pk}">' not in only_expired.content.decode()
