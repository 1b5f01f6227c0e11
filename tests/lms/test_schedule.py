"""Daily jobs: the worker's queue always holds exactly one next run of each job."""

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from lms import schedule

pytestmark = pytest.mark.django_db
WARSAW = ZoneInfo("Europe/Warsaw")


@pytest.fixture
def db_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _waiting():
    rows = DBTaskResult.objects.filter(status=TaskResultStatus.READY)
    return sorted(row.args_kwargs["args"][0] for row in rows)


def test_the_apps_register_their_daily_jobs():
    paths = {job.path for job in schedule.daily_jobs()}
    assert {"assignments.reminders.send_reminders", "lms.notifications.send_digests"} <= paths


def test_every_job_gets_one_next_run_however_often_it_is_ensured(db_queue):
    paths = sorted(job.path for job in schedule.daily_jobs())
    assert sorted(schedule.ensure_scheduled()) == paths
    assert schedule.ensure_scheduled() == []
    call_command("schedule_daily_jobs", stdout=open("/dev/null", "w"))
    assert _waiting() == paths
    row = DBTaskResult.objects.get(args_kwargs__args=["assignments.reminders.send_reminders"])
    local = row.run_after.astimezone(WARSAW)
    assert (local.hour, local.minute) == (7, 0)


def test_a_frequent_job_runs_again_after_its_interval(db_queue):
    from django.utils import timezone

    path = "seminars.reminders.send_session_reminders"
    schedule.run_daily.call(path)
    row = DBTaskResult.objects.get(status=TaskResultStatus.READY)
    assert row.args_kwargs["args"] == [path]
    minutes = (row.run_after - timezone.now()).total_seconds() / 60
    assert 9 < minutes <= 10


def test_a_run_enqueues_the_next_unless_one_is_waiting(db_queue):
    path = "lms.notifications.send_digests"
    schedule.run_daily.call(path)
    assert _waiting() == [path]  # the chain goes on
    schedule.run_daily.call(path)
    assert _waiting() == [path]  # a second chain merges into the first


def test_an_unregistered_job_ends_its_chain(db_queue):
    assert schedule.run_daily.call("lms.notifications.nothing_here") is None
    assert _waiting() == []


def test_without_a_deferring_backend_nothing_is_queued():
    # The tests' immediate backend runs tasks at once and cannot wait until tomorrow.
    assert schedule.ensure_scheduled() == []


@pytest.mark.parametrize(
    ("now", "day"),
    [
        (datetime(2027, 1, 5, 6, 0, tzinfo=WARSAW), 5),
        (datetime(2027, 1, 5, 8, 0, tzinfo=WARSAW), 6),
    ],
)
def test_next_run_is_today_or_tomorrow(now, day):
    assert schedule.next_run(time(7, 0), now).day == day
