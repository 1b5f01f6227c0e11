"""The frame every signed-in page shares, in as few queries as one request needs.

- the viewer's role groups and the units they lead: one query per request and person
  (``lms.access``), whichever instance of the person asks, and never held longer than the
  request: a change of groups or leaders is seen at once, in the same request too;
- the navigation and the unread-notification count: once per request however often the
  layout asks (``lms.context_processors``);
- the person of the session is read with their unit (``lms.auth.EmailOrEmployeeNumberBackend``), so the
  sessions panel of the course page and every reach check cost no query for it;
- a course with no internal session draws no sessions panel and asks nothing for it
  (``seminars.panels``);
- production keeps sessions in the shared cache (``cached_db``): a page view reads the
  session without the database.
"""

import subprocess
import sys

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses import services
from lms import access
from lms.auth import EmailOrEmployeeNumberBackend
from lms.caching import RequestMemoMiddleware
from lms.context_processors import navigation
from lms.models import ROLE_GROUPS, Role, User
from tests.factories import CoursePageFactory, LessonPageFactory, NotificationFactory
from tests.lms.test_production_settings import BASE_DIR, environment

pytestmark = pytest.mark.django_db

# Tables only the frame of a signed-in page reads (as in tests/courses/test_page_queries.py).
FRAME = ("django_session", "lms_user", "auth_group", "lms_orgunit_leaders", "lms_notification")


def in_request(fn):
    """``fn()`` inside one request, with the request memo the middleware gives every view."""
    result = {}

    def view(request):
        result["value"] = fn(request)
        return HttpResponse()

    request = RequestFactory().get("/")
    RequestMemoMiddleware(view)(request)
    return result["value"]


def page_sql(client, url):
    """The SQL of a GET of ``url`` after one GET has warmed the shared caches."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return [q["sql"] for q in ctx.captured_queries], response


def path_of(unit):
    return type(unit).objects.get(pk=unit.pk).path


def frame(sql):
    return [q for q in sql if any(f'FROM "{table}"' in q for table in FRAME)]


@pytest.fixture
def course(org):
    course = CoursePageFactory(title="Obsługa klienta")
    LessonPageFactory(parent=course)
    services.enrol(user=org.employee, course=course)
    return type(course).objects.get(pk=course.pk)


# --- the outline's frame ----------------------------------------------------------------------


def test_the_outline_frame_is_four_queries_and_the_page_nine(client, org, course):
    """Before: 5 frame queries (session, user, groups, led units, unread count), the
    viewer's unit and the sessions panel's events: 12 in all. Now: 4 of frame and 9."""
    client.force_login(org.employee)
    sql, response = page_sql(client, course.url)
    listing = "\n".join(sql)
    assert len(frame(sql)) == 4, listing
    assert len([q for q in sql if 'FROM "django_session"' in q]) == 1, listing
    assert len([q for q in sql if 'FROM "lms_notification"' in q]) == 1, listing
    roles = [q for q in sql if '"auth_group"' in q or '"lms_orgunit_leaders"' in q]
    assert len(roles) == 1, listing  # the groups and the led units together
    assert not [q for q in sql if q.startswith('SELECT "lms_orgunit"."id"')], listing
    assert not [q for q in sql if '"seminars_event"' in q], listing
    assert len(sql) <= 9, listing
    assert "Obsługa klienta" in response.content.decode()


def test_the_leaders_outline_has_the_same_frame_and_their_navigation(client, org, course):
    services.enrol(user=org.leader, course=course)
    client.force_login(org.leader)
    sql, response = page_sql(client, course.url)
    assert len(frame(sql)) == 4, "\n".join(sql)
    urls = [url for url, _label, _key in response.context["nav_items"]()]
    assert "/units/" in urls or any(u.startswith("/units") for u in urls)


# --- roles: once per request and person, never longer -----------------------------------------


def test_roles_are_read_once_per_request_whichever_instance_asks(org, django_assert_num_queries):
    one, two = (User.objects.get(pk=org.leader.pk) for _ in range(2))

    def ask(request):
        return (
            access.group_names(one),
            access.led_unit_paths(one),
            access.is_hr(two),
            access.is_leader(two),
            access.roles(two),
            list(access.visible_units(one).values_list("pk", flat=True)),
        )

    with django_assert_num_queries(2):  # the roles, then the units listed
        groups, led, hr, leader, roles, units = in_request(ask)
    assert led == (path_of(org.team_a),) and leader and not hr
    assert roles == [Role.EMPLOYEE, Role.LEADER]
    assert units == [org.team_a.pk]
    assert ROLE_GROUPS[Role.LEADER] in groups


def test_each_request_reads_the_roles_again(org, django_assert_num_queries):
    hr_group = Group.objects.get(name=ROLE_GROUPS[Role.HR])
    person = User.objects.get(pk=org.employee.pk)
    with django_assert_num_queries(2):  # the person, then their roles
        assert not in_request(lambda r: access.is_hr(User.objects.get(pk=person.pk)))
    org.employee.groups.add(hr_group)
    with django_assert_num_queries(2):  # the person, then their roles: nothing kept between
        assert in_request(lambda r: access.is_hr(User.objects.get(pk=person.pk)))


def test_a_change_of_groups_in_the_request_is_seen_at_once(org):
    hr_group = Group.objects.get(name=ROLE_GROUPS[Role.HR])

    def change(request):
        person = User.objects.get(pk=org.employee.pk)
        before = access.is_hr(person)
        hr_group.user_set.add(org.employee)  # from the group's side
        after = access.is_hr(User.objects.get(pk=org.employee.pk))
        person.groups.remove(hr_group)  # from the person's side, on the instance that asked
        again = access.is_hr(person)
        return before, after, again

    assert in_request(change) == (False, True, False)


def test_a_change_of_leaders_in_the_request_is_seen_at_once(org):
    def change(request):
        person = User.objects.get(pk=org.leader.pk)
        before = access.led_unit_paths(person)
        org.team_b.leaders.add(person)  # from the unit's side
        after = access.led_unit_paths(User.objects.get(pk=org.leader.pk))
        person.led_units.clear()
        cleared = access.led_unit_paths(person)
        return before, after, cleared

    before, after, cleared = in_request(change)
    assert before == (path_of(org.team_a),)
    assert after == tuple(sorted([path_of(org.team_a), path_of(org.team_b)]))
    assert cleared == ()


def test_outside_a_request_nothing_is_shared_between_instances(org, django_assert_num_queries):
    one, two = (User.objects.get(pk=org.hr.pk) for _ in range(2))
    with django_assert_num_queries(2):
        assert access.is_hr(one) and access.is_hr(two)
        assert access.is_hr(one)  # the instance keeps its own answer


def test_people_without_roles_and_anonymous_visitors(org):
    from django.contrib.auth.models import AnonymousUser

    assert in_request(lambda r: access.roles(org.colleague)) == [Role.EMPLOYEE]
    assert in_request(lambda r: access.roles(AnonymousUser())) == []
    assert in_request(lambda r: access.led_unit_paths(AnonymousUser())) == ()


# --- navigation and the unread count ----------------------------------------------------------


def test_navigation_and_unread_count_once_per_request(org, django_assert_num_queries):
    NotificationFactory(recipient=org.employee)
    NotificationFactory(recipient=org.employee)

    def draw(request):
        request.user = User.objects.get(pk=org.employee.pk)
        with django_assert_num_queries(2):  # the roles for the navigation, the count
            for _ in range(3):  # the layout and any other template drawn with the request
                context = navigation(request)
                items, unread = context["nav_items"](), context["unread_notifications"]()
        NotificationFactory(recipient=request.user)  # a new one is counted at once
        return items, unread, navigation(request)["unread_notifications"]()

    items, unread, later = in_request(draw)
    assert unread == 2 and later == 3
    assert [key for _url, _label, key in items][:1] == ["home"]


def test_a_page_shows_the_unread_count(client, org, course):
    NotificationFactory(recipient=org.employee)
    client.force_login(org.employee)
    assert "1 unread" in client.get(course.url).content.decode()


def test_anonymous_navigation_is_empty():
    from django.contrib.auth.models import AnonymousUser

    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    assert navigation(request) == {"nav_items": []}


# --- the person of a session comes with their unit --------------------------------------------


def test_the_backend_reads_the_person_with_their_unit(org, django_assert_num_queries):
    from django.conf import settings

    assert "lms.auth.EmailOrEmployeeNumberBackend" in settings.AUTHENTICATION_BACKENDS
    with django_assert_num_queries(1):
        user = EmailOrEmployeeNumberBackend().get_user(org.employee.pk)
        assert user.org_unit.name == org.team_a.name
    org.employee.is_active = False
    org.employee.save()
    assert EmailOrEmployeeNumberBackend().get_user(org.employee.pk) is None
    assert EmailOrEmployeeNumberBackend().get_user(10**9) is None


def test_a_person_with_no_unit_still_signs_in(client, org, course):
    User.objects.filter(pk=org.employee.pk).update(org_unit=None)
    client.force_login(User.objects.get(pk=org.employee.pk))
    assert client.get(course.url).status_code == 200


def test_signing_in_with_the_form_still_works(client, org):
    org.employee.set_password("bardzo-tajne-haslo-1")
    org.employee.save()
    response = client.post(
        reverse("login"), {"username": org.employee.email, "password": "bardzo-tajne-haslo-1"}
    )
    assert response.status_code == 302
    assert client.get("/").context["user"].pk == org.employee.pk


# --- the sessions panel of the course page ----------------------------------------------------


def test_the_sessions_panel_appears_once_the_course_has_an_event(client, org, course):
    from tests.seminars.factories import EventDateFactory, EventFactory

    client.force_login(org.employee)
    sql, response = page_sql(client, course.url)  # no event: no panel, no query for it
    assert "Internal sessions for this course" not in response.content.decode()
    event = EventFactory(unit=org.team_a, course=course, title="Sesja o obsłudze")
    date = EventDateFactory(event=event)
    html = client.get(course.url).content.decode()
    assert "Internal sessions for this course" in html and "Sesja o obsłudze" in html
    sql, _response = page_sql(client, course.url)
    assert [q for q in sql if '"seminars_event"' in q]
    event.cancelled_at = timezone.now()
    event.save()
    assert "Sesja o obsłudze" not in client.get(course.url).content.decode()
    other = CoursePageFactory()
    event.course, event.cancelled_at = other, None
    event.save()
    assert "Sesja o obsłudze" not in client.get(course.url).content.decode()
    event.course = course
    event.save()
    assert "Sesja o obsłudze" in client.get(course.url).content.decode()
    date.delete()
    event.delete()
    assert "Internal sessions" not in client.get(course.url).content.decode()


# --- sessions in the shared cache -------------------------------------------------------------


def test_production_keeps_sessions_in_the_shared_cache(tmp_path):
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.SESSION_ENGINE)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.contrib.sessions.backends.cached_db"


def test_with_cached_sessions_a_page_view_does_not_read_the_session_table(
    client, org, course, settings
):
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    client.force_login(org.employee)
    sql, _response = page_sql(client, course.url)
    listing = "\n".join(sql)
    assert not [q for q in sql if '"django_session"' in q], listing
    assert len(frame(sql)) == 3, listing
    client.logout()
    assert client.get(course.url).status_code == 302  # signed out: the cached copy is gone
