"""Sessions pages with bad input: clear messages, nothing written, never a 500."""

from datetime import timedelta

from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from seminars.models import Booking, Event, EventDate
from tests.factories import CoursePageFactory, UserFactory
from tests.seminars.factories import BookingFactory, EventDateFactory, EventFactory


def _local(dt):
    return timezone.localtime(dt).strftime("%Y-%m-%dT%H:%M")


def test_leader_creates_an_event_and_a_date(client, org):
    client.force_login(org.leader)
    response = client.post(
        reverse("session_create"),
        {
            "title": "Odprawa",
            "unit": org.team_a.pk,
            "audience_units": [org.team_a.pk],
            "capacity": 5,
        },
    )
    event = Event.objects.get(title="Odprawa")
    assert response["Location"] == reverse("session_date_create", kwargs={"pk": event.pk})
    start = timezone.now() + timedelta(days=3)
    response = client.post(
        reverse("session_date_create", kwargs={"pk": event.pk}),
        {"starts_at": _local(start), "ends_at": _local(start - timedelta(hours=1))},
    )
    assert response.status_code == 200
    assert "must end after it starts" in response.content.decode()
    assert not EventDate.objects.exists()
    response = client.post(
        reverse("session_date_create", kwargs={"pk": event.pk}),
        {"starts_at": _local(start), "ends_at": _local(start + timedelta(hours=1))},
    )
    assert response.status_code == 302 and EventDate.objects.count() == 1


def test_leader_cannot_organise_for_another_unit(client, org):
    client.force_login(org.leader)
    response = client.post(
        reverse("session_create"),
        {"title": "X", "unit": org.team_b.pk, "audience_units": [org.team_b.pk], "capacity": 5},
    )
    assert response.status_code == 200
    assert not Event.objects.exists()


def test_bad_values_are_refused_on_the_form(client, org):
    client.force_login(org.hr)
    for data in (
        {"title": "", "unit": org.team_a.pk, "open_to_all": "on", "capacity": 5},
        {"title": "X", "unit": org.team_a.pk, "open_to_all": "on", "capacity": 0},
        {"title": "X", "unit": org.team_a.pk, "capacity": 5},  # no audience
        {"title": "X", "unit": "99999999999999999999999", "open_to_all": "on", "capacity": 5},
        {
            "title": "X",
            "unit": org.team_a.pk,
            "open_to_all": "on",
            "capacity": 5,
            "signup_opens_at": "2026-05-02T10:00",
            "signup_closes_at": "2026-05-01T10:00",
        },
    ):
        response = client.post(reverse("session_create"), data)
        assert response.status_code == 200, data
    assert not Event.objects.exists()


def test_capacity_below_the_booked_is_refused_on_the_edit_page(client, org):
    event = EventFactory(unit=org.team_a, capacity=3)
    EventDateFactory(event=event)
    for _ in range(3):
        BookingFactory(event=event, user=UserFactory(org_unit=org.team_a))
    client.force_login(org.leader)
    response = client.post(
        reverse("session_edit", kwargs={"pk": event.pk}),
        {"title": event.title, "unit": org.team_a.pk, "open_to_all": "on", "capacity": 2},
    )
    assert response.status_code == 200
    assert "already booked" in response.content.decode()
    event.refresh_from_db()
    assert event.capacity == 3


def test_booking_after_the_start_shows_a_message(client, org):
    event = EventFactory(unit=org.team_a)
    now = timezone.now()
    EventDateFactory(
        event=event, starts_at=now - timedelta(minutes=5), ends_at=now + timedelta(hours=1)
    )
    client.force_login(org.employee)
    response = client.post(reverse("session_book", kwargs={"pk": event.pk}), follow=True)
    assert "already started" in response.content.decode()
    assert not Booking.objects.exists()


def test_event_page_shows_the_waitlist_position(client, org):
    event = EventFactory(unit=org.team_a, capacity=1)
    EventDateFactory(event=event)
    BookingFactory(event=event, user=org.colleague)
    client.force_login(org.employee)
    client.post(reverse("session_book", kwargs={"pk": event.pk}))
    response = client.get(reverse("session_detail", kwargs={"pk": event.pk}))
    assert "position 1" in response.content.decode()


def test_course_page_include_lists_upcoming_sessions(org):
    course = CoursePageFactory()
    event = EventFactory(unit=org.team_a, course=course, title="Sesja do kursu")
    EventDateFactory(event=event)
    request = RequestFactory().get("/")
    request.user = org.employee
    html = Template('{% include "seminars/includes/course_sessions.html" %}').render(
        Context({"request": request, "course": course})
    )
    assert "Sesja do kursu" in html
    request.user = org.outsider
    hidden = EventFactory(unit=org.team_a, course=course, open_to_all=False, title="Ukryta")
    hidden.audience_units.set([org.team_a])
    EventDateFactory(event=hidden)
    html = Template('{% include "seminars/includes/course_sessions.html" %}').render(
        Context({"request": request, "course": course})
    )
    assert "Ukryta" not in html and "Sesja do kursu" in html


def test_home_page_shows_my_sessions(client, org):
    event = EventFactory(unit=org.team_a, title="Moja sesja")
    EventDateFactory(event=event)
    BookingFactory(event=event, user=org.employee)
    client.force_login(org.employee)
    assert "Moja sesja" in client.get(reverse("home")).content.decode()


def test_person_page_shows_attended_sessions_with_hours(client, org):
    from tests.seminars.factories import AttendanceFactory

    event_date = EventDateFactory(event=EventFactory(unit=org.team_a, title="Odprawa KPA"))
    AttendanceFactory(event_date=event_date, user=org.colleague)
    client.force_login(org.leader)
    html = client.get(reverse("person_detail", kwargs={"pk": org.colleague.pk})).content.decode()
    assert "Odprawa KPA" in html and "2.0" in html


def test_the_course_page_itself_shows_its_upcoming_sessions(client, org):
    course = CoursePageFactory()
    event = EventFactory(unit=org.team_a, course=course, title="Sesja na stronie kursu")
    EventDateFactory(event=event)
    client.force_login(org.employee)
    html = client.get(course.url).content.decode()
    assert "Sesja na stronie kursu" in html
    assert reverse("session_detail", kwargs={"pk": event.pk}) in html


def test_the_team_view_has_a_session_column_for_courses_that_require_one(client, org):
    from django.utils import timezone

    from assignments import services as assignment_services
    from seminars.models import Attendance, AttendanceStatus, BookingStatus
    from tests.factories import LessonPageFactory

    course = CoursePageFactory(title="Ustawa o cudzoziemcach", session_required=True)
    LessonPageFactory(parent=course)
    plain = CoursePageFactory(title="Bez sesji")
    assignment_services.assignment_create_bulk(
        courses=[course, plain],
        people=[org.employee, org.colleague],
        due_in_days=14,
        acting_user=org.leader,
    )
    event = EventFactory(unit=org.team_a, course=course)
    past = EventDateFactory(
        event=event,
        starts_at=timezone.now() - timezone.timedelta(days=2),
        ends_at=timezone.now() - timezone.timedelta(days=2, hours=-1),
    )
    Attendance.objects.create(event_date=past, user=org.employee, status=AttendanceStatus.ATTENDED)
    BookingFactory(event=event, user=org.colleague, status=BookingStatus.WAITING)
    client.force_login(org.leader)
    html = client.get(reverse("team_matrix")).content.decode()
    assert 'Internal session<span class="visually-hidden">: Ustawa o cudzoziemcach' in html
    assert 'Internal session<span class="visually-hidden">: Bez sesji' not in html
    assert 'data-state="session-attended"' in html and "Session attended" in html
    assert 'data-state="session-waiting"' in html


def test_a_leader_sees_the_bookings_of_the_people_they_lead_only(
    client, org, django_assert_max_num_queries
):
    event = EventFactory(unit=org.team_a, title="Szkolenie z KPA")
    EventDateFactory(event=event)
    BookingFactory(event=event, user=org.employee)
    BookingFactory(event=event, user=org.outsider)
    client.force_login(org.leader)
    with django_assert_max_num_queries(20):
        response = client.get(reverse("session_team"))
    html = response.content.decode()
    assert org.employee.last_name in html and "Szkolenie z KPA" in html
    assert org.outsider.last_name not in html
    client.force_login(org.hr)
    assert org.outsider.last_name in client.get(reverse("session_team")).content.decode()
    client.force_login(org.employee)
    assert client.get(reverse("session_team")).status_code == 403
