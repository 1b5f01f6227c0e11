"""Background work of the sessions app (django-tasks; ``manage.py db_worker`` runs it)."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django_tasks import default_task_backend, task

EVERY = timedelta(minutes=10)


@task()
def send_session_reminders_task() -> dict:
    """Send the reminders due now, then run again in ten minutes. Sending is once per
    person, date and kind, so an extra run (or cron running ``send_session_reminders``
    as well) sends nothing twice."""
    from .reminders import send_session_reminders

    counts = send_session_reminders()
    if getattr(default_task_backend, "supports_defer", False):
        transaction.on_commit(
            lambda: send_session_reminders_task.using(run_after=timezone.now() + EVERY).enqueue()
        )
    return counts
