"""Reads of the certificates app (querysets and small summaries)."""

from datetime import timedelta

from django.utils import timezone

from .models import CURRENT_STATUSES, Certificate, CertificateStatus

EXPIRING_WITHIN_DAYS = 60


def my_certificates(user):
    """Every certificate the person holds or held, newest first, lineage included."""
    return (
        Certificate.objects.filter(user=user)
        .select_related("course", "supersedes", "superseded_by")
        .order_by("-issued_at", "-pk")
    )


def expiring(user=None, *, within_days=EXPIRING_WITHIN_DAYS, today=None):
    """Current certificates that expire within ``within_days`` (the person's when given)."""
    today = today or timezone.localdate()
    qs = Certificate.objects.filter(
        status__in=[CertificateStatus.VALID, CertificateStatus.UPDATE_REQUIRED],
        valid_until__isnull=False,
        valid_until__gte=today,
        valid_until__lte=today + timedelta(days=within_days),
    )
    if user is not None:
        qs = qs.filter(user=user)
    return qs.select_related("course").order_by("valid_until", "pk")


def current_of(certificate: Certificate) -> Certificate:
    """The newest certificate in the lineage ``certificate`` belongs to."""
    seen = {certificate.pk}
    current = certificate
    while True:
        following = Certificate.objects.filter(supersedes=current).first()
        if following is None or following.pk in seen:
            return current
        seen.add(following.pk)
        current = following


def lineage(certificate: Certificate) -> list[Certificate]:
    """The whole chain ``certificate`` belongs to, oldest first."""
    root, seen = certificate, {certificate.pk}
    while root.supersedes_id and root.supersedes_id not in seen:
        root = Certificate.objects.get(pk=root.supersedes_id)
        seen.add(root.pk)
    chain = [root]
    while True:
        following = Certificate.objects.filter(supersedes=chain[-1]).first()
        if following is None or following in chain:
            return chain
        chain.append(following)


def is_current(certificate) -> bool:
    return certificate.status in CURRENT_STATUSES
