"""The personal training record ("karta szkoleń") as a PDF: A4, every certificate, course,
step with its revision, session attended and assignment; Polish names intact."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from assignments.models import Assignment
from certificates.models import Certificate
from courses.models import LessonCompletion
from tests.certificates.conftest import pass_course
from tests.factories import AssignmentFactory
from tests.seminars.factories import AttendanceFactory

pytestmark = pytest.mark.django_db


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages), reader


def test_the_record_lists_everything_with_dates_and_revisions(client_for, org, world, learner):
    learner.org_unit = org.team_a
    learner.employee_number = "P-0042"
    learner.save()
    AssignmentFactory(user=learner, course=world.course)
    pass_course(learner, world)
    certificate = Certificate.objects.get(user=learner)
    AttendanceFactory(user=learner, event_date__event__title="Zmiany w ustawie o cudzoziemcach")
    completion = LessonCompletion.objects.filter(user=learner, revision__isnull=False).first()

    response = client_for("leader").get(reverse("compliance_person_record", args=[learner.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="karta-szkolen-P-0042.pdf"'
    text, reader = _text(response.content)
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(float(width)), round(float(height))) == (595, 842)  # A4 portrait
    flat = " ".join(text.split())
    assert "Łucja Żółkiewska-Gęś" in flat
    assert "Training record" in flat
    assert certificate.number in flat
    assert world.course.title in flat
    assert "Zmiany w ustawie o cudzoziemcach" in flat
    assert "Attended" in flat
    assert f"rev. {completion.revision_id}" in flat
    assert Assignment.objects.get(user=learner).get_source_display() in flat


def test_someone_outside_the_leaders_units_has_no_record_for_them(client_for, org):
    url = reverse("compliance_person_record", args=[org.outsider.pk])
    assert client_for("leader").get(url).status_code == 404
    assert client_for("hr").get(url).status_code == 200


def test_the_record_says_which_legal_changes_the_person_has_caught_up_with(
    client_for, org, world, learner
):
    from wagtail.models import Page

    from assignments import law_change
    from assignments.models import LegalChange

    learner.org_unit = org.team_a
    learner.save()
    pass_course(learner, world)
    page = Page.objects.get(pk=world.lesson.pk).specific
    page.body = [{"type": "text", "value": "<p>Od 27 kwietnia 2026 tylko MOS.</p>"}]
    page.save_revision().publish()
    page = Page.objects.get(pk=world.lesson.pk)
    change = LegalChange.objects.create(
        page=page,
        revision_id=page.live_revision_id,
        course=world.course,
        summary="Wnioski wyłącznie przez MOS",
    )
    law_change.process_legal_change(change.pk)
    url = reverse("compliance_person_record", args=[learner.pk])

    flat = " ".join(_text(client_for("leader").get(url).content)[0].split())

    assert "Legal changes of the lessons completed" in flat
    assert "Wnioski wyłącznie przez MOS not yet" in flat

    from courses.services import step_complete

    step_complete(user=learner, step=Page.objects.get(pk=world.lesson.pk).specific)
    flat = " ".join(_text(client_for("leader").get(url).content)[0].split())
    assert "Wnioski wyłącznie przez MOS yes" in flat
