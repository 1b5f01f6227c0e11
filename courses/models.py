"""Course pages, lessons, H5P packages and learner progress."""

import uuid
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import LessonStreamBlock
from .cache import ViewRestrictionsMixin
from .records import LearningRecord
from .search import page_text
from .steps import CourseStepMixin, sign_in_first


class Area(models.TextChoices):
    INTERCULTURAL = "intercultural", _("Intercultural service")
    MIGRATION_LAW = "migration_law", _("Migration law")
    CUSTOMER_SERVICE = "customer_service", _("Customer-service standards")
    OTHER = "other", _("Other")


class EditorPreviewMixin:
    """The admin's preview shows the content as learners will read it, without progress,
    enrolment or any other write: an editor's preview is never learning evidence."""

    preview_template = "courses/preview.html"

    def get_preview_template(self, request, mode_name):
        return self.preview_template

    def get_preview_context(self, request, mode_name):
        return {"page": self, "self": self, "request": request, "is_preview": True}


class CourseIndexPage(EditorPreviewMixin, ViewRestrictionsMixin, Page):
    """The course catalogue."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1
    template = "courses/catalogue.html"

    class Meta:
        verbose_name = _("course catalogue")

    def serve(self, request, *args, **kwargs):
        """The catalogue is for signed-in staff; it lists only courses they may see."""
        if (response := sign_in_first(request)) is not None:
            return response
        return super().serve(request, *args, **kwargs)

    def route(self, request, path_components):
        """A course is found in one query (its type is known), not two."""
        if path_components:
            course = CoursePage.objects.child_of(self).filter(slug=path_components[0]).first()
            if course is not None:
                course._cached_parent_obj = self
                return course.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        from .selectors import catalogue

        context = super().get_context(request, *args, **kwargs)
        area = request.GET.get("area", "")
        courses, query = catalogue(
            request.user, self, area=area, query=request.GET.get("q", "").strip()
        )
        context.update(
            courses=courses, areas=Area.choices, area=area, q=query, active_nav="catalogue"
        )
        return context


class CoursePage(EditorPreviewMixin, ViewRestrictionsMixin, Page):
    area = models.CharField(_("area"), max_length=30, choices=Area.choices, default=Area.OTHER)
    summary = models.TextField(_("summary"), max_length=1000)
    audience = models.CharField(_("audience"), max_length=300, blank=True)
    estimated_minutes = models.PositiveIntegerField(
        _("estimated time (minutes)"), default=60, validators=[MinValueValidator(1)]
    )
    objectives = models.TextField(
        _("learning objectives"), blank=True, help_text=_("One objective per line.")
    )
    validity_months = models.PositiveIntegerField(
        _("certificate validity (months)"),
        default=0,
        validators=[MaxValueValidator(240)],
        help_text=_("0 means the certificate does not expire."),
    )
    issues_certificate = models.BooleanField(
        _("completing the course issues a certificate"), default=True
    )
    recertification_window_days = models.PositiveIntegerField(
        _("recertification opens this many days before expiry"),
        default=60,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
    )
    recertify_by_month = models.PositiveSmallIntegerField(
        _("recertify every year by: month"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text=_(
            "Instead of a number of months after completion, certificates are valid until this "
            "day of the year (e.g. 31 January). Leave empty to count months."
        ),
    )
    recertify_by_day = models.PositiveSmallIntegerField(
        _("recertify every year by: day"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(31)],
    )
    retraining_days = models.PositiveIntegerField(
        _("days allowed for retraining after a legal change"),
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
    )
    session_required = models.BooleanField(
        _("attending an internal session is required"), default=False
    )
    sequential = models.BooleanField(_("lessons must be taken in order"), default=True)
    self_enrolment = models.BooleanField(
        _("optional: staff may enrol themselves"),
        default=True,
        help_text=_("Untick for courses people take only when assigned."),
    )
    prerequisites = ParentalManyToManyField(
        "self",
        blank=True,
        symmetrical=False,
        related_name="required_for",
        verbose_name=_("prerequisite courses"),
    )
    legal_content_date = models.DateField(
        _("legal content current to"),
        null=True,
        blank=True,
        help_text=_("The date on which the legal content was last checked against the law."),
    )
    requires_legal_review = models.BooleanField(
        _("legal content must be confirmed by the legal team before use"), default=False
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.SearchField("audience"),
        index.SearchField("folded_text"),
        index.AutocompleteField("folded_text"),
        index.FilterField("area"),
        index.FilterField("self_enrolment"),
    ]

    def folded_text(self) -> str:
        """Title, summary, objectives and audience without diacritics."""
        return page_text(self.title, self.summary, self.objectives, self.audience)

    content_panels = Page.content_panels + [
        FieldPanel("area"),
        FieldPanel("summary"),
        FieldPanel("audience"),
        FieldPanel("objectives"),
        FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("validity_months")]),
        MultiFieldPanel(
            [
                FieldPanel("self_enrolment"),
                FieldPanel("sequential"),
                FieldPanel("session_required"),
                FieldPanel("prerequisites"),
            ],
            heading=_("Enrolment and order"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("issues_certificate"),
                FieldPanel("recertification_window_days"),
                FieldRowPanel([FieldPanel("recertify_by_day"), FieldPanel("recertify_by_month")]),
            ],
            heading=_("Certificate and recertification"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("legal_content_date"),
                FieldPanel("requires_legal_review"),
                FieldPanel("retraining_days"),
            ],
            heading=_("Legal content"),
        ),
        HelpPanel(_("Add lessons and the final quiz as child pages of this course.")),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage", "quizzes.QuizPage"]
    template = "courses/course.html"
    context_object_name = "course"

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def objective_list(self):
        return [line.strip() for line in self.objectives.splitlines() if line.strip()]

    def clean(self):
        super().clean()
        by_day, by_month = self.recertify_by_day, self.recertify_by_month
        if (by_day is None) != (by_month is None):
            raise ValidationError(
                {
                    "recertify_by_day" if by_day is None else "recertify_by_month": _(
                        "Give both the day and the month of the yearly date, or neither."
                    )
                }
            )
        if by_day is not None:
            try:
                date(2024, by_month, by_day)  # a leap year: 29 February is allowed
            except ValueError:
                raise ValidationError(
                    {"recertify_by_day": _("This month has no such day.")}
                ) from None

    def serve(self, request, *args, **kwargs):
        """Signed-in people who may see the course (see ``access.can_view_course``); 404 for
        anyone else, so an assigned-only course does not show that it exists."""
        from .access import can_view_course
        from .selectors import learner_course

        if (response := sign_in_first(request)) is not None:
            return response
        mine = learner_course(request.user, self)
        if not can_view_course(request.user, self, enrolled=mine.progress is not None):
            raise Http404
        return super().serve(request, *args, mine=mine, **kwargs)

    def get_context(self, request, *args, mine=None, **kwargs):
        from .access import can_enrol
        from .panels import course_panels
        from .selectors import learner_course

        user = request.user
        mine = mine or learner_course(user, self)
        context = super().get_context(request, *args, **kwargs)
        context.update(
            steps=mine.steps,
            progress=mine.progress,
            next_step=mine.next_step,
            can_enrol=mine.progress is None and can_enrol(user, self),
            missing_prerequisites=mine.missing_prerequisites,
            reopened_steps=mine.reopened,
            course_panels=course_panels(request, self, progress=mine.progress),
            active_nav="catalogue",
        )
        return context

    def route(self, request, path_components):
        """A step is found through the course's cached step tree: one query for the step."""
        from . import cache

        if path_components and self.live:
            found = cache.step_slugs(self).get(path_components[0])
            if found is not None:
                content_type_id, pk = found
                model = cache._step_model(content_type_id)
                step = model.objects.filter(pk=pk, live=True).first()
                if step is not None:
                    step._cached_parent_obj = self
                    return step.route(request, path_components[1:])
        return super().route(request, path_components)


class LessonPage(EditorPreviewMixin, CourseStepMixin, Page):
    step_kind = "lesson"  # how course outlines name this kind of step
    template = "courses/lesson.html"
    context_object_name = "lesson"
    intro = models.TextField(_("lead"), blank=True)
    estimated_minutes = models.PositiveIntegerField(
        _("estimated time (minutes)"), default=15, validators=[MinValueValidator(1)]
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("content"))

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("folded_text"),
    ]

    def folded_text(self) -> str:
        """Title, introduction and text without diacritics, for searches typed without them."""
        return page_text(self.title, self.intro, self.body)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def h5p_blocks(self):
        return [block for block in self.body if block.block_type == "h5p"]

    def record_opening(self, request, place):
        """The first opening is evidence that the person saw the lesson (``StepStart``)."""
        from .selectors import step_opened
        from .services import step_started

        if place.progress is None:
            return
        # Read with the person's summary row (``step_place``); asked here otherwise.
        opened = getattr(place.progress, "step_opened", None)
        if opened is None:
            opened = step_opened(request.user, self)
        if not opened:
            step_started(user=request.user, step=self, course=place.course)

    def get_context(self, request, *args, **kwargs):
        from .selectors import lesson_player

        context = super().get_context(request, *args, **kwargs)
        place = context.get("place")
        context.update(lesson_player(request, self, place=place))
        if context["redo"] is not None and context["redo"].reopened:
            # The legal-change notes of a lesson re-opened mid-course (legal_change_notes).
            context["reopened_steps"] = frozenset({self.pk})
        return context


def h5p_upload_to(instance, filename):
    return f"h5p/{instance.storage_key}.h5p"


class H5PPackage(index.Indexed, models.Model):
    """An uploaded, validated H5P package. Extracted copies are a per-server cache."""

    title = models.CharField(_("title"), max_length=255)
    file = models.FileField(_("H5P file"), upload_to=h5p_upload_to, max_length=255)
    storage_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    main_library = models.CharField(_("content type"), max_length=255, editable=False)
    library_version = models.CharField(max_length=20, editable=False)
    metadata = models.JSONField(default=dict, editable=False)
    size = models.PositiveBigIntegerField(default=0, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, editable=False
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]
    panels = [FieldPanel("title"), FieldPanel("file")]

    class Meta:
        verbose_name = _("H5P activity")
        verbose_name_plural = _("H5P activities")
        ordering = ["title"]

    def __str__(self):
        return self.title

    @property
    def extracted_path(self):
        from pathlib import Path

        return Path(settings.H5P_ROOT) / str(self.storage_key)


class LessonActivity(models.Model):
    """Index of the H5P activities on each lesson's live revision (kept on publish)."""

    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="activities")
    block_id = models.CharField(max_length=64)
    package = models.ForeignKey(H5PPackage, on_delete=models.CASCADE, related_name="uses")
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["lesson", "position"]
        constraints = [
            models.UniqueConstraint(fields=["lesson", "block_id"], name="lesson_activity_unique")
        ]


class EnrolmentSource(models.TextChoices):
    SELF = "self", _("Self-enrolled")
    MANUAL = "manual", _("Assigned")
    RULE = "rule", _("Assigned by rule")
    LAW_CHANGE = "law_change", _("Legal change")
    RECERTIFICATION = "recertification", _("Recertification")


class ProgressStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    AWAITING_SESSION = "awaiting_session", _("Awaiting session attendance")
    COMPLETED = "completed", _("Completed")


class CourseProgress(LearningRecord):
    """One summary row per person and course: dashboards read this, never raw rows."""

    non_evidence_links = ("next_step",)  # where to continue, not what was done

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="course_progress"
    )
    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="progress")
    source = models.CharField(
        max_length=20, choices=EnrolmentSource.choices, default=EnrolmentSource.SELF
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(
        max_length=20, choices=ProgressStatus.choices, default=ProgressStatus.NOT_STARTED
    )
    steps_done = models.PositiveIntegerField(default=0)
    steps_total = models.PositiveIntegerField(default=0)
    percent = models.PositiveSmallIntegerField(default=0)
    next_step = models.ForeignKey(
        Page, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    enrolled_at = models.DateTimeField(_("enrolled"), auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    # The course page's revision when the course was completed (evidence, never changed).
    completed_revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # A training cycle is one pass through the course. Recertification (or a leader asking
    # people to repeat a course) starts a new one: the earlier cycles' completions stay as
    # evidence, and this row then counts only what the person does in the current cycle.
    cycle = models.PositiveIntegerField(_("training cycle"), default=1)
    cycle_started_at = models.DateTimeField(_("cycle started"), null=True, blank=True)

    class Meta:
        verbose_name = _("course progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="course_progress_unique"),
            models.CheckConstraint(
                condition=models.Q(percent__lte=100), name="course_progress_percent_max"
            ),
            models.CheckConstraint(
                condition=models.Q(steps_done__lte=models.F("steps_total")),
                name="course_progress_steps_done_max",
            ),
        ]
        indexes = [models.Index(fields=["course", "status"])]

    # Names for templates, which cannot reach ProgressStatus.
    @property
    def is_completed(self):
        return self.status == ProgressStatus.COMPLETED

    @property
    def is_awaiting_session(self):
        return self.status == ProgressStatus.AWAITING_SESSION

    @property
    def is_not_started(self):
        return self.status == ProgressStatus.NOT_STARTED


class StepStart(LearningRecord):
    """The first time a person opened a course step, with the revision shown (append-only).

    Finishing a lesson by its button needs one: the lesson must have been opened."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    step = models.ForeignKey(Page, on_delete=models.PROTECT, related_name="+")
    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="+")
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, on_delete=models.PROTECT, related_name="+"
    )
    started_at = models.DateTimeField()

    class Meta:
        verbose_name = _("opened step")
        constraints = [models.UniqueConstraint(fields=["user", "step"], name="step_start_unique")]

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValueError("A step start is evidence: it is never changed.")
        super().save(*args, **kwargs)


class LessonCompletionQuerySet(models.QuerySet):
    def current(self):
        """Completions that count: in each person's current training cycle of the course
        (see ``CourseProgress.cycle``) and not re-opened by a legal change. Earlier cycles
        and re-opened rows stay as evidence but no longer count."""
        cycle = CourseProgress.objects.filter(
            user_id=models.OuterRef("user_id"), course_id=models.OuterRef("course_id")
        ).values("cycle")[:1]
        return self.counting().filter(cycle=Coalesce(models.Subquery(cycle), 1))

    def counting(self):
        """Completions not re-opened by a legal change (of any cycle)."""
        return self.filter(reopened_at__isnull=True)


class LessonCompletion(LearningRecord):
    """A finished course step (lesson or quiz) with the page revision the learner saw."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="lesson_completions"
    )
    lesson = models.ForeignKey(Page, on_delete=models.PROTECT, related_name="completions")
    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="+")
    # PROTECT: the revision is the evidence of what the person saw (purge_revisions skips it).
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, on_delete=models.PROTECT, related_name="+"
    )
    completed_at = models.DateTimeField()
    cycle = models.PositiveIntegerField(_("training cycle"), default=1)
    # A material legal change re-opens the lesson for someone still mid-course: the row keeps
    # its date and revision (and its history says who re-opened it and why), but it no
    # longer counts towards the course; finishing the lesson again writes a new row.
    reopened_at = models.DateTimeField(_("re-opened"), null=True, blank=True)
    reopened_reason = models.CharField(_("why it was re-opened"), max_length=500, blank=True)

    objects = LessonCompletionQuerySet.as_manager()

    class Meta:
        constraints = [
            # Once per cycle and revision: retraining after a legal change completes the
            # lesson again on its newer revision (courses.services.step_complete).
            models.UniqueConstraint(
                fields=["user", "lesson", "cycle", "revision"],
                name="lesson_completion_unique_revision",
            )
        ]
        indexes = [models.Index(fields=["user", "course"])]


class ActivityState(LearningRecord):
    """A learner's state and result for one H5P activity on one lesson."""

    # The package is kept while it exists; the lesson and block say which activity it was.
    non_evidence_links = ("package",)
    # The player saves its state every few seconds: the result is the evidence, not the state.
    history_excluded_fields = ("state",)

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="activity_states"
    )
    lesson = models.ForeignKey(LessonPage, on_delete=models.PROTECT, related_name="+")
    block_id = models.CharField(max_length=64)
    package = models.ForeignKey(H5PPackage, null=True, on_delete=models.SET_NULL)
    state = models.TextField(blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    score_raw = models.FloatField(null=True, blank=True)
    score_max = models.FloatField(null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson", "block_id"], name="activity_state_unique"
            )
        ]


class XAPIStatement(LearningRecord):
    """Every accepted xAPI statement, as received (append-only)."""

    history_excluded_fields = ("statement",)  # kept once, in the row itself

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    lesson = models.ForeignKey(LessonPage, on_delete=models.PROTECT, related_name="+")
    block_id = models.CharField(max_length=64)
    verb = models.CharField(max_length=255)
    top_level = models.BooleanField()
    statement = models.JSONField()
    received_at = models.DateTimeField(_("received"), auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["user", "lesson"])]


from .legal_review import LegalReviewRequest  # noqa: E402, F401
