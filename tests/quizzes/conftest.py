"""Fixtures for the quiz tests: a course with two lessons, a bank with one question of each
type, a quiz builder and helpers that answer questions the way the browser would."""

import json
from types import SimpleNamespace

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from courses.services import step_complete
from lms.models import Role
from quizzes import grading
from quizzes.models import Question
from tests.factories import (
    CoursePageFactory,
    LessonPageFactory,
    QuestionCategoryFactory,
    QuestionFactory,
    QuizPageFactory,
    UserFactory,
    fixed_section,
)

KINDS = ("single", "multiple", "truefalse", "matching", "ordering", "short")


@pytest.fixture(autouse=True)
def english(settings):
    """Assert on the English source strings, whatever catalogues are compiled."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


def build_world() -> SimpleNamespace:
    """A course with two lessons, three people and a bank category."""
    course = CoursePageFactory(title="Obsługa klienta", slug="obsluga-klienta")
    return SimpleNamespace(
        course=course,
        lessons=[LessonPageFactory(parent=course), LessonPageFactory(parent=course)],
        learner=UserFactory(email="learner@example.gov.pl"),
        other_learner=UserFactory(email="other@example.gov.pl"),
        editor=UserFactory(roles=[Role.EDITOR], email="redaktor@example.gov.pl"),
        category=QuestionCategoryFactory(name="Prawo/KPA"),
    )


def is_transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction"))


@pytest.fixture(scope="module")
def world(request, django_db_setup, django_db_blocker):
    """Made once per module (publishing pages is slow) in a transaction rolled back at the
    module's end. Each test runs in a savepoint inside it, so what a test writes is undone
    before the next; the fixtures below hand out fresh instances. A module with
    transactional tests overrides this with a function-scoped ``world``."""
    if any(i.module is request.module and is_transactional(i) for i in request.session.items):
        pytest.fail("Override `world` with a function-scoped fixture for transactional tests.")
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)


def _fresh(instance):
    return type(instance).objects.get(pk=instance.pk)


@pytest.fixture
def course(world):
    return _fresh(world.course)


@pytest.fixture
def lessons(world):
    return [_fresh(lesson) for lesson in world.lessons]


@pytest.fixture
def learner(world):
    return _fresh(world.learner)


@pytest.fixture
def other_learner(world):
    return _fresh(world.other_learner)


@pytest.fixture
def editor(world):
    return _fresh(world.editor)


@pytest.fixture
def category(world):
    return _fresh(world.category)


@pytest.fixture(scope="module")
def bank_ids(world, django_db_blocker):
    with django_db_blocker.unblock():
        return {kind: QuestionFactory(category=world.category, kind=kind).pk for kind in KINDS}


@pytest.fixture
def bank(bank_ids):
    """One question of every type, in KINDS order (made once per module that asks)."""
    return {kind: Question.objects.get(pk=pk) for kind, pk in bank_ids.items()}


@pytest.fixture
def make_quiz(course, lessons):
    """A published quiz after the two lessons; ``questions`` become one fixed section.
    Questions keep their order unless shuffle_questions=True is passed."""

    def make(questions=(), *, sections=None, **kwargs):
        kwargs.setdefault("shuffle_questions", False)
        return QuizPageFactory(
            parent=course,
            sections=sections if sections is not None else [fixed_section(*questions)],
            **kwargs,
        )

    return make


@pytest.fixture
def finish_lessons(lessons):
    def finish(user):
        for lesson in lessons:
            step_complete(user=user, step=lesson)

    return finish


def answer_like_the_browser(view: dict, snapshot: dict, correct: bool = True):
    """The raw answer the browser would send, built from what the page shows (public ids)
    and the snapshot (which the test may read, the browser may not)."""
    kind = view["type"]
    if kind in ("single", "multiple"):
        choice_by_text = {c["text"]: c["id"] for c in view["choices"]}
        right = [choice_by_text[c["text"]] for c in snapshot["choices"] if c["correct"]]
        wrong = [choice_by_text[c["text"]] for c in snapshot["choices"] if not c["correct"]]
        if kind == "single":
            return right[0] if correct else wrong[0]
        return right if correct else wrong
    if kind == "truefalse":
        return snapshot["answer"] if correct else not snapshot["answer"]
    if kind == "matching":
        option_by_text = {o["text"]: o["id"] for o in view["options"]}
        rights = [p["right"] for p in snapshot["pairs"]]
        if not correct:
            rights = rights[1:] + rights[:1]
        return {
            p["id"]: option_by_text[right]
            for p, right in zip(snapshot["pairs"], rights, strict=True)
        }
    if kind == "ordering":
        item_by_text = {i["text"]: i["id"] for i in view["items"]}
        order = [item_by_text[i["text"]] for i in snapshot["items"]]
        return order if correct else order[::-1]
    return grading.correct_response(snapshot) if correct else "definitely wrong"


@pytest.fixture
def answer_for():
    return answer_like_the_browser


@pytest.fixture
def public_views():
    """The questions of an attempt as the take page shows them, by position."""
    from quizzes.services import public_key, shuffle_seed

    def views(attempt):
        result = {}
        for item in attempt.questions.order_by("position"):
            view = grading.public_view(
                item.snapshot,
                shuffle_seed=shuffle_seed(attempt, item),
                key=public_key(attempt, item),
            )
            result[item.position] = (view, item.snapshot)
        return result

    return views


@pytest.fixture
def post_answer():
    """POST one answer to the autosave endpoint as the page's JavaScript does."""

    def post(client, attempt, position, response, **extra):
        return client.post(
            reverse("attempt_answer", args=[attempt.pk]),
            data=json.dumps({"position": position, "response": response}),
            content_type="application/json",
            **extra,
        )

    return post
