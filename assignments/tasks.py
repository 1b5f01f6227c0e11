"""Background work of the assignments app (django-tasks; ``manage.py db_worker`` runs it)."""

from datetime import datetime, time, timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.http import QueryDict
from django.utils import timezone
from django_tasks import default_task_backend, task

# Reminders go out once a day at this local time when the task worker runs them.
REMINDER_HOUR = time(7, 0)


@task()
def run_export(job_id: int) -> None:
    """Build a large team export, recording progress as it goes, and store the file."""
    from .exports import team_xlsx
    from .forms import TeamFilterForm
    from .models import ExportJob, ExportStatus

    job = ExportJob.objects.select_related("user").filter(pk=job_id).first()
    if job is None or job.status != ExportStatus.PENDING:
        return
    ExportJob.objects.filter(pk=job.pk).update(status=ExportStatus.RUNNING)
    filters = TeamFilterForm(QueryDict(job.query), user=job.user).filters()

    def progress(done):
        ExportJob.objects.filter(pk=job.pk).update(rows_done=done)

    try:
        data = team_xlsx(job.user, filters, progress=progress)
    except Exception:
        ExportJob.objects.filter(pk=job.pk).update(
            status=ExportStatus.FAILED, finished_at=timezone.now()
        )
        raise
    job.file.save(f"team-{timezone.localdate().isoformat()}.xlsx", ContentFile(data), save=False)
    ExportJob.objects.filter(pk=job.pk).update(
        file=job.file.name,
        status=ExportStatus.DONE,
        rows_done=job.rows_total,
        finished_at=timezone.now(),
    )


def next_reminder_run(now=None) -> datetime:
    now = timezone.localtime(now)
    run = now.replace(hour=REMINDER_HOUR.hour, minute=REMINDER_HOUR.minute, second=0, microsecond=0)
    return run if run > now else run + timedelta(days=1)


@task()
def send_reminders_daily() -> dict:
    """Send today's reminders, then schedule the next run for tomorrow morning. Sending is
    exactly once per assignment and kind, so an extra run (or cron running
    ``send_reminders`` as well) sends nothing twice."""
    from .reminders import send_reminders

    counts = send_reminders()
    if getattr(default_task_backend, "supports_defer", False):
        transaction.on_commit(
            lambda: send_reminders_daily.using(run_after=next_reminder_run()).enqueue()
        )
    return counts
