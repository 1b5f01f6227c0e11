"""RODO: HR exports everything held on a person (JSON and the training record PDF, one ZIP)
and anonymises a person who left longer ago than the retention period; both are in the
person's history with who did it."""

import io
import json
import zipfile
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from certificates import rodo
from certificates.models import Certificate
from certificates.pdf import certificate_pdf
from courses.models import CourseProgress, LessonCompletion
from lms.models import Notification, Role, User
from quizzes.models import Attempt
from tests.certificates.conftest import pass_course
from tests.factories import AssignmentFactory, OfficeSettingsFactory, UserFactory
from tests.seminars.factories import AttendanceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def learned(org, world, learner):
    """The learner in team A with an assignment, a passed course, a certificate, a session."""
    learner.org_unit = org.team_a
    learner.save()
    AssignmentFactory(user=learner, course=world.course)
    pass_course(learner, world)
    AttendanceFactory(user=learner, event_date__event__title="Sesja o zmianach w ustawie")
    return learner


def _left(person, *, months_ago):
    person.is_active = False
    person.deactivated_at = timezone.now() - timedelta(days=31 * months_ago)
    person.save()
    return person


def test_hr_exports_everything_held_on_a_person(client_for, learned):
    old_history = learned.history.count()
    response = client_for("hr").post(reverse("compliance_person_rodo_export", args=[learned.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = archive.namelist()
    assert "data.json" in names
    [pdf_name] = [n for n in names if n.endswith(".pdf")]
    assert archive.read(pdf_name).startswith(b"%PDF")
    data = json.loads(archive.read("data.json"))

    assert data["profile"]["email"] == learned.email
    assert data["profile"]["first_name"] == "Łucja"
    assert "password" not in data["profile"]
    assert data["unit"]["code"] == "WSC-A"
    records = data["records"]
    assert len(records["assignments.assignment"]) == 1
    assert records["courses.courseprogress"][0]["status"] == "completed"
    completions = records["courses.lessoncompletion"]
    assert len(completions) == LessonCompletion.objects.filter(user=learned).count() == 2
    assert {c["revision_id"] for c in completions} == set(
        LessonCompletion.objects.filter(user=learned).values_list("revision_id", flat=True)
    )
    assert records["quizzes.attempt"][0]["passed"] is True
    assert records["quizzes.attemptquestion"][0]["snapshot"]
    certificate = Certificate.objects.get(user=learned)
    assert records["certificates.certificate"][0]["number"] == certificate.number
    assert records["seminars.attendance"][0]["status"] == "attended"
    assert records["lms.notification"]  # the certificate's notice
    assert data["history"]["person"]
    assert data["history"]["certificates.certificate"]
    assert data["history"]["courses.courseprogress"]

    # The export itself is in the audit trail, by HR.
    assert learned.history.count() == old_history + 1
    latest = learned.history.order_by("-history_id").first()
    assert latest.history_change_reason == "Personal data exported (RODO)"
    assert latest.history_user_id == User.objects.get(groups__name="Kadry").pk


def test_only_hr_exports(client_for, learned):
    url = reverse("compliance_person_rodo_export", args=[learned.pk])
    assert client_for("leader").post(url).status_code == 403
    before = learned.history.count()
    with pytest.raises(rodo.RodoError):
        rodo.person_export(person=learned, acting_user=learned)
    assert learned.history.count() == before


def test_anonymising_a_person_who_left_long_ago(client_for, org, learned, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    certificate = Certificate.objects.get(user=learned)
    certificate_pdf(certificate)  # stored with the old name
    certificate.refresh_from_db()
    stored = certificate.pdf.path
    Notification.objects.create(
        recipient=org.leader,
        kind="x",
        subject="Certyfikat: Łucja Żółkiewska-Gęś",
        body="Certyfikat osoby Łucja Żółkiewska-Gęś został unieważniony.",
    )
    _left(learned, months_ago=61)
    client = client_for("hr")
    url = reverse("compliance_person_anonymise", args=[learned.pk])
    assert "Anonymise this person" in client.get(url).content.decode()

    response = client.post(url)

    assert response.status_code == 302
    person = User.objects.get(pk=learned.pk)
    assert person.get_full_name() == f"Osoba anonimizowana #{person.pk}"
    assert person.email == f"osoba-{person.pk}@anonymised.invalid"
    assert person.employee_number is None
    assert not person.has_usable_password()
    assert not User.history.filter(id=person.pk, last_name="Żółkiewska-Gęś").exists()
    assert not User.history.filter(id=person.pk, email=learned.email).exists()
    latest = person.history.order_by("-history_id").first()
    assert latest.history_change_reason == "Anonymised (RODO)"
    assert latest.history_user_id == org.hr.pk

    # Records and certificates stay, under the new name; the stored PDF with the old is gone.
    assert CourseProgress.objects.filter(user=person, status="completed").exists()
    assert Attempt.objects.filter(user=person, passed=True).exists()
    certificate.refresh_from_db()
    assert certificate.status == "valid"
    assert certificate.name_as_issued == f"Osoba anonimizowana #{person.pk}"
    assert not certificate.pdf
    assert not (tmp_path / stored).exists()
    assert not Certificate.history.filter(name_as_issued__contains="Łucja").exists()
    registry = client.get(reverse("compliance_registry")).content.decode()
    assert certificate.number in registry
    verify = client_for("anonymous").get(reverse("certificate_verify", args=[certificate.uuid]))
    page = verify.content.decode()
    assert "<dd>anonymised</dd>" in page  # in the visitor's language, not the stored name
    assert "Osoba anonimizowana" not in page and "Łucja" not in page
    assert not Notification.objects.filter(body__contains="Łucja").exists()
    assert Notification.objects.filter(body__contains="Osoba anonimizowana").exists()

    # Twice: refused, nothing changes.
    rows = person.history.count()
    response = client_for("hr").post(url)
    assert response.status_code == 409
    assert "already been anonymised" in response.content.decode()
    assert person.history.count() == rows


def test_the_retention_period_comes_from_the_office_settings(client_for, learned):
    office = OfficeSettingsFactory()  # the row may exist already: set the field on it
    office.retention_months = 12
    office.save()
    _left(learned, months_ago=13)
    response = client_for("hr").post(reverse("compliance_person_anonymise", args=[learned.pk]))
    assert response.status_code == 302
    assert rodo.is_anonymised(User.objects.get(pk=learned.pk))


def test_anonymising_an_active_person_is_refused(client_for, learned):
    response = client_for("hr").post(reverse("compliance_person_anonymise", args=[learned.pk]))
    assert response.status_code == 409
    assert "still active" in response.content.decode()
    assert User.objects.get(pk=learned.pk).first_name == "Łucja"


def test_anonymising_inside_the_retention_period_is_refused_with_the_date(client_for, learned):
    _left(learned, months_ago=2)
    response = client_for("hr").post(reverse("compliance_person_anonymise", args=[learned.pk]))
    assert response.status_code == 409
    earliest = rodo.may_anonymise_from(learned).strftime("%d.%m.%Y")
    assert f"anonymised from {earliest}" in response.content.decode()
    assert User.objects.get(pk=learned.pk).first_name == "Łucja"


@pytest.mark.parametrize("role", [Role.EDITOR, Role.HR])
def test_editor_and_hr_accounts_are_refused(client_for, role):
    person = UserFactory(first_name="Redaktor", roles=[role])
    _left(person, months_ago=100)
    response = client_for("hr").post(reverse("compliance_person_anonymise", args=[person.pk]))
    assert response.status_code == 409
    assert "Ask an administrator" in response.content.decode()
    assert User.objects.get(pk=person.pk).first_name == "Redaktor"


def test_a_person_who_never_left_has_no_leaving_date(org):
    person = UserFactory(is_active=False)
    refusal = rodo.anonymise_refusal(person, acting_user=org.hr)
    assert "no leaving date" in refusal


def test_only_hr_anonymises(client_for, org, learned):
    _left(learned, months_ago=100)
    assert (
        client_for("leader")
        .post(reverse("compliance_person_anonymise", args=[learned.pk]))
        .status_code
        == 403
    )
    with pytest.raises(rodo.RodoError):
        rodo.person_anonymise(person=learned, acting_user=org.leader)
    assert User.objects.get(pk=learned.pk).first_name == "Łucja"
