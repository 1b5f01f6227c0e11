"""Writes of the sessions app: events and dates, bookings with the waitlist, approval.

Every write validates first and then saves inside one transaction, with a history row whose
author is the acting user; mail (calendar invites, notifications) leaves after the commit.
Bookings are decided under a row lock on the event (``select_for_update``), so people
booking the last seats at the same instant never overbook: each booking counts the seats
while holding the lock, and the next one waits for it.
"""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from lms import access as lms_access
from lms import notifications
from lms.models import User

from . import access, invites
from .models import (
    LIVE_STATUSES,
    MAX_CAPACITY,
    SEAT_STATUSES,
    Booking,
    BookingStatus,
    Event,
    EventDate,
)

TITLE_MAX = 200
REASON_MAX = 300


def clean_reason(reason: str | None, *, required: bool = True) -> str:
    reason = " ".join((reason or "").split())
    if required and not reason:
        raise ValidationError({"reason": _("Give a reason: it is kept in the history.")})
    if len(reason) > REASON_MAX:
        raise ValidationError(
            {"reason": _("Keep the reason under %(max)s characters.") % {"max": REASON_MAX}}
        )
    return reason


def _save(obj, acting_user, reason: str = "", **kwargs):
    obj._history_user = acting_user
    if reason:
        obj._change_reason = reason[:100]
    obj.save(**kwargs)
    return obj


def _lock_event(event) -> Event:
    """The event's row, locked until the transaction ends. SQLite has no row locks: a write
    to the row first takes the database's write lock, so a second booking waits (or is
    refused and retried) before it has read anything it would decide on."""
    if connection.vendor == "sqlite":
        Event.objects.filter(pk=event.pk).update(capacity=F("capacity"))
    return Event.objects.select_for_update().get(pk=event.pk)


def _locked_with_seats(event) -> Event:
    """The event's row locked until the transaction ends, with ``has_dates`` (a live date
    exists) and ``taken`` (seats held) read in one statement after the lock is granted.
    They cannot be subqueries of the locking read: under READ COMMITTED, PostgreSQL
    re-reads only the locked row once it is granted, and a subquery would still count the
    seats as they were before waiting for the lock."""
    event = _lock_event(event)
    taken = (
        Booking.objects.filter(event=OuterRef("pk"), status__in=SEAT_STATUSES)
        .order_by()
        .values("event")
        .annotate(n=Count("pk"))
        .values("n")
    )
    event.has_dates, event.taken = (
        Event.objects.filter(pk=event.pk)
        .annotate(
            has_dates=Exists(EventDate.objects.filter(event=OuterRef("pk"), cancelled_at=None)),
            taken=Coalesce(Subquery(taken), 0),
        )
        .values_list("has_dates", "taken")
        .get()
    )
    return event


def live_dates(event):
    return event.dates.filter(cancelled_at__isnull=True).order_by("starts_at", "pk")


def _bump_sequences(event, acting_user) -> None:
    for event_date in live_dates(event).select_for_update():
        event_date.sequence += 1
        _save(event_date, acting_user, update_fields=["sequence"])


def seats_taken(event) -> int:
    return event.bookings.filter(status__in=SEAT_STATUSES).count()


# Events -----------------------------------------------------------------------------


EVENT_FIELDS = (
    "title",
    "description",
    "course",
    "unit",
    "open_to_all",
    "capacity",
    "signup_opens_at",
    "signup_closes_at",
    "cancellation_deadline",
    "approval_required",
    "dates_required",
)


def _validate_event(event: Event, *, audience_units, trainers, acting_user, kept_units=()) -> None:
    errors = {}
    event.title = " ".join((event.title or "").split())
    if not event.title:
        errors["title"] = _("Give the event a title.")
    elif len(event.title) > TITLE_MAX:
        errors["title"] = _("Keep the title under %(max)s characters.") % {"max": TITLE_MAX}
    if event.capacity is None or not 1 <= event.capacity <= MAX_CAPACITY:
        errors["capacity"] = _("Give a capacity between 1 and %(max)s.") % {"max": MAX_CAPACITY}
    elif event.pk is not None:
        taken = seats_taken(event)
        if event.capacity < taken:
            errors["capacity"] = _(
                "%(taken)s people are already booked: the capacity cannot be lower. Cancel "
                "bookings first or choose a capacity of at least %(taken)s."
            ) % {"taken": taken}
    if (
        event.signup_opens_at
        and event.signup_closes_at
        and event.signup_closes_at <= event.signup_opens_at
    ):
        errors["signup_closes_at"] = _("Sign-up must close after it opens.")
    if event.dates_required is not None and event.dates_required < 1:
        errors["dates_required"] = _("Give at least 1, or leave it empty for every date.")
    if event.unit_id is None:
        errors["unit"] = _("Choose the unit that organises the event.")
    elif not (lms_access.is_hr(acting_user) or lms_access.in_led_subtree(acting_user, event.unit)):
        errors["unit"] = _("You can organise events only for the units you lead.")
    if not event.open_to_all and not audience_units:
        errors["audience_units"] = _("Choose the units the event is for, or open it to all staff.")
    if not lms_access.is_hr(acting_user):
        kept = {u.pk for u in kept_units}
        outside = [
            u
            for u in audience_units
            if u.pk not in kept and not lms_access.in_led_subtree(acting_user, u)
        ]
        if outside:
            errors["audience_units"] = _("You can invite only the units you lead.")
    if any(not t.is_active for t in trainers):
        errors["trainers"] = _("A trainer has left the office. Choose someone else.")
    if event.course is not None and not event.course.live:
        errors["course"] = _("The linked course is not published.")
    if event.pk is not None:
        first = live_dates(event).first()
        if first and event.signup_closes_at and event.signup_closes_at > first.starts_at:
            errors["signup_closes_at"] = _("Sign-up must close before the first date starts.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def event_create(*, acting_user, audience_units=(), trainers=(), **fields) -> Event:
    """Create an event (dates are added afterwards with :func:`date_add`)."""
    if not access.can_create_events(acting_user):
        raise ValidationError(_("Only team leaders and HR can create training events."))
    unknown = set(fields) - set(EVENT_FIELDS)
    if unknown:
        raise TypeError(f"unknown fields: {sorted(unknown)}")
    audience_units, trainers = list(audience_units), list(trainers)
    event = Event(created_by=acting_user, **fields)
    _validate_event(
        event, audience_units=audience_units, trainers=trainers, acting_user=acting_user
    )
    _save(event, acting_user)
    event.audience_units.set(audience_units)
    event.trainers.set(trainers)
    return event


@transaction.atomic
def event_update(*, event: Event, acting_user, audience_units=None, trainers=None, **fields):
    """Change an event. A higher capacity promotes people from the waitlist; a new title or
    description updates everyone's calendar entries."""
    event = _lock_event(event)
    if not access.can_manage_event(acting_user, event):
        raise ValidationError(_("You can change only the events of the units you lead."))
    unknown = set(fields) - set(EVENT_FIELDS)
    if unknown:
        raise TypeError(f"unknown fields: {sorted(unknown)}")
    before = {name: getattr(event, name) for name in ("title", "description")}
    for name, value in fields.items():
        setattr(event, name, value)
    kept_units = list(event.audience_units.all())
    audience_units = kept_units if audience_units is None else list(audience_units)
    trainers = list(event.trainers.all()) if trainers is None else list(trainers)
    if not access.can_manage_event(acting_user, event):
        raise ValidationError({"unit": _("You can organise events only for the units you lead.")})
    _validate_event(
        event,
        audience_units=audience_units,
        trainers=trainers,
        acting_user=acting_user,
        kept_units=kept_units,
    )
    _save(event, acting_user)
    event.audience_units.set(audience_units)
    event.trainers.set(trainers)
    event.__dict__.pop("_trainer_ids", None)
    event.__dict__.pop("_audience_paths", None)
    if any(getattr(event, k) != v for k, v in before.items()):
        _bump_sequences(event, acting_user)
        invites.send_event_update(event)
    _promote(event, acting_user=acting_user)
    return event


# Dates ------------------------------------------------------------------------------


def _validate_date(event_date: EventDate, *, now=None) -> None:
    errors = {}
    if event_date.starts_at is None:
        errors["starts_at"] = _("Give the start date and time.")
    if event_date.ends_at is None:
        errors["ends_at"] = _("Give the end date and time.")
    if not errors and event_date.ends_at <= event_date.starts_at:
        errors["ends_at"] = _("The session must end after it starts.")
    if not errors and event_date.starts_at < (now or timezone.now()):
        errors["starts_at"] = _("The start is in the past. Choose a later date and time.")
    event_date.room = " ".join((event_date.room or "").split())[:200]
    if errors:
        raise ValidationError(errors)
    event = event_date.event
    if event.signup_closes_at and event.signup_closes_at > event_date.starts_at:
        raise ValidationError(
            {"starts_at": _("The event's sign-up closes after this start. Change one of them.")}
        )


@transaction.atomic
def date_add(
    *, event: Event, starts_at: datetime, ends_at: datetime, room="", online_url="", acting_user
) -> EventDate:
    """Add a date. Booked people get an invitation for it; on an event that had no dates
    yet, the people who registered interest are booked (up to the capacity) and invited."""
    event = _lock_event(event)
    if not access.can_manage_event(acting_user, event):
        raise ValidationError(_("You can change only the events of the units you lead."))
    if event.is_cancelled:
        raise ValidationError(_("The event is cancelled."))
    event_date = EventDate(
        event=event, starts_at=starts_at, ends_at=ends_at, room=room, online_url=online_url
    )
    _validate_date(event_date)
    _save(event_date, acting_user)
    # Those booked already get this date; those promoted now get every date below.
    booked = list(
        event.bookings.filter(status=BookingStatus.BOOKED).values_list("user_id", flat=True)
    )
    invites.send_for_date(event_date, method="REQUEST", user_ids=booked)
    _promote(event, acting_user=acting_user)
    return event_date


@transaction.atomic
def date_update(
    *, event_date: EventDate, starts_at, ends_at, room="", online_url="", acting_user
) -> EventDate:
    """Move or relocate a date: the calendar entry keeps its UID, its SEQUENCE goes up and
    booked people get the update."""
    event = _lock_event(event_date.event)
    event_date = EventDate.objects.select_for_update().get(pk=event_date.pk)
    if not access.can_manage_event(acting_user, event):
        raise ValidationError(_("You can change only the events of the units you lead."))
    if event_date.cancelled_at:
        raise ValidationError(_("This date is cancelled."))
    before = (event_date.starts_at, event_date.ends_at, event_date.room, event_date.online_url)
    event_date.starts_at, event_date.ends_at = starts_at, ends_at
    event_date.room, event_date.online_url = room, online_url
    _validate_date(event_date)
    if before == (event_date.starts_at, event_date.ends_at, event_date.room, event_date.online_url):
        return event_date
    event_date.sequence += 1
    _save(event_date, acting_user)
    invites.send_for_date(event_date, method="REQUEST")
    return event_date


@transaction.atomic
def date_cancel(*, event_date: EventDate, acting_user, reason: str = "") -> EventDate:
    """Cancel one date: booked people's calendars drop it (``METHOD:CANCEL``)."""
    event = _lock_event(event_date.event)
    event_date = EventDate.objects.select_for_update().get(pk=event_date.pk)
    if not access.can_manage_event(acting_user, event):
        raise ValidationError(_("You can change only the events of the units you lead."))
    if event_date.cancelled_at:
        raise ValidationError(_("This date is already cancelled."))
    if event_date.attendance.exists():
        raise ValidationError(_("Attendance is recorded for this date: it cannot be cancelled."))
    reason = clean_reason(reason, required=False)
    event_date.cancelled_at = timezone.now()
    event_date.sequence += 1
    _save(event_date, acting_user, reason=reason)
    invites.send_for_date(event_date, method="CANCEL")
    return event_date


@transaction.atomic
def event_cancel(*, event: Event, acting_user, reason: str, now=None) -> Event:
    """Cancel a whole event: every date still to come is cancelled (booked people's
    calendars drop it), people waiting or awaiting approval are told, and the event takes no
    more bookings. Dates with attendance stay as they are: evidence is never changed, and
    their bookings with them. The bookings of the cancelled dates stay on record as they were,
    so who had a seat is still known."""
    now = now or timezone.now()
    event = _lock_event(event)
    if not access.can_manage_event(acting_user, event):
        raise ValidationError(_("You can change only the events of the units you lead."))
    if event.is_cancelled:
        raise ValidationError(_("This event is already cancelled."))
    reason = clean_reason(reason)
    for event_date in live_dates(event).select_for_update():
        if event_date.attendance.exists() or event_date.ends_at < now:
            continue
        event_date.cancelled_at = now
        event_date.sequence += 1
        _save(event_date, acting_user, reason=reason)
        invites.send_for_date(event_date, method="CANCEL")
    waiting = list(
        event.bookings.filter(
            status__in=[BookingStatus.WAITING, BookingStatus.PENDING]
        ).select_related("user")
    )
    event.cancelled_at = now
    _save(event, acting_user, reason=reason)
    people = [b.user for b in waiting] + list(invites.booked_people(event))
    if people:
        notifications.notify(
            recipients=people,
            kind="session_event_cancelled",
            template="seminars/notifications/event_cancelled",
            context={"event": event, "reason": reason},
            link=f"/sessions/{event.pk}/",
        )
    return event


# Bookings ---------------------------------------------------------------------------


def _check_window(event: Event, *, self_service: bool, now, dates=None) -> None:
    if event.is_cancelled:
        raise ValidationError(_("This event is cancelled."))
    first = (dates[0] if dates else None) if dates is not None else live_dates(event).first()
    if first is not None and first.starts_at <= now:
        raise ValidationError(_("The event has already started: sign-up is closed."))
    if self_service:
        if event.signup_opens_at and now < event.signup_opens_at:
            raise ValidationError(
                _("Sign-up opens on %(when)s. Come back then.")
                % {"when": timezone.localtime(event.signup_opens_at).strftime("%Y-%m-%d %H:%M")}
            )
        if event.signup_closes_at and now >= event.signup_closes_at:
            raise ValidationError(
                _("Sign-up closed. Ask your team leader if you still need a place.")
            )


def conflicting_booking(event: Event, person, dates=None) -> Booking | None:
    """Another booking of ``person`` holding a seat on an event with a date that overlaps
    one of ``event``'s dates (``dates``: its live dates, when the caller has them)."""
    dates = list(live_dates(event) if dates is None else dates)
    if not dates:
        return None
    overlap = Q(pk__in=[])
    for d in dates:
        overlap |= Q(starts_at__lt=d.ends_at, ends_at__gt=d.starts_at)
    clashing = EventDate.objects.filter(overlap, cancelled_at__isnull=True).exclude(event=event)
    return (
        Booking.objects.filter(
            user=person, status__in=SEAT_STATUSES, event__in=clashing.values("event_id")
        )
        .select_related("event")
        .first()
    )


def _existing_and_clash(event: Event, person, dates) -> tuple[Booking | None, Booking | None]:
    """In one query: ``person``'s live booking of ``event`` and their booking holding a seat
    on another event at the same time as one of ``dates`` (as :func:`conflicting_booking`)."""
    wanted = Q(event=event, status__in=LIVE_STATUSES)
    if dates:
        overlap = Q(pk__in=[])
        for d in dates:
            overlap |= Q(starts_at__lt=d.ends_at, ends_at__gt=d.starts_at)
        clashing = EventDate.objects.filter(overlap, cancelled_at__isnull=True).exclude(event=event)
        wanted |= Q(status__in=SEAT_STATUSES, event__in=clashing.values("event_id"))
    existing = clash = None
    for booking in (
        Booking.objects.filter(wanted, user=person).select_related("event").order_by("pk")
    ):
        if booking.event_id == event.pk:
            existing = existing or booking
        else:
            clash = clash or booking
    return existing, clash


def _approvers(person) -> list:
    """The leaders of the units above ``person`` (nearest first), else HR."""
    from lms.models import OrgUnit

    unit = OrgUnit.objects.filter(pk=person.org_unit_id).first()
    if unit is not None:
        for candidate in [unit, *reversed(list(unit.get_ancestors()))]:
            leaders = [u for u in candidate.leaders.filter(is_active=True) if u.pk != person.pk]
            if leaders:
                return leaders
    return list(access.hr_people().exclude(pk=person.pk))


def _needs_approval(event: Event, person, acting_user) -> bool:
    if not event.approval_required:
        return False
    # A leader or HR booking someone else approves by booking them.
    return acting_user.pk == person.pk


@transaction.atomic
def booking_create(*, event: Event, person, acting_user, now=None) -> Booking:
    """Book ``person`` onto ``event``: a seat when one is free (waiting for the leader's
    approval when the event asks for it), else the waitlist. An event without dates yet
    takes everyone on its waitlist (registered interest)."""
    now = now or timezone.now()
    # The person's row is locked first, so two bookings of theirs cannot both pass the
    # conflict check at once; the checks that do not count seats run before the event's
    # lock, which is then held only to count the seats and write the booking.
    if connection.vendor == "sqlite":
        # SQLite locks the whole database: a write to the row takes it before any read.
        Event.objects.filter(pk=event.pk).update(capacity=F("capacity"))
    person = (
        User.objects.select_for_update(of=("self",)).select_related("org_unit").get(pk=person.pk)
    )
    event = Event.objects.get(pk=event.pk)
    if not access.can_book_for(acting_user, person, event):
        if person.pk == acting_user.pk:
            raise ValidationError(_("This event is not open to your unit."))
        raise ValidationError(_("You can book only the people in the units you lead."))
    if not person.is_active:
        raise ValidationError(_("This person has left the office."))
    dates = list(live_dates(event))
    _check_window(event, self_service=person.pk == acting_user.pk, now=now, dates=dates)
    existing, clash = _existing_and_clash(event, person, dates)
    if existing is not None:
        if person.pk == acting_user.pk:
            raise ValidationError(_("You are already signed up for this event."))
        raise ValidationError(_("%(name)s is already signed up for this event.") % {"name": person})
    # Under the event's lock: the locking read, one read of whether it has live dates and
    # of the seats taken, the booking and its history row, the commit.
    event = _locked_with_seats(event)
    if event.is_cancelled:
        raise ValidationError(_("This event is cancelled."))
    if event.has_dates and event.taken < event.capacity:
        if clash is not None:
            raise ValidationError(
                _(
                    "This clashes with another booking at the same time: %(title)s. Cancel "
                    "that one first or choose another event."
                )
                % {"title": clash.event.title}
            )
        status = (
            BookingStatus.PENDING
            if _needs_approval(event, person, acting_user)
            else BookingStatus.BOOKED
        )
    else:
        status = BookingStatus.WAITING
    booking = Booking(
        event=event,
        user=person,
        status=status,
        booked_by=acting_user,
        created_at=now,
        queued_at=now,
        approved_by=acting_user
        if status == BookingStatus.BOOKED and event.approval_required
        else None,
    )
    # The person's lock and the check above rule out a second live booking of theirs; the
    # unique constraint is the last word (this function's own savepoint undoes the rest).
    try:
        _save(booking, acting_user)
    except IntegrityError:
        raise ValidationError(_("You are already signed up for this event.")) from None
    if status == BookingStatus.BOOKED:
        invites.send_for_booking(booking, method="REQUEST")
    elif status == BookingStatus.PENDING:
        _notify_approvers(booking)
    return booking


def _notify_approvers(booking: Booking) -> None:
    approvers = _approvers(booking.user)
    if approvers:
        notifications.notify(
            recipients=approvers,
            kind="session_approval_request",
            template="seminars/notifications/approval_request",
            context={"booking": booking, "event": booking.event, "person": booking.user},
            link=f"/sessions/{booking.event_id}/",
        )


def _promote(event: Event, *, acting_user) -> list[Booking]:
    """Fill free seats from the waitlist, first come first served (the caller holds the
    event's lock). Each promoted person is told, and invited when booked."""
    if event.is_cancelled or not live_dates(event).exists():
        return []
    free = event.capacity - seats_taken(event)
    promoted = []
    if free <= 0:
        return promoted
    for booking in (
        event.bookings.select_for_update()
        .filter(status=BookingStatus.WAITING)
        .select_related("user")
        .order_by("queued_at", "pk")
    ):
        if len(promoted) >= free:
            break
        if not booking.user.is_active or conflicting_booking(event, booking.user) is not None:
            continue
        self_booked = booking.booked_by_id == booking.user_id
        booking.status = (
            BookingStatus.PENDING
            if event.approval_required and self_booked
            else BookingStatus.BOOKED
        )
        _save(booking, acting_user, reason=_("A seat became free"))
        promoted.append(booking)
    for booking in promoted:
        notifications.notify(
            recipients=[booking.user],
            kind="session_promoted",
            template="seminars/notifications/promoted",
            context={"booking": booking, "event": event},
            link=f"/sessions/{event.pk}/",
        )
        if booking.status == BookingStatus.BOOKED:
            invites.send_for_booking(booking, method="REQUEST")
        else:
            _notify_approvers(booking)
    return promoted


@transaction.atomic
def booking_cancel(*, booking: Booking, acting_user, reason: str = "", now=None) -> Booking:
    """Cancel a booking (or leave the waitlist). A freed seat goes to the first person
    waiting, who is told at once."""
    now = now or timezone.now()
    event = _lock_event(booking.event)
    booking = Booking.objects.select_for_update().select_related("user").get(pk=booking.pk)
    if not access.can_cancel_booking(acting_user, booking):
        raise ValidationError(_("You can cancel only your own bookings and your people's."))
    if booking.status == BookingStatus.CANCELLED:
        raise ValidationError(_("This booking is already cancelled."))
    self_service = booking.user_id == acting_user.pk and not access.can_manage_event(
        acting_user, event
    )
    if (
        self_service
        and booking.status in SEAT_STATUSES
        and event.cancellation_deadline
        and now > event.cancellation_deadline
    ):
        raise ValidationError(
            _("The cancellation deadline has passed. Ask your team leader to cancel for you.")
        )
    reason = clean_reason(reason, required=not self_service and booking.user_id != acting_user.pk)
    was = booking.status
    booking.status = BookingStatus.CANCELLED
    booking.reason = reason
    _save(booking, acting_user, reason=reason or _("Cancelled by the person"))
    if was == BookingStatus.BOOKED:
        # The cancellation outranks the invitation the person has (a higher SEQUENCE), and
        # a later booking's invitation outranks the cancellation.
        _bump_sequences(event, acting_user)
        invites.send_for_booking(booking, method="CANCEL")
    if was in SEAT_STATUSES:
        _promote(event, acting_user=acting_user)
    return booking


@transaction.atomic
def booking_approve(*, booking: Booking, acting_user) -> Booking:
    _lock_event(booking.event)
    booking = Booking.objects.select_for_update().select_related("user", "event").get(pk=booking.pk)
    if not access.can_approve(acting_user, booking):
        raise ValidationError(_("Only the person's team leader or HR can approve this booking."))
    if booking.status != BookingStatus.PENDING:
        raise ValidationError(_("This booking is not waiting for approval."))
    booking.status = BookingStatus.BOOKED
    booking.approved_by = acting_user
    _save(booking, acting_user, reason=_("Approved"))
    notifications.notify(
        recipients=[booking.user],
        kind="session_approved",
        template="seminars/notifications/decision",
        context={"booking": booking, "event": booking.event, "approved": True},
        link=f"/sessions/{booking.event_id}/",
    )
    invites.send_for_booking(booking, method="REQUEST")
    return booking


@transaction.atomic
def booking_reject(*, booking: Booking, acting_user, reason: str) -> Booking:
    event = _lock_event(booking.event)
    booking = Booking.objects.select_for_update().select_related("user", "event").get(pk=booking.pk)
    if not access.can_approve(acting_user, booking):
        raise ValidationError(_("Only the person's team leader or HR can approve this booking."))
    if booking.status != BookingStatus.PENDING:
        raise ValidationError(_("This booking is not waiting for approval."))
    reason = clean_reason(reason)
    booking.status = BookingStatus.CANCELLED
    booking.reason = reason
    _save(booking, acting_user, reason=reason)
    notifications.notify(
        recipients=[booking.user],
        kind="session_rejected",
        template="seminars/notifications/decision",
        context={"booking": booking, "event": booking.event, "approved": False, "reason": reason},
        link=f"/sessions/{booking.event_id}/",
    )
    _promote(event, acting_user=acting_user)
    return booking


@transaction.atomic
def booking_move(*, booking: Booking, to_event: Event, acting_user, reason: str) -> Booking:
    """Move a person from one event to another (a leader for their people, HR for anyone):
    the old booking is cancelled with the reason, the new one made as a booking would be.
    Either both happen or neither."""
    if to_event.pk == booking.event_id:
        raise ValidationError(_("Choose a different event to move the booking to."))
    # The person first, then both events in a fixed order (as a booking locks them), so
    # two moves in opposite directions, or a move and a booking, cannot deadlock.
    User.objects.select_for_update().get(pk=booking.user_id)
    for pk in sorted([booking.event_id, to_event.pk]):
        Event.objects.select_for_update().get(pk=pk)
    if booking.user_id == acting_user.pk and not lms_access.is_hr(acting_user):
        raise ValidationError(_("Cancel your booking and book the other event yourself."))
    booking_cancel(booking=booking, acting_user=acting_user, reason=reason)
    return booking_create(event=to_event, person=booking.user, acting_user=acting_user)


# After the session ------------------------------------------------------------------


@transaction.atomic
def feedback_submit(*, event: Event, person, usefulness: int, trainer_rating: int, comment=""):
    """A trainee's feedback: once per event, only after attending one of its dates."""
    from .models import Attendance, AttendanceStatus, FeedbackResponse

    if not Attendance.objects.filter(
        event_date__event=event, user=person, status=AttendanceStatus.ATTENDED
    ).exists():
        raise ValidationError(_("Feedback is for the people who attended the session."))
    errors = {}
    for name, value in (("usefulness", usefulness), ("trainer_rating", trainer_rating)):
        if not isinstance(value, int) or not 1 <= value <= 5:
            errors[name] = _("Choose a rating from 1 to 5.")
    comment = (comment or "").strip()
    if len(comment) > 2000:
        errors["comment"] = _("Keep the comment under 2000 characters.")
    if errors:
        raise ValidationError(errors)
    try:
        with transaction.atomic():
            return FeedbackResponse.objects.create(
                event=event,
                user=person,
                usefulness=usefulness,
                trainer_rating=trainer_rating,
                comment=comment,
            )
    except IntegrityError:
        raise ValidationError(_("Your feedback on this event is already recorded.")) from None


@transaction.atomic
def material_add(*, event: Event, title: str, upload, acting_user):
    """A document for the people who attend (a Wagtail document, served only to them)."""
    from wagtail.documents import get_document_model

    from .models import EventMaterial

    if not access.can_run_event(acting_user, event):
        raise ValidationError(_("Only the event's trainers and leaders can add materials."))
    title = " ".join((title or "").split())[:200] or upload.name
    document = get_document_model()(title=title, uploaded_by_user=acting_user)
    document.file.save(upload.name, upload, save=False)
    document.save()
    return EventMaterial.objects.create(event=event, document=document, added_by=acting_user)
