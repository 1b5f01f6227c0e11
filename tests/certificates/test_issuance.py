"""Issuance on completion: one row per completion, the evidence it rests on, the numbers."""

from datetime import date

import pytest
from freezegun import freeze_time

from certificates import services
from certificates.models import Certificate, CertificateStatus, Origin
from courses.services import course_restart

from .conftest import make_course, pass_course

pytestmark = pytest.mark.django_db


def test_passing_the_final_quiz_issues_one_certificate_with_its_evidence(world, learner):
    with freeze_time("2026-03-10 10:00:00+01:00"):
        attempt = pass_course(learner, world)

    certificate = Certificate.objects.get()
    assert attempt.passed
    assert certificate.user == learner
    assert certificate.number == "KADRA/2026/000001"
    assert certificate.name_as_issued == "Łucja Żółkiewska-Gęś"
    assert certificate.course_title == world.course.title
    assert certificate.course_revision_id == world.course.live_revision_id
    assert [row["step"] for row in certificate.step_revisions] == [world.lesson.pk, world.quiz.pk]
    assert certificate.step_revisions[0]["revision"] == world.lesson.live_revision_id
    assert certificate.attempt == attempt
    assert certificate.score_percent == attempt.percent == 100
    assert certificate.issued_on == date(2026, 3, 10)
    assert certificate.awarded_on == date(2026, 3, 10)
    assert certificate.valid_until == date(2028, 3, 10)
    assert certificate.status == CertificateStatus.VALID
    assert certificate.origin == Origin.COMPLETION
    assert certificate.duration_minutes == 90 and certificate.hours == 1.5
    assert certificate.history.count() == 1
    assert certificate.history.first().history_user == learner


def test_failing_the_quiz_issues_nothing(world, learner):
    pass_course(learner, world, correct=False)
    assert not Certificate.objects.exists()


def test_a_course_that_issues_no_certificate(learner):
    world = make_course(issues_certificate=False)
    pass_course(learner, world)
    assert not Certificate.objects.exists()


def test_no_expiry_when_validity_is_zero(learner):
    world = make_course(validity_months=0)
    pass_course(learner, world)
    assert Certificate.objects.get().valid_until is None


def test_numbers_are_sequential_per_year(learner):
    first, second = make_course(), make_course()
    with freeze_time("2026-12-31 12:00:00+01:00"):
        pass_course(learner, first)
    with freeze_time("2027-01-01 12:00:00+01:00"):
        pass_course(learner, second)
        third = make_course()
        pass_course(learner, third)
    assert list(Certificate.objects.order_by("issued_at").values_list("number", flat=True)) == [
        "KADRA/2026/000001",
        "KADRA/2027/000001",
        "KADRA/2027/000002",
    ]


def test_the_same_completion_never_issues_twice(world, learner):
    pass_course(learner, world)
    progress = learner.course_progress.get(course=world.course)
    again = services.certificate_issue_for_completion(
        user=learner, course=world.course, progress=progress
    )
    assert Certificate.objects.count() == 1
    assert again == Certificate.objects.get()


def test_recertification_supersedes_and_keeps_the_award_date(world, learner):
    with freeze_time("2026-01-15 10:00:00+01:00"):
        pass_course(learner, world)
    with freeze_time("2027-12-01 10:00:00+01:00"):
        course_restart(user=learner, course=world.course, reason="Recertification")
        pass_course(learner, world)
    old, new = Certificate.objects.order_by("issued_at")
    assert old.status == CertificateStatus.SUPERSEDED
    assert new.status == CertificateStatus.VALID
    assert new.origin == Origin.RECERTIFICATION
    assert new.supersedes == old and old.superseded_by == new
    assert new.awarded_on == date(2026, 1, 15)
    assert new.issued_on == date(2027, 12, 1)
    assert new.valid_until == date(2029, 12, 1)
    assert new.attempt != old.attempt
    assert "Replaced by certificate" in old.status_reason


def test_revoke_needs_a_reason_and_twice_is_refused(world, learner, org):
    pass_course(learner, world)
    certificate = Certificate.objects.get()
    with pytest.raises(services.CertificateError):
        services.certificate_revoke(certificate=certificate, reason="  ", acting_user=org.hr)
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID

    services.certificate_revoke(certificate=certificate, reason="Wrong person", acting_user=org.hr)
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.REVOKED
    assert certificate.revoked_by == org.hr
    assert certificate.revocation_reason == "Wrong person"
    assert certificate.history.first().history_user == org.hr
    with pytest.raises(services.CertificateError, match="already revoked"):
        services.certificate_revoke(certificate=certificate, reason="Again", acting_user=org.hr)
    assert certificate.history.count() == 2


def test_reissue_shows_the_new_name_and_supersedes(world, learner, org):
    with freeze_time("2026-02-01 10:00:00+01:00"):
        pass_course(learner, world)
    old = Certificate.objects.get()
    learner.last_name = "Nowak"
    learner.save()
    with freeze_time("2026-05-01 10:00:00+01:00"):
        new = services.certificate_reissue(
            certificate=old, reason="Name change", acting_user=org.hr, origin=Origin.NAME_CHANGE
        )
    old.refresh_from_db()
    assert new.name_as_issued == "Łucja Nowak"
    assert new.awarded_on == old.awarded_on == date(2026, 2, 1)
    assert new.valid_until == old.valid_until
    assert new.supersedes == old and old.status == CertificateStatus.SUPERSEDED
    assert new.number != old.number


def test_a_revoked_certificate_cannot_be_reissued(world, learner, org):
    pass_course(learner, world)
    certificate = Certificate.objects.get()
    services.certificate_revoke(certificate=certificate, reason="Fraud", acting_user=org.hr)
    count = Certificate.objects.count()
    with pytest.raises(services.CertificateError, match="revoked certificate cannot"):
        services.certificate_reissue(certificate=certificate, reason="Please", acting_user=org.hr)
    assert Certificate.objects.count() == count


def test_update_required_then_update_completed(world, learner):
    pass_course(learner, world)
    old = Certificate.objects.get()
    services.certificates_require_update(certificates=[old], reason="Act amended")
    old.refresh_from_db()
    assert old.status == CertificateStatus.UPDATE_REQUIRED
    course_restart(user=learner, course=world.course, reason="Update")
    pass_course(learner, world)
    new = Certificate.objects.exclude(pk=old.pk).get()
    old.refresh_from_db()
    assert new.origin == Origin.UPDATE and new.supersedes == old
    assert old.status == CertificateStatus.SUPERSEDED
