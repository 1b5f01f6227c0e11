"""Certificates: one row per issuance, with the evidence it rests on and its lineage.

A certificate is never edited into another one. A re-issue (recertification, a name change,
an update after a legal change) is a new row that supersedes the old one, keeps the original
award date and links back to it, so the whole lineage stays visible.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.records import LearningRecord

# The name an anonymised holder's certificates keep (certificates.rodo writes it).
ANONYMISED_NAME = "Osoba anonimizowana"


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    UPDATE_REQUIRED = "update_required", _("Update required")
    EXPIRED = "expired", _("Expired")
    REVOKED = "revoked", _("Revoked")
    SUPERSEDED = "superseded", _("Superseded")


class Origin(models.TextChoices):
    """Why this row was issued."""

    COMPLETION = "completion", _("Course completed")
    RECERTIFICATION = "recertification", _("Recertification")
    UPDATE = "update", _("Update after a legal change")
    NAME_CHANGE = "name_change", _("Name change")
    REISSUE = "reissue", _("Re-issued by HR")


# Origins that come from a completed course: at most one certificate per completion.
COMPLETION_ORIGINS = (Origin.COMPLETION, Origin.RECERTIFICATION, Origin.UPDATE)
# Statuses of a certificate that is still the person's current one for its course.
CURRENT_STATUSES = (
    CertificateStatus.VALID,
    CertificateStatus.UPDATE_REQUIRED,
    CertificateStatus.EXPIRED,
)


class Certificate(LearningRecord):
    """One issuance of a certificate for one completion of a course."""

    non_evidence_links = ("issuer_logo", "revoked_by", "recertification_assignment")
    history_excluded_fields = ("pdf", "pdf_sha256")

    # The public code: verification pages and the QR code use it, never the number.
    uuid = models.UUIDField(_("verification code"), default=uuid.uuid4, unique=True, editable=False)
    number = models.CharField(_("number"), max_length=40, unique=True, editable=False)
    year = models.PositiveIntegerField(editable=False)
    sequence = models.PositiveIntegerField(editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    origin = models.CharField(
        _("issued because"), max_length=20, choices=Origin.choices, default=Origin.COMPLETION
    )
    # What the certificate says, as issued (later edits of the person or course change nothing).
    name_as_issued = models.CharField(_("name as issued"), max_length=310)
    first_name_as_issued = models.CharField(max_length=150)
    last_name_as_issued = models.CharField(max_length=150)
    course_title = models.CharField(_("course title"), max_length=255)
    course_revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("course revision"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    # [{"step": id, "title": str, "kind": "lesson"|"quiz", "revision": id, "completed_at": iso}]
    step_revisions = models.JSONField(_("revision of every step that counted"), default=list)
    attempt = models.ForeignKey(
        "quizzes.Attempt",
        verbose_name=_("passing attempt"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    score_percent = models.DecimalField(
        _("score (%)"), max_digits=6, decimal_places=2, null=True, blank=True
    )
    duration_minutes = models.PositiveIntegerField(_("duration (minutes)"), default=0)
    # When the course was completed (the completion this row rests on).
    completed_at = models.DateTimeField(_("completed at"))
    # The original award: a re-issue keeps its predecessor's date.
    awarded_on = models.DateField(_("originally awarded on"))
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    issued_on = models.DateField(_("issued on"))
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    # The issuer and signatory as they were on the day of issue (the PDF shows these).
    issuer_name = models.CharField(_("issuer"), max_length=255)
    issuer_address = models.TextField(_("issuer address"), blank=True)
    issuer_logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    signatory_name = models.CharField(_("signatory"), max_length=200, blank=True)
    signatory_title = models.CharField(_("signatory's title"), max_length=200, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=CertificateStatus.choices,
        default=CertificateStatus.VALID,
    )
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)
    status_reason = models.CharField(_("reason"), max_length=300, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revocation_reason = models.CharField(_("reason for revocation"), max_length=300, blank=True)
    # Lineage: the certificate this one replaces (its ``superseded_by`` points back).
    supersedes = models.OneToOneField(
        "self",
        verbose_name=_("supersedes"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="superseded_by",
    )
    # The recertification assignment created when the renewal window opened.
    recertification_assignment = models.ForeignKey(
        "assignments.Assignment",
        verbose_name=_("recertification assignment"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Open Badges: bit of this certificate in the platform's status lists, and the salt of
    # the hashed recipient identifier.
    status_index = models.PositiveIntegerField(unique=True, editable=False)
    recipient_salt = models.CharField(max_length=64, editable=False)
    # The PDF, stored the first time it is rendered: it never changes after that.
    pdf = models.FileField(upload_to="certificates/", max_length=255, blank=True, editable=False)
    pdf_sha256 = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["year", "sequence"], name="certificate_number_unique"),
            models.UniqueConstraint(
                fields=["user", "course", "completed_at"],
                condition=models.Q(origin__in=["completion", "recertification", "update"]),
                name="certificate_once_per_completion",
            ),
            models.CheckConstraint(
                condition=~models.Q(status="revoked") | ~models.Q(revocation_reason=""),
                name="certificate_revoked_has_reason",
            ),
            models.CheckConstraint(
                condition=models.Q(valid_until__isnull=True)
                | models.Q(valid_until__gte=models.F("issued_on")),
                name="certificate_valid_after_issue",
            ),
        ]
        indexes = [
            models.Index(fields=["user", "course"]),
            models.Index(fields=["status", "valid_until"]),
            models.Index(fields=["course", "status"]),
            models.Index(fields=["-issued_at", "-id"], name="certificate_newest_idx"),
        ]

    def __str__(self):
        return f"{self.number} – {self.name_as_issued} – {self.course_title}"

    # Names for templates, which cannot reach CertificateStatus.
    @property
    def is_valid(self) -> bool:
        return self.status == CertificateStatus.VALID

    @property
    def is_revoked(self) -> bool:
        return self.status == CertificateStatus.REVOKED

    @property
    def is_superseded(self) -> bool:
        return self.status == CertificateStatus.SUPERSEDED

    @property
    def is_expired(self) -> bool:
        return self.status == CertificateStatus.EXPIRED

    @property
    def is_update_required(self) -> bool:
        return self.status == CertificateStatus.UPDATE_REQUIRED

    @property
    def is_current(self) -> bool:
        return self.status in CURRENT_STATUSES

    @property
    def hours(self):
        """The course's length in hours, as printed (e.g. 1.5)."""
        hours = self.duration_minutes / 60
        return int(hours) if hours == int(hours) else round(hours, 1)

    @property
    def holder_anonymised(self) -> bool:
        """The holder was anonymised (certificates.rodo): the public page says so."""
        last = self.last_name_as_issued
        return self.first_name_as_issued == ANONYMISED_NAME and (not last or last.startswith("#"))

    @property
    def short_name(self) -> str:
        """First name and last initial: all the public page shows of the holder."""
        initial = self.last_name_as_issued[:1]
        return f"{self.first_name_as_issued} {initial}." if initial else self.first_name_as_issued

    def days_left(self, today=None):
        if self.valid_until is None:
            return None
        return (self.valid_until - (today or timezone.localdate())).days


class CertificateCounter(models.Model):
    """Counters handed out under a row lock: ``number:<year>`` for the human numbers (gapless:
    a rolled-back issuance rolls its number back too) and ``status`` for status-list bits."""

    key = models.CharField(max_length=40, unique=True)
    value = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.key} = {self.value}"


class NoticeKind(models.TextChoices):
    WINDOW_OPEN = "window_open", _("Recertification window open")
    EXPIRES_SOON = "expires_14", _("Expires in 14 days")
    EXPIRED = "expired", _("Expired")


class CertificateNotice(models.Model):
    """A notice sent about a certificate (window opening, 14 days before, expiry): one row per
    certificate and kind, so a second run of the daily job sends nothing again."""

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="notices")
    kind = models.CharField(max_length=20, choices=NoticeKind.choices)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["certificate", "kind"], name="certificate_notice_once")
        ]

    def __str__(self):
        return f"{self.certificate_id} {self.kind}"
