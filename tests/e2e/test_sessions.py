"""Browser journey of internal sessions: the demo leader schedules a session on a legal
change for their team, the demo employee books it, the leader shows the QR code and the
employee checks in from a second browser. axe on every sessions page."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.e2e.conftest import assert_no_serious_axe_violations, login

pytestmark = pytest.mark.e2e

TITLE = "Nowelizacja ustawy o cudzoziemcach: odprawa zespołu"


def _local(dt):
    return timezone.localtime(dt).strftime("%Y-%m-%dT%H:%M")


def test_leader_schedules_employee_books_and_checks_in_by_qr(
    browser, page, live_server, demo_office
):
    from lms.models import OrgUnit
    from seminars.models import Attendance, Booking, Event

    team = OrgUnit.objects.get(code="WSC-LP")
    login(page, live_server, "leader@demo.kadra")
    page.goto(f"{live_server.url}/sessions/")
    assert_no_serious_axe_violations(page)
    page.goto(f"{live_server.url}/sessions/new/")
    assert_no_serious_axe_violations(page)
    page.locator("input[name=title]").fill(TITLE)
    page.locator("textarea[name=description]").fill("Co się zmienia od przyszłego miesiąca.")
    page.locator("select[name=unit]").select_option(str(team.pk))
    page.locator("select[name=audience_units]").select_option([str(team.pk)])
    page.locator("input[name=capacity]").fill("12")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert "/dates/new/" in page.url
    assert_no_serious_axe_violations(page)
    # The session starts in ten minutes: check-in is already open.
    start = timezone.now() + timedelta(minutes=10)
    page.locator("input[name=starts_at]").fill(_local(start))
    page.locator("input[name=ends_at]").fill(_local(start + timedelta(hours=1)))
    page.locator("input[name=room]").fill("Sala 2.14")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    event = Event.objects.get(title=TITLE)
    assert page.url.endswith(f"/sessions/{event.pk}/")
    assert_no_serious_axe_violations(page)

    learner = browser.new_context(locale="pl-PL", base_url=live_server.url)
    learner.set_default_timeout(10_000)
    employee_page = learner.new_page()
    login(employee_page, live_server, "employee@demo.kadra")
    employee_page.goto(f"{live_server.url}/sessions/")
    assert TITLE in employee_page.locator("main").inner_text()
    employee_page.goto(f"{live_server.url}/sessions/{event.pk}/")
    assert_no_serious_axe_violations(employee_page)
    with employee_page.expect_navigation():
        employee_page.locator("#book-button").click()
    assert employee_page.locator("#my-booking-status").get_attribute("data-status") == "booked"
    assert Booking.objects.get(event=event, user__email="employee@demo.kadra").status == "booked"
    employee_page.goto(f"{live_server.url}/sessions/mine/")
    assert_no_serious_axe_violations(employee_page)

    event_date = event.dates.get()
    page.goto(f"{live_server.url}/sessions/dates/{event_date.pk}/qr/")
    assert page.locator("#qr-image svg").count() == 1
    assert_no_serious_axe_violations(page)
    checkin_url = page.locator("#qr-link").get_attribute("href")
    assert f"/sessions/check-in/{event_date.pk}/" in checkin_url

    # The phone opens the link in the QR code.
    employee_page.goto(checkin_url)
    assert_no_serious_axe_violations(employee_page)
    with employee_page.expect_navigation():
        employee_page.locator("#checkin-button").click()
    assert employee_page.locator("#checkin-done").is_visible()
    learner.close()
    row = Attendance.objects.get(event_date=event_date, user__email="employee@demo.kadra")
    assert (row.status, row.method) == ("attended", "qr")

    page.goto(f"{live_server.url}/sessions/dates/{event_date.pk}/attendance/")
    assert_no_serious_axe_violations(page)
    employee = row.user
    assert page.locator(f"select[name=status_{employee.pk}]").input_value() == "attended"
    page.goto(f"{live_server.url}/sessions/running/")
    assert_no_serious_axe_violations(page)
    page.goto(f"{live_server.url}/sessions/team/")
    assert page.get_by_role("cell", name=employee.org_unit.code).first.is_visible()
    assert_no_serious_axe_violations(page)
    page.goto(f"{live_server.url}/sessions/calendar/")
    assert_no_serious_axe_violations(page)


def test_hr_overview_and_feedback_pages_are_accessible(browser, page, live_server, demo_office):
    from lms.models import OrgUnit, User
    from seminars.models import Attendance, Booking, Event, EventDate

    team = OrgUnit.objects.get(code="WSC-LP")
    leader = User.objects.get(email="leader@demo.kadra")
    employee = User.objects.get(email="employee@demo.kadra")
    event = Event.objects.create(title="Odprawa", unit=team, capacity=5, created_by=leader)
    event.audience_units.set([team])
    event.trainers.set([leader])
    now = timezone.now()
    past = EventDate.objects.create(
        event=event, starts_at=now - timedelta(days=2), ends_at=now - timedelta(days=2, hours=-1)
    )
    Booking.objects.create(event=event, user=employee, status="booked")
    Attendance.objects.create(event_date=past, user=employee, status="attended")

    login(page, live_server, "employee@demo.kadra")
    page.goto(f"{live_server.url}/sessions/{event.pk}/feedback/")
    assert_no_serious_axe_violations(page)
    page.locator("input[name=usefulness][value='5']").check()
    page.locator("input[name=trainer_rating][value='4']").check()
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert page.url.endswith(f"/sessions/{event.pk}/")

    hr = browser.new_context(locale="pl-PL", base_url=live_server.url)
    hr_page = hr.new_page()
    login(hr_page, live_server, "hr@demo.kadra")
    hr_page.goto(f"{live_server.url}/sessions/overview/")
    assert "Odprawa" in hr_page.locator("main").inner_text()
    assert_no_serious_axe_violations(hr_page)
    hr_page.goto(f"{live_server.url}/sessions/{event.pk}/feedback/results/")
    assert_no_serious_axe_violations(hr_page)
    hr.close()
