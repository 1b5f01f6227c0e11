"""Background exports of the registry and the matrix (django-tasks; ``manage.py db_worker``).

They reuse the team view's ``ExportJob`` (kind "compliance"): its status page and download
link serve any job of the person who asked for it."""

from django.core.files.base import ContentFile
from django.http import QueryDict
from django.utils import timezone
from django_tasks import task

KIND = "compliance"


def filters_for(name: str, query: str, user):
    from .forms import MatrixFilterForm, RegistryFilterForm

    data = QueryDict(query)
    if name == "matrix":
        return MatrixFilterForm(data, user=user).filters()
    return RegistryFilterForm(data, user=user).filters()


@task()
def run_compliance_export(job_id: int) -> None:
    """Build a large XLSX export, recording progress as it goes, and store the file."""
    from assignments.models import ExportJob, ExportStatus

    from . import exports

    job = ExportJob.objects.select_related("user").filter(pk=job_id, kind=KIND).first()
    if job is None or job.status != ExportStatus.PENDING:
        return
    query = QueryDict(job.query)
    name = query.get("export", "")
    if name not in exports.EXPORTS:
        ExportJob.objects.filter(pk=job.pk).update(
            status=ExportStatus.FAILED, finished_at=timezone.now()
        )
        return
    ExportJob.objects.filter(pk=job.pk).update(status=ExportStatus.RUNNING)
    filters = filters_for(name, job.query, job.user)

    def progress(done):
        ExportJob.objects.filter(pk=job.pk).update(rows_done=done)

    rows_of = exports.EXPORTS[name][0]
    try:
        data = exports.to_xlsx(
            rows_of(job.user, filters), title=exports.sheet_title(name), progress=progress
        )
    except Exception:
        ExportJob.objects.filter(pk=job.pk).update(
            status=ExportStatus.FAILED, finished_at=timezone.now()
        )
        raise
    job.file.save(exports.filename(name, "xlsx"), ContentFile(data), save=False)
    ExportJob.objects.filter(pk=job.pk).update(
        file=job.file.name,
        status=ExportStatus.DONE,
        rows_done=job.rows_total,
        finished_at=timezone.now(),
    )
