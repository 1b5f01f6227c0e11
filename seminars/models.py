"""Internal training sessions: events, their dates, bookings with a waitlist, attendance.

Bookings and attendance are learning evidence: they are never deleted, and every change
(a cancellation, a correction of attendance) is kept in their history with who made it and
why. The rules that can live in the database do: one live booking per person and event, one
attendance row per person and date, a date ends after it starts, ratings between 1 and 5.
"""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

MAX_CAPACITY = 1000


class Event(models.Model):
    """A training event (one or more dates) run by trainers for an audience."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=5000)
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("linked course"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="session_events",
    )
    unit = models.ForeignKey(
        "lms.OrgUnit",
        verbose_name=_("organising unit"),
        on_delete=models.PROTECT,
        related_name="session_events",
    )
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainers"),
        related_name="sessions_trained",
        blank=True,
    )
    open_to_all = models.BooleanField(_("open to all staff"), default=False)
    audience_units = models.ManyToManyField(
        "lms.OrgUnit",
        verbose_name=_("audience (units and their sub-units)"),
        related_name="+",
        blank=True,
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), validators=[MinValueValidator(1), MaxValueValidator(MAX_CAPACITY)]
    )
    signup_opens_at = models.DateTimeField(_("sign-up opens"), null=True, blank=True)
    signup_closes_at = models.DateTimeField(_("sign-up closes"), null=True, blank=True)
    cancellation_deadline = models.DateTimeField(
        _("trainees may cancel until"), null=True, blank=True
    )
    approval_required = models.BooleanField(_("the trainee's leader must approve"), default=False)
    dates_required = models.PositiveIntegerField(
        _("dates to attend"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("How many dates a trainee must attend. Leave empty for every date."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("training event")
        verbose_name_plural = _("training events")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(capacity__gte=1), name="seminars_event_capacity_positive"
            ),
            models.CheckConstraint(
                condition=models.Q(signup_opens_at__isnull=True)
                | models.Q(signup_closes_at__isnull=True)
                | models.Q(signup_closes_at__gt=models.F("signup_opens_at")),
                name="seminars_event_signup_window",
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_at is not None


class EventDate(models.Model):
    """One date (a session) of an event. ``uid`` and ``sequence`` identify it in calendars."""

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.PROTECT, related_name="dates"
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    room = models.CharField(_("room"), max_length=200, blank=True)
    online_url = models.URLField(_("online link"), blank=True, max_length=500)
    uid = models.UUIDField(_("calendar id"), default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(_("calendar sequence"), default=0)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("session date")
        verbose_name_plural = _("session dates")
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="seminars_date_ends_after_start",
            ),
        ]
        indexes = [models.Index(fields=["starts_at"])]

    def __str__(self):
        return f"{self.event} – {timezone.localtime(self.starts_at):%Y-%m-%d %H:%M}"

    @property
    def location(self) -> str:
        return " · ".join(part for part in (self.room, self.online_url) if part)

    @property
    def hours(self) -> float:
        return round((self.ends_at - self.starts_at).total_seconds() / 3600, 2)


class BookingStatus(models.TextChoices):
    BOOKED = "booked", _("Booked")
    WAITING = "waiting", _("On the waitlist")
    PENDING = "pending", _("Waiting for the leader's approval")
    CANCELLED = "cancelled", _("Cancelled")


LIVE_STATUSES = [BookingStatus.BOOKED, BookingStatus.WAITING, BookingStatus.PENDING]
# Statuses that hold a seat: a booking waiting for approval keeps its seat meanwhile.
SEAT_STATUSES = [BookingStatus.BOOKED, BookingStatus.PENDING]


class Booking(models.Model):
    """A person's place on an event: booked, waiting for approval, on the waitlist, or
    cancelled. Never deleted; cancelling keeps the row and its history."""

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.PROTECT, related_name="bookings"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.PROTECT,
        related_name="session_bookings",
    )
    status = models.CharField(_("status"), max_length=20, choices=BookingStatus.choices)
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("booked by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    # Order of the waitlist: when the person joined it (or the booking was made).
    queued_at = models.DateTimeField(_("queued at"), default=timezone.now)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ["queued_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "user"],
                condition=models.Q(status__in=["booked", "waiting", "pending"]),
                name="seminars_one_live_booking",
                violation_error_message=_("This person is already signed up for this event."),
            ),
        ]
        indexes = [models.Index(fields=["event", "status", "queued_at"])]

    def __str__(self):
        return f"{self.user} – {self.event} ({self.get_status_display()})"


class AttendanceStatus(models.TextChoices):
    ATTENDED = "attended", _("Attended")
    ABSENT = "absent", _("Absent")
    EXCUSED = "excused", _("Excused")


class AttendanceMethod(models.TextChoices):
    MANUAL = "manual", _("Marked by the trainer")
    QR = "qr", _("QR check-in")
    WALK_IN = "walk_in", _("Walk-in")


class Attendance(models.Model):
    """Whether a person attended one date. Corrections change the row; the history keeps
    every earlier value with who changed it and why."""

    event_date = models.ForeignKey(
        EventDate, verbose_name=_("date"), on_delete=models.PROTECT, related_name="attendance"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.PROTECT,
        related_name="session_attendance",
    )
    status = models.CharField(_("status"), max_length=20, choices=AttendanceStatus.choices)
    method = models.CharField(
        _("recorded by"), max_length=20, choices=AttendanceMethod.choices, default="manual"
    )
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["event_date", "user"], name="seminars_one_attendance_per_date"
            ),
            models.CheckConstraint(
                condition=~models.Q(status="excused") | ~models.Q(reason=""),
                name="seminars_excused_has_reason",
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.event_date} ({self.get_status_display()})"


class FeedbackResponse(models.Model):
    """A trainee's short feedback on an event they attended: one per person and event."""

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.PROTECT, related_name="feedback"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    usefulness = models.PositiveSmallIntegerField(
        _("usefulness"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    trainer_rating = models.PositiveSmallIntegerField(
        _("the trainer"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        constraints = [
            models.UniqueConstraint(fields=["event", "user"], name="seminars_one_feedback"),
            models.CheckConstraint(
                condition=models.Q(usefulness__gte=1, usefulness__lte=5)
                & models.Q(trainer_rating__gte=1, trainer_rating__lte=5),
                name="seminars_feedback_ratings_1_to_5",
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.event}"


class EventMaterial(models.Model):
    """A document (Wagtail document) the trainers give to the people who attended."""

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.PROTECT, related_name="materials"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    added_at = models.DateTimeField(_("added at"), default=timezone.now)

    class Meta:
        verbose_name = _("material")
        verbose_name_plural = _("materials")
        ordering = ["added_at", "pk"]

    def __str__(self):
        return str(self.document)


class FeedKind(models.TextChoices):
    BOOKINGS = "bookings", _("My bookings")
    TRAINER = "trainer", _("Sessions I run")


class CalendarFeedToken(models.Model):
    """A private, revocable calendar-feed address. Only a hash of the token is stored."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="calendar_feeds",
    )
    kind = models.CharField(_("feed"), max_length=20, choices=FeedKind.choices)
    token_hash = models.CharField(_("token hash"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True)

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind"],
                condition=models.Q(revoked_at__isnull=True),
                name="seminars_one_live_feed_per_kind",
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.get_kind_display()}"


class ReminderKind(models.TextChoices):
    DAY_BEFORE = "day_before", _("The day before")
    HOUR_BEFORE = "hour_before", _("One hour before")


class SessionReminder(models.Model):
    """A reminder sent: at most one per person, date and kind, whoever runs the sender."""

    event_date = models.ForeignKey(EventDate, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=ReminderKind.choices)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("session reminder")
        verbose_name_plural = _("session reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["event_date", "user", "kind"], name="seminars_one_reminder"
            ),
        ]
