"""Assignments of courses to people, with who assigned them, why, and by when."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from courses.records import LearningRecord


class Source(models.TextChoices):
    MANUAL = "manual", _("Assigned by a person")
    RULE = "rule", _("Assignment rule")
    LAW_CHANGE = "law_change", _("Legal change")
    RECERTIFICATION = "recertification", _("Recertification")


class Status(models.TextChoices):
    ACTIVE = "active", _("Active")
    FULFILLED = "fulfilled", _("Fulfilled")
    CANCELLED = "cancelled", _("Cancelled")
    SUPERSEDED = "superseded", _("Superseded")


class Assignment(LearningRecord):
    """One course a person must take by a due date. At most one active per person and course."""

    non_evidence_links = ("assigned_by",)

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    assigned_at = models.DateTimeField(_("assigned at"), default=timezone.now)
    note = models.CharField(_("note"), max_length=300, blank=True)
    source = models.CharField(
        _("source"), max_length=20, choices=Source.choices, default=Source.MANUAL
    )
    due_date = models.DateField(_("due date"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)
    reason = models.CharField(
        _("reason"),
        max_length=300,
        blank=True,
        help_text=_("Why the assignment was cancelled or superseded."),
    )
    rule = models.ForeignKey(
        "assignments.AssignmentRule",
        verbose_name=_("rule"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    # Set when the person moved out of the rule's units (or lost its job title) while the
    # assignment was active: they keep it, and their new leader sees why they have it.
    outside_rule_since = models.DateTimeField(
        _("kept after the rule stopped covering the person"), null=True, blank=True
    )
    # A law-change assignment covers only the lessons a legal change touched (the delta),
    # and names the changes it answers; other assignments leave both empty.
    lessons = models.ManyToManyField(
        "wagtailcore.Page", verbose_name=_("lessons"), blank=True, related_name="+"
    )
    legal_changes = models.ManyToManyField(
        "assignments.LegalChange",
        verbose_name=_("legal changes"),
        blank=True,
        related_name="assignments",
    )

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["due_date", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"],
                condition=models.Q(status="active"),
                name="assignment_one_active_per_course",
                violation_error_message=_("This person already has this course assigned."),
            ),
            models.CheckConstraint(
                condition=~models.Q(status="cancelled") | ~models.Q(reason=""),
                name="assignment_cancel_has_reason",
            ),
        ]
        indexes = [
            models.Index(fields=["course", "status"]),
            models.Index(fields=["status", "due_date"]),
            models.Index(fields=["user", "status"]),
        ]

    def __str__(self):
        return f"{self.user} – {self.course} ({self.get_status_display()})"

    @property
    def is_active(self) -> bool:
        return self.status == Status.ACTIVE

    def overdue_days(self, today=None) -> int:
        today = today or timezone.localdate()
        if self.status != Status.ACTIVE or self.due_date >= today:
            return 0
        return (today - self.due_date).days


class DueFrom(models.TextChoices):
    MATCHED = "matched", _("from the day the rule matches the person")
    HIRE_DATE = "hire_date", _("from the person's hire date")


class AssignmentRule(models.Model):
    """Assign a course automatically to everyone who matches: a unit subtree, optionally a
    job title and "hired within the last N days". Applies to existing and future people."""

    name = models.CharField(_("name"), max_length=200)
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="assignment_rules",
    )
    unit = models.ForeignKey(
        "lms.OrgUnit",
        verbose_name=_("unit (with its sub-units)"),
        on_delete=models.PROTECT,
        related_name="assignment_rules",
    )
    job_title = models.CharField(
        _("job title"),
        max_length=200,
        blank=True,
        help_text=_("Only people with this job title. Leave empty for everyone."),
    )
    hired_within_days = models.PositiveIntegerField(
        _("hired within the last N days"),
        null=True,
        blank=True,
        help_text=_("Only people hired this recently. Leave empty for everyone."),
    )
    due_in_days = models.PositiveIntegerField(_("due in N days"))
    due_from = models.CharField(
        _("counting"), max_length=20, choices=DueFrom.choices, default=DueFrom.MATCHED
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("assignment rule")
        verbose_name_plural = _("assignment rules")
        ordering = ["name", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(due_in_days__gte=1, due_in_days__lte=3650),
                name="assignment_rule_due_in_days_range",
            ),
        ]

    def __str__(self):
        return self.name


class ReminderSent(models.Model):
    """A reminder (or escalation) of one kind for one assignment: written in the same
    transaction as its message is queued, so each is sent exactly once."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=20)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["assignment", "kind"], name="reminder_once_per_kind")
        ]


class LeaderDigestSent(models.Model):
    """The daily overdue digest of one leader: at most one a day."""

    leader = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["leader", "day"], name="leader_digest_once_a_day")
        ]


class ExportStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to start")
    RUNNING = "running", _("Being prepared")
    DONE = "done", _("Ready")
    FAILED = "failed", _("Failed")


def export_upload_to(instance, filename):
    return f"exports/{instance.user_id}/{instance.pk}-{filename}"


class ExportJob(models.Model):
    """A large team export made by the task worker, with its progress and the file."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    # What is exported ("team" here; other apps' exports name theirs, e.g. "compliance"),
    # and the page it was asked from, for the status page's way back.
    kind = models.CharField(max_length=40, default="team")
    back_url = models.CharField(max_length=300, blank=True)
    query = models.CharField(max_length=1000, blank=True)  # the filters, as in the page URL
    status = models.CharField(
        max_length=20, choices=ExportStatus.choices, default=ExportStatus.PENDING
    )
    rows_total = models.PositiveIntegerField(default=0)
    rows_done = models.PositiveIntegerField(default=0)
    file = models.FileField(upload_to=export_upload_to, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    @property
    def percent(self) -> int:
        return round(100 * self.rows_done / self.rows_total) if self.rows_total else 0


class ReminderSettings(models.Model):
    """When reminders and escalations go out; one row, changed by HR."""

    before_days = models.CharField(
        _("days before the due date"),
        max_length=50,
        default="7, 1",
        help_text=_("Numbers of days, separated by commas, e.g. 7, 1."),
    )
    on_due_date = models.BooleanField(_("on the due date"), default=True)
    after_days = models.CharField(
        _("days after the due date"),
        max_length=50,
        default="7",
        blank=True,
        help_text=_("Numbers of days, separated by commas, e.g. 7."),
    )
    escalation_days = models.PositiveSmallIntegerField(
        _("tell the leaders after this many days overdue"), default=7
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("reminder settings")

    @classmethod
    def current(cls) -> "ReminderSettings":
        return cls.objects.filter(pk=1).first() or cls(pk=1)

    @staticmethod
    def parse_days(text: str) -> list[int]:
        return sorted(
            {int(part) for part in (text or "").replace(";", ",").split(",") if part.strip()}
        )

    def offsets(self) -> list[int]:
        """Days relative to the due date: negative before, 0 on the day, positive after."""
        days = [-d for d in self.parse_days(self.before_days)]
        if self.on_due_date:
            days.append(0)
        days += self.parse_days(self.after_days)
        return sorted(set(days))


class LegalChange(models.Model):
    """A publish of a lesson (or quiz) marked by an editor as a material legal change: the
    revision it made live, what changed and on what legal basis. People trained on an older
    revision get a law-change assignment for the changed lessons (``law_change``)."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("lesson"), on_delete=models.PROTECT, related_name="+"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("revision"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="legal_changes",
    )
    summary = models.CharField(_("what changed"), max_length=500)
    legal_basis = models.CharField(_("legal basis"), max_length=300, blank=True)
    applies_from = models.DateField(_("applies from"), null=True, blank=True)
    retraining_days = models.PositiveIntegerField(
        _("days allowed for retraining"),
        null=True,
        blank=True,
        help_text=_("Leave empty to use the course's setting."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("marked at"), default=timezone.now)
    processed_at = models.DateTimeField(_("processed at"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("legal change")
        verbose_name_plural = _("legal changes")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["revision"], name="legal_change_one_per_revision"),
            models.CheckConstraint(
                condition=models.Q(retraining_days__isnull=True)
                | models.Q(retraining_days__gte=1, retraining_days__lte=3650),
                name="legal_change_retraining_days_range",
            ),
        ]
        indexes = [models.Index(fields=["page", "revision"])]

    def __str__(self):
        return self.summary
