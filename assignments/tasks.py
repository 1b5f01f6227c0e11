"""Background work of the assignments app (django-tasks; ``manage.py db_worker`` runs it)."""

from django.core.files.base import ContentFile
from django.http import QueryDict
from django.utils import timezone
from django_tasks import task


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


@task()
def process_legal_change(change_id: int) -> int:
    """Reach the people trained on an older revision of a legal change's lesson (resumable:
    a run stopped midway is completed by the next, nothing is written twice)."""
    from .law_change import process_legal_change as process

    return process(change_id)
