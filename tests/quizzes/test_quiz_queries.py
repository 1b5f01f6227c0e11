"""Query counts of the quiz page and of starting an attempt, at two sizes: 2 vs 15 fixed
questions plus a random section drawn from a pool of 3 vs 40 bank questions, with 1 vs 50
other people who have attempts. The counts must be the same at both sizes."""

import random
from types import SimpleNamespace

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import services as course_services
from courses.models import CourseProgress
from quizzes import services
from quizzes.models import Attempt
from tests.factories import (
    CoursePageFactory,
    QuestionCategoryFactory,
    QuestionFactory,
    QuizPageFactory,
    UserFactory,
    fixed_section,
    random_section,
)

pytestmark = pytest.mark.django_db

MAX_QUIZ_PAGE = 9  # the frame of a signed-in page is 4 of these (session, user, roles, unread)
MAX_START = 18  # 8 of them create the attempt and its questions
# A first visit enrols the person (an open course): the check, the row and its history.
MAX_FIRST_VISIT = MAX_QUIZ_PAGE + 8


def build_quiz(*, fixed, pool, learners):
    course = CoursePageFactory(sequential=False)
    category = QuestionCategoryFactory()
    kinds = ("single", "multiple", "truefalse", "matching", "ordering", "short")
    questions = [
        QuestionFactory(category=category, kind=kinds[i % len(kinds)]) for i in range(fixed)
    ]
    random_category = QuestionCategoryFactory()
    for i in range(pool):
        QuestionFactory(category=random_category, kind=kinds[i % len(kinds)])
    quiz = QuizPageFactory(
        parent=course,
        sections=[fixed_section(*questions), random_section(random_category, 3)],
        max_attempts=0,
    )
    for _ in range(learners):
        person = UserFactory()
        services.attempt_start(user=person, quiz=quiz)
    return SimpleNamespace(course=course, quiz=type(quiz).objects.get(pk=quiz.pk))


@pytest.fixture(scope="module")
def w(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        small = build_quiz(fixed=2, pool=3, learners=1)
        large = build_quiz(fixed=15, pool=40, learners=50)
        people = [UserFactory() for _ in range(4)]
        for person in people:
            for quiz in (small, large):
                course_services.enrol(user=person, course=quiz.course)
        yield SimpleNamespace(small=small, large=large, people=people)
        transaction.set_rollback(True)


def measure(client, user, method, url):
    client.force_login(user)
    with CaptureQueriesContext(connection) as ctx:
        response = getattr(client, method)(url)
    return [q["sql"] for q in ctx.captured_queries], response


def listing(small, large):
    return "\n".join(["small:", *small, "", "large:", *large])


def test_sizes(w):
    assert Attempt.objects.filter(quiz=w.large.quiz).count() == 50
    drawn = services.draw_questions(w.large.quiz, w.people[0], random.Random(1))
    assert len(drawn) == 18 and len({q.pk for q in drawn}) == 18


def test_quiz_page(client, w):
    reader = w.people[0]
    client.force_login(reader)
    client.get(w.small.quiz.url), client.get(w.large.quiz.url)  # warm the caches
    small, response = measure(client, reader, "get", w.small.quiz.url)
    assert response.status_code == 200
    large, response = measure(client, reader, "get", w.large.quiz.url)
    assert response.status_code == 200
    assert len(small) == len(large), listing(small, large)
    assert len(large) <= MAX_QUIZ_PAGE, listing(small, large)


def test_first_visit_enrols_in_a_few_queries(client, w):
    """The first view of an open course's quiz enrols the person: a check that they have
    no row and no finished steps, then one insert and its history row, at any size."""
    client.force_login(w.people[3])
    client.get(w.small.quiz.url), client.get(w.large.quiz.url)  # warm the caches
    first, second = UserFactory(), UserFactory()
    small, response = measure(client, first, "get", w.small.quiz.url)
    assert response.status_code == 200
    large, response = measure(client, second, "get", w.large.quiz.url)
    assert response.status_code == 200
    progress = CourseProgress.objects.get(user=second, course=w.large.course)
    assert progress.history.count() == 1  # one row written, with its summary
    assert (progress.steps_total, progress.steps_done, progress.next_step_id) == (
        1,
        0,
        w.large.quiz.pk,
    )
    assert len(small) == len(large), listing(small, large)
    assert len(large) <= MAX_FIRST_VISIT, listing(small, large)


def test_attempt_start(client, w):
    first, second = w.people[1], w.people[2]
    # one start each to warm the caches, then a first start by someone else is measured
    client.force_login(w.people[3])
    for quiz in (w.small.quiz, w.large.quiz):
        client.post(reverse("attempt_start", args=[quiz.pk]))
    small, response = measure(
        client, first, "post", reverse("attempt_start", args=[w.small.quiz.pk])
    )
    assert response.status_code == 302 and "/attempt" in response.url
    large, response = measure(
        client, second, "post", reverse("attempt_start", args=[w.large.quiz.pk])
    )
    assert response.status_code == 302 and "/attempt" in response.url
    assert Attempt.objects.get(user=second, quiz=w.large.quiz).questions.count() == 18
    assert len(small) == len(large), listing(small, large)
    # PostgreSQL also locks the drawn question versions (FOR SHARE) and counts one more
    # savepoint statement: two queries that SQLite does not run.
    ceiling = MAX_START + (2 if connection.vendor == "postgresql" else 0)
    assert len(large) <= ceiling, listing(small, large)


def test_a_new_bank_question_joins_the_random_pool(w):
    quiz = w.small.quiz
    random_category = quiz.sections[1].value["category"]
    before = {q.pk for q in services.draw_questions(quiz, w.people[0], random.Random(2))}
    added = QuestionFactory(category=random_category)
    drawn = set()
    for seed in range(40):
        drawn |= {q.pk for q in services.draw_questions(quiz, w.people[0], random.Random(seed))}
    assert added.pk in drawn and before < drawn
