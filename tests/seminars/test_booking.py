"""Booking, cancelling and the waitlist: seats, promotion, approval, conflicts, windows."""

import random
import threading
import time
from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import OperationalError, connection
from django.utils import timezone

from lms.models import Notification, Role
from seminars import services
from seminars.models import Booking, BookingStatus, Event
from tests.factories import OrgUnitFactory, UserFactory
from tests.seminars.factories import BookingFactory, EventDateFactory, EventFactory


@pytest.fixture
def event(org):
    event = EventFactory(unit=org.team_a, capacity=2, open_to_all=False, audience_units=[org.dept])
    EventDateFactory(event=event)
    return Event.objects.get(pk=event.pk)


def book(event, person, acting=None):
    return services.booking_create(event=event, person=person, acting_user=acting or person)


def test_seats_then_waitlist_in_order(org, event):
    people = [UserFactory(org_unit=org.team_a) for _ in range(4)]
    results = [book(event, p) for p in people]
    assert [b.status for b in results] == ["booked", "booked", "waiting", "waiting"]
    assert Booking.objects.filter(event=event, status="booked").count() == 2


def test_booked_person_gets_a_calendar_invitation(org, event, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        book(event, org.employee)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [org.employee.email]
    assert "text/calendar" in mail.outbox[0].message().as_string()


def test_cancel_promotes_the_first_waiting_person_and_tells_them(
    org, event, django_capture_on_commit_callbacks
):
    first, second, third, fourth = (UserFactory(org_unit=org.team_a) for _ in range(4))
    b1 = book(event, first)
    book(event, second)
    book(event, third)
    book(event, fourth)
    with django_capture_on_commit_callbacks(execute=True):
        services.booking_cancel(booking=b1, acting_user=first)
    statuses = dict(Booking.objects.filter(event=event).values_list("user_id", "status"))
    assert statuses == {
        first.pk: "cancelled",
        second.pk: "booked",
        third.pk: "booked",
        fourth.pk: "waiting",
    }
    assert Notification.objects.filter(recipient=third, kind="session_promoted").exists()
    assert {m.to[0] for m in mail.outbox} == {first.email, third.email}
    # the cancellation is kept with its history, never deleted
    b1.refresh_from_db()
    assert b1.status == "cancelled"
    assert list(b1.history.values_list("status", flat=True)) == ["cancelled", "booked"]
    assert b1.history.first().history_user == first


def test_capacity_increase_promotes_and_capacity_below_booked_is_refused(org, event):
    people = [UserFactory(org_unit=org.team_a) for _ in range(4)]
    for p in people:
        book(event, p)
    with pytest.raises(ValidationError) as exc:
        services.event_update(event=event, capacity=1, acting_user=org.leader)
    assert "already booked" in str(exc.value)
    event.refresh_from_db()
    assert event.capacity == 2
    services.event_update(event=event, capacity=3, acting_user=org.leader)
    assert Booking.objects.filter(event=event, status="booked").count() == 3
    assert Booking.objects.get(event=event, user=people[3]).status == "waiting"


def test_double_booking_is_refused(org, event):
    book(event, org.employee)
    with pytest.raises(ValidationError, match="already signed up"):
        book(event, org.employee)
    assert Booking.objects.filter(event=event, user=org.employee).count() == 1


def test_conflicting_booking_is_refused_with_the_other_event(org, event):
    other = EventFactory(unit=org.team_a, title="Inne szkolenie")
    first = event.dates.get()
    EventDateFactory(
        event=other,
        starts_at=first.starts_at + timedelta(minutes=30),
        ends_at=first.ends_at + timedelta(hours=1),
    )
    book(other, org.employee)
    with pytest.raises(ValidationError, match="Inne szkolenie"):
        book(event, org.employee)
    assert not Booking.objects.filter(event=event).exists()


def test_outside_the_audience_cannot_book_themself(org, event):
    hr_person = UserFactory(org_unit=org.hr_unit)
    with pytest.raises(ValidationError, match="not open to your unit"):
        book(event, hr_person)


def test_leader_books_their_people_but_not_others(org, event):
    booking = book(event, org.colleague, acting=org.leader)
    assert booking.status == "booked" and booking.booked_by == org.leader
    with pytest.raises(ValidationError, match="units you lead"):
        book(event, org.outsider, acting=org.leader)
    # HR books anyone
    assert book(event, org.outsider, acting=org.hr).status in {"booked", "waiting"}


def test_sign_up_window(org, event):
    now = timezone.now()
    event.signup_opens_at = now + timedelta(days=1)
    event.save()
    with pytest.raises(ValidationError, match="Sign-up opens"):
        book(event, org.employee)
    event.signup_opens_at, event.signup_closes_at = now - timedelta(days=2), now - timedelta(days=1)
    event.save()
    with pytest.raises(ValidationError, match="Sign-up closed"):
        book(event, org.employee)


def test_sign_up_after_the_start_is_refused(org, event):
    first = event.dates.get()
    with pytest.raises(ValidationError, match="already started"):
        services.booking_create(
            event=event,
            person=org.employee,
            acting_user=org.employee,
            now=first.starts_at + timedelta(minutes=1),
        )


def test_cancellation_deadline_binds_the_trainee_not_the_leader(org, event):
    event.cancellation_deadline = timezone.now() - timedelta(hours=1)
    event.save()
    booking = book(event, org.employee)
    with pytest.raises(ValidationError, match="deadline has passed"):
        services.booking_cancel(booking=booking, acting_user=org.employee)
    with pytest.raises(ValidationError, match="reason"):
        services.booking_cancel(booking=booking, acting_user=org.leader)
    services.booking_cancel(booking=booking, acting_user=org.leader, reason="Urlop")
    booking.refresh_from_db()
    assert booking.status == "cancelled" and booking.reason == "Urlop"


def test_event_without_dates_takes_interest_then_books_when_a_date_is_set(
    org, django_capture_on_commit_callbacks
):
    event = EventFactory(unit=org.team_a, capacity=2, open_to_all=True)
    people = [UserFactory(org_unit=org.team_a) for _ in range(3)]
    assert [book(event, p).status for p in people] == ["waiting"] * 3
    with django_capture_on_commit_callbacks(execute=True):
        services.date_add(
            event=event,
            starts_at=timezone.now() + timedelta(days=3),
            ends_at=timezone.now() + timedelta(days=3, hours=2),
            room="Sala 2",
            acting_user=org.leader,
        )
    statuses = [Booking.objects.get(event=event, user=p).status for p in people]
    assert statuses == ["booked", "booked", "waiting"]
    assert sorted(m.to[0] for m in mail.outbox if "text/calendar" in m.message().as_string()) == (
        sorted([people[0].email, people[1].email])
    )


def test_approval_flow(org, django_capture_on_commit_callbacks):
    event = EventFactory(unit=org.team_a, capacity=1, approval_required=True)
    EventDateFactory(event=event)
    booking = book(event, org.employee)
    assert booking.status == "pending"
    assert Notification.objects.filter(recipient=org.leader, kind="session_approval_request")
    # the seat is held meanwhile
    assert book(event, org.colleague).status == "waiting"
    with pytest.raises(ValidationError):
        services.booking_approve(booking=booking, acting_user=org.outsider)
    with pytest.raises(ValidationError):
        services.booking_approve(booking=booking, acting_user=org.employee)
    with django_capture_on_commit_callbacks(execute=True):
        services.booking_approve(booking=booking, acting_user=org.leader)
    booking.refresh_from_db()
    assert booking.status == "booked" and booking.approved_by == org.leader
    assert [m.to for m in mail.outbox if "text/calendar" in m.message().as_string()] == [
        [org.employee.email]
    ]


def test_rejection_frees_the_seat(org):
    event = EventFactory(unit=org.team_a, capacity=1, approval_required=True)
    EventDateFactory(event=event)
    booking = book(event, org.employee)
    waiting = book(event, org.colleague, acting=org.leader)  # leader's booking is approved
    assert waiting.status == "waiting"
    with pytest.raises(ValidationError, match="reason"):
        services.booking_reject(booking=booking, acting_user=org.leader, reason=" ")
    services.booking_reject(booking=booking, acting_user=org.leader, reason="Brak zastępstwa")
    waiting.refresh_from_db()
    assert waiting.status == "booked"


def test_leader_moves_a_person_to_another_event(org, event):
    other = EventFactory(unit=org.team_a, open_to_all=True)
    EventDateFactory(event=other, starts_at=timezone.now() + timedelta(days=20))
    booking = book(event, org.employee)
    moved = services.booking_move(
        booking=booking, to_event=other, acting_user=org.leader, reason="Inny termin"
    )
    assert moved.event == other and moved.status == "booked"
    booking.refresh_from_db()
    assert booking.status == "cancelled"


def test_the_approver_is_the_nearest_leader_or_hr(org):
    dept_leader = UserFactory(org_unit=org.dept, roles=[Role.LEADER])
    org.dept.leaders.add(dept_leader)
    assert services._approvers(org.employee) == [org.leader]
    assert services._approvers(org.leader) == [dept_leader]
    lonely = UserFactory(org_unit=OrgUnitFactory())
    assert services._approvers(lonely) == [org.hr]


def _sqlite_refused(exc) -> bool:
    return (
        connection.vendor == "sqlite" and isinstance(exc, OperationalError) and "locked" in str(exc)
    )


def run_at_once(count, target):
    """Run ``target(i)`` in ``count`` threads released together; return results or errors."""
    barrier = threading.Barrier(count)
    results = [None] * count

    def work(index):
        try:
            barrier.wait(timeout=20)
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                try:
                    results[index] = target(index)
                    break
                except OperationalError as exc:
                    if not _sqlite_refused(exc):
                        raise
                    results[index] = exc
                    time.sleep(random.uniform(0.005, 0.05))
        except Exception as exc:  # reported to the test
            results[index] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_fifty_people_booking_ten_seats_at_once():
    unit = OrgUnitFactory()
    event = EventFactory(unit=unit, capacity=10, open_to_all=True)
    EventDateFactory(event=event)
    people = [UserFactory(org_unit=unit) for _ in range(50)]

    def attempt(i):
        return services.booking_create(
            event=Event(pk=event.pk), person=people[i], acting_user=people[i]
        )

    results = run_at_once(50, attempt)

    errors = [r for r in results if not isinstance(r, Booking)]
    assert not errors, errors[:3]
    counts = {
        status: Booking.objects.filter(event=event, status=status).count()
        for status in BookingStatus.values
    }
    assert counts == {"booked": 10, "waiting": 40, "pending": 0, "cancelled": 0}
    assert sorted(r.status for r in results).count("booked") == 10


def test_cancelling_a_whole_event_cancels_its_dates_tells_everyone_and_keeps_the_record(org):
    from django.core.exceptions import ValidationError
    from django.utils import timezone

    from lms.models import Notification
    from seminars import services
    from seminars.models import BookingStatus, Event, EventDate

    event = EventFactory(unit=org.team_a, capacity=1)
    first = EventDateFactory(event=event, starts_at=timezone.now() + timezone.timedelta(days=3))
    second = EventDateFactory(event=event, starts_at=timezone.now() + timezone.timedelta(days=5))
    booked = BookingFactory(event=event, user=org.employee)
    waiting = BookingFactory(event=event, user=org.colleague, status=BookingStatus.WAITING)
    with pytest.raises(ValidationError):
        services.event_cancel(event=event, acting_user=org.leader, reason="  ")
    assert not Event.objects.get(pk=event.pk).is_cancelled
    services.event_cancel(event=event, acting_user=org.leader, reason="Prowadzący zachorował")
    event.refresh_from_db()
    assert event.is_cancelled
    assert (
        EventDate.objects.filter(pk__in=[first.pk, second.pk], cancelled_at__isnull=False).count()
        == 2
    )
    assert EventDate.objects.get(pk=first.pk).sequence == first.sequence + 1
    booked.refresh_from_db()
    waiting.refresh_from_db()
    assert booked.status == BookingStatus.BOOKED  # kept on record as it was
    told = set(
        Notification.objects.filter(kind="session_event_cancelled").values_list(
            "recipient_id", flat=True
        )
    )
    assert told == {org.employee.pk, org.colleague.pk}
    assert event.history.first().history_change_reason == "Prowadzący zachorował"
    with pytest.raises(ValidationError):
        services.event_cancel(event=event, acting_user=org.leader, reason="Jeszcze raz")
    with pytest.raises(ValidationError):
        services.event_cancel(
            event=EventFactory(unit=org.team_b), acting_user=org.leader, reason="Nie moje"
        )


# The cost of a booking ----------------------------------------------------------------


def _statements_under_the_event_lock(statements):
    """The statements from the one that locks the event's row (PostgreSQL: ``FOR
    UPDATE``; SQLite: the last write to the row, which takes the database's lock) on."""
    if connection.vendor == "sqlite":
        marks = [i for i, sql in enumerate(statements) if sql.startswith('UPDATE "seminars_event"')]
    else:
        marks = [
            i
            for i, sql in enumerate(statements)
            if 'FROM "seminars_event"' in sql and "FOR UPDATE" in sql
        ]
    return statements[marks[-1] :] if marks else []


def test_the_event_lock_covers_only_the_count_and_the_writes(org, event):
    """Under the event's lock a booking reads the row, then its dates and seats in one
    statement, and writes the booking and its history row: invitations and every other
    read come before the lock or after the commit."""
    BookingFactory(event=event, user=UserFactory(org_unit=org.team_a))
    statements = []

    def log(execute, sql, params, many, context):
        statements.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(log):
        booking = book(event, org.employee)
    assert booking.status == "booked"
    locked = _statements_under_the_event_lock(statements)
    assert locked, statements
    kinds = [sql.split()[0] for sql in locked]
    if connection.vendor == "sqlite":
        assert kinds[0] == "UPDATE"
        kinds, locked = kinds[1:], locked[1:]
    if kinds[-1] == "RELEASE":  # the end of the booking's own savepoint (COMMIT alone)
        kinds, locked = kinds[:-1], locked[:-1]
    assert kinds == ["SELECT", "SELECT", "INSERT", "INSERT"], locked
    assert "seminars_booking" in locked[2] and "seminars_historicalbooking" in locked[3]


def test_a_booking_with_the_last_seat_taken_by_an_earlier_one_waits(org, event):
    """The seats are counted in the locking read itself: one seat left, then none."""
    book(event, UserFactory(org_unit=org.team_a))
    assert book(event, UserFactory(org_unit=org.team_a)).status == "booked"
    assert book(event, UserFactory(org_unit=org.team_a)).status == "waiting"
    event.dates.update(cancelled_at=timezone.now())
    assert book(event, UserFactory(org_unit=org.team_a)).status == "waiting"


def test_invitations_are_queued_as_a_task_after_the_commit(
    org, event, settings, django_capture_on_commit_callbacks
):
    from django_tasks import default_task_backend

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        book(event, org.employee)
    assert not default_task_backend.results  # nothing is queued before the commit
    for callback in callbacks:
        callback()
    assert mail.outbox == []  # the request sends nothing itself
    (result,) = default_task_backend.results
    assert result.task.name == "send_invitations"
    booking = Booking.objects.get(event=event, user=org.employee)
    assert result.args == ["booking", booking.pk, "REQUEST", None]
    result.task.call(*result.args)  # what the worker runs
    assert [m.to for m in mail.outbox] == [[org.employee.email]]
    (attachment,) = mail.outbox[0].attachments
    assert "METHOD:REQUEST" in attachment.get_payload(decode=True).decode()


def test_invitations_are_sent_at_once_when_the_queue_refuses_them(
    org, event, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "tests.seminars.test_booking.RefusingBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        booking = book(event, org.employee)
    assert booking.status == "booked"
    assert [m.to for m in mail.outbox] == [[org.employee.email]]


try:
    from django_tasks.backends.dummy import DummyBackend as _Dummy
except ImportError:  # pragma: no cover
    _Dummy = object


class RefusingBackend(_Dummy):
    def enqueue(self, task, args, kwargs):
        raise OperationalError("the task table is not reachable")


def test_a_booking_reads_only_what_it_decides_on(org, event, django_assert_max_num_queries):
    """The person (locked, with their unit), the event and its audience, its dates, their
    bookings here and at the same time elsewhere (one query), the event's lock, the seats,
    two writes, and the booking's savepoint and its release (a transaction's start and
    commit outside a test); on SQLite two writes to the row take the database's lock."""
    other = EventFactory(unit=org.team_a, open_to_all=True)
    EventDateFactory(event=other, starts_at=timezone.now() + timedelta(days=20))
    book(other, org.employee)
    with django_assert_max_num_queries(13 if connection.vendor == "sqlite" else 11):
        assert book(event, org.employee).status == "booked"
