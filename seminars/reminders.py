"""Reminders of booked sessions: the day before and one hour before, through the
notifications module. Each is sent once per person, date and kind (a unique row claims it),
so the command and the task may both run, as often as they like."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from lms import notifications

from .models import Booking, BookingStatus, EventDate, ReminderKind, SessionReminder

# kind -> (how long before the start it is due, the latest it is still worth sending)
WINDOWS = {
    ReminderKind.DAY_BEFORE: (timedelta(hours=24), timedelta(hours=2)),
    ReminderKind.HOUR_BEFORE: (timedelta(hours=1), timedelta(0)),
}


def send_session_reminders(*, now=None) -> dict:
    now = now or timezone.now()
    counts = {}
    for kind, (before, latest) in WINDOWS.items():
        dates = EventDate.objects.filter(
            cancelled_at__isnull=True,
            event__cancelled_at__isnull=True,
            starts_at__lte=now + before,
            starts_at__gt=now + latest,
        ).select_related("event")
        sent = 0
        for event_date in dates:
            people = [
                b.user
                for b in Booking.objects.filter(
                    event_id=event_date.event_id, status=BookingStatus.BOOKED, user__is_active=True
                ).select_related("user")
            ]
            for person in people:
                try:
                    with transaction.atomic():
                        SessionReminder.objects.create(
                            event_date=event_date, user=person, kind=kind, sent_at=now
                        )
                        notifications.notify(
                            recipients=[person],
                            kind=f"session_reminder_{kind}",
                            template="seminars/notifications/reminder",
                            context={
                                "event": event_date.event,
                                "event_date": event_date,
                                "kind": kind,
                            },
                            link=f"/sessions/{event_date.event_id}/",
                        )
                except IntegrityError:
                    continue  # already sent by another run
                sent += 1
        counts[str(kind)] = sent
    return counts
