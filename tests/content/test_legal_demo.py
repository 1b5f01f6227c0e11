"""seed_demo records the past MOS-only legal change: some people caught up, some not, the
lesson's text before and after really differs, and the content loader still sees the lesson
as loaded from its file."""

import io
import json

import pytest
from django.core.management import call_command
from django.utils import timezone

from assignments.models import Assignment, LegalChange, Source, Status
from certificates.models import Certificate, CertificateStatus, Origin
from content.legal_demo import CHANGED_BLOCK, LESSON_SLUG
from content.loader import load_content
from content.seed import CONTENT_DIR
from courses.models import LessonCompletion, LessonPage

pytestmark = pytest.mark.django_db


def _text(revision) -> str:
    """The revision's lesson body as text (the stored stream is JSON with escapes)."""
    body = revision.content["body"]
    return json.dumps(json.loads(body) if isinstance(body, str) else body, ensure_ascii=False)


def test_the_demo_has_a_past_legal_change_with_people_caught_up_and_not(client):
    call_command("seed_demo", stdout=io.StringIO())

    change = LegalChange.objects.get()
    lesson = LessonPage.objects.get(slug=LESSON_SLUG)
    assert change.page_id == lesson.pk and change.revision_id == lesson.live_revision_id
    assert str(change.applies_from) == "2026-04-27" and "MOS" in change.summary
    law = Assignment.objects.filter(legal_changes=change, source=Source.LAW_CHANGE)
    assert law.filter(status=Status.FULFILLED).count() == 2
    behind = law.filter(status=Status.ACTIVE)
    assert behind.count() == 3
    assert all(a.due_date < timezone.localdate() for a in behind)  # overdue
    for assignment in behind:
        certificate = Certificate.objects.get(user=assignment.user, course=change.course)
        assert certificate.status == CertificateStatus.UPDATE_REQUIRED
    for assignment in law.filter(status=Status.FULFILLED):
        new = Certificate.objects.get(
            user=assignment.user, course=change.course, status=CertificateStatus.VALID
        )
        assert new.origin == Origin.UPDATE and new.supersedes is not None
    # The text they were trained on lacked the MOS callout; the change added it.
    trained = LessonCompletion.objects.filter(lesson=lesson, user=behind[0].user).get()
    assert CHANGED_BLOCK not in _text(trained.revision)
    assert CHANGED_BLOCK in _text(lesson.live_revision)
    client.force_login(behind[0].user)
    body = client.get(lesson.url).content.decode()
    assert CHANGED_BLOCK in body and "lesson-changes" in body

    # Running it again adds nothing, and the loader finds the lesson as its file left it.
    call_command("seed_demo", stdout=io.StringIO())
    assert LegalChange.objects.count() == 1 and law.count() == 5
    report = load_content(CONTENT_DIR)
    assert not report.conflicts
