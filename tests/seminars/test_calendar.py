"""Calendar invitations parsed back with icalendar, private feeds and reminders."""

from datetime import timedelta

import icalendar
import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from lms.models import Notification
from seminars import feeds, services
from seminars.models import FeedKind, SessionReminder
from tests.factories import UserFactory
from tests.seminars.factories import BookingFactory, EventDateFactory, EventFactory


def _invites(outbox):
    """(METHOD, VEVENT, recipient) of every calendar part in the outbox."""
    found = []
    for message in outbox:
        for part in message.message().walk():
            if part.get_content_type() == "text/calendar":
                cal = icalendar.Calendar.from_ical(part.get_payload(decode=True))
                assert part.get_param("method") == str(cal["method"])
                events = [c for c in cal.walk("VEVENT")]
                assert len(events) == 1
                found.append((str(cal["method"]), events[0], message.to[0], cal))
    return found


def test_ics_uid_sequence_method_and_timezone_across_create_change_cancel(
    org, django_capture_on_commit_callbacks
):
    event = EventFactory(unit=org.team_a, title="Zmiany w ustawie o cudzoziemcach")
    event.trainers.set([org.leader])
    start = timezone.now().replace(microsecond=0) + timedelta(days=5)
    with django_capture_on_commit_callbacks(execute=True):
        event_date = services.date_add(
            event=event,
            starts_at=start,
            ends_at=start + timedelta(hours=2),
            room="Sala 12",
            acting_user=org.leader,
        )
        services.booking_create(event=event, person=org.employee, acting_user=org.employee)
    (method, vevent, to, cal) = _invites(mail.outbox)[-1]
    assert (method, to) == ("REQUEST", org.employee.email)
    uid = str(vevent["uid"])
    assert uid == f"{event_date.uid}@kadra"
    first_sequence = int(vevent["sequence"])
    assert str(vevent["location"]) == "Sala 12"
    assert str(vevent["summary"]) == "Zmiany w ustawie o cudzoziemcach"
    assert vevent.decoded("dtstart") == start
    assert str(vevent["dtstart"].params["TZID"]) == "Europe/Warsaw"
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Warsaw"]
    assert str(vevent["organizer"]) == f"mailto:{org.leader.email}"
    assert f"mailto:{org.employee.email}" in [str(a) for a in vevent.get("attendee")]

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.date_update(
            event_date=event_date,
            starts_at=start + timedelta(hours=1),
            ends_at=start + timedelta(hours=3),
            room="Sala 14",
            acting_user=org.leader,
        )
    (method, vevent, to, _cal) = _invites(mail.outbox)[-1]
    assert method == "REQUEST" and str(vevent["uid"]) == uid
    changed_sequence = int(vevent["sequence"])
    assert changed_sequence > first_sequence
    assert str(vevent["location"]) == "Sala 14"

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.date_cancel(event_date=event_date, acting_user=org.leader)
    (method, vevent, to, _cal) = _invites(mail.outbox)[-1]
    assert method == "CANCEL" and str(vevent["uid"]) == uid
    assert int(vevent["sequence"]) > changed_sequence
    assert str(vevent["status"]) == "CANCELLED"


def test_a_personal_cancellation_outranks_the_invitation(org, django_capture_on_commit_callbacks):
    event = EventFactory(unit=org.team_a)
    EventDateFactory(event=event)
    with django_capture_on_commit_callbacks(execute=True):
        booking = services.booking_create(
            event=event, person=org.employee, acting_user=org.employee
        )
    with django_capture_on_commit_callbacks(execute=True):
        services.booking_cancel(booking=booking, acting_user=org.employee)
    (m1, invite, _, _), (m2, cancel, _, _) = _invites(mail.outbox)
    assert (m1, m2) == ("REQUEST", "CANCEL")
    assert str(invite["uid"]) == str(cancel["uid"])
    assert int(cancel["sequence"]) > int(invite["sequence"])


def test_the_invitation_is_in_the_persons_language(org, django_capture_on_commit_callbacks):
    org.employee.preferred_language = "en"
    org.employee.save()
    event = EventFactory(unit=org.team_a, title="Odprawa")
    EventDateFactory(event=event)
    with django_capture_on_commit_callbacks(execute=True):
        services.booking_create(event=event, person=org.employee, acting_user=org.employee)
    assert mail.outbox[0].subject.startswith("Invitation: Odprawa")


def test_feed_shows_only_the_persons_own_sessions_and_stops_when_revoked(client, org):
    mine = EventFactory(unit=org.team_a, title="Moje szkolenie")
    EventDateFactory(event=mine)
    theirs = EventFactory(unit=org.team_a, title="Cudze szkolenie")
    EventDateFactory(event=theirs)
    BookingFactory(event=mine, user=org.employee)
    BookingFactory(event=theirs, user=org.colleague)
    BookingFactory(event=theirs, user=org.employee, status="waiting")
    token = feeds.feed_create(user=org.employee, kind=FeedKind.BOOKINGS)
    assert len(token) >= 43
    response = client.get(reverse("session_feed", kwargs={"token": token}))
    assert response.status_code == 200
    cal = icalendar.Calendar.from_ical(response.content)
    assert [str(e["summary"]) for e in cal.walk("VEVENT")] == ["Moje szkolenie"]
    # only the hash is stored
    assert not feeds.CalendarFeedToken.objects.filter(token_hash=token).exists()
    new_token = feeds.feed_create(user=org.employee, kind=FeedKind.BOOKINGS)
    assert client.get(reverse("session_feed", kwargs={"token": token})).status_code == 404
    feeds.feed_revoke(user=org.employee, kind=FeedKind.BOOKINGS)
    assert client.get(reverse("session_feed", kwargs={"token": new_token})).status_code == 404


def test_trainer_feed_lists_the_sessions_they_run(client, org):
    event = EventFactory(unit=org.team_a, title="Prowadzę")
    event.trainers.set([org.colleague])
    EventDateFactory(event=event)
    token = feeds.feed_create(user=org.colleague, kind=FeedKind.TRAINER)
    cal = icalendar.Calendar.from_ical(
        client.get(reverse("session_feed", kwargs={"token": token})).content
    )
    assert [str(e["summary"]) for e in cal.walk("VEVENT")] == ["Prowadzę"]


def test_feed_page_shows_a_new_address_once(client, org):
    client.force_login(org.employee)
    response = client.post(reverse("session_calendar"), {"kind": "bookings", "action": "create"})
    assert response.status_code == 200
    url = response.context["new_url"]
    assert "/sessions/feed/" in url
    assert url not in client.get(reverse("session_calendar")).content.decode()
    assert client.post(reverse("session_calendar"), {"kind": "nope"}).status_code == 302


@pytest.mark.parametrize("hours_before,kind", [(20, "day_before"), (0.5, "hour_before")])
def test_reminders_go_once(org, hours_before, kind):
    start = timezone.now() + timedelta(hours=hours_before)
    event = EventFactory(unit=org.team_a)
    event_date = EventDateFactory(event=event, starts_at=start, ends_at=start + timedelta(hours=1))
    BookingFactory(event=event, user=org.employee)
    BookingFactory(event=event, user=UserFactory(org_unit=org.team_a), status="waiting")
    call_command("send_session_reminders", stdout=__import__("io").StringIO())
    call_command("send_session_reminders", stdout=__import__("io").StringIO())
    assert list(
        SessionReminder.objects.filter(event_date=event_date).values_list("user_id", "kind")
    ) == [(org.employee.pk, kind)]
    assert Notification.objects.filter(recipient=org.employee, kind=f"session_reminder_{kind}")
    assert Notification.objects.filter(kind__startswith="session_reminder").count() == 1


def test_reminder_task_runs_the_same_sender(org):
    from lms.schedule import daily_jobs, run_daily

    path = "seminars.reminders.send_session_reminders"
    assert any(job.path == path and job.every for job in daily_jobs())
    start = timezone.now() + timedelta(minutes=40)
    event = EventFactory(unit=org.team_a)
    EventDateFactory(event=event, starts_at=start, ends_at=start + timedelta(hours=1))
    BookingFactory(event=event, user=org.employee)
    result = run_daily.enqueue(path)
    assert result.return_value == {"day_before": 0, "hour_before": 1}
