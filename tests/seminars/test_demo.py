"""The demo sessions: made once, with bookings, a waitlist and past attendance."""

import io

from lms.demo import seed_organisation
from seminars.demo import PAST_TITLE, TITLE, seed_sessions
from seminars.models import Attendance, Booking, Event


def test_seed_sessions_is_idempotent(db):
    people = seed_organisation()["people"]
    out = io.StringIO()
    seed_sessions(people, out)
    assert TITLE in out.getvalue()
    event = Event.objects.get(title=TITLE)
    assert event.dates.count() == 2
    assert Booking.objects.filter(event=event, status="booked").count() == event.capacity
    assert Booking.objects.filter(event=event, status="waiting").exists()
    assert Attendance.objects.filter(event_date__event__title=PAST_TITLE).exists()
    counts = (Event.objects.count(), Booking.objects.count(), Attendance.objects.count())
    seed_sessions(people, io.StringIO())
    assert (Event.objects.count(), Booking.objects.count(), Attendance.objects.count()) == counts
