"""How the certificates app hears about what happens below it."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext as _

from assignments.law_change import (
    BATCH,
    CERTIFICATE_COUNTERS,
    RETRAINING_EXCLUSIONS,
    among,
    law_change_assigned,
    law_change_fulfilled,
)
from courses.models import LessonCompletion
from courses.services import course_completed
from quizzes.models import Attempt

from . import services
from .models import Certificate, CertificateStatus, Origin


@receiver(course_completed)
def issue_on_completion(sender, user, course, progress, **kwargs):
    """In the completion's transaction: a failure to issue rolls the completion back too."""
    services.certificate_issue_for_completion(user=user, course=course, progress=progress)


@receiver(post_save, sender=Attempt)
def attach_passing_attempt(sender, instance, raw=False, **kwargs):
    if not raw and instance.passed and instance.completion_id:
        services.certificate_attach_attempt(attempt=instance)


@receiver(law_change_assigned)
def require_update_on_law_change(sender, assignments, change, **kwargs):
    """People given a law-change assignment: their current certificate of the course rests
    on outdated content ("update required", the credential suspended)."""
    user_ids = [a.user_id for a in assignments]
    current = Certificate.objects.filter(
        course_id=change.course_id, user_id__in=user_ids, status=CertificateStatus.VALID
    )
    services.certificates_require_update(
        certificates=list(current.only("pk")), reason=change.summary
    )


@receiver(law_change_fulfilled)
def reissue_on_law_change_fulfilled(sender, assignment, **kwargs):
    """The person caught up with the changed lessons: a new certificate supersedes the one
    marked "update required", with the same award date and expiry."""
    old = (
        Certificate.objects.select_for_update()
        .filter(
            user_id=assignment.user_id,
            course_id=assignment.course_id,
            status=CertificateStatus.UPDATE_REQUIRED,
        )
        .order_by("-issued_at", "-pk")
        .first()
    )
    if old is None:
        return
    summaries = "; ".join(assignment.legal_changes.order_by("pk").values_list("summary", flat=True))
    reason = services.clean_reason(
        _("Updated after a legal change: %(summary)s") % {"summary": summaries}
    )[:300]
    now = timezone.now()
    # The evidence names the revisions the person now completed for the changed lessons;
    # the update's completion is this one (one certificate per completion).
    newest = {
        c.lesson_id: c
        for c in LessonCompletion.objects.current()
        .filter(user_id=assignment.user_id, lesson__in=assignment.lessons.all())
        .order_by("completed_at", "pk")
    }
    steps = []
    for entry in old.step_revisions or []:
        completion = newest.get(entry.get("step"))
        if completion is not None:
            entry = {
                **entry,
                "revision": completion.revision_id,
                "completed_at": completion.completed_at.isoformat(),
            }
        steps.append(entry)
    new = services._new_certificate(
        user=old.user,
        course=old.course,
        origin=Origin.UPDATE,
        completed_at=now,
        awarded_on=old.awarded_on,
        now=now,
        step_revisions=steps,
        attempt=old.attempt,
        course_revision_id=old.course_revision_id,
        valid_until=old.valid_until,
        supersedes=old,
        acting_user=assignment.user,
        reason=reason,
    )
    services._supersede(old, by_number=new.number, now=now, acting_user=assignment.user)
    services._notify_issued(new)


def count_certificates_to_update(course, user_ids) -> int:
    """For a legal change's impact: these people's valid certificates of ``course``."""
    user_ids = set(user_ids)
    valid = Certificate.objects.filter(course=course, status=CertificateStatus.VALID)
    if len(user_ids) <= BATCH:
        return valid.filter(user_id__in=list(user_ids)).count()
    # Many people: one read of the course's valid certificates, not an IN list per 500.
    return sum(1 for user_id in valid.values_list("user_id", flat=True) if user_id in user_ids)


if count_certificates_to_update not in CERTIFICATE_COUNTERS:
    CERTIFICATE_COUNTERS.append(count_certificates_to_update)


def without_a_current_certificate(course, user_ids) -> set:
    """For a legal change: people whose certificate of ``course`` was revoked or expired
    (and who hold no current one) get no retraining: they complete or recertify instead."""
    ended = among(
        Certificate.objects.filter(
            course=course, status__in=[CertificateStatus.REVOKED, CertificateStatus.EXPIRED]
        ),
        user_ids,
    )
    if not ended:
        return set()
    current = among(
        Certificate.objects.filter(
            course=course,
            status__in=[CertificateStatus.VALID, CertificateStatus.UPDATE_REQUIRED],
        ),
        ended,
    )
    return ended - current


if without_a_current_certificate not in RETRAINING_EXCLUSIONS:
    RETRAINING_EXCLUSIONS.append(without_a_current_certificate)
