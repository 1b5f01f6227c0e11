"""Reminders across the whole schedule with frozen time, exactly once, and escalation."""

import threading
import time
from datetime import date, datetime, timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import OperationalError, connection
from django.urls import reverse
from freezegun import freeze_time

from assignments import reminders, services
from assignments.models import Assignment, ReminderSent, ReminderSettings
from courses.services import step_complete
from lms.models import Notification, User
from lms.services import person_deactivate

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english_recipients(org):
    """Messages are written in each recipient's language: the org's people read English here
    (one test sets Polish on purpose)."""
    User.objects.update(preferred_language="en")


DUE = date(2027, 3, 15)


def at(day: date):
    return freeze_time(datetime(day.year, day.month, day.day, 9, 0))


def assign(org, courses, people, due=DUE, course=None):
    with at(due - timedelta(days=20)):
        return services.assignment_create_bulk(
            courses=[course or courses.first], people=people, due_date=due, acting_user=org.hr
        ).created


def reminders_of(person):
    return list(
        Notification.objects.filter(recipient=person, kind="assignment_reminder")
        .order_by("pk")
        .values_list("subject", flat=True)
    )


def run(day):
    with at(day):
        return reminders.send_reminders()


def test_the_whole_schedule_each_reminder_once(org, courses):
    assign(org, courses, [org.colleague])
    sent = {}
    for offset in range(-10, 16):
        day = DUE + timedelta(days=offset)
        counts = run(day)
        sent[offset] = {k: v for k, v in counts.items() if v and k.startswith("d")}
    assert {offset: kinds for offset, kinds in sent.items() if kinds} == {
        -7: {"d-7": 1},
        -1: {"d-1": 1},
        0: {"d+0": 1},
        7: {"d+7": 1},
    }
    subjects = reminders_of(org.colleague)
    assert subjects == [
        f'Reminder: "{courses.first.title}" is due in 7 days',
        f'Reminder: "{courses.first.title}" is due tomorrow',
        f'Reminder: "{courses.first.title}" is due today',
        f'Overdue: "{courses.first.title}"',
    ]
    assert ReminderSent.objects.filter(kind="escalation").count() == 1


def test_running_twice_a_day_sends_nothing_more(org, courses):
    assign(org, courses, [org.colleague])
    run(DUE - timedelta(days=7))
    run(DUE - timedelta(days=7))
    call_command("send_reminders", stdout=StringIO())  # today: far from the due date
    assert len(reminders_of(org.colleague)) == 1


def test_a_missed_day_is_caught_up_once(org, courses):
    assign(org, courses, [org.colleague])
    run(DUE - timedelta(days=5))  # the sender did not run on day -7
    run(DUE - timedelta(days=4))
    assert reminders_of(org.colleague) == [f'Reminder: "{courses.first.title}" is due in 5 days']


def test_completed_cancelled_and_deactivated_people_get_nothing(org, courses):
    done = User.objects.get(pk=org.employee.pk)
    assign(org, courses, [done, org.colleague, org.leader])
    for lesson in courses.first_lessons:
        step_complete(user=done, step=lesson)
    services.assignment_cancel(
        assignment=Assignment.objects.get(user=org.colleague),
        reason="zwolniony",
        acting_user=org.hr,
    )
    person_deactivate(person=User.objects.get(pk=org.leader.pk), acting_user=org.hr)
    for offset in (-7, -1, 0, 7):
        run(DUE + timedelta(days=offset))
    assert Notification.objects.filter(kind="assignment_reminder").count() == 0
    assert not Notification.objects.filter(kind="overdue_digest").exists()


def test_leaders_get_one_digest_a_day_listing_all_their_overdue_people(org, courses):
    assign(org, courses, [org.employee, org.colleague])
    assign(org, courses, [org.colleague], course=courses.second, due=DUE - timedelta(days=9))
    assign(org, courses, [org.outsider])
    day = DUE + timedelta(days=7)
    counts = run(day)
    assert counts["leader_digests"] >= 1
    [digest] = Notification.objects.filter(recipient=org.leader, kind="overdue_digest")
    assert "3 overdue trainings" in digest.subject
    assert str(org.employee) in digest.body and str(org.colleague) in digest.body
    assert "(escalated)" in digest.body
    assert str(org.outsider) not in digest.body
    run(day)
    assert Notification.objects.filter(recipient=org.leader, kind="overdue_digest").count() == 1
    run(day + timedelta(days=1))
    assert Notification.objects.filter(recipient=org.leader, kind="overdue_digest").count() == 2
    # HR leads no unit: no digest.
    assert not Notification.objects.filter(recipient=org.hr, kind="overdue_digest").exists()


def test_no_digest_for_a_leader_with_nobody_overdue(org, courses):
    assign(org, courses, [org.colleague])
    run(DUE - timedelta(days=1))
    assert not Notification.objects.filter(kind="overdue_digest").exists()


# Serialized rollback: the flush after a transactional test must not re-create content types
# under the next serialized test (Django then inhibits post_migrate), and the rows migrations
# made come back for the tests after it.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_senders_at_once_send_each_reminder_once(org, courses):
    team = [org.employee, org.colleague, org.leader]
    assign(org, courses, team)
    day = DUE - timedelta(days=7)
    errors = []
    barrier = threading.Barrier(2)

    def sender():
        try:
            barrier.wait()
            for _attempt in range(200):
                try:
                    # freezegun is not thread-safe: the day is passed instead.
                    reminders.send_reminders(today=day)
                    break
                except OperationalError:
                    # SQLite's shared in-memory test database answers "table is locked"
                    # instead of waiting; a worker that fails part-way simply runs again.
                    time.sleep(0.02)
            else:
                errors.append("the sender never finished")
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=sender) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    assert ReminderSent.objects.filter(kind="d-7").count() == 3
    for person in team:
        assert len(reminders_of(person)) == 1


def test_a_sender_working_from_a_stale_list_sends_nothing_twice(org, courses):
    """What the unique row guards against: a second sender that read the same candidates
    before the first one wrote its rows."""
    assign(org, courses, [org.colleague, org.employee])
    day = DUE - timedelta(days=7)
    kind, start, end = reminders.windows()[0]
    stale = list(reminders._due(kind, start, end, day))
    assert len(stale) == 2
    reminders.send_reminders(today=day)
    assert [reminders._claim(a, kind) for a in stale] == [False, False]
    assert ReminderSent.objects.filter(kind=kind).count() == 2


# ---------------------------------------------------------------- the schedule HR sets


@pytest.mark.parametrize(
    "role, expected", [("employee", 403), ("leader", 403), ("hr", 200), ("editor", 403)]
)
def test_only_hr_changes_the_schedule(client_for, role, expected):
    assert client_for(role).get(reverse("team_reminder_settings")).status_code == expected


def test_hr_sets_the_schedule_and_reminders_follow_it(client_for, org, courses):
    client = client_for("hr")
    data = {"before_days": "3", "after_days": "", "escalation_days": "2"}
    response = client.post(reverse("team_reminder_settings"), data)
    assert response.status_code == 302
    stored = ReminderSettings.objects.get()
    assert stored.offsets() == [-3] and stored.escalation_days == 2
    assert stored.history.first().history_user == org.hr
    assign(org, courses, [org.colleague])
    sent = {}
    for offset in range(-8, 9):
        counts = run(DUE + timedelta(days=offset))
        sent[offset] = {k: v for k, v in counts.items() if v}
    expected = {-3: {"d-3": 1}}  # the one reminder, 3 days before
    for offset in range(1, 9):  # a leader's digest every day the person is overdue
        expected[offset] = {"leader_digests": 1}
    expected[2]["escalation"] = 1  # escalated once, 2 days overdue
    assert {o: k for o, k in sent.items() if k} == expected


@pytest.mark.parametrize(
    "data, message",
    [
        ({"before_days": "siedem", "after_days": "7", "escalation_days": "7"}, "whole numbers"),
        ({"before_days": "400", "after_days": "7", "escalation_days": "7"}, "between 1 and 365"),
        ({"before_days": "7", "after_days": "7", "escalation_days": "0"}, "between 1 and 365"),
    ],
)
def test_a_bad_schedule_is_refused(client_for, data, message):
    response = client_for("hr").post(reverse("team_reminder_settings"), data)
    assert response.status_code == 200 and message in response.content.decode()
    assert not ReminderSettings.objects.exists()
