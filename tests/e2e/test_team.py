"""Browser journey of the team view: the demo leader assigns a course to the
legalisation-of-stay team, the demo employee sees it at home and finishes a lesson, and the
leader sees the matrix cell change. axe on every page of the team view."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.e2e.conftest import assert_no_serious_axe_violations, login

pytestmark = pytest.mark.e2e

DEMO_COURSES = {"standardy-obslugi", "obsluga-miedzykulturowa", "prawo-migracyjne"}


def _new_course():
    """A live seed course the demo team has not been assigned yet, with its first lesson."""
    from courses.models import CoursePage, LessonPage

    for course in CoursePage.objects.live().exclude(slug__in=DEMO_COURSES).order_by("title"):
        lesson = LessonPage.objects.live().child_of(course).order_by("path").first()
        if lesson is not None:
            return course, lesson
    pytest.fail("seed_demo made no course beyond the three the demo team already has")


def _cell(page, person_pk, course_pk):
    return page.locator(f'tr[data-person="{person_pk}"] td[data-course="{course_pk}"]')


def test_leader_assigns_employee_learns_matrix_changes(browser, page, live_server, demo_office):
    from lms.models import OrgUnit, User

    course, lesson = _new_course()
    team = OrgUnit.objects.get(code="WSC-LP")
    employee = User.objects.get(email="employee@demo.kadra")
    due = timezone.localdate() + timedelta(days=30)

    login(page, live_server, "leader@demo.kadra")
    page.goto(f"{live_server.url}/team/assign/")
    assert_no_serious_axe_violations(page)
    page.locator(f'input[name=courses][value="{course.pk}"]').check()
    page.locator('input[name=target][value="units"]').check()
    page.locator("select[name=units]").select_option(str(team.pk))
    page.locator('input[name=due_kind][value="date"]').check()
    page.locator("input[name=due_date]").fill(due.isoformat())
    with page.expect_navigation():
        page.locator('button[name=action][value="preview"]').click()
    assert course.title in page.locator("main").inner_text()
    assert_no_serious_axe_violations(page)
    with page.expect_navigation():
        page.locator('button[name=action][value="confirm"]').click()
    assert page.url.endswith("/team/")
    assert _cell(page, employee.pk, course.pk).get_attribute("data-state") == "not_started"
    assert_no_serious_axe_violations(page)

    learner = browser.new_context(locale="pl-PL", base_url=live_server.url)
    learner.set_default_timeout(10_000)
    employee_page = learner.new_page()
    login(employee_page, live_server, "employee@demo.kadra")
    assert course.title in employee_page.locator("main").inner_text()
    employee_page.goto(f"{live_server.url}{lesson.url}")
    with employee_page.expect_navigation():
        employee_page.locator(f'form[action$="/lessons/{lesson.pk}/complete/"] button').click()
    learner.close()

    page.goto(f"{live_server.url}/team/")
    assert _cell(page, employee.pk, course.pk).get_attribute("data-state") == "in_progress"


@pytest.mark.parametrize("width", [1280, 320])
def test_every_team_page_is_accessible(page, live_server, demo_office, width):
    from assignments.models import Assignment, Status
    from lms.models import User

    page.set_viewport_size({"width": width, "height": 900})
    login(page, live_server, "leader@demo.kadra")
    employee = User.objects.get(email="employee@demo.kadra")
    assignment = Assignment.objects.filter(user=employee, status=Status.ACTIVE).first()
    urls = [
        "/team/",
        "/team/assign/",
        "/team/overdue/",
        "/team/rules/",
        "/team/rules/new/",
        f"/team/people/{employee.pk}/courses/{assignment.course_id}/",
        f"/team/assignments/{assignment.pk}/cancel/",
        f"/team/assignments/{assignment.pk}/due-date/",
        "/notifications/",
    ]
    for url in urls:
        response = page.goto(f"{live_server.url}{url}")
        assert response.status == 200, url
        assert_no_serious_axe_violations(page)
        if width == 320:
            scroll = page.evaluate("document.documentElement.scrollWidth")
            assert scroll <= 320, f"{url} is {scroll}px wide at a 320px viewport"
