"""Reads of the sessions app: upcoming events, bookings, waitlist positions, attendance."""

from django.db.models import Count, Min, OuterRef, Prefetch, Q, Subquery
from django.utils import timezone

from . import access
from .models import (
    SEAT_STATUSES,
    Attendance,
    AttendanceStatus,
    Booking,
    BookingStatus,
    EventDate,
)


def _live_dates_prefetch():
    return Prefetch(
        "dates",
        queryset=EventDate.objects.filter(cancelled_at__isnull=True).order_by("starts_at", "pk"),
        to_attr="live_dates",
    )


def with_counts(events):
    now = timezone.now()
    return events.annotate(
        seats_taken=Count("bookings", filter=Q(bookings__status__in=SEAT_STATUSES), distinct=True),
        waiting_count=Count(
            "bookings", filter=Q(bookings__status=BookingStatus.WAITING), distinct=True
        ),
        next_start=Min(
            "dates__starts_at",
            filter=Q(dates__cancelled_at__isnull=True, dates__starts_at__gte=now),
        ),
        first_start=Min("dates__starts_at", filter=Q(dates__cancelled_at__isnull=True)),
    )


def _with_my_booking(events, user):
    mine = Booking.objects.filter(
        event=OuterRef("pk"), user=user, status__in=[*SEAT_STATUSES, BookingStatus.WAITING]
    )
    return events.annotate(my_status=Subquery(mine.values("status")[:1]))


def upcoming_events(user):
    """Events ``user`` may see that are still ahead: a date to come, or no dates yet."""
    events = access.visible_events(user).filter(cancelled_at__isnull=True)
    events = with_counts(events).filter(Q(next_start__isnull=False) | Q(first_start__isnull=True))
    return (
        _with_my_booking(events, user)
        .select_related("course", "unit")
        .prefetch_related(_live_dates_prefetch())
        .order_by("next_start", "title", "pk")
    )


def upcoming_for_course(user, course):
    """Upcoming events linked to ``course`` that ``user`` may see (for the course page)."""
    return upcoming_events(user).filter(course=course)


def my_bookings(user):
    """The person's live bookings, with their events and dates, soonest first."""
    return (
        Booking.objects.filter(user=user, status__in=[*SEAT_STATUSES, BookingStatus.WAITING])
        .select_related("event", "event__course")
        .prefetch_related(
            Prefetch("event__dates", queryset=EventDate.objects.order_by("starts_at"))
        )
        .order_by("event__title", "pk")
    )


def past_attendance(user):
    return (
        Attendance.objects.filter(user=user)
        .select_related("event_date", "event_date__event", "event_date__event__course")
        .order_by("-event_date__starts_at")
    )


def run_by(user):
    """Events ``user`` trains or manages, newest first, with counts."""
    return (
        with_counts(access.run_events(user))
        .select_related("course", "unit")
        .prefetch_related(_live_dates_prefetch())
        .order_by("-first_start", "-pk")
    )


def waitlist_position(booking) -> int | None:
    if booking.status != BookingStatus.WAITING:
        return None
    return (
        Booking.objects.filter(event_id=booking.event_id, status=BookingStatus.WAITING)
        .filter(
            Q(queued_at__lt=booking.queued_at) | Q(queued_at=booking.queued_at, pk__lt=booking.pk)
        )
        .count()
        + 1
    )


def event_bookings(event):
    """Every live booking of the event, waitlist in order, with the people's units."""
    return (
        Booking.objects.filter(event=event, status__in=[*SEAT_STATUSES, BookingStatus.WAITING])
        .select_related("user", "user__org_unit", "booked_by")
        .order_by("queued_at", "pk")
    )


def attendance_sheet(event_date):
    """(booked people in Polish order, {user_id: Attendance}, walk-ins) in three queries."""
    from lms.models import User

    people = list(
        User.objects.filter(
            session_bookings__event_id=event_date.event_id,
            session_bookings__status=BookingStatus.BOOKED,
        ).select_related("org_unit")
    )
    rows = {
        a.user_id: a
        for a in Attendance.objects.filter(event_date=event_date).select_related(
            "user", "user__org_unit", "recorded_by"
        )
    }
    booked_ids = {p.pk for p in people}
    walk_ins = [a for uid, a in rows.items() if uid not in booked_ids]
    return people, rows, walk_ins


def attended_count(event, user) -> int:
    return Attendance.objects.filter(
        event_date__event=event,
        event_date__cancelled_at__isnull=True,
        user=user,
        status=AttendanceStatus.ATTENDED,
    ).count()


def has_attended(event, user) -> bool:
    return attended_count(event, user) > 0


def overview_by_unit(events):
    """For HR: per unit of the trainees, bookings on past dates, attended and no-shows."""
    from lms.models import OrgUnit

    now = timezone.now()
    past_dates = EventDate.objects.filter(
        event__in=events, cancelled_at__isnull=True, ends_at__lt=now
    )
    rows = (
        Attendance.objects.filter(event_date__in=past_dates)
        .values("user__org_unit")
        .annotate(
            marked=Count("pk"),
            attended=Count("pk", filter=Q(status=AttendanceStatus.ATTENDED)),
            absent=Count("pk", filter=Q(status=AttendanceStatus.ABSENT)),
            excused=Count("pk", filter=Q(status=AttendanceStatus.EXCUSED)),
        )
    )
    units = {u.pk: u for u in OrgUnit.objects.filter(pk__in=[r["user__org_unit"] for r in rows])}
    result = []
    for r in rows:
        unit = units.get(r["user__org_unit"])
        rate = round(100 * r["attended"] / r["marked"]) if r["marked"] else 0
        result.append({"unit": unit, **r, "rate": rate})
    result.sort(key=lambda r: r["unit"].path if r["unit"] else "~")
    return result


def overview_events(events):
    """Per event: booked, attended and no-shows over its past dates."""
    return (
        with_counts(events)
        .annotate(
            attended_marks=Count(
                "dates__attendance",
                filter=Q(dates__attendance__status=AttendanceStatus.ATTENDED),
                distinct=True,
            ),
            no_shows=Count(
                "dates__attendance",
                filter=Q(dates__attendance__status=AttendanceStatus.ABSENT),
                distinct=True,
            ),
            marks=Count("dates__attendance", distinct=True),
        )
        .select_related("unit", "course")
        .order_by("-first_start", "-pk")
    )


def people_bookings(people, *, unit=None):
    """Live bookings of ``people`` (a queryset) in events with a date still ahead or no date
    yet, with the person, their unit and the event's dates: one page's worth of queries."""
    now = timezone.now()
    qs = Booking.objects.filter(
        user__in=people.order_by().values("pk"),
        status__in=[*SEAT_STATUSES, BookingStatus.WAITING],
        event__cancelled_at__isnull=True,
    ).filter(Q(event__dates__isnull=True) | Q(event__dates__ends_at__gte=now))
    if unit is not None:
        qs = qs.filter(user__org_unit__path__startswith=unit.path)
    return (
        qs.distinct()
        .select_related("user__org_unit", "event")
        .prefetch_related(
            Prefetch(
                "event__dates",
                queryset=EventDate.objects.filter(cancelled_at__isnull=True).order_by("starts_at"),
            )
        )
        .order_by("user__last_name", "user__first_name", "event__title", "pk")
    )
