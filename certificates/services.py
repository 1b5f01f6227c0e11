"""Writes of the certificates app: issue on completion, revoke, re-issue, require an update.

Every write validates first, then saves inside one transaction with a history row whose
author is the acting user; either everything asked for is written or nothing is. Numbers
come from a per-year counter row locked for the issuing transaction, so they are gapless
and never repeat, whatever runs at the same time.
"""

import logging
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import CourseProgress, LessonCompletion
from courses.services import course_steps
from lms import notifications
from quizzes.models import Attempt

from . import policy
from .issuer import current_issuer
from .models import (
    COMPLETION_ORIGINS,
    CURRENT_STATUSES,
    Certificate,
    CertificateCounter,
    CertificateStatus,
    Origin,
)

logger = logging.getLogger("kadra.certificates")

REASON_MAX_LENGTH = 300


class CertificateError(ValidationError):
    """A request about a certificate that cannot be done; the message says why and what to do."""


def number_prefix() -> str:
    return getattr(settings, "KADRA_CERTIFICATE_PREFIX", "KADRA")


def format_number(year: int, sequence: int) -> str:
    return f"{number_prefix()}/{year}/{sequence:06d}"


def counter_next(key: str) -> int:
    """The next value of counter ``key``, under a row lock held until the transaction ends
    (a rollback gives the value back, so the sequence has no gaps)."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("counter_next must run inside a transaction")
    counter = CertificateCounter.objects.select_for_update().filter(key=key).first()
    if counter is None:
        try:
            with transaction.atomic():
                CertificateCounter.objects.create(key=key, value=0)
        except IntegrityError:
            pass  # created by someone else at the same moment: wait for their lock below
        counter = CertificateCounter.objects.select_for_update().get(key=key)
    counter.value += 1
    counter.save(update_fields=["value"])
    return counter.value


def clean_reason(reason: str | None) -> str:
    reason = " ".join((reason or "").split())
    if not reason:
        raise CertificateError({"reason": _("Give a reason: it is kept in the history.")})
    if len(reason) > REASON_MAX_LENGTH:
        raise CertificateError(
            {"reason": _("Keep the reason under %(max)s characters.") % {"max": REASON_MAX_LENGTH}}
        )
    return reason


def _evidence(*, user, course, progress):
    """The revision of every step that counted in this completion, and the passing attempt."""
    steps = course_steps(course)
    completions = LessonCompletion.objects.counting().filter(
        user=user, course=course, lesson_id__in=[s.pk for s in steps]
    )
    cycle = getattr(progress, "cycle", None)
    if cycle is not None:
        completions = completions.filter(cycle=cycle)
    by_step = {}
    for completion in completions.order_by("completed_at", "pk"):
        # The newest: after retraining on a legal change, the revision redone is what counts.
        by_step[completion.lesson_id] = completion
    rows = []
    for step in steps:
        completion = by_step.get(step.pk)
        if completion is None:
            continue
        rows.append(
            {
                "step": step.pk,
                "title": step.title,
                "kind": getattr(step, "step_kind", "lesson"),
                "revision": completion.revision_id,
                "completed_at": completion.completed_at.isoformat(),
                "completion": completion.pk,
            }
        )
    attempt = (
        Attempt.objects.filter(
            user=user, passed=True, completion_id__in=[c.pk for c in by_step.values()]
        )
        .order_by("-closed_at", "-pk")
        .first()
    )
    return rows, attempt


@transaction.atomic
def certificate_attach_attempt(*, attempt) -> int:
    """A passed attempt now records the quiz completion it caused (the quiz service saves it
    just after the completion): the certificates issued for that completion, still in the
    same transaction, get the attempt and its score. Returns how many were updated."""
    if not attempt.passed or attempt.completion_id is None:
        return 0
    completion = attempt.completion
    updated = 0
    candidates = Certificate.objects.select_for_update().filter(
        user_id=attempt.user_id,
        course_id=completion.course_id,
        attempt__isnull=True,
        completed_at__gte=completion.completed_at,
    )
    for certificate in candidates:
        if not any(row.get("completion") == completion.pk for row in certificate.step_revisions):
            continue
        fields = {"attempt": attempt, "score_percent": attempt.percent}
        Certificate.objects.filter(pk=certificate.pk).update(**fields)
        # The issue is not committed yet: its history row records the attempt as well.
        latest = certificate.history.order_by("-history_id").first()
        if latest is not None:
            type(latest).objects.filter(pk=latest.pk).update(**fields)
        updated += 1
    return updated


def _new_certificate(
    *,
    user,
    course,
    origin,
    completed_at,
    awarded_on,
    now,
    step_revisions,
    attempt,
    course_revision_id,
    valid_until,
    supersedes=None,
    acting_user=None,
    reason="",
) -> Certificate:
    issuer = current_issuer()
    issued_on = timezone.localdate(now)
    year = issued_on.year
    sequence = counter_next(f"number:{year}")
    certificate = Certificate(
        number=format_number(year, sequence),
        year=year,
        sequence=sequence,
        user=user,
        course=course,
        origin=origin,
        name_as_issued=f"{user.first_name} {user.last_name}".strip(),
        first_name_as_issued=user.first_name,
        last_name_as_issued=user.last_name,
        course_title=course.title,
        course_revision_id=course_revision_id,
        step_revisions=step_revisions,
        attempt=attempt,
        score_percent=attempt.percent if attempt is not None else None,
        duration_minutes=course.estimated_minutes or 0,
        completed_at=completed_at,
        awarded_on=awarded_on,
        issued_at=now,
        issued_on=issued_on,
        valid_until=valid_until,
        issuer_name=issuer.name,
        issuer_address=issuer.address,
        issuer_logo_id=issuer.logo_id,
        signatory_name=issuer.signatory_name,
        signatory_title=issuer.signatory_title,
        status=CertificateStatus.VALID,
        status_changed_at=now,
        status_reason=reason,
        supersedes=supersedes,
        status_index=counter_next("status") - 1,
        recipient_salt=secrets.token_hex(16),
    )
    certificate._history_user = acting_user
    if reason:
        certificate._change_reason = reason[:100]
    certificate.save()
    return certificate


def _supersede(previous: Certificate, *, by_number: str, now, acting_user) -> None:
    previous.status = CertificateStatus.SUPERSEDED
    previous.status_changed_at = now
    previous.status_reason = _("Replaced by certificate %(number)s") % {"number": by_number}
    previous._history_user = acting_user
    previous._change_reason = previous.status_reason[:100]
    previous.save(update_fields=["status", "status_changed_at", "status_reason"])


def current_certificate(*, user, course, lock=False) -> Certificate | None:
    """The person's current certificate of ``course`` (valid, update required or expired)."""
    qs = Certificate.objects.filter(user=user, course=course, status__in=CURRENT_STATUSES)
    if lock:
        qs = qs.select_for_update()
    return qs.order_by("-issued_at", "-pk").first()


@transaction.atomic
def certificate_issue_for_completion(*, user, course, progress, now=None) -> Certificate | None:
    """The person completed ``course`` (called in the completion's transaction): issue a
    certificate when the course issues them, exactly once for this completion.

    A person who already holds a current certificate of the course gets a new one that
    supersedes it and keeps its original award date (a recertification, or an update after a
    legal change when the old one was marked so)."""
    if not getattr(course, "issues_certificate", True) or progress.completed_at is None:
        return None
    # The person's progress row is the lock that orders everything about this completion
    # (the completion service holds it already; a direct call takes it here).
    CourseProgress.objects.select_for_update().filter(pk=progress.pk).first()
    existing = Certificate.objects.filter(
        user=user, course=course, completed_at=progress.completed_at, origin__in=COMPLETION_ORIGINS
    ).first()
    if existing is not None:
        return existing
    now = now or timezone.now()
    previous = current_certificate(user=user, course=course, lock=True)
    if previous is None:
        origin = Origin.COMPLETION
    elif previous.status == CertificateStatus.UPDATE_REQUIRED:
        origin = Origin.UPDATE
    else:
        origin = Origin.RECERTIFICATION
    step_revisions, attempt = _evidence(user=user, course=course, progress=progress)
    issued_on = timezone.localdate(now)
    certificate = _new_certificate(
        user=user,
        course=course,
        origin=origin,
        completed_at=progress.completed_at,
        awarded_on=previous.awarded_on if previous else issued_on,
        now=now,
        step_revisions=step_revisions,
        attempt=attempt,
        course_revision_id=progress.completed_revision_id or course.live_revision_id,
        valid_until=policy.valid_until(course, issued_on),
        supersedes=previous,
        acting_user=user,
    )
    if previous is not None:
        _supersede(previous, by_number=certificate.number, now=now, acting_user=user)
    _notify_issued(certificate)
    logger.info("certificate %s issued to user %s", certificate.number, user.pk)
    return certificate


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, reason: str, acting_user) -> Certificate:
    """Revoke a certificate (HR): the reason and who did it are kept, the person and their
    leaders are told, and the credential's revocation bit is set."""
    reason = clean_reason(reason)
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.status == CertificateStatus.REVOKED:
        raise CertificateError(
            _("This certificate was already revoked on %(date)s. Nothing was changed.")
            % {"date": timezone.localdate(certificate.revoked_at).strftime("%d.%m.%Y")}
        )
    if certificate.status == CertificateStatus.SUPERSEDED:
        raise CertificateError(
            _(
                "This certificate has been replaced by a newer one. Revoke the current "
                "certificate instead."
            )
        )
    now = timezone.now()
    certificate.status = CertificateStatus.REVOKED
    certificate.status_changed_at = now
    certificate.status_reason = reason
    certificate.revoked_at = now
    certificate.revoked_by = acting_user
    certificate.revocation_reason = reason
    certificate._history_user = acting_user
    certificate._change_reason = reason[:100]
    certificate.save()
    _notify_revoked(certificate)
    return certificate


@transaction.atomic
def certificate_reissue(
    *, certificate: Certificate, reason: str, acting_user, origin: str = Origin.REISSUE
) -> Certificate:
    """Issue a new certificate for the same completion (a name change, a correction): it shows
    the person's current name, keeps the award date and validity, and supersedes the old one."""
    reason = clean_reason(reason)
    if origin not in (Origin.REISSUE, Origin.NAME_CHANGE):
        raise ValueError(origin)
    old = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if old.status == CertificateStatus.REVOKED:
        raise CertificateError(
            _(
                "A revoked certificate cannot be re-issued. The person must complete the course again."
            )
        )
    if old.status == CertificateStatus.SUPERSEDED:
        raise CertificateError(
            _("This certificate has already been replaced. Re-issue the current one instead.")
        )
    if old.status == CertificateStatus.EXPIRED:
        raise CertificateError(
            _("This certificate has expired. The person must recertify to get a new one.")
        )
    now = timezone.now()
    if old.valid_until is not None and old.valid_until < timezone.localdate(now):
        raise CertificateError(
            _("This certificate has expired. The person must recertify to get a new one.")
        )
    new = _new_certificate(
        user=old.user,
        course=old.course,
        origin=origin,
        completed_at=old.completed_at,
        awarded_on=old.awarded_on,
        now=now,
        step_revisions=old.step_revisions,
        attempt=old.attempt,
        course_revision_id=old.course_revision_id,
        valid_until=old.valid_until,
        supersedes=old,
        acting_user=acting_user,
        reason=reason,
    )
    if old.status == CertificateStatus.UPDATE_REQUIRED:
        new.status = CertificateStatus.UPDATE_REQUIRED
        new.save(update_fields=["status"])
    _supersede(old, by_number=new.number, now=now, acting_user=acting_user)
    _notify_issued(new)
    return new


@transaction.atomic
def certificates_require_update(*, certificates, reason: str, acting_user=None) -> list:
    """A legal change makes these certificates rest on outdated content: mark the valid ones
    "update required" (their credentials are suspended until the update is completed).
    One UPDATE and one insert of history rows per 500, whatever the number: every row gets
    the same status, time and reason, and the status lists are read from the status."""
    from simple_history.utils import get_history_manager_for_model

    reason = clean_reason(reason)
    ids = [c.pk for c in certificates]
    rows = list(
        Certificate.objects.select_for_update()
        .filter(pk__in=ids, status=CertificateStatus.VALID)
        .order_by("pk")
    )
    now = timezone.now()
    for certificate in rows:
        certificate.status = CertificateStatus.UPDATE_REQUIRED
        certificate.status_changed_at = now
        certificate.status_reason = reason
        certificate._history_user = acting_user
        certificate._change_reason = reason[:100]
    for start in range(0, len(rows), 500):
        Certificate.objects.filter(pk__in=[c.pk for c in rows[start : start + 500]]).update(
            status=CertificateStatus.UPDATE_REQUIRED, status_changed_at=now, status_reason=reason
        )
    if rows:
        get_history_manager_for_model(Certificate).bulk_history_create(
            rows, batch_size=500, update=True, default_user=acting_user, default_date=now
        )
    return rows


def leaders_of(person) -> list:
    """The active leaders of the person's unit and of every unit above it (not themself)."""
    from lms.models import User

    unit = person.org_unit
    if unit is None:
        return []
    paths = [unit.path[:i] for i in range(unit.steplen, len(unit.path) + 1, unit.steplen)]
    return list(
        User.objects.filter(is_active=True, led_units__path__in=paths)
        .exclude(pk=person.pk)
        .distinct()
        .order_by("pk")
    )


def _notify_issued(certificate: Certificate) -> None:
    notifications.notify(
        recipients=[certificate.user],
        kind="certificate_issued",
        template="certificates/notifications/issued",
        context={"certificate": certificate},
        link="/certificates/",
    )


def _notify_revoked(certificate: Certificate) -> None:
    person = certificate.user
    messages = [(person, {"certificate": certificate, "about_self": True})]
    messages += [
        (leader, {"certificate": certificate, "about_self": False}) for leader in leaders_of(person)
    ]
    notifications.notify_each(
        kind="certificate_revoked",
        template="certificates/notifications/revoked",
        messages=messages,
        link="/certificates/",
    )
