"""Writes of attendance: marking, corrections, QR check-in, walk-ins; and the completion
requirement it satisfies.

Attendance rows are never deleted. A correction changes the row, and its history keeps the
earlier value with who changed it and why. Recording attendance refreshes the linked
course's progress in the same transaction, so a course waiting for a session completes the
moment the last required date is marked; a correction that takes away attendance a
completion rested on asks the course to check it again.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import services as course_services
from courses.models import CourseProgress
from lms.models import User

from . import access, checkin
from .models import (
    Attendance,
    AttendanceMethod,
    AttendanceStatus,
    Booking,
    BookingStatus,
    Event,
    EventDate,
)
from .services import _save, clean_reason


def attended_dates_required(event: Event, dates_count: int) -> int:
    if event.dates_required:
        return min(event.dates_required, dates_count)
    return dates_count


def session_requirement_met(user, course) -> bool:
    """Registered in ``courses.services.COMPLETION_REQUIREMENTS``: the person attended the
    required number of dates of an event linked to ``course``."""
    events = (
        Event.objects.filter(course=course, cancelled_at__isnull=True)
        .annotate(
            live=Count("dates", filter=Q(dates__cancelled_at__isnull=True), distinct=True),
            attended=Count(
                "dates__attendance",
                filter=Q(
                    dates__cancelled_at__isnull=True,
                    dates__attendance__user=user,
                    dates__attendance__status=AttendanceStatus.ATTENDED,
                ),
                distinct=True,
            ),
        )
        .filter(live__gt=0)
    )
    return any(e.attended >= attended_dates_required(e, e.live) for e in events)


def _refresh_course(event: Event, person, *, lost: bool, acting_user, reason: str) -> None:
    course = event.course
    if course is None:
        return
    progress = CourseProgress.objects.filter(user=person, course=course).first()
    if progress is None:
        return
    if lost and progress.completed_at is not None:
        course_services.progress_recheck(
            user=person, course=course, acting_user=acting_user, reason=reason
        )
        return
    course_services.progress_refresh(user=person, course=course)


def _check_window(event_date: EventDate, now) -> None:
    if event_date.cancelled_at is not None:
        raise ValidationError(_("This date is cancelled."))
    opens, closes = checkin.window(event_date)
    if now < opens:
        raise ValidationError(
            _("Attendance opens 30 minutes before the session starts (%(when)s).")
            % {"when": timezone.localtime(opens).strftime("%Y-%m-%d %H:%M")}
        )
    if now > closes:
        raise ValidationError(
            _("Attendance closed 7 days after the session. Ask HR to correct the record.")
        )


@transaction.atomic
def attendance_record(
    *,
    event_date: EventDate,
    person,
    status: str,
    acting_user,
    reason: str = "",
    method: str = AttendanceMethod.MANUAL,
    now=None,
) -> Attendance:
    """Mark one person on one date. Booked people are marked by the trainer or the event's
    leader; a walk-in (not booked) must be in the event's audience."""
    now = now or timezone.now()
    event_date = EventDate.objects.select_related("event", "event__course").get(pk=event_date.pk)
    event = event_date.event
    person = User.objects.select_related("org_unit").get(pk=person.pk)
    if method != AttendanceMethod.QR and not access.can_run_event(acting_user, event):
        raise ValidationError(_("Only the event's trainers and leaders can record attendance."))
    if status not in AttendanceStatus.values:
        raise ValidationError({"status": _("Choose attended, absent or excused.")})
    reason = clean_reason(reason, required=status == AttendanceStatus.EXCUSED)
    _check_window(event_date, now)
    booked = Booking.objects.filter(event=event, user=person, status=BookingStatus.BOOKED).exists()
    existing = (
        Attendance.objects.select_for_update().filter(event_date=event_date, user=person).first()
    )
    if not booked and existing is None:
        if method != AttendanceMethod.WALK_IN:
            raise ValidationError(
                _("%(name)s is not booked on this event. Add them as a walk-in instead.")
                % {"name": person}
            )
        if not access.in_audience(person, event):
            raise ValidationError(
                _("%(name)s is not in the audience of this event.") % {"name": person}
            )
    if existing is not None:
        if existing.status == status and existing.reason == reason:
            return existing
        lost = existing.status == AttendanceStatus.ATTENDED and status != AttendanceStatus.ATTENDED
        history_reason = reason or _("Attendance corrected")
        existing.status, existing.reason = status, reason
        existing.recorded_by, existing.recorded_at = acting_user, now
        if method == AttendanceMethod.QR:
            existing.method = method
        _save(existing, acting_user, reason=history_reason)
        _refresh_course(event, person, lost=lost, acting_user=acting_user, reason=history_reason)
        return existing
    row = Attendance(
        event_date=event_date,
        user=person,
        status=status,
        reason=reason,
        method=method,
        recorded_by=acting_user,
        recorded_at=now,
    )
    _save(row, acting_user)
    _refresh_course(event, person, lost=False, acting_user=acting_user, reason="")
    return row


@transaction.atomic
def attendance_record_many(*, event_date: EventDate, marks: dict, acting_user, now=None) -> int:
    """Several marks at once (the attendance page): ``{person: (status, reason)}``. Either
    all are recorded or, on the first refused one, none. Returns how many changed."""
    changed = 0
    for person, (status, reason) in marks.items():
        before = Attendance.objects.filter(event_date=event_date, user=person).values_list(
            "status", "reason"
        )
        row = attendance_record(
            event_date=event_date,
            person=person,
            status=status,
            reason=reason,
            acting_user=acting_user,
            now=now,
        )
        if list(before) != [(row.status, row.reason)]:
            changed += 1
    return changed


@transaction.atomic
def check_in(*, event_date: EventDate, person, now=None) -> Attendance:
    """A trainee scanned the trainer's QR code (its code already checked): mark them
    attended. Only booked people; others are sent to the trainer."""
    now = now or timezone.now()
    event_date = EventDate.objects.select_related("event").get(pk=event_date.pk)
    if not checkin.in_window(event_date, now):
        raise ValidationError(_("Check-in for this session is closed."))
    if not Booking.objects.filter(
        event=event_date.event, user=person, status=BookingStatus.BOOKED
    ).exists():
        raise ValidationError(
            _("You are not booked on this session. Ask the trainer to add you as a walk-in.")
        )
    return attendance_record(
        event_date=event_date,
        person=person,
        status=AttendanceStatus.ATTENDED,
        acting_user=person,
        method=AttendanceMethod.QR,
        now=now,
    )
