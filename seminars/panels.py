"""The sessions app's entries in the navigation and panels on the home and person pages."""

import uuid

from django.core.cache import cache
from django.db import transaction
from django.db.models import Prefetch
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.panels import CoursePanel, register_course_panel
from lms import access as lms_access
from lms.caching import forget, memoised
from lms.panels import (
    HomePanel,
    NavItem,
    PersonPanel,
    register_home_panel,
    register_nav_item,
    register_person_panel,
)

from . import selectors
from .models import AttendanceStatus, Event, EventDate

# The courses that have any event not cancelled, in the shared cache. The entry is stored
# under a version that every change to an event replaces (at once and again on commit), so
# a reader that computed it from data older than the change stores it where no one looks.
COURSES_WITH_EVENTS_VERSION = "seminars:courses-with-events:version"
COURSES_WITH_EVENTS = "seminars:courses-with-events:{version}"
COURSES_WITH_EVENTS_TIMEOUT = 24 * 3600


def home_data(request):
    """The person's bookings with their next date, and how many sessions are open to them."""
    user = request.user
    now = timezone.now()
    mine = list(
        selectors.my_bookings(user).prefetch_related(
            Prefetch(
                "event__dates",
                queryset=EventDate.objects.filter(
                    cancelled_at__isnull=True, ends_at__gte=now
                ).order_by("starts_at"),
                to_attr="coming",
            )
        )[:5]
    )
    for booking in mine:
        booking.next_date = booking.event.coming[0] if booking.event.coming else None
    upcoming = selectors.upcoming_events(user).count()
    if not mine and not upcoming:
        return None
    return {"mine": mine, "upcoming": upcoming}


def person_data(request, person):
    """Attendance at internal sessions, with hours: part of the person's learning record."""
    if not lms_access.can_view_person(request.user, person):
        return None
    rows = list(selectors.past_attendance(person)[:100])
    if not rows:
        return None
    hours = sum(r.event_date.hours for r in rows if r.status == AttendanceStatus.ATTENDED)
    return {"attendance": rows, "hours": round(hours, 2)}


def register():
    register_nav_item(
        NavItem(
            key="sessions",
            label=_("Sessions"),
            url="session_list",
            visible=lambda user: user.is_authenticated,
            order=40,
        )
    )
    register_home_panel(
        HomePanel(
            name="sessions",
            template="seminars/includes/home_panel.html",
            data=home_data,
            order=15,
        )
    )
    register_person_panel(
        PersonPanel(
            name="sessions",
            template="seminars/includes/person_panel.html",
            data=person_data,
            order=20,
        )
    )


def _read_courses_with_events() -> frozenset:
    version = cache.get(COURSES_WITH_EVENTS_VERSION)
    if version is None:
        version = uuid.uuid4().hex
        cache.add(COURSES_WITH_EVENTS_VERSION, version, None)
        version = cache.get(COURSES_WITH_EVENTS_VERSION) or version
    key = COURSES_WITH_EVENTS.format(version=version)
    found = cache.get(key)
    if found is None:
        found = frozenset(
            Event.objects.filter(course__isnull=False, cancelled_at__isnull=True)
            .values_list("course_id", flat=True)
            .distinct()
        )
        cache.set(key, found, COURSES_WITH_EVENTS_TIMEOUT)
    return found


def courses_with_events() -> frozenset:
    """Ids of the courses that have at least one event that is not cancelled."""
    return memoised("seminars.courses_with_events", _read_courses_with_events)


def _new_version() -> None:
    cache.set(COURSES_WITH_EVENTS_VERSION, uuid.uuid4().hex, None)


def _event_changed(sender, **kwargs):
    forget("seminars.courses_with_events")
    _new_version()
    transaction.on_commit(_new_version)


def course_data(request, course):
    """Upcoming sessions linked to the course (drawn by the include's template tag). A course
    with no event at all (the usual case) draws no panel and costs no query."""
    if course.pk not in courses_with_events():
        return None
    return {"course": course}


def register_course():
    post_save.connect(_event_changed, sender=Event, dispatch_uid="seminars_course_events_saved")
    post_delete.connect(_event_changed, sender=Event, dispatch_uid="seminars_course_events_del")
    register_course_panel(
        CoursePanel(
            name="sessions",
            template="seminars/includes/course_sessions.html",
            data=course_data,
            order=50,
        )
    )
