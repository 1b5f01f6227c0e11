"""The demo courses' final quizzes (from content/): a real bank behind each, and every
question gradable."""

import pytest
from django.db import transaction

from content.loader import read_tree
from content.seed import CONTENT_DIR, DEMO_COURSES, seed_courses
from courses.models import CoursePage
from courses.services import step_complete
from lms.demo import seed_organisation
from quizzes import grading, services
from quizzes.models import Question, QuizPage

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """Seed once for the module, in a transaction rolled back at its end (each test runs
    in a savepoint inside it)."""
    with django_db_blocker.unblock(), transaction.atomic():
        people = seed_organisation()["people"]
        seed_courses(people=people)
        yield people
        transaction.set_rollback(True)


def test_every_seed_course_ends_with_a_quiz_on_a_real_bank(seeded):
    specs = read_tree(CONTENT_DIR)
    assert len(specs) >= 3
    for source in specs:
        spec = {"slug": source.slug, "quiz": source.quiz}
        assert spec["quiz"], f"{spec['slug']} has no final quiz"
        course = CoursePage.objects.get(slug=spec["slug"])
        steps = list(course.get_children().live().specific().order_by("path"))
        quiz = steps[-1]
        assert isinstance(quiz, QuizPage), f"{spec['slug']}: the last step is not a quiz"
        assert quiz.slug == spec["quiz"]["slug"]

        [section] = quiz.sections
        assert section.block_type == "random"
        category = section.value["category"]
        questions = list(Question.objects.filter(category.subtree_q()))
        assert len(questions) >= 15, f"{spec['slug']}: {len(questions)} questions"
        assert section.value["count"] == spec["quiz"]["draw"] <= len(questions)
        assert {q.name for q in questions} == {q.name for q in source.questions}
        kinds = {q.kind for q in questions}
        assert len(kinds) >= 4, f"{spec['slug']}: only {sorted(kinds)}"

        for question in questions:
            [version] = question.versions.all()
            snapshot = version.snapshot
            result = grading.grade(snapshot, grading.correct_response(snapshot))
            assert result.fraction == 1, f"{spec['slug']}: {question.name}"
            assert result.is_correct


def test_seeding_twice_adds_no_questions(seeded):
    count = Question.objects.count()
    quizzes = QuizPage.objects.count()
    seed_courses(people=seeded)
    assert Question.objects.count() == count
    assert QuizPage.objects.count() == quizzes


def test_a_seeded_quiz_can_be_taken_and_passed(seeded, public_views, answer_for):
    course = CoursePage.objects.get(slug=DEMO_COURSES[0])
    person = seeded["employee@demo.kadra"]
    steps = list(course.get_children().live().specific().order_by("path"))
    for lesson in steps[:-1]:
        step_complete(user=person, step=lesson)
    quiz = steps[-1]

    attempt = services.attempt_start(user=person, quiz=quiz)
    assert attempt.questions.count() == quiz.sections[0].value["count"]
    for position, (view, snapshot) in public_views(attempt).items():
        services.attempt_save_answer(
            attempt_id=attempt.pk,
            user=person,
            position=position,
            raw=answer_for(view, snapshot),
        )
    attempt = services.attempt_submit(attempt=attempt)

    assert attempt.percent == 100
    assert attempt.passed is True
    assert course.progress.get(user=person).status == "completed"
