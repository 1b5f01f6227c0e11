"""Question bank, quiz pages and attempts graded on the server."""

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.snippets.blocks import SnippetChooserBlock

from courses.models import EditorPreviewMixin
from courses.records import LearningRecord
from courses.steps import CourseStepMixin


class QuestionCategory(index.Indexed, models.Model):
    """A category of the bank. Names are paths ("Prawo/KPA"): a category includes its
    sub-categories, as in Moodle's GIFT ``$CATEGORY`` lines."""

    name = models.CharField(
        _("name"),
        max_length=255,
        unique=True,
        help_text=_("Use / for sub-categories, e.g. Prawo migracyjne/KPA."),
        error_messages={"unique": _("A category with this name already exists.")},
    )
    description = models.TextField(_("description"), blank=True)
    search_text = models.TextField(editable=False, default="")

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta:
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        from .search import search_text

        self.search_text = search_text(self.name, self.description)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        super().save(*args, **kwargs)

    def subtree_q(self, prefix="category__"):
        return models.Q(**{f"{prefix}name": self.name}) | models.Q(
            **{f"{prefix}name__startswith": self.name + "/"}
        )


class QuestionTag(TaggedItemBase):
    content_object = ParentalKey(
        "quizzes.Question", on_delete=models.CASCADE, related_name="tagged_items"
    )


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TRUEFALSE = "truefalse", _("True/false")
    MATCHING = "matching", _("Matching")
    ORDERING = "ordering", _("Ordering")
    SHORT = "short", _("Short answer")


class TextFormat(models.TextChoices):
    PLAIN = "plain", _("Plain text")
    HTML = "html", _("HTML")


class Scoring(models.TextChoices):
    ALL_OR_NOTHING = "all_or_nothing", _("All or nothing")
    PARTIAL = "partial", _("Partial credit (wrong ticks subtract)")


class TrueFalseChoice(forms.RadioSelect):
    """The correct answer of a true/false question: two radio buttons, none chosen at first,
    so an editor never saves a key they did not pick."""

    def __init__(self, attrs=None):
        super().__init__(attrs, choices=[("True", _("True")), ("False", _("False"))])

    def format_value(self, value):
        return [] if value in (None, "") else [str(value in (True, "True", "true"))]


class Question(index.Indexed, ClusterableModel):
    category = models.ForeignKey(
        QuestionCategory,
        on_delete=models.PROTECT,
        related_name="questions",
        verbose_name=_("category"),
    )
    name = models.CharField(_("name"), max_length=255)
    kind = models.CharField(_("type"), max_length=20, choices=QuestionKind.choices)
    text = models.TextField(_("question"))
    text_format = models.CharField(
        _("text format"),
        max_length=10,
        choices=TextFormat.choices,
        default=TextFormat.PLAIN,
        help_text=_("HTML is cleaned when saved: scripts, styles and event handlers are removed."),
    )
    general_feedback = models.TextField(
        _("general feedback"), blank=True, help_text=_("Shown after the attempt; explain why.")
    )
    scoring = models.CharField(
        _("scoring"),
        max_length=20,
        choices=Scoring.choices,
        default=Scoring.ALL_OR_NOTHING,
        help_text=_("For multiple choice and ordering questions."),
    )
    correct_true = models.BooleanField(
        _("the correct answer"),
        null=True,
        blank=True,
        default=None,
        help_text=_("For true/false questions: choose whether the statement is true or false."),
    )
    feedback_true = models.TextField(_("feedback when answering true"), blank=True)
    feedback_false = models.TextField(_("feedback when answering false"), blank=True)
    ignore_case = models.BooleanField(_("ignore letter case"), default=True)
    ignore_diacritics = models.BooleanField(_("ignore Polish diacritics"), default=False)
    ignore_spaces = models.BooleanField(_("ignore extra spaces"), default=True)
    shuffle_answers = models.BooleanField(_("shuffle answers"), default=True)
    lessons = ParentalManyToManyField(
        "courses.LessonPage",
        blank=True,
        related_name="questions",
        verbose_name=_("lessons this question tests"),
    )
    tags = ClusterTaggableManager(through=QuestionTag, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    search_text = models.TextField(editable=False, default="")

    search_fields = [
        index.SearchField("name"),
        index.SearchField("text"),
        index.AutocompleteField("name"),
        index.FilterField("kind"),
        index.FilterField("category_id"),
    ]
    panels = [
        FieldPanel("category"),
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("text"),
        FieldPanel("text_format"),
        InlinePanel(
            "options",
            label=_("Answers"),
            help_text=_(
                "Choices for single and multiple choice (tick the correct ones); left and "
                "right items for matching; items in the correct order for ordering; "
                "accepted answers for short answer (weight = share of the mark)."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("correct_true", widget=TrueFalseChoice),
                FieldPanel("feedback_true"),
                FieldPanel("feedback_false"),
            ],
            heading=_("True/false"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("ignore_case"),
                        FieldPanel("ignore_diacritics"),
                        FieldPanel("ignore_spaces"),
                    ]
                )
            ],
            heading=_("Short answer matching"),
        ),
        FieldPanel("scoring"),
        FieldPanel("shuffle_answers"),
        FieldPanel("general_feedback"),
        FieldPanel("lessons"),
        FieldPanel("tags"),
    ]

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["category__name", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        from .html import clean_html, plain_text
        from .search import search_text

        if self.text_format == TextFormat.HTML:
            self.text = clean_html(self.text)
        self.search_text = search_text(self.name, plain_text(self.text, self.text_format))
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        super().save(*args, **kwargs)


class QuestionOption(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    text = models.TextField(
        _("answer / left item"),
        blank=True,
        help_text=_("For matching, leave it empty to add a right item that matches nothing."),
    )
    match_text = models.CharField(
        _("matching right item"),
        max_length=500,
        blank=True,
        help_text=_("Only for matching questions."),
    )
    is_correct = models.BooleanField(_("correct"), default=False)
    weight = models.DecimalField(
        _("weight"),
        max_digits=8,
        decimal_places=7,
        null=True,
        blank=True,
        validators=[MinValueValidator(-1), MaxValueValidator(1)],
        help_text=_("Optional: share of the mark, from -1 to 1."),
    )
    feedback = models.TextField(_("feedback"), blank=True)

    panels = [
        FieldPanel("text"),
        FieldPanel("match_text"),
        FieldPanel("is_correct"),
        FieldPanel("weight"),
        FieldPanel("feedback"),
    ]


class QuestionVersion(models.Model):
    """An immutable snapshot of a question as it can be asked. Editing a question that
    has been asked creates a new version; attempts point at the version they asked."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    snapshot = models.JSONField()
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["question", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["question", "number"], name="question_version_unique")
        ]


class ReviewMode(models.TextChoices):
    SCORE = "score", _("Score only")
    WRONG = "wrong", _("Score and which answers were wrong")
    FULL = "full", _("Correct answers with feedback")


class RandomSectionBlock(blocks.StructBlock):
    category = SnippetChooserBlock(QuestionCategory, label=_("Category"), required=False)
    tag = blocks.CharBlock(label=_("Tag"), required=False, max_length=100)
    count = blocks.IntegerBlock(label=_("Number of questions"), min_value=1, default=5)

    class Meta:
        icon = "repeat"
        label = _("Random questions")


class FixedSectionBlock(blocks.StructBlock):
    questions = blocks.ListBlock(SnippetChooserBlock(Question), label=_("Questions"))

    class Meta:
        icon = "list-ol"
        label = _("Fixed questions")


class QuizPage(EditorPreviewMixin, CourseStepMixin, Page):
    step_kind = "quiz"  # how course outlines name this kind of step
    template = "quizzes/quiz.html"
    context_object_name = "quiz"
    intro = models.TextField(_("introduction"), blank=True)
    sections = StreamField(
        [("random", RandomSectionBlock()), ("fixed", FixedSectionBlock())],
        verbose_name=_("question sections"),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=80, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    time_limit_minutes = models.PositiveIntegerField(
        _("time limit (minutes)"), default=0, help_text=_("0 means no time limit.")
    )
    max_attempts = models.PositiveIntegerField(
        _("maximum attempts"), default=3, help_text=_("0 means unlimited.")
    )
    wait_minutes = models.PositiveIntegerField(
        _("waiting time between attempts (minutes)"), default=0
    )
    review_mode = models.CharField(
        _("after the attempt the learner sees"),
        max_length=10,
        choices=ReviewMode.choices,
        default=ReviewMode.FULL,
    )
    one_per_page = models.BooleanField(_("one question per page"), default=False)
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("sections"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("time_limit_minutes")]),
                FieldRowPanel([FieldPanel("max_attempts"), FieldPanel("wait_minutes")]),
                FieldPanel("review_mode"),
                FieldRowPanel([FieldPanel("one_per_page"), FieldPanel("shuffle_questions")]),
            ],
            heading=_("Rules"),
        ),
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def get_context(self, request, *args, **kwargs):
        from . import access, services

        context = super().get_context(request, *args, **kwargs)
        user, progress = request.user, context["progress"]
        history = services.quiz_history(user, self, progress=progress)
        attempts = [a for a in history.attempts if a.purpose == AttemptPurpose.QUIZ]
        for attempt in attempts:
            if attempt.is_open:  # past its time limit, it is closed (and graded) when seen
                services.close_if_expired(attempt)
                attempt.refresh_from_db()
        in_cycle = history.in_cycle  # only these count (see CourseProgress.cycle)
        context.update(
            attempts=attempts,
            open_attempt=next((a for a in attempts if a.is_open), None),
            passed=any(a.passed for a in in_cycle),
            attempts_left=history.attempts_left(),
            next_start=history.next_start_time(),
            can_see_stats=access.can_view_statistics(user, self),
        )
        return context


class AttemptStatus(models.TextChoices):
    OPEN = "open", _("In progress")
    SUBMITTED = "submitted", _("Submitted")
    EXPIRED = "expired", _("Closed at the time limit")


class AttemptPurpose(models.TextChoices):
    QUIZ = "quiz", _("Quiz attempt")
    # After a material legal change: the final quiz's questions linked to the changed
    # lessons only. It neither completes the quiz step nor uses up its attempts.
    UPDATE_CHECK = "update_check", _("Update check after a legal change")


class Attempt(LearningRecord):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey(QuizPage, on_delete=models.PROTECT, related_name="attempts")
    number = models.PositiveIntegerField()
    # PROTECT: the quiz's revision the person took is evidence (purge_revisions skips it).
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(
        max_length=10, choices=AttemptStatus.choices, default=AttemptStatus.OPEN
    )
    seed = models.BigIntegerField()
    started_at = models.DateTimeField()
    deadline = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    pass_mark = models.PositiveSmallIntegerField()
    score = models.DecimalField(max_digits=9, decimal_places=4, null=True)
    max_score = models.DecimalField(max_digits=9, decimal_places=4, default=0)
    percent = models.DecimalField(max_digits=6, decimal_places=2, null=True)
    passed = models.BooleanField(null=True)
    completion = models.ForeignKey(
        "courses.LessonCompletion",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="quiz_attempts",
        help_text=_("The completion of the quiz step that passing this attempt recorded."),
    )
    purpose = models.CharField(
        _("purpose"), max_length=20, choices=AttemptPurpose.choices, default=AttemptPurpose.QUIZ
    )
    # An update check: the ids of the changed lessons its questions were drawn for.
    scope_lessons = models.JSONField(_("lessons checked"), default=list, blank=True)

    class Meta:
        ordering = ["quiz", "user", "number"]
        constraints = [
            models.UniqueConstraint(fields=["user", "quiz", "number"], name="attempt_unique"),
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=models.Q(status="open"),
                name="attempt_one_open",
            ),
        ]
        indexes = [models.Index(fields=["status", "deadline"])]

    @property
    def is_open(self):
        return self.status == AttemptStatus.OPEN

    @property
    def is_expired(self):
        return self.status == AttemptStatus.EXPIRED


class AttemptQuestion(LearningRecord):
    """A question as asked in one attempt, with the learner's answer and its grade."""

    # The bank's question while it exists; what was asked is the version and the snapshot.
    non_evidence_links = ("question",)

    attempt = models.ForeignKey(Attempt, on_delete=models.PROTECT, related_name="questions")
    position = models.PositiveIntegerField()
    question = models.ForeignKey(Question, null=True, on_delete=models.SET_NULL, related_name="+")
    version = models.ForeignKey(QuestionVersion, on_delete=models.PROTECT, related_name="asked")
    snapshot = models.JSONField()
    response = models.JSONField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    fraction = models.DecimalField(max_digits=5, decimal_places=4, null=True)

    class Meta:
        ordering = ["attempt", "position"]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "position"], name="attempt_question_unique")
        ]


def _connect_caches():
    """Question pools cached per quiz revision follow every change to the bank."""
    from .cache import connect

    connect()


_connect_caches()
