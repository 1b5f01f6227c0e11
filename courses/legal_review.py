"""Legal review of course content: courses whose legal check is stale, and lessons that a
leader or HR marked "needs legal review" after noticing a change in the law.

A request reaches the editors as a task in the Wagtail admin (``/admin/legal-review/``);
an editor who may publish the lesson resolves it ("reviewed: updated" or "no change needed")
with a note, and the reporter is told. One open request per lesson and reporter at a time.
"""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

WHAT_MAX = 500
WHY_MAX = 500
NOTE_MAX = 1000
DEFAULT_REVIEW_MONTHS = 6


class ReviewStatus(models.TextChoices):
    OPEN = "open", _("open")
    RESOLVED = "resolved", _("reviewed: updated")
    DISMISSED = "dismissed", _("no change needed")


class LegalReviewRequest(models.Model):
    """A lesson someone marked "needs legal review": what changed in the law, and why."""

    lesson = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.PROTECT,
        related_name="legal_review_requests",
        verbose_name=_("lesson"),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.PROTECT,
        related_name="lesson_legal_review_requests",
        verbose_name=_("course"),
    )
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="legal_review_reports",
        verbose_name=_("reported by"),
    )
    what = models.TextField(_("what changed"), max_length=WHAT_MAX)
    why = models.TextField(_("why / source"), max_length=WHY_MAX, blank=True)
    created_at = models.DateTimeField(_("reported at"), default=timezone.now)
    status = models.CharField(
        _("status"), max_length=20, choices=ReviewStatus.choices, default=ReviewStatus.OPEN
    )
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="legal_reviews_resolved",
        verbose_name=_("resolved by"),
    )
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    resolution_note = models.TextField(_("resolution note"), max_length=NOTE_MAX, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("legal review request")
        verbose_name_plural = _("legal review requests")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["lesson", "reported_by"],
                condition=Q(status="open"),
                name="legal_review_one_open_per_lesson_and_reporter",
            ),
            models.CheckConstraint(
                condition=(Q(status="open") & Q(resolved_at__isnull=True))
                | (Q(status__in=["resolved", "dismissed"]) & Q(resolved_at__isnull=False)),
                name="legal_review_resolved_when_closed",
            ),
        ]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return f"{self.lesson_id}: {self.what[:60]}"


# --- reads ------------------------------------------------------------------------------------


def review_months() -> int:
    """How old (in months) a course's legal check may be before it is due again."""
    return int(getattr(settings, "KADRA_LEGAL_REVIEW_MONTHS", DEFAULT_REVIEW_MONTHS))


def months_before(day: date, months: int) -> date:
    """The same day ``months`` months earlier (the month's last day when it has no such day)."""
    import calendar

    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_between(earlier: date, later: date) -> int:
    """Whole months from ``earlier`` to ``later``."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return max(months, 0)


@dataclass(frozen=True)
class StaleCourse:
    course: object
    checked: date | None
    months: int | None


@dataclass(frozen=True)
class StaleList:
    months: int
    cutoff: date
    stale: list  # of StaleCourse, oldest check first
    undated: list  # of StaleCourse, by title

    @property
    def count(self) -> int:
        return len(self.stale) + len(self.undated)


def stale_courses_queryset(*, today: date | None = None, months: int | None = None):
    """Live courses whose legal check is older than ``months`` months, or missing."""
    from .models import CoursePage

    today = today or timezone.localdate()
    months = review_months() if months is None else months
    cutoff = months_before(today, months)
    return CoursePage.objects.live().filter(
        Q(legal_content_date__lt=cutoff) | Q(legal_content_date__isnull=True)
    )


def stale_courses(*, today: date | None = None, months: int | None = None) -> StaleList:
    """The stale list: courses checked before the cutoff (oldest first) and courses with no
    date at all. Two queries, whatever the number of courses."""
    from .models import CoursePage

    today = today or timezone.localdate()
    months = review_months() if months is None else months
    cutoff = months_before(today, months)
    live = CoursePage.objects.live()
    stale = [
        StaleCourse(c, c.legal_content_date, months_between(c.legal_content_date, today))
        for c in live.filter(legal_content_date__lt=cutoff).order_by(
            "legal_content_date", "title", "pk"
        )
    ]
    undated = [
        StaleCourse(c, None, None)
        for c in live.filter(legal_content_date__isnull=True).order_by("title", "pk")
    ]
    return StaleList(months=months, cutoff=cutoff, stale=stale, undated=undated)


def open_requests():
    return (
        LegalReviewRequest.objects.filter(status=ReviewStatus.OPEN)
        .select_related("lesson", "course", "reported_by")
        .order_by("created_at", "pk")
    )


def reportable_lessons(course):
    """The live lessons of ``course`` a report may name."""
    from .models import LessonPage

    return LessonPage.objects.live().child_of(course).order_by("path")


# --- writes -----------------------------------------------------------------------------------


def _editors():
    from lms.models import ROLE_GROUPS, Role, User

    return (
        User.objects.filter(is_active=True)
        .filter(Q(groups__name=ROLE_GROUPS[Role.EDITOR]) | Q(is_superuser=True))
        .distinct()
        .order_by("pk")
    )


def legal_review_report(
    *, course, lesson, what: str, why: str = "", acting_user
) -> tuple[LegalReviewRequest, bool]:
    """Mark ``lesson`` of ``course`` as needing legal review. Returns the request and whether
    it is new: a reporter's second report of a lesson still open adds nothing."""
    from django.urls import reverse

    from lms.notifications import notify

    what, why = (what or "").strip(), (why or "").strip()
    errors = {}
    if not what:
        errors["what"] = [_("Say what changed in the law.")]
    elif len(what) > WHAT_MAX:
        errors["what"] = [_("Keep it to %(max)s characters.") % {"max": WHAT_MAX}]
    if len(why) > WHY_MAX:
        errors["why"] = [_("Keep it to %(max)s characters.") % {"max": WHY_MAX}]
    if lesson.get_parent().pk != course.pk or not lesson.live:
        errors["lesson"] = [_("Choose a published lesson of this course.")]
    if errors:
        raise ValidationError(errors)
    existing = LegalReviewRequest.objects.filter(
        lesson_id=lesson.pk, reported_by=acting_user, status=ReviewStatus.OPEN
    ).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            request = LegalReviewRequest(
                lesson_id=lesson.pk, course=course, reported_by=acting_user, what=what, why=why
            )
            request._history_user = acting_user
            request.save()
            notify(
                recipients=list(_editors()),
                kind="legal_review_requested",
                template="courses/legal_review/notifications/requested",
                context={
                    "review": request,
                    "lesson": lesson,
                    "course": course,
                    "reporter": acting_user,
                    "render_key": f"legal-review-{request.pk}",
                },
                link=reverse("legal_review_admin_requests"),
            )
    except IntegrityError:  # the same report sent twice at once: the other one stands
        existing = LegalReviewRequest.objects.filter(
            lesson_id=lesson.pk, reported_by=acting_user, status=ReviewStatus.OPEN
        ).first()
        if existing is None:
            raise
        return existing, False
    return request, True


CLOSING = (ReviewStatus.RESOLVED, ReviewStatus.DISMISSED)


def legal_review_resolve(*, review, outcome: str, note: str, acting_user) -> LegalReviewRequest:
    """Close an open request: the lesson was updated (``resolved``) or needs no change
    (``dismissed``), with a required note; the reporter is told."""
    from lms.notifications import notify

    note = (note or "").strip()
    errors = {}
    if outcome not in CLOSING:
        errors["outcome"] = [_("Choose whether the lesson was updated or needs no change.")]
    if not note:
        errors["note"] = [_("Write a note for the person who reported it.")]
    elif len(note) > NOTE_MAX:
        errors["note"] = [_("Keep it to %(max)s characters.") % {"max": NOTE_MAX}]
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        locked = (
            LegalReviewRequest.objects.select_for_update()
            .select_related("lesson", "course", "reported_by")
            .get(pk=review.pk)
        )
        if locked.status != ReviewStatus.OPEN:
            raise ValidationError(_("This request was already closed by someone else."))
        locked.status = outcome
        locked.resolved_by = acting_user
        locked.resolved_at = timezone.now()
        locked.resolution_note = note
        locked._history_user = acting_user
        locked.save()
        notify(
            recipients=[locked.reported_by],
            kind="legal_review_resolved",
            template="courses/legal_review/notifications/resolved",
            context={"review": locked, "lesson": locked.lesson, "course": locked.course},
            link=locked.course.url or "/",
        )
    return locked


# --- registration -----------------------------------------------------------------------------


def course_panel_data(request, course):
    """ "Noticed a change in the law?" on the course page, for leaders and HR."""
    from .access import can_report_legal_review

    if not can_report_legal_review(request.user, course):
        return None
    from django.urls import reverse

    return {"course": course, "url": reverse("legal_review_report", args=[course.pk])}


def _sees_stale_list(user) -> bool:
    from .access import can_view_stale_legal_list

    return can_view_stale_legal_list(user)


def register() -> None:
    """The course-page panel and the navigation entry (called from ``CoursesConfig.ready``)."""
    from lms.panels import NavItem, register_nav_item

    from .panels import CoursePanel, register_course_panel

    register_course_panel(
        CoursePanel(
            name="legal_review",
            template="courses/legal_review/course_panel.html",
            data=course_panel_data,
            order=90,
        )
    )
    register_nav_item(
        NavItem(
            key="legal_review",
            label=_("Legal review"),
            url="legal_review_list",
            visible=_sees_stale_list,
            order=66,
        )
    )
