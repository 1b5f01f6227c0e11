"""QR check-in codes: an HMAC of the date and a 30-second time slot.

The trainer's screen shows a link with the current code; it changes every 30 seconds, and a
code is accepted for the slot it was made in and the one after (a phone may take a few
seconds to open it). Codes work only in the attendance window of the date: from 30 minutes
before it starts until 7 days after it ends.
"""

import hashlib
import hmac
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

SLOT_SECONDS = 30
OPENS_BEFORE = timedelta(minutes=30)
CLOSES_AFTER = timedelta(days=7)
CODE_LENGTH = 20


def slot(now=None) -> int:
    return int((now or timezone.now()).timestamp()) // SLOT_SECONDS


def code_for(event_date_id: int, time_slot: int) -> str:
    message = f"kadra.seminars.checkin:{event_date_id}:{time_slot}".encode()
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:CODE_LENGTH]


def current_code(event_date, now=None) -> str:
    return code_for(event_date.pk, slot(now))


def seconds_left(now=None) -> int:
    now = now or timezone.now()
    return SLOT_SECONDS - int(now.timestamp()) % SLOT_SECONDS


def window(event_date):
    return event_date.starts_at - OPENS_BEFORE, event_date.ends_at + CLOSES_AFTER


def in_window(event_date, now=None) -> bool:
    now = now or timezone.now()
    opens, closes = window(event_date)
    return opens <= now <= closes and event_date.cancelled_at is None


def code_is_valid(event_date, code: str, now=None) -> bool:
    """True for the code of this date's current slot or the one before."""
    code = (code or "").strip().lower()
    if len(code) != CODE_LENGTH:
        return False
    current = slot(now)
    return any(
        hmac.compare_digest(code, code_for(event_date.pk, s)) for s in (current, current - 1)
    )
