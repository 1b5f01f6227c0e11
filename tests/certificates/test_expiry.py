"""Expiry and recertification with frozen time: the window opens N days before expiry with a
recertification assignment due on the expiry date and a new training cycle; reminders 14 days
before and on expiry, to the person and their leaders, never twice."""

from datetime import date

import pytest
from django.core.management import call_command
from freezegun import freeze_time

from assignments.models import Assignment, Source, Status
from certificates import expiry, policy
from certificates.models import Certificate, CertificateStatus, Origin
from courses.models import CourseProgress, ProgressStatus
from lms.models import Notification

from .conftest import make_course, pass_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def issued(org):
    """The employee (whose team the leader leads) certified on 1 March 2026 for 12 months."""
    world = make_course(validity_months=12, recertification_window_days=60)
    with freeze_time("2026-03-01 10:00:00+01:00"):
        pass_course(org.employee, world)
    return world, Certificate.objects.get()


def _kinds(person):
    return list(
        Notification.objects.filter(recipient=person, kind__startswith="certificate_")
        .exclude(kind="certificate_issued")
        .order_by("pk")
        .values_list("kind", flat=True)
    )


def test_policy_dates():
    class Course:
        validity_months, recertification_window_days = 24, 60
        recertify_by_month = recertify_by_day = None

    assert policy.valid_until(Course, date(2026, 1, 31)) == date(2028, 1, 31)
    Course.validity_months = 1
    assert policy.valid_until(Course, date(2026, 1, 31)) == date(2026, 2, 28)
    Course.recertify_by_month, Course.recertify_by_day = 1, 31  # every year by 31 January
    assert policy.valid_until(Course, date(2026, 3, 10)) == date(2027, 1, 31)
    # completing inside the window counts for the following year's date
    assert policy.valid_until(Course, date(2026, 12, 15)) == date(2028, 1, 31)
    assert policy.valid_until(Course, date(2026, 11, 15)) == date(2027, 1, 31)
    Course.recertify_by_month, Course.recertify_by_day = 2, 29
    assert policy.valid_until(Course, date(2026, 3, 1)) == date(2027, 2, 28)
    assert policy.window_opens(Course, date(2027, 1, 31)) == date(2026, 12, 2)


def test_fixed_yearly_date_is_used_on_issue(org):
    world = make_course(validity_months=12, recertify_by_month=1, recertify_by_day=31)
    with freeze_time("2026-05-05 10:00:00+02:00"):
        pass_course(org.employee, world)
    assert Certificate.objects.get().valid_until == date(2027, 1, 31)


def test_window_opens_with_an_assignment_and_a_new_cycle(issued, org):
    world, certificate = issued
    assert certificate.valid_until == date(2027, 3, 1)
    assert expiry.run(today=date(2026, 12, 30)) == {
        "window_open": 0,
        "expires_14": 0,
        "expired": 0,
        "failed": 0,
    }
    counts = expiry.run(today=date(2026, 12, 31))  # 60 days before 1 March 2027
    assert counts["window_open"] == 1
    assignment = Assignment.objects.get(user=org.employee, course=world.course)
    assert assignment.source == Source.RECERTIFICATION
    assert assignment.status == Status.ACTIVE
    assert assignment.due_date == date(2027, 3, 1)
    certificate.refresh_from_db()
    assert certificate.recertification_assignment == assignment
    assert certificate.status == CertificateStatus.VALID  # still valid until its date
    progress = CourseProgress.objects.get(user=org.employee, course=world.course)
    assert progress.status != ProgressStatus.COMPLETED and progress.cycle == 2
    assert _kinds(org.employee) == ["certificate_window_open"]
    assert _kinds(org.leader) == ["certificate_window_open"]
    assert _kinds(org.hr) == []

    # twice: nothing new
    assert expiry.run(today=date(2026, 12, 31))["window_open"] == 0
    assert Assignment.objects.filter(user=org.employee).count() == 1
    assert _kinds(org.employee) == ["certificate_window_open"]


def test_recertifying_in_the_window_fulfils_and_supersedes(issued, org):
    world, certificate = issued
    expiry.run(today=date(2027, 1, 10))
    with freeze_time("2027-02-01 10:00:00+01:00"):
        pass_course(org.employee, world)
    new = Certificate.objects.exclude(pk=certificate.pk).get()
    certificate.refresh_from_db()
    assert new.origin == Origin.RECERTIFICATION and new.supersedes == certificate
    assert new.awarded_on == date(2026, 3, 1)
    assert new.valid_until == date(2028, 2, 1)
    assert certificate.status == CertificateStatus.SUPERSEDED
    assert Assignment.objects.get(user=org.employee).status == Status.FULFILLED
    assert expiry.run(today=date(2027, 3, 2))["expired"] == 0  # the superseded one stays so


def test_reminder_14_days_before_and_expiry_once_each(issued, org):
    _world, certificate = issued
    expiry.run(today=date(2027, 1, 1))
    expiry.run(today=date(2027, 2, 14))  # 15 days before
    assert "certificate_expires_14" not in _kinds(org.employee)
    expiry.run(today=date(2027, 2, 15))
    expiry.run(today=date(2027, 2, 15))
    assert _kinds(org.employee).count("certificate_expires_14") == 1
    expiry.run(today=date(2027, 3, 1))  # the last valid day
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID
    call_command("expire_certificates", "--date", "2027-03-02")
    call_command("expire_certificates", "--date", "2027-03-02")
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.EXPIRED
    assert _kinds(org.employee) == [
        "certificate_window_open",
        "certificate_expires_14",
        "certificate_expired",
    ]
    assert _kinds(org.leader) == _kinds(org.employee)
    assert certificate.history.filter(status=CertificateStatus.EXPIRED).count() == 1


def test_a_clock_that_jumps_past_expiry_only_expires(issued, org):
    _world, certificate = issued
    counts = expiry.run(today=date(2027, 6, 1))
    assert counts == {"window_open": 0, "expires_14": 0, "expired": 1, "failed": 0}
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.EXPIRED
    assert _kinds(org.employee) == ["certificate_expired"]
    # and a clock going back never revives it
    expiry.run(today=date(2027, 1, 1))
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.EXPIRED


def test_the_task_runs_the_job(issued):
    from certificates.tasks import expire_certificates

    with freeze_time("2027-03-05 08:00:00+01:00"):
        result = expire_certificates.enqueue()
    assert result.return_value["expired"] == 1


def test_the_command_refuses_a_bad_date():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("expire_certificates", "--date", "1.3.2027")
