"""A course's certificate policy, as dates: how long a certificate is valid and when its
recertification window opens. Pure functions of the course's settings and a date."""

import calendar
from datetime import date, timedelta

DEFAULT_WINDOW_DAYS = 60
REMINDER_DAYS_BEFORE = 14


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months; the 31st becomes the month's last day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _on(year: int, month: int, day: int) -> date:
    """``day``.``month``.``year``; 29 February is the 28th in a common year."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def window_days(course) -> int:
    return getattr(course, "recertification_window_days", None) or DEFAULT_WINDOW_DAYS


def yearly_date(course):
    """(month, day) of the course's fixed yearly recertification date, or None."""
    month = getattr(course, "recertify_by_month", None)
    day = getattr(course, "recertify_by_day", None)
    return (month, day) if month and day else None


def valid_until(course, issued_on: date):
    """The last day a certificate issued on ``issued_on`` is valid, or None (no expiry).

    With a fixed yearly date ("every year by 31 January") it is the first such date after the
    recertification window: someone who completes while the window is open (or later) is
    certified until the following year's date, someone who completes earlier until the coming
    one. Otherwise it is ``validity_months`` after issue (none when 0)."""
    fixed = yearly_date(course)
    if fixed is not None:
        month, day = fixed
        earliest = issued_on + timedelta(days=window_days(course))
        candidate = _on(issued_on.year, month, day)
        while candidate <= earliest:
            candidate = _on(candidate.year + 1, month, day)
        return candidate
    months = course.validity_months or 0
    if months <= 0:
        return None
    return add_months(issued_on, months)


def window_opens(course, until: date) -> date:
    """The day the recertification window of a certificate valid until ``until`` opens."""
    return until - timedelta(days=window_days(course))
