"""Reminders before and after the due date, and the leaders' daily overdue digest.

Each reminder kind has a window of days; an assignment gets the reminder of the window
today falls in, once: the row in ``ReminderSent`` (unique per assignment and kind) is
written in the same transaction as the message, so two senders running at once send it
once. Only active assignments of people still working here count: completed, cancelled
and deactivated people get nothing.
"""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from lms import notifications
from lms.models import User

from . import matrix
from .models import Assignment, LeaderDigestSent, ReminderSent, ReminderSettings, Status

# Days relative to the due date: 7 and 1 before, on the day, 7 after.
DEFAULT_REMINDER_DAYS = (-7, -1, 0, 7)
DEFAULT_ESCALATION_DAYS = 7
ESCALATION = "escalation"


def reminder_days() -> list[int]:
    """The schedule HR set (``ReminderSettings``), else the defaults."""
    stored = ReminderSettings.objects.filter(pk=1).first()
    if stored is not None:
        return stored.offsets()
    return sorted(set(getattr(settings, "KADRA_REMINDER_DAYS", DEFAULT_REMINDER_DAYS)))


def escalation_days() -> int:
    stored = ReminderSettings.objects.filter(pk=1).first()
    if stored is not None:
        return stored.escalation_days
    return getattr(settings, "KADRA_ESCALATION_DAYS", DEFAULT_ESCALATION_DAYS)


def kind_for(offset: int) -> str:
    return f"d{offset:+d}"


def windows() -> list[tuple[str, int, int]]:
    """``(kind, first day, day after the last)`` relative to the due date, one per reminder:
    a reminder missed on its day (the sender did not run) still goes out until the next."""
    days = reminder_days()
    result = []
    for i, offset in enumerate(days):
        end = days[i + 1] if i + 1 < len(days) else offset + 7
        result.append((kind_for(offset), offset, end))
    return result


def _due(kind: str, start: int, end: int, today):
    """Active assignments of active people in this window with no reminder of this kind."""
    # start <= today - due < end  <=>  today - end < due <= today - start
    return (
        Assignment.objects.filter(
            status=Status.ACTIVE,
            user__is_active=True,
            due_date__lte=today - timedelta(days=start),
            due_date__gt=today - timedelta(days=end),
        )
        .exclude(reminders__kind=kind)
        .select_related("user", "course")
        .order_by("pk")
    )


def _claim(assignment, kind) -> bool:
    """Write the reminder row; False if another sender already has."""
    try:
        with transaction.atomic():
            ReminderSent.objects.create(assignment=assignment, kind=kind)
    except IntegrityError:
        return False
    return True


def send_reminders(*, today=None) -> dict:
    """Send every reminder due today and the leaders' digests. Returns counts by kind."""
    today = today or timezone.localdate()
    counts = {}
    for kind, start, end in windows():
        for assignment in _due(kind, start, end, today).iterator(chunk_size=500):
            with transaction.atomic():
                if not _claim(assignment, kind):
                    continue
                days_left = (assignment.due_date - today).days
                notifications.notify(
                    recipients=[assignment.user],
                    kind="assignment_reminder",
                    template="assignments/notifications/reminder",
                    context={"assignment": assignment, "days_left": days_left},
                    link="/",
                )
            counts[kind] = counts.get(kind, 0) + 1
    counts[ESCALATION] = _mark_escalations(today)
    counts["leader_digests"] = send_leader_digests(today=today)
    return counts


def _mark_escalations(today) -> int:
    """Record the escalation of every assignment now ``escalation_days`` overdue (once)."""
    marked = 0
    late = (
        Assignment.objects.filter(
            status=Status.ACTIVE,
            user__is_active=True,
            due_date__lte=today - timedelta(days=escalation_days()),
        )
        .exclude(reminders__kind=ESCALATION)
        .order_by("pk")
    )
    for assignment in late.iterator(chunk_size=500):
        marked += _claim(assignment, ESCALATION)
    return marked


def send_leader_digests(*, today=None) -> int:
    """One message a day to each leader with overdue people in reach, listing them all,
    those overdue ``escalation_days`` or more marked as escalated."""
    today = today or timezone.localdate()
    sent = 0
    leaders = User.objects.filter(is_active=True, led_units__isnull=False).distinct()
    for leader in leaders:
        overdue = list(matrix.overdue_assignments(leader, today=today).exclude(user=leader))
        if not overdue:
            continue
        with transaction.atomic():
            try:
                with transaction.atomic():
                    LeaderDigestSent.objects.create(leader=leader, day=today)
            except IntegrityError:
                continue
            for assignment in overdue:
                assignment.days_overdue = (today - assignment.due_date).days
                assignment.escalated = assignment.days_overdue >= escalation_days()
            notifications.notify(
                recipients=[leader],
                kind="overdue_digest",
                template="assignments/notifications/leader_digest",
                context={
                    "overdue": overdue,
                    "escalated": sum(a.escalated for a in overdue),
                },
                link="/team/overdue/",
            )
            sent += 1
    return sent
