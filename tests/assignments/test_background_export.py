"""Large XLSX exports are made by the task worker, with progress and a download link."""

import io

import openpyxl
import pytest
from django.urls import reverse

from assignments import services
from assignments.models import ExportJob, ExportStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_threshold(settings):
    settings.KADRA_EXPORT_BACKGROUND_ROWS = 2


def test_a_large_export_runs_in_the_background(
    client_for,
    org,
    courses,
    small_threshold,
    django_capture_on_commit_callbacks,
    settings,
    tmp_path,
):
    settings.MEDIA_ROOT = tmp_path
    services.assignment_create_bulk(
        courses=[courses.first],
        people=[org.employee, org.colleague],
        due_in_days=5,
        acting_user=org.leader,
    )
    client = client_for("leader")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.get(reverse("team_export_xlsx"))
    job = ExportJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("team_export_status", args=[job.pk])
    assert job.status == ExportStatus.PENDING and job.rows_total == 3
    page = client.get(response["Location"]).content.decode()
    assert 'http-equiv="refresh"' in page and "0 of 3 rows" in page
    for callback in callbacks:
        callback()  # the immediate task backend runs the export now
    job.refresh_from_db()
    assert job.status == ExportStatus.DONE and job.rows_done == 3 and job.percent == 100
    page = client.get(response["Location"]).content.decode()
    assert reverse("team_export_download", args=[job.pk]) in page
    assert 'http-equiv="refresh"' not in page
    download = client.get(reverse("team_export_download", args=[job.pk]))
    book = openpyxl.load_workbook(io.BytesIO(b"".join(download.streaming_content)))
    names = {row[0].value for row in book.active.iter_rows(min_row=2)}
    assert org.colleague.last_name in names and org.outsider.last_name not in names


def test_someone_elses_export_is_not_found(client_for, org, small_threshold):
    job = ExportJob.objects.create(user=org.leader, rows_total=3)
    for role in ("hr", "employee"):
        client = client_for(role)
        expected = 404 if role == "hr" else 403
        assert client.get(reverse("team_export_status", args=[job.pk])).status_code == expected
        assert client.get(reverse("team_export_download", args=[job.pk])).status_code == expected
    client = client_for("leader")
    assert client.get(reverse("team_export_status", args=[job.pk])).status_code == 200
    # Not ready yet: no file to download.
    assert client.get(reverse("team_export_download", args=[job.pk])).status_code == 404


def test_small_exports_are_immediate(client_for, org):
    response = client_for("leader").get(reverse("team_export_xlsx"))
    assert response.status_code == 200 and not ExportJob.objects.exists()
