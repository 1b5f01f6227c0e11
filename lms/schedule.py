"""Daily (and every-few-minutes) jobs run by the task worker, with cron as the alternative.

django-tasks has no scheduler of its own, so each daily job runs as one task,
``run_daily``, that does the job and then enqueues its own next run (``run_after``
tomorrow at the job's hour). The chain is started by ``ensure_scheduled``: after every
``migrate`` (a deployment always migrates) and by ``manage.py schedule_daily_jobs``. Two
starts, or a worker and cron running the same job, are harmless: every job is idempotent
(a reminder or an expiry is recorded once), and a run that finds another pending run of its
job does not enqueue a second one, so duplicate chains merge back into one.

Apps register their jobs in ``AppConfig.ready``::

    register_daily("assignments.reminders.send_reminders", at=time(7, 0))
    register_every("seminars.reminders.send_session_reminders", every=timedelta(minutes=10))
"""

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import default_task_backend, task


@dataclass(frozen=True)
class DailyJob:
    path: str  # dotted path of a function taking no arguments
    at: time | None = None  # local time (Europe/Warsaw) of a daily job
    every: timedelta | None = None  # or the interval of a frequent one

    def next_run(self, now=None) -> datetime:
        if self.every is not None:
            return timezone.localtime(now) + self.every
        return next_run(self.at, now)

    @property
    def when(self) -> str:
        if self.every is not None:
            return f"every {int(self.every.total_seconds() // 60)} min"
        return f"{self.at:%H:%M}"


_JOBS: dict[str, DailyJob] = {}


def register_daily(path: str, *, at: time) -> None:
    _JOBS[path] = DailyJob(path=path, at=at)


def register_every(path: str, *, every: timedelta) -> None:
    _JOBS[path] = DailyJob(path=path, every=every)


def daily_jobs() -> list[DailyJob]:
    return sorted(_JOBS.values(), key=lambda job: (job.at or time(0), job.path))


def next_run(at: time, now: datetime | None = None) -> datetime:
    """The next moment the local clock shows ``at``, after ``now``."""
    now = timezone.localtime(now)
    run = now.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    return run if run > now else run + timedelta(days=1)


def _can_defer() -> bool:
    return bool(getattr(default_task_backend, "supports_defer", False))


def _pending(path: str) -> bool:
    """Whether a run of ``path`` waits in the database queue."""
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    rows = DBTaskResult.objects.filter(
        task_path=run_daily.module_path, status=TaskResultStatus.READY
    )
    return any(row.args_kwargs.get("args") == [path] for row in rows.only("args_kwargs"))


def _enqueue(job: DailyJob, now=None):
    return run_daily.using(run_after=job.next_run(now)).enqueue(job.path)


def ensure_scheduled(now=None) -> list[str]:
    """Enqueue the next run of every registered job that has none waiting. Returns the paths
    enqueued. Does nothing with a backend that cannot defer (the tests' immediate one)."""
    if not _can_defer():
        return []
    started = []
    for job in daily_jobs():
        if not _pending(job.path):
            _enqueue(job, now)
            started.append(job.path)
    return started


@task()
def run_daily(path: str):
    """Run one registered daily job, then enqueue its next run unless one is waiting (this
    run's own row is no longer waiting while it runs)."""
    job = _JOBS.get(path)
    if job is None:
        return None  # no longer registered: the chain ends here
    result = import_string(path)()
    if _can_defer() and not _pending(path):
        _enqueue(job)
    return result
