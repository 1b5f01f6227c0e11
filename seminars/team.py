"""The session column of the team view (registered in ``assignments.matrix``).

For a course that requires an internal session, each person's cell says whether they have
attended enough dates of an event linked to the course, or else whether they are booked,
waiting for a seat or waiting for approval. Three queries per course, whatever the number
of people.
"""

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from .attendance import attended_dates_required
from .models import LIVE_STATUSES, Attendance, AttendanceStatus, Booking, BookingStatus, Event

LABELS = {
    "attended": lambda: _("Session attended"),
    BookingStatus.BOOKED: lambda: _("Session booked"),
    BookingStatus.WAITING: lambda: _("On the session waitlist"),
    BookingStatus.PENDING: lambda: _("Session booking awaits approval"),
}
# When a person has several bookings, the one that says most wins.
RANK = {BookingStatus.BOOKED: 3, BookingStatus.PENDING: 2, BookingStatus.WAITING: 1}


def session_states(course, user_ids) -> dict:
    """``{user_id: (state, label)}`` for the people who attended or hold a booking."""
    events = {
        e.pk: e
        for e in Event.objects.filter(course=course, cancelled_at__isnull=True).annotate(
            live=Count("dates", filter=Q(dates__cancelled_at__isnull=True), distinct=True)
        )
    }
    if not events or not user_ids:
        return {}
    found = {}
    attended = (
        Attendance.objects.filter(
            event_date__event_id__in=list(events),
            event_date__cancelled_at__isnull=True,
            status=AttendanceStatus.ATTENDED,
            user_id__in=user_ids,
        )
        .values("user_id", "event_date__event_id")
        .annotate(n=Count("event_date", distinct=True))
    )
    for row in attended:
        event = events[row["event_date__event_id"]]
        if event.live and row["n"] >= attended_dates_required(event, event.live):
            found[row["user_id"]] = ("attended", LABELS["attended"]())
    bookings = Booking.objects.filter(
        event_id__in=list(events), user_id__in=user_ids, status__in=LIVE_STATUSES
    ).values_list("user_id", "status")
    best = {}
    for user_id, status in bookings:
        if user_id not in found and RANK.get(status, 0) > RANK.get(best.get(user_id), 0):
            best[user_id] = status
    for user_id, status in best.items():
        found[user_id] = (status, LABELS[status]())
    return found
