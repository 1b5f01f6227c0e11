"""Permission cases of the sessions pages (seminars app).

The org: the employee, a colleague and the leader are in team A; the outsider in team B;
the editor in the department (not in team A's audience). ``event`` is team A's event for
team A (the employee is booked and attended its current date); ``other_event`` is team B's.
"""

from datetime import timedelta

from tests.permission_tables._cases import LOGIN, Case, row

S = ">/sessions/"

EXPECTED = {
    "session_list": [Case(None, "get", row(LOGIN, 200, 200, 200, 200))],
    "session_mine": [Case(None, "get", row(LOGIN, 200, 200, 200, 200))],
    "session_running": [Case(None, "get", row(LOGIN, 403, 200, 200, 403))],
    "session_overview": [Case(None, "get", row(LOGIN, 403, 403, 200, 403))],
    "session_team": [Case(None, "get", row(LOGIN, 403, 200, 200, 403))],
    "session_create": [Case(None, "get", row(LOGIN, 403, 200, 200, 403))],
    "session_calendar": [Case(None, "get", row(LOGIN, 200, 200, 200, 200))],
    # the feed is authorised by its token alone (calendar apps send no cookies)
    "session_feed": [
        Case("feed_token", "get", row(200, 200, 200, 200, 200)),
        Case("revoked_feed_token", "get", row(404, 404, 404, 404, 404)),
    ],
    "session_detail": [
        Case("event", "get", row(LOGIN, 200, 200, 200, 404)),
        Case("other_event", "get", row(LOGIN, 404, 404, 200, 404)),
    ],
    "session_edit": [
        Case("event", "get", row(LOGIN, 403, 200, 200, 404)),
        Case("other_event", "get", row(LOGIN, 404, 404, 200, 404)),
    ],
    "session_cancel": [
        Case("cancellable_event", "post", row(LOGIN, 403, S, S, 404)),
        Case("other_cancellable", "post", row(LOGIN, 404, 404, S, 404)),
    ],
    "session_book": [
        Case("event", "post", row(LOGIN, S, S, S, 404)),
        Case("other_event", "post", row(LOGIN, 404, 404, S, 404)),
    ],
    "session_ics": [Case("event", "get", row(LOGIN, 200, 200, 200, 404))],
    "session_date_create": [Case("event", "get", row(LOGIN, 403, 200, 200, 404))],
    "session_feedback": [Case("event", "get", row(LOGIN, 200, 403, 403, 404))],
    "session_feedback_results": [Case("event", "get", row(LOGIN, 403, 200, 200, 404))],
    "session_material_upload": [Case("event", "post", row(LOGIN, 403, S, S, 404))],
    "session_material": [
        Case("material", "get", row(LOGIN, 200, 200, 200, 404)),
        Case("other_material", "get", row(LOGIN, 404, 404, 200, 404)),
    ],
    "session_booking_cancel": [
        Case("colleague_booking", "post", row(LOGIN, 404, S, S, 404)),
        Case("outsider_booking", "post", row(LOGIN, 404, 404, S, 404)),
    ],
    "session_booking_approve": [
        Case("pending_booking", "post", row(LOGIN, 404, S, S, 404)),
    ],
    "session_booking_reject": [
        Case("pending_booking_2", "post", row(LOGIN, 404, S, S, 404)),
    ],
    "session_booking_move": [
        Case("colleague_booking", "get", row(LOGIN, 404, 200, 200, 404)),
    ],
    "session_date_edit": [Case("future_date", "get", row(LOGIN, 403, 200, 200, 404))],
    "session_date_cancel": [Case("date_to_cancel", "post", row(LOGIN, 403, S, S, 404))],
    "session_date_attendance": [
        Case("current_date", "get", row(LOGIN, 403, 200, 200, 404)),
        Case("other_date", "get", row(LOGIN, 404, 404, 200, 404)),
    ],
    "session_date_walk_in": [Case("current_date", "post", row(LOGIN, 403, S, S, 404))],
    "session_date_attendance_pdf": [
        Case("current_date", "get", row(LOGIN, 403, 200, 200, 404)),
    ],
    "session_date_qr": [Case("current_date", "get", row(LOGIN, 403, 200, 200, 404))],
    "session_date_qr_json": [Case("current_date", "get", row(LOGIN, 403, 200, 200, 404))],
    # a current code: signed-in people get the confirmation page (checking in is a POST);
    # a forged one is refused for everyone
    "session_checkin": [
        Case("checkin_code", "get", row(LOGIN, 200, 200, 200, 200)),
        Case("checkin_forged", "get", row(LOGIN, 403, 403, 403, 403)),
    ],
}


def targets(org):
    from django.utils import timezone

    from seminars import checkin, feeds
    from seminars.models import FeedKind
    from tests.factories import UserFactory
    from tests.seminars.factories import (
        AttendanceFactory,
        BookingFactory,
        EventDateFactory,
        EventFactory,
        EventMaterialFactory,
    )

    now = timezone.now()
    event = EventFactory(
        unit=org.team_a, open_to_all=False, audience_units=[org.team_a], capacity=20
    )
    current = EventDateFactory(
        event=event, starts_at=now - timedelta(minutes=10), ends_at=now + timedelta(hours=1)
    )
    future = EventDateFactory(event=event, starts_at=now + timedelta(days=10))
    to_cancel = EventDateFactory(event=event, starts_at=now + timedelta(days=12))
    BookingFactory(event=event, user=org.employee)
    AttendanceFactory(event_date=current, user=org.employee)
    colleague_booking = BookingFactory(event=event, user=org.colleague)
    other = EventFactory(
        unit=org.team_b, open_to_all=False, audience_units=[org.team_b], capacity=20
    )
    other_date = EventDateFactory(
        event=other, starts_at=now - timedelta(minutes=10), ends_at=now + timedelta(hours=1)
    )
    outsider_booking = BookingFactory(event=other, user=org.outsider)
    approval = EventFactory(
        unit=org.team_a, open_to_all=False, audience_units=[org.team_a], approval_required=True
    )
    EventDateFactory(event=approval)
    pending = BookingFactory(event=approval, user=org.colleague, status="pending")
    pending_2 = BookingFactory(
        event=approval, user=UserFactory(org_unit=org.team_a), status="pending"
    )
    cancellable = EventFactory(unit=org.team_a, open_to_all=False, audience_units=[org.team_a])
    EventDateFactory(event=cancellable, starts_at=now + timedelta(days=20))
    other_cancellable = EventFactory(
        unit=org.team_b, open_to_all=False, audience_units=[org.team_b]
    )
    token = feeds.feed_create(user=org.employee, kind=FeedKind.BOOKINGS)
    revoked = feeds.feed_create(user=org.colleague, kind=FeedKind.BOOKINGS)
    feeds.feed_revoke(user=org.colleague, kind=FeedKind.BOOKINGS)
    return {
        "event": {"pk": event.pk},
        "other_event": {"pk": other.pk},
        "cancellable_event": ({"pk": cancellable.pk}, {"reason": "Prowadzący zachorował"}),
        "other_cancellable": ({"pk": other_cancellable.pk}, {"reason": "Brak sali"}),
        "current_date": {"pk": current.pk},
        "other_date": {"pk": other_date.pk},
        "future_date": {"pk": future.pk},
        "date_to_cancel": {"pk": to_cancel.pk},
        "material": {"pk": EventMaterialFactory(event=event).pk},
        "other_material": {"pk": EventMaterialFactory(event=other).pk},
        "colleague_booking": {"pk": colleague_booking.pk},
        "outsider_booking": {"pk": outsider_booking.pk},
        "pending_booking": {"pk": pending.pk},
        "pending_booking_2": {"pk": pending_2.pk},
        "feed_token": {"token": token},
        "revoked_feed_token": {"token": revoked},
        "checkin_code": {"pk": current.pk, "code": checkin.current_code(current)},
        "checkin_forged": {"pk": current.pk, "code": "0" * checkin.CODE_LENGTH},
    }
