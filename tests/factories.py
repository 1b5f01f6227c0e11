"""factory-boy factories for every model of the project."""

import factory
from django.contrib.auth.models import Group
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Site

from courses.models import CourseIndexPage, CoursePage, CourseProgress, LessonPage
from lms.models import ROLE_GROUPS, OrgUnit, Role, User

PASSWORD = "correct-horse-battery"


class OrgUnitFactory(DjangoModelFactory):
    class Meta:
        model = OrgUnit

    name = factory.Sequence(lambda n: f"Zespół {n}")
    code = factory.Sequence(lambda n: f"U-{n}")

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        unit = model_class(*args, **kwargs)
        if parent is None:
            return model_class.add_root(instance=unit)
        return parent.add_child(instance=unit)


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    first_name = factory.Faker("first_name", locale="pl_PL")
    last_name = factory.Faker("last_name", locale="pl_PL")
    email = factory.Sequence(lambda n: f"person{n}@example.gov.pl")
    employee_number = factory.Sequence(lambda n: f"E{n:05d}")
    job_title = "Inspektor"
    org_unit = None

    @factory.post_generation
    def password(self, create, extracted, **kwargs):
        self.set_password(extracted or PASSWORD)
        if create:
            self.save(update_fields=["password"])

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if not create:
            return
        for role in [Role.EMPLOYEE, *(extracted or [])]:
            self.groups.add(Group.objects.get_or_create(name=ROLE_GROUPS[role])[0])


def catalogue() -> CourseIndexPage:
    return CourseIndexPage.objects.get()


class PageFactory(DjangoModelFactory):
    """A Wagtail page added under ``parent`` (or the default parent) and published."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, parent=None, publish=True, **kwargs):
        page = model_class(*args, **kwargs)
        (parent or cls.default_parent()).add_child(instance=page)
        if publish:
            page.save_revision().publish()
        return page


class CoursePageFactory(PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Kurs {n}")
    slug = factory.Sequence(lambda n: f"kurs-{n}")
    summary = "Podsumowanie kursu."
    area = "customer_service"
    sequential = True
    self_enrolment = True

    @classmethod
    def default_parent(cls):
        return catalogue()


class LessonPageFactory(PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lekcja {n}")
    slug = factory.Sequence(lambda n: f"lekcja-{n}")
    intro = "Wprowadzenie."
    body = factory.LazyFunction(lambda: [{"type": "text", "value": "<p>Treść lekcji.</p>"}])

    @classmethod
    def default_parent(cls):
        return CoursePageFactory()


class CourseProgressFactory(DjangoModelFactory):
    class Meta:
        model = CourseProgress

    user = factory.SubFactory(UserFactory)
    course = factory.SubFactory(CoursePageFactory)


class QuizPageFactory(PageFactory):
    """A quiz with no questions of its own; pass ``sections`` to add some."""

    class Meta:
        model = "quizzes.QuizPage"

    title = factory.Sequence(lambda n: f"Test {n}")
    slug = factory.Sequence(lambda n: f"test-{n}")
    sections = factory.LazyFunction(list)

    @classmethod
    def default_parent(cls):
        return CoursePageFactory()


class AttemptFactory(DjangoModelFactory):
    class Meta:
        model = "quizzes.Attempt"

    user = factory.SubFactory(UserFactory)
    quiz = factory.LazyFunction(lambda: QuizPageFactory())
    number = factory.Sequence(lambda n: n + 1)
    seed = 1234
    started_at = factory.LazyFunction(timezone.now)
    pass_mark = 80


# --- quizzes ---------------------------------------------------------------------------------
# (imports are local: this block is appended below the others)

QUESTION_SAMPLES = {
    "single": {
        "type": "single",
        "text": "Which office decides on a temporary residence permit?",
        "choices": [
            {"text": "The voivode", "correct": True, "feedback": "Yes, the voivode."},
            {"text": "The mayor", "correct": False, "feedback": "No."},
            {"text": "The border guard", "correct": False, "feedback": ""},
        ],
        "general_feedback": "Art. 98 of the Act on foreigners.",
    },
    "multiple": {
        "type": "multiple",
        "scoring": "partial",
        "text": "Which documents prove identity?",
        "choices": [
            {"text": "Passport", "correct": True},
            {"text": "Residence card", "correct": True},
            {"text": "Library card", "correct": False},
            {"text": "Bus ticket", "correct": False},
        ],
    },
    "truefalse": {
        "type": "truefalse",
        "text": "A foreigner may file the application in English.",
        "answer": False,
        "feedback_true": "Polish is the official language.",
        "feedback_false": "Right: Polish is the official language.",
    },
    "matching": {
        "type": "matching",
        "text": "Match the form to its purpose.",
        "pairs": [["Form A", "Work permit"], ["Form B", "Residence"], ["Form C", "Visa"]],
    },
    "ordering": {
        "type": "ordering",
        "text": "Put the steps in order.",
        "items": ["Application", "Fingerprints", "Decision"],
    },
    "short": {
        "type": "short",
        "text": "Which code regulates administrative procedure (abbreviation)?",
        "answers": [{"text": "KPA", "fraction": 1.0, "feedback": "Yes."}, "k.p.a."],
        "ignore_case": True,
    },
}


class QuestionCategoryFactory(DjangoModelFactory):
    class Meta:
        model = "quizzes.QuestionCategory"
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Kategoria {n}")


class QuestionFactory(DjangoModelFactory):
    """A bank question made through ``quizzes.bank.question_from_dict`` (so it has options
    and version 1). ``kind`` picks a sample from QUESTION_SAMPLES; ``data`` overrides it."""

    class Meta:
        model = "quizzes.Question"

    category = factory.SubFactory(QuestionCategoryFactory)
    kind = "single"
    name = factory.Sequence(lambda n: f"Pytanie {n:03d}")

    @classmethod
    def _create(cls, model_class, *args, category, kind, name, data=None, **kwargs):
        import copy

        from quizzes.bank import question_from_dict

        payload = {**copy.deepcopy(QUESTION_SAMPLES[kind]), "name": name, **(data or {})}
        return question_from_dict(payload, category=category, **kwargs)


def fixed_section(*questions) -> dict:
    return {"type": "fixed", "value": {"questions": [q.pk for q in questions]}}


def random_section(category, count, tag="") -> dict:
    return {"type": "random", "value": {"category": category.pk, "tag": tag, "count": count}}


# --- courses: H5P packages -------------------------------------------------------------------
# (imports are local: this block is appended below the others)


class H5PPackageFactory(DjangoModelFactory):
    """An H5P package stored from a real ``.h5p`` file (``source``, a path; MultiChoice by
    default), validated and described as the admin upload form does."""

    class Meta:
        model = "courses.H5PPackage"

    title = factory.Sequence(lambda n: f"Ćwiczenie {n}")

    @classmethod
    def _create(cls, model_class, *args, source=None, **kwargs):
        from pathlib import Path

        from django.core.files import File

        from courses.h5p_package import validate_package

        fixtures = Path(__file__).resolve().parents[2] / "shared" / "h5p"
        source = Path(source or fixtures / "H5P.MultiChoice.h5p")
        with source.open("rb") as fh:
            info = validate_package(fh)
            package = model_class(
                *args,
                main_library=info.main_library,
                library_version=info.main_library_version,
                size=info.total_size,
                metadata={"title": info.title, "libraries": [lib.folder for lib in info.libraries]},
                **kwargs,
            )
            fh.seek(0)
            package.file.save(source.name, File(fh), save=True)
        return package


# --- the remaining models --------------------------------------------------------------------


class CourseIndexPageFactory(DjangoModelFactory):
    """The catalogue is a single page created by a migration: this returns it."""

    class Meta:
        model = CourseIndexPage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return model_class.objects.get()


class LessonCompletionFactory(DjangoModelFactory):
    class Meta:
        model = "courses.LessonCompletion"

    user = factory.SubFactory(UserFactory)
    lesson = factory.LazyAttribute(lambda o: LessonPageFactory(parent=o.course))
    course = factory.SubFactory(CoursePageFactory)
    revision = factory.LazyAttribute(lambda o: o.lesson.live_revision)
    completed_at = factory.LazyFunction(timezone.now)


class LessonActivityFactory(DjangoModelFactory):
    """A lesson with one H5P block, published so the activity index holds it."""

    class Meta:
        model = "courses.LessonActivity"

    @classmethod
    def _create(cls, model_class, *args, course=None, package=None, **kwargs):
        package = package or H5PPackageFactory()
        lesson = LessonPageFactory(
            parent=course or CoursePageFactory(),
            body=[{"type": "h5p", "value": {"package": package.pk, "instructions": ""}}],
        )
        return model_class.objects.get(lesson=lesson)


class ActivityStateFactory(DjangoModelFactory):
    class Meta:
        model = "courses.ActivityState"

    user = factory.SubFactory(UserFactory)
    state = '{"answers": []}'

    @classmethod
    def _create(cls, model_class, *args, activity=None, **kwargs):
        activity = activity or LessonActivityFactory()
        kwargs.setdefault("lesson", activity.lesson)
        kwargs.setdefault("block_id", activity.block_id)
        kwargs.setdefault("package", activity.package)
        return super()._create(model_class, *args, **kwargs)


class XAPIStatementFactory(DjangoModelFactory):
    class Meta:
        model = "courses.XAPIStatement"

    user = factory.SubFactory(UserFactory)
    lesson = factory.LazyAttribute(lambda o: LessonPageFactory(parent=CoursePageFactory()))
    block_id = "block"
    verb = "http://adlnet.gov/expapi/verbs/answered"
    top_level = True
    statement = factory.LazyFunction(
        lambda: {"verb": {"id": "http://adlnet.gov/expapi/verbs/answered"}, "object": {}}
    )


class QuestionOptionFactory(DjangoModelFactory):
    class Meta:
        model = "quizzes.QuestionOption"

    question = factory.SubFactory(QuestionFactory)
    text = factory.Sequence(lambda n: f"Odpowiedź {n}")


class QuestionVersionFactory(DjangoModelFactory):
    """The current version of a question (created through the bank's versioning)."""

    class Meta:
        model = "quizzes.QuestionVersion"

    @classmethod
    def _create(cls, model_class, *args, question=None, **kwargs):
        from quizzes.bank import question_version_current

        return question_version_current(question or QuestionFactory())


class AttemptQuestionFactory(DjangoModelFactory):
    class Meta:
        model = "quizzes.AttemptQuestion"

    attempt = factory.SubFactory(AttemptFactory)
    position = factory.Sequence(lambda n: n + 1)
    version = factory.SubFactory(QuestionVersionFactory)
    question = factory.SelfAttribute("version.question")
    snapshot = factory.SelfAttribute("version.snapshot")


def _in_two_weeks():
    from datetime import timedelta

    return timezone.localdate() + timedelta(days=14)


class AssignmentFactory(DjangoModelFactory):
    """An active assignment due in two weeks (rows only: no enrolment, see the services)."""

    class Meta:
        model = "assignments.Assignment"

    user = factory.SubFactory(UserFactory)
    course = factory.SubFactory(CoursePageFactory)
    due_date = factory.LazyFunction(_in_two_weeks)


class AssignmentRuleFactory(DjangoModelFactory):
    """A rule row only: saving it does not apply it (``assignments.rules.rule_create`` does)."""

    class Meta:
        model = "assignments.AssignmentRule"

    name = factory.Sequence(lambda n: f"Reguła {n}")
    course = factory.SubFactory(CoursePageFactory)
    unit = factory.SubFactory(OrgUnitFactory)
    due_in_days = 14


class NotificationFactory(DjangoModelFactory):
    class Meta:
        model = "lms.Notification"

    recipient = factory.SubFactory(UserFactory)
    kind = "test"
    subject = factory.Sequence(lambda n: f"Wiadomość {n}")
    body = "Treść wiadomości."


class ReminderSentFactory(DjangoModelFactory):
    class Meta:
        model = "assignments.ReminderSent"

    assignment = factory.SubFactory(AssignmentFactory)
    kind = "d-7"


class LeaderDigestSentFactory(DjangoModelFactory):
    class Meta:
        model = "assignments.LeaderDigestSent"

    leader = factory.SubFactory(UserFactory)
    day = factory.LazyFunction(timezone.localdate)


class ExportJobFactory(DjangoModelFactory):
    class Meta:
        model = "assignments.ExportJob"

    user = factory.SubFactory(UserFactory)
    rows_total = 3


class StepStartFactory(DjangoModelFactory):
    """The first opening of a lesson (its live revision) by a learner."""

    class Meta:
        model = "courses.StepStart"

    user = factory.SubFactory(UserFactory)
    step = factory.LazyAttribute(lambda o: LessonPageFactory(parent=o.course))
    course = factory.SubFactory(CoursePageFactory)
    revision = factory.LazyAttribute(lambda o: o.step.live_revision)
    started_at = factory.LazyFunction(timezone.now)


class ReminderSettingsFactory(DjangoModelFactory):
    class Meta:
        model = "assignments.ReminderSettings"
        django_get_or_create = ("id",)

    id = 1


class OfficeSettingsFactory(DjangoModelFactory):
    """The office's settings of the default site (one row per site)."""

    class Meta:
        model = "lms.OfficeSettings"
        django_get_or_create = ("site",)

    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    office_name = "Mazowiecki Urząd Wojewódzki w Warszawie"
    signatory_name = "Anna Nowak"
    signatory_title = "Dyrektor Generalna"


def _app_factories():
    """Factories kept beside an app's tests (``tests/<app>/factories.py``, which import the
    ones above) join this module, so ``tests.factories`` names every factory."""
    import importlib
    from pathlib import Path

    for path in sorted(Path(__file__).parent.glob("*/factories.py")):
        module = importlib.import_module(f"tests.{path.parent.name}.factories")
        for name, obj in vars(module).items():
            if isinstance(obj, type) and issubclass(obj, DjangoModelFactory):
                globals().setdefault(name, obj)


_app_factories()
