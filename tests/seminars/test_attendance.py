"""Attendance, QR check-in codes and their window, completion of a session-required
course, corrections, the printed list."""

import io
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from pypdf import PdfReader

from courses.models import CourseProgress, ProgressStatus
from courses.services import step_complete
from seminars import attendance, checkin, pdf
from seminars.models import Attendance
from tests.factories import CoursePageFactory, LessonPageFactory, UserFactory
from tests.seminars.factories import (
    AttendanceFactory,
    BookingFactory,
    EventDateFactory,
    EventFactory,
)

START = timezone.datetime(2026, 3, 10, 9, 0, tzinfo=timezone.get_fixed_timezone(60))


@pytest.fixture
def session(org):
    event = EventFactory(unit=org.team_a, open_to_all=False, audience_units=[org.team_a])
    event.trainers.set([org.colleague])
    event_date = EventDateFactory(event=event, starts_at=START, ends_at=START + timedelta(hours=2))
    BookingFactory(event=event, user=org.employee)
    return event_date


# QR codes ---------------------------------------------------------------------------


def test_code_rotates_every_30_seconds_and_lives_one_slot_more(session):
    with freeze_time(START):
        code = checkin.current_code(session)
        assert checkin.code_is_valid(session, code)
    with freeze_time(START + timedelta(seconds=31)):
        assert checkin.current_code(session) != code
        assert checkin.code_is_valid(session, code)  # scanned just as it changed
    with freeze_time(START + timedelta(seconds=61)):
        assert not checkin.code_is_valid(session, code)


def test_code_is_for_one_date_only(session):
    other = EventDateFactory(event=session.event, starts_at=START + timedelta(days=1))
    with freeze_time(START):
        assert not checkin.code_is_valid(other, checkin.current_code(session))
        assert not checkin.code_is_valid(session, "f" * checkin.CODE_LENGTH)
        assert not checkin.code_is_valid(session, "")


def test_window_opens_30_minutes_before_and_closes_7_days_after(session):
    assert not checkin.in_window(session, START - timedelta(minutes=31))
    assert checkin.in_window(session, START - timedelta(minutes=30))
    assert checkin.in_window(session, session.ends_at + timedelta(days=7))
    assert not checkin.in_window(session, session.ends_at + timedelta(days=7, seconds=1))


def _scan(client, event_date, code):
    return client.get(reverse("session_checkin", kwargs={"pk": event_date.pk, "code": code}))


def test_trainee_scans_signs_in_and_is_marked_attended(client, org, session):
    with freeze_time(START + timedelta(minutes=5)):
        code = checkin.current_code(session)
        response = _scan(client, session, code)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    # signing in took two minutes: the code is old by now, the scan is remembered
    with freeze_time(START + timedelta(minutes=7)):
        client.force_login(org.employee)
        url = reverse("session_checkin", kwargs={"pk": session.pk, "code": code})
        assert client.get(url).status_code == 200
        assert not Attendance.objects.exists()
        response = client.post(url)
    assert response.status_code == 200
    row = Attendance.objects.get(user=org.employee)
    assert (row.status, row.method, row.recorded_by) == ("attended", "qr", org.employee)


def test_old_or_forged_codes_and_people_not_booked_are_refused(client, org, session):
    client.force_login(org.employee)
    with freeze_time(START):
        old = checkin.current_code(session)
    with freeze_time(START + timedelta(minutes=3)):
        response = _scan(client, session, old)
        assert response.status_code == 403
        assert "old or not for this session" in response.content.decode()
        url = reverse("session_checkin", kwargs={"pk": session.pk, "code": old})
        assert client.post(url).status_code == 403
        client.force_login(org.outsider)
        code = checkin.current_code(session)
        assert _scan(client, session, code).status_code == 200
        response = client.post(reverse("session_checkin", kwargs={"pk": session.pk, "code": code}))
        assert response.status_code == 403
        assert "Ask the trainer to add you as a walk-in" in response.content.decode()
    with freeze_time(session.ends_at + timedelta(days=8)):
        client.force_login(org.employee)
        assert _scan(client, session, checkin.current_code(session)).status_code == 403
    assert not Attendance.objects.exists()


def test_qr_page_and_json_give_a_fresh_code(client, org, session):
    client.force_login(org.colleague)  # the trainer
    with freeze_time(START):
        page = client.get(reverse("session_date_qr", kwargs={"pk": session.pk}))
        assert page.status_code == 200
        assert "<svg" in page.content.decode() and "style=" not in page.content.decode()
        data = client.get(reverse("session_date_qr_json", kwargs={"pk": session.pk})).json()
        assert data["open"] and checkin.current_code(session) in data["url"]
    with freeze_time(START + timedelta(seconds=45)):
        later = client.get(reverse("session_date_qr_json", kwargs={"pk": session.pk})).json()
    assert later["url"] != data["url"]
    with freeze_time(START - timedelta(hours=1)):
        closed = client.get(reverse("session_date_qr_json", kwargs={"pk": session.pk})).json()
    assert closed["open"] is False


# Marking ----------------------------------------------------------------------------


def mark(event_date, person, status, by, reason="", **kw):
    return attendance.attendance_record(
        event_date=event_date,
        person=person,
        status=status,
        reason=reason,
        acting_user=by,
        now=START + timedelta(minutes=10),
        **kw,
    )


def test_marking_outside_the_window_is_refused(org, session):
    with pytest.raises(ValidationError, match="opens 30 minutes"):
        attendance.attendance_record(
            event_date=session,
            person=org.employee,
            status="attended",
            acting_user=org.leader,
            now=START - timedelta(hours=1),
        )
    with pytest.raises(ValidationError, match="closed 7 days"):
        attendance.attendance_record(
            event_date=session,
            person=org.employee,
            status="attended",
            acting_user=org.leader,
            now=session.ends_at + timedelta(days=8),
        )
    assert not Attendance.objects.exists()


def test_only_trainers_and_leaders_mark(org, session):
    with pytest.raises(ValidationError, match="trainers and leaders"):
        mark(session, org.employee, "attended", org.outsider)
    assert mark(session, org.employee, "attended", org.colleague).status == "attended"


def test_excused_needs_a_reason_and_walk_ins_must_be_in_the_audience(org, session):
    with pytest.raises(ValidationError, match="reason"):
        mark(session, org.employee, "excused", org.leader)
    with pytest.raises(ValidationError, match="walk-in"):
        mark(session, org.colleague, "attended", org.leader)
    with pytest.raises(ValidationError, match="not in the audience"):
        mark(session, org.outsider, "attended", org.leader, method="walk_in")
    walk_in = UserFactory(org_unit=org.team_a)
    assert mark(session, walk_in, "attended", org.leader, method="walk_in").method == "walk_in"


def test_corrections_are_kept_with_who_and_why(org, session):
    mark(session, org.employee, "attended", org.leader)
    mark(session, org.employee, "excused", org.leader, reason="Zwolnienie lekarskie")
    row = Attendance.objects.get(user=org.employee)
    history = list(row.history.order_by("history_date").values_list("status", "history_user"))
    assert history == [("attended", org.leader.pk), ("excused", org.leader.pk)]
    assert row.history.first().history_change_reason == "Zwolnienie lekarskie"


@pytest.fixture
def required_course(org, session):
    course = CoursePageFactory(session_required=True, self_enrolment=True)
    lesson = LessonPageFactory(parent=course)
    event = session.event
    event.course = course
    event.save()
    step_complete(user=org.employee, step=lesson)
    return course


def test_attendance_completes_a_course_waiting_for_a_session(org, session, required_course):
    progress = CourseProgress.objects.get(user=org.employee, course=required_course)
    assert progress.status == ProgressStatus.AWAITING_SESSION
    mark(session, org.employee, "attended", org.leader)
    progress.refresh_from_db()
    assert progress.status == ProgressStatus.COMPLETED


def test_two_part_event_needs_both_dates_unless_it_says_otherwise(org, session, required_course):
    second = EventDateFactory(
        event=session.event,
        starts_at=START + timedelta(days=1),
        ends_at=START + timedelta(days=1, hours=2),
    )
    mark(session, org.employee, "attended", org.leader)
    progress = CourseProgress.objects.get(user=org.employee, course=required_course)
    assert progress.status == ProgressStatus.AWAITING_SESSION
    attendance.attendance_record(
        event_date=second,
        person=org.employee,
        status="attended",
        acting_user=org.leader,
        now=second.starts_at,
    )
    progress.refresh_from_db()
    assert progress.status == ProgressStatus.COMPLETED


def test_correcting_wrong_attendance_withdraws_the_completion(org, session, required_course):
    mark(session, org.employee, "attended", org.leader)
    mark(session, org.employee, "absent", org.leader, reason="Pomyłka: była nieobecna")
    progress = CourseProgress.objects.get(user=org.employee, course=required_course)
    assert progress.status == ProgressStatus.AWAITING_SESSION
    assert progress.completed_at is None
    withdrawal = progress.history.filter(history_change_reason="Pomyłka: była nieobecna").first()
    assert withdrawal is not None and withdrawal.history_user == org.leader


def test_attendance_page_saves_all_marks_in_one_go(client, org, session):
    client.force_login(org.leader)
    url = reverse("session_date_attendance", kwargs={"pk": session.pk})
    with freeze_time(START + timedelta(minutes=5)):
        response = client.post(url, {f"status_{org.employee.pk}": "excused"})
        assert response.status_code == 200  # refused: a reason is needed
        assert "reason" in response.content.decode().lower()
        assert not Attendance.objects.exists()
        response = client.post(url, {f"status_{org.employee.pk}": "attended"})
    assert response.status_code == 302
    assert Attendance.objects.get(user=org.employee).status == "attended"


def _page_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_attendance_page_queries_do_not_grow_with_people(client, org, session):
    client.force_login(org.leader)
    url = reverse("session_date_attendance", kwargs={"pk": session.pk})
    client.get(url)  # warm-up: the frame's once-per-process reads
    small = _page_queries(client, url)
    for _ in range(30):
        BookingFactory(event=session.event, user=UserFactory(org_unit=org.team_a))
    AttendanceFactory(event_date=session, user=org.employee, status="attended")
    assert _page_queries(client, url) == small


def test_attendance_page_rows_show_the_marks_labels_and_escaped_names(client, org, session):
    person = UserFactory(first_name="<b>Ola</b>", last_name="Żak & Syn", org_unit=org.team_a)
    BookingFactory(event=session.event, user=person)
    AttendanceFactory(event_date=session, user=org.employee, status="excused", reason='Chora "L4"')
    client.force_login(org.leader)
    html = client.get(reverse("session_date_attendance", kwargs={"pk": session.pk})).content
    html = html.decode()
    assert "<b>Ola</b>" not in html and "&lt;b&gt;Ola&lt;/b&gt;" in html
    assert "Żak &amp; Syn" in html
    pk = org.employee.pk
    assert f'<select name="status_{pk}" id="id_status_{pk}">' in html
    assert '<option value="excused" selected>Excused</option>' in html
    assert 'value="Chora &quot;L4&quot;"' in html
    assert (
        f'<label for="id_status_{pk}" class="visually-hidden">Attendance of {org.employee}' in html
    )
    assert html.count('<option value="" selected>') == 1  # the other person: not marked
    assert f'<td data-label="Unit">{org.team_a.code}</td>' in html


# The printed list -------------------------------------------------------------------


def test_attendance_list_pdf_has_the_names_with_polish_letters(client, org, session):
    person = UserFactory(first_name="Łucja", last_name="Żółćwska-Gęślą", org_unit=org.team_a)
    BookingFactory(event=session.event, user=person)
    data = pdf.attendance_list_pdf(session)
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Żółćwska-Gęślą Łucja" in text
    assert session.event.title in text
    assert "10 marca 2026, 09:00–11:00" in text  # printed in Polish
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (210, 297)
    client.force_login(org.leader)
    response = client.get(reverse("session_date_attendance_pdf", kwargs={"pk": session.pk}))
    assert response["Content-Type"] == "application/pdf"
