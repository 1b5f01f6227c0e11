from types import SimpleNamespace

import pytest
from django.utils import translation

from tests.factories import (
    CoursePageFactory,
    LessonPageFactory,
    QuestionFactory,
    QuizPageFactory,
    UserFactory,
    fixed_section,
)


@pytest.fixture(autouse=True)
def english(settings):
    """Assert on the English source strings, whatever catalogues are compiled."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


def make_course(**kwargs):
    """A live course of one lesson and a final quiz of one true/false question."""
    kwargs.setdefault("title", "Obsługa cudzoziemców – standardy")
    kwargs.setdefault("validity_months", 24)
    kwargs.setdefault("estimated_minutes", 90)
    kwargs.setdefault("sequential", False)
    course = CoursePageFactory(**kwargs)
    lesson = LessonPageFactory(parent=course, title="Standard 1")
    question = QuestionFactory(kind="truefalse")
    quiz = QuizPageFactory(parent=course, title="Test końcowy", sections=[fixed_section(question)])
    course = type(course).objects.get(pk=course.pk)
    return SimpleNamespace(course=course, lesson=lesson, quiz=quiz)


def pass_course(user, world, *, correct=True):
    """Finish the lesson and take the quiz (passing it when ``correct``), through the real
    services. Returns the submitted attempt."""
    from courses.services import step_complete
    from quizzes.services import attempt_save_answer, attempt_start, attempt_submit

    step_complete(user=user, step=world.lesson)
    attempt = attempt_start(user=user, quiz=world.quiz)
    for item in attempt.questions.order_by("position"):
        answer = item.snapshot["answer"]
        attempt_save_answer(
            attempt_id=attempt.pk,
            user=user,
            position=item.position,
            raw=answer if correct else not answer,
        )
    return attempt_submit(attempt=attempt)


@pytest.fixture
def world(db):
    return make_course()


@pytest.fixture
def learner(db):
    return UserFactory(first_name="Łucja", last_name="Żółkiewska-Gęś")
