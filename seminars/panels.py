"""The sessions app's entries in the navigation and panels on the home and person pages."""

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.panels import CoursePanel, register_course_panel
from lms import access as lms_access
from lms.panels import (
    HomePanel,
    NavItem,
    PersonPanel,
    register_home_panel,
    register_nav_item,
    register_person_panel,
)

from . import selectors
from .models import AttendanceStatus, EventDate


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


def course_data(request, course):
    """Upcoming sessions linked to the course (drawn by the include's template tag)."""
    return {"course": course}


def register_course():
    register_course_panel(
        CoursePanel(
            name="sessions",
            template="seminars/includes/course_sessions.html",
            data=course_data,
            order=50,
        )
    )
