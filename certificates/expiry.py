"""The daily certificate job: recertification windows, reminders and expiry.

For each current certificate with an expiry date, in its own transaction under a row lock:

- when its course's recertification window opens (N days before expiry), a recertification
  assignment due on the expiry date is created through the assignments module, a new
  training cycle of the course is started (so the person really takes it again), and the
  person and their leaders are told;
- 14 days before expiry, they are reminded;
- the day after its last valid day, it becomes *expired*, and they are told.

Each notice is recorded once per certificate and kind (a unique row), so running the job
twice, or two runs at once, sends nothing twice. A run after days without one (a clock that
jumps) catches up: a certificate already past its date is only expired, without the
earlier notices.
"""

import logging
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms import notifications

from . import policy
from .models import Certificate, CertificateNotice, CertificateStatus, NoticeKind
from .services import leaders_of

logger = logging.getLogger("kadra.certificates")

ACTIVE = (CertificateStatus.VALID, CertificateStatus.UPDATE_REQUIRED)
MAX_WINDOW_DAYS = 366


def _claim(certificate, kind: str) -> bool:
    """Record that ``kind`` is sent for ``certificate``; False when it already was."""
    try:
        with transaction.atomic():
            _notice, created = CertificateNotice.objects.get_or_create(
                certificate=certificate, kind=kind
            )
    except IntegrityError:
        return False
    return created


def _notify(certificate, kind: str) -> None:
    person = certificate.user
    messages = [(person, {"certificate": certificate, "kind": kind, "about_self": True})]
    messages += [
        (leader, {"certificate": certificate, "kind": kind, "about_self": False})
        for leader in leaders_of(person)
    ]
    notifications.notify_each(
        kind=f"certificate_{kind}",
        template="certificates/notifications/expiry",
        messages=messages,
        link="/certificates/",
    )


def _open_window(certificate) -> None:
    """The recertification assignment (due on the expiry date) and a new training cycle."""
    from assignments.models import Assignment, Source, Status
    from assignments.services import assignment_create_bulk
    from courses.services import course_restart

    course = certificate.course.specific
    person = certificate.user
    active = Assignment.objects.filter(user=person, course=course, status=Status.ACTIVE).first()
    if active is None and person.is_active:
        result = assignment_create_bulk(
            courses=[course],
            people=[person],
            repeat_completed=True,
            acting_user=None,
            source=Source.RECERTIFICATION,
            due_dates={person.pk: certificate.valid_until},
            note=_("Recertification: your certificate %(number)s is valid until %(date)s.")
            % {"number": certificate.number, "date": certificate.valid_until.strftime("%d.%m.%Y")},
        )
        active = result.created[0] if result.created else None
    if active is not None:
        Certificate.objects.filter(pk=certificate.pk).update(recertification_assignment=active)
    course_restart(
        user=person,
        course=course,
        acting_user=None,
        reason=_("Recertification of certificate %(number)s") % {"number": certificate.number},
    )


def _process(certificate_pk: int, today) -> list[str]:
    """Everything due for one certificate today, in one transaction. Returns what was done."""
    done = []
    with transaction.atomic():
        certificate = (
            Certificate.objects.select_for_update(of=("self",))
            .select_related("user", "user__org_unit", "course")
            .filter(pk=certificate_pk, status__in=ACTIVE, valid_until__isnull=False)
            .first()
        )
        if certificate is None:
            return done
        until = certificate.valid_until
        if until < today:
            certificate.status = CertificateStatus.EXPIRED
            certificate.status_changed_at = timezone.now()
            certificate.status_reason = _("Valid until %(date)s") % {
                "date": until.strftime("%d.%m.%Y")
            }
            certificate._change_reason = "expired"
            certificate.save(update_fields=["status", "status_changed_at", "status_reason"])
            done.append("expired")
            if _claim(certificate, NoticeKind.EXPIRED):
                _notify(certificate, NoticeKind.EXPIRED)
            return done
        course = certificate.course.specific
        if policy.window_opens(course, until) <= today and _claim(
            certificate, NoticeKind.WINDOW_OPEN
        ):
            _open_window(certificate)
            _notify(certificate, NoticeKind.WINDOW_OPEN)
            done.append("window_open")
        if (until - today).days <= policy.REMINDER_DAYS_BEFORE and _claim(
            certificate, NoticeKind.EXPIRES_SOON
        ):
            _notify(certificate, NoticeKind.EXPIRES_SOON)
            done.append("expires_14")
    return done


def run(*, today=None) -> dict:
    """The daily job. Returns counts by what was done."""
    today = today or timezone.localdate()
    counts = {"window_open": 0, "expires_14": 0, "expired": 0, "failed": 0}
    candidates = (
        Certificate.objects.filter(
            status__in=ACTIVE,
            valid_until__isnull=False,
            valid_until__lte=today + timedelta(days=MAX_WINDOW_DAYS),
        )
        .order_by("valid_until", "pk")
        .values_list("pk", flat=True)
    )
    for pk in list(candidates):
        try:
            done = _process(pk, today)
        except Exception:  # one certificate's failure rolls back only its own changes
            logger.exception("certificates daily job failed for certificate %s", pk)
            counts["failed"] += 1
            continue
        for what in done:
            counts[what] += 1
    if any(counts.values()):
        logger.info("certificates daily job: %s", counts)
    return counts
