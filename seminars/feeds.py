"""Private calendar feeds: a person's bookings, or the sessions a trainer runs.

A feed address carries a long random token (256 bits); only its SHA-256 is stored, so the
address is shown once, when it is made. Making a new one revokes the old; a revoked token
shows nothing.
"""

import hashlib
import secrets
from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from . import invites
from .models import BookingStatus, CalendarFeedToken, EventDate, FeedKind

TOKEN_BYTES = 32


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def feed_create(*, user, kind: str) -> str:
    """A new feed address (the token) for ``user``; the previous one of the kind stops."""
    if kind not in FeedKind.values:
        raise ValueError(kind)
    feed_revoke(user=user, kind=kind)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    CalendarFeedToken.objects.create(user=user, kind=kind, token_hash=_hash(token))
    return token


def feed_revoke(*, user, kind: str) -> int:
    return CalendarFeedToken.objects.filter(user=user, kind=kind, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )


def live_feeds(user):
    return CalendarFeedToken.objects.filter(user=user, revoked_at__isnull=True)


def feed_lookup(token: str):
    if not token or len(token) > 100:
        return None
    feed = (
        CalendarFeedToken.objects.select_related("user")
        .filter(token_hash=_hash(token), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if feed is not None:
        CalendarFeedToken.objects.filter(pk=feed.pk).update(last_used_at=timezone.now())
    return feed


def feed_dates(feed):
    user = feed.user
    dates = EventDate.objects.select_related("event", "event__created_by")
    if feed.kind == FeedKind.TRAINER:
        dates = dates.filter(event__trainers=user)
    else:
        dates = dates.filter(
            event__bookings__user=user, event__bookings__status=BookingStatus.BOOKED
        )
    since = timezone.now() - timedelta(days=90)
    return (
        dates.filter(Q(ends_at__gte=since))
        .prefetch_related("event__trainers")
        .distinct()
        .order_by("starts_at")
    )


def feed_body(feed) -> bytes:
    name = _("Kadra: sessions I run") if feed.kind == FeedKind.TRAINER else _("Kadra: my sessions")
    return invites.feed_ics(feed_dates(feed), name=name)
