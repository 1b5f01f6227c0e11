"""Exports of the registry and the matrix: CSV for Polish Excel, XLSX with dates as dates,
large ones in the background with the team view's export job, query counts constant."""

import csv
import datetime
import io
from datetime import timedelta

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from assignments.models import ExportJob, ExportStatus
from tests.certificates.factories import CertificateFactory
from tests.factories import AssignmentFactory, CoursePageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def data(org):
    course = CoursePageFactory(title="Standardy obsługi")
    formula = UserFactory(org_unit=org.team_a, first_name="=HYPERLINK(1)", last_name="Żółć")
    for person in (org.employee, formula):
        AssignmentFactory(user=person, course=course)
    until = timezone.localdate() + timedelta(days=200)
    certificate = CertificateFactory(user=formula, course=course, valid_until=until)
    return course, formula, certificate, until


def _csv(response):
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:]), delimiter=";"))


@pytest.mark.parametrize("name", ["compliance_matrix_csv", "compliance_registry_csv"])
def test_csv_for_polish_excel(client_for, data, name):
    _course, _formula, certificate, until = data
    response = client_for("hr").get(reverse(name))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = _csv(response)
    flat = [value for row in rows for value in row]
    assert "'=HYPERLINK(1)" in flat
    assert "=HYPERLINK(1)" not in flat
    assert "Żółć" in flat
    assert until.isoformat() in flat
    if name == "compliance_registry_csv":
        assert certificate.number in flat


def test_matrix_csv_row_per_person_with_state_until_and_due(client_for, org, data):
    course, formula, _certificate, until = data
    rows = _csv(client_for("hr").get(reverse("compliance_matrix_csv")))
    header = rows[0]
    assert header[5:8] == [
        f"{course.title}: status",
        f"{course.title}: valid until",
        f"{course.title}: due date",
    ]
    by_last = {row[0]: row for row in rows[1:]}
    assert by_last["Żółć"][5:7] == ["Valid", until.isoformat()]
    assert by_last["Żółć"][-1] == "yes"
    assert by_last[org.employee.last_name][5] == "Missing"
    assert by_last[org.employee.last_name][-1] == "no"
    assert by_last[org.outsider.last_name][5] == ""  # not required


@pytest.mark.parametrize("name", ["compliance_matrix_xlsx", "compliance_registry_xlsx"])
def test_xlsx_frozen_header_and_dates_as_dates(client_for, data, name):
    _course, _formula, _certificate, until = data
    response = client_for("hr").get(reverse(name))
    assert response.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    sheet = book.active
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.b
    values = [cell.value for row in sheet.iter_rows(min_row=2) for cell in row]
    assert datetime.datetime.combine(until, datetime.time()) in values
    assert "'=HYPERLINK(1)" in values


def test_a_leader_exports_their_reach_only(client_for, org, data):
    rows = _csv(client_for("leader").get(reverse("compliance_registry_csv")))
    assert len(rows) == 2  # the header and the one certificate in team A
    rows = _csv(client_for("leader").get(reverse("compliance_matrix_csv")))
    names = {row[0] for row in rows[1:]}
    assert org.outsider.last_name not in names
    assert org.employee.last_name in names


@pytest.mark.parametrize(
    "name, back",
    [
        ("compliance_matrix_xlsx", "/compliance/"),
        ("compliance_registry_xlsx", "/compliance/certificates/"),
    ],
)
def test_a_large_export_runs_in_the_background(
    client_for, org, data, settings, tmp_path, django_capture_on_commit_callbacks, name, back
):
    settings.MEDIA_ROOT = tmp_path
    settings.KADRA_EXPORT_BACKGROUND_ROWS = 0
    client = client_for("hr")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.get(
            reverse(name), {"expiring_days": "15"} if "matrix" in name else {"status": "valid"}
        )
    job = ExportJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("team_export_status", args=[job.pk])
    assert job.kind == "compliance"
    assert job.back_url.startswith(back)
    assert job.status == ExportStatus.PENDING
    status_page = client.get(response["Location"]).content.decode()
    assert job.back_url.replace("&", "&amp;") in status_page

    for callback in callbacks:
        callback()  # the worker runs the task (the immediate backend in tests)
    job.refresh_from_db()
    assert job.status == ExportStatus.DONE
    assert job.rows_done == job.rows_total
    download = client.get(reverse("team_export_download", args=[job.pk]))
    assert download.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(b"".join(download.streaming_content)))
    assert book.active.max_row == job.rows_total + 1
    # Someone else's job is not there for them.
    assert (
        client_for("leader").get(reverse("team_export_download", args=[job.pk])).status_code == 404
    )


@pytest.mark.parametrize("name", ["compliance_matrix_xlsx", "compliance_registry_csv"])
def test_export_queries_do_not_grow_with_the_data(
    client_for, org, data, name, django_assert_max_num_queries
):
    client = client_for("hr")
    client.get(reverse(name))
    with CaptureQueriesContext(connection) as small:
        client.get(reverse(name))
    courses = [CoursePageFactory() for _ in range(4)]
    for _ in range(25):
        person = UserFactory(org_unit=org.team_b)
        for course in courses:
            AssignmentFactory(user=person, course=course)
            CertificateFactory(user=person, course=course)
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get(reverse(name)).status_code == 200
