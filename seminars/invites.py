"""Calendar invitations (iCalendar, RFC 5545/5546) for session dates, and private feeds.

Each date of an event is one calendar entry with a stable ``UID`` (``<uuid>@kadra``); every
change raises its ``SEQUENCE``, so Outlook and Thunderbird update the entry they have instead
of adding a second one. Invitations are e-mails with a ``text/calendar`` part (``METHOD``
``REQUEST`` or ``CANCEL``), one per person and date, rendered in the person's language and
sent after the transaction commits. Times are in Europe/Warsaw with its ``VTIMEZONE``.
"""

import logging
from datetime import UTC, date
from email.mime.text import MIMEText
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import BookingStatus

logger = logging.getLogger("kadra.seminars")
WARSAW = ZoneInfo("Europe/Warsaw")
PRODID = "-//Kadra//Internal training sessions//PL"


def _base_url() -> str:
    return getattr(settings, "KADRA_BASE_URL", "").rstrip("/")


def uid_for(event_date) -> str:
    return f"{event_date.uid}@kadra"


def _address(person) -> str:
    return f"mailto:{person.email}"


def _organizer(event):
    trainers = list(event.trainers.all())
    return trainers[0] if trainers else event.created_by


def _vevent(event_date, *, method: str, attendee=None, trainers=None) -> icalendar.Event:
    event = event_date.event
    trainers = list(event.trainers.all()) if trainers is None else trainers
    entry = icalendar.Event()
    entry.add("uid", uid_for(event_date))
    entry.add("sequence", event_date.sequence)
    entry.add("dtstamp", timezone.now().astimezone(UTC))
    entry.add("dtstart", event_date.starts_at.astimezone(WARSAW))
    entry.add("dtend", event_date.ends_at.astimezone(WARSAW))
    entry.add("summary", event.title)
    description = event.description
    link = f"{_base_url()}/sessions/{event.pk}/"
    entry.add("description", f"{description}\n\n{link}".strip())
    entry.add("url", link)
    if event_date.location:
        entry.add("location", event_date.location)
    cancelled = method == "CANCEL" or event_date.cancelled_at is not None
    entry.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    organizer = trainers[0] if trainers else event.created_by
    if organizer is not None:
        entry.add(
            "organizer",
            icalendar.vCalAddress(_address(organizer)),
            parameters={"cn": str(organizer)},
        )
    for trainer in trainers:
        entry.add(
            "attendee",
            icalendar.vCalAddress(_address(trainer)),
            parameters={"cn": str(trainer), "role": "CHAIR", "partstat": "ACCEPTED"},
        )
    if attendee is not None:
        entry.add(
            "attendee",
            icalendar.vCalAddress(_address(attendee)),
            parameters={
                "cn": str(attendee),
                "role": "REQ-PARTICIPANT",
                "partstat": "ACCEPTED",
                "rsvp": "FALSE",
            },
        )
    return entry


def _calendar(entries, *, method: str | None) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if method:
        cal.add("method", method)
    for entry in entries:
        cal.add_component(entry)
    starts = [e.decoded("dtstart") for e in entries]
    if starts:
        first = min(starts).date()
        cal.add_missing_timezones(
            first_date=date(first.year - 1, 1, 1), last_date=date(first.year + 2, 1, 1)
        )
    else:
        cal.add_missing_timezones()
    return cal


def invite_ics(event_date, *, person, method: str, trainers=None) -> bytes:
    """The iCalendar object of one invitation (or cancellation) of ``person``."""
    entry = _vevent(event_date, method=method, attendee=person, trainers=trainers)
    return _calendar([entry], method=method).to_ical()


def event_ics(event, *, person) -> bytes:
    """Every live date of ``event`` as one file to download (``METHOD:PUBLISH``)."""
    entries = [
        _vevent(d, method="PUBLISH", attendee=person)
        for d in event.dates.filter(cancelled_at__isnull=True).order_by("starts_at")
    ]
    return _calendar(entries, method="PUBLISH").to_ical()


def feed_ics(dates, *, name: str) -> bytes:
    """A subscription feed: the given dates (cancelled ones as cancelled entries)."""
    dates = list(dates)
    trainers_by_event = {}
    entries = []
    for d in dates:
        if d.event_id not in trainers_by_event:
            trainers_by_event[d.event_id] = list(d.event.trainers.all())
        entries.append(_vevent(d, method="PUBLISH", trainers=trainers_by_event[d.event_id]))
    cal = _calendar(entries, method="PUBLISH")
    cal.add("x-wr-calname", name)
    return cal.to_ical()


def _message(event_date, *, person, method: str, trainers=None) -> EmailMessage | None:
    if not person.is_active or not person.email:
        return None
    language = person.preferred_language or settings.LANGUAGE_CODE
    kind = "cancel" if method == "CANCEL" else ("update" if event_date.sequence else "request")
    context = {
        "event": event_date.event,
        "event_date": event_date,
        "person": person,
        "url": f"{_base_url()}/sessions/{event_date.event_id}/",
        "kind": kind,
    }
    with translation.override(language):
        subject = " ".join(render_to_string("seminars/invites/invite_subject.txt", context).split())
        body = render_to_string("seminars/invites/invite.txt", context).strip()
    mail = EmailMessage(subject, body, to=[person.email])
    part = MIMEText(
        invite_ics(event_date, person=person, method=method, trainers=trainers).decode(),
        "calendar",
        "utf-8",
    )
    part.set_param("method", method)
    part.add_header("Content-Disposition", "attachment", filename="invite.ics")
    mail.attach(part)
    return mail


def _deliver(messages) -> None:
    """Send the built messages; a mail server that refuses them is logged, never raised."""
    try:
        mails = [m for m in messages if m is not None]
        if mails:
            get_connection().send_messages(mails)
    except Exception:
        logger.exception("calendar invitations could not be sent")


def _live_dates(event):
    return event.dates.filter(cancelled_at__isnull=True).order_by("starts_at")


def _build_booking(booking_id, method, user_ids=None):
    """One invitation (or cancellation) per live date of the booking's event."""
    from .models import Booking

    b = (
        Booking.objects.select_related("user", "event", "event__created_by")
        .filter(pk=booking_id)
        .first()
    )
    if b is None:
        return []
    trainers = list(b.event.trainers.all())
    return [
        _message(d, person=b.user, method=method, trainers=trainers) for d in _live_dates(b.event)
    ]


def _build_date(date_id, method, user_ids=None):
    """A new, changed or cancelled date: everyone booked on its event (or ``user_ids``)."""
    from .models import EventDate

    d = EventDate.objects.select_related("event", "event__created_by").filter(pk=date_id).first()
    if d is None:
        return []
    people = _booked_people(d.event)
    if user_ids is not None:
        people = people.filter(pk__in=user_ids)
    trainers = list(d.event.trainers.all())
    return [_message(d, person=p, method=method, trainers=trainers) for p in people]


def _build_event(event_id, method, user_ids=None):
    """The event's title or description changed: every live date is sent again."""
    from .models import Event

    e = Event.objects.select_related("created_by").filter(pk=event_id).first()
    if e is None:
        return []
    people = list(_booked_people(e))
    trainers = list(e.trainers.all())
    return [
        _message(d, person=p, method=method, trainers=trainers)
        for d in _live_dates(e)
        for p in people
    ]


BUILDERS = {"booking": _build_booking, "date": _build_date, "event": _build_event}


def deliver(kind: str, object_id: int, method: str, user_ids=None) -> None:
    """Build and send the invitations of one change (run by the task worker)."""
    _deliver(BUILDERS[kind](object_id, method, user_ids))


def _send(kind: str, object_id: int, method: str, user_ids=None) -> None:
    """Queue the invitations of one change once the transaction commits: they are built
    and sent by the task worker, outside the event's lock and outside the request. If the
    queue cannot take them, they are sent at once (still after the commit); a mail server
    that refuses them never undoes the change: it is logged."""
    ids = None if user_ids is None else [int(pk) for pk in user_ids]

    def enqueue():
        from .tasks import send_invitations

        try:
            send_invitations.enqueue(kind, object_id, method, ids)
        except Exception:
            logger.exception("calendar invitations could not be queued: sending them now")
            deliver(kind, object_id, method, ids)

    transaction.on_commit(enqueue)


def send_for_booking(booking, *, method: str) -> None:
    """One invitation (or cancellation) per live date of the booking's event."""
    _send("booking", booking.pk, method)


def booked_people(event):
    """The people holding a seat (status booked) on ``event``."""
    return _booked_people(event)


def _booked_people(event):
    from lms.models import User

    return User.objects.filter(
        session_bookings__event=event, session_bookings__status=BookingStatus.BOOKED
    )


def send_for_date(event_date, *, method: str, user_ids=None) -> None:
    """A new, changed or cancelled date: everyone booked on its event hears of it (or
    only ``user_ids`` of them)."""
    _send("date", event_date.pk, method, user_ids)


def send_event_update(event) -> None:
    """The event's title or description changed: every live date is sent again."""
    _send("event", event.pk, "REQUEST")
