"""Quiz rules: attempts allowed, waiting time, drawing unseen questions first, and shuffling
that is random between attempts but fixed within one."""

import random
from datetime import timedelta

import pytest
from django.urls import reverse
from freezegun import freeze_time

from quizzes import grading, services
from quizzes.bank import question_version_current
from quizzes.models import Attempt, QuizPage
from tests.factories import (
    QuestionCategoryFactory,
    QuestionFactory,
    fixed_section,
    random_section,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_questions(category):
    return [QuestionFactory(category=category, kind="truefalse") for _ in range(2)]


@pytest.fixture
def signed_in(client, learner, lessons, finish_lessons):
    client.force_login(learner)
    return client


def fresh(quiz):
    """The quiz as the next request loads it."""
    return QuizPage.objects.get(pk=quiz.pk)


def fail_attempt(user, quiz):
    attempt = services.attempt_start(user=user, quiz=fresh(quiz))
    attempt = services.attempt_submit(attempt=attempt)  # nothing answered: 0%
    assert attempt.passed is False
    return attempt


# --- attempts and waiting --------------------------------------------------------------------


def test_max_attempts_refuses_another_start(
    signed_in, learner, make_quiz, two_questions, finish_lessons
):
    quiz = make_quiz(two_questions, max_attempts=2)
    finish_lessons(learner)
    assert services.attempts_left(learner, quiz) == 2
    fail_attempt(learner, quiz)
    assert services.attempts_left(learner, quiz) == 1
    fail_attempt(learner, quiz)
    assert services.attempts_left(learner, quiz) == 0

    response = signed_in.post(reverse("attempt_start", args=[quiz.pk]), follow=True)

    assert Attempt.objects.filter(user=learner, quiz=quiz).count() == 2
    html = response.content.decode()
    assert "You have used all attempts at this quiz." in html
    assert reverse("attempt_start", args=[quiz.pk]) not in html  # no start button
    with pytest.raises(services.AttemptError, match="used all attempts"):
        services.attempt_start(user=learner, quiz=fresh(quiz))


def test_unlimited_attempts(learner, make_quiz, two_questions, finish_lessons):
    quiz = make_quiz(two_questions, max_attempts=0)
    finish_lessons(learner)
    for _ in range(4):
        fail_attempt(learner, quiz)
    assert services.attempts_left(learner, quiz) is None
    assert [a.number for a in Attempt.objects.filter(quiz=quiz)] == [1, 2, 3, 4]


def test_no_new_attempt_after_passing(learner, make_quiz, two_questions, finish_lessons):
    quiz = make_quiz(two_questions, max_attempts=0)
    finish_lessons(learner)
    attempt = services.attempt_start(user=learner, quiz=quiz)
    for item in attempt.questions.all():
        services.attempt_save_answer(
            attempt_id=attempt.pk, user=learner, position=item.position, raw=False
        )
    assert services.attempt_submit(attempt=attempt).passed is True
    with pytest.raises(services.AttemptError, match="already passed"):
        services.attempt_start(user=learner, quiz=fresh(quiz))


def test_wait_minutes_between_attempts(
    signed_in, learner, make_quiz, two_questions, finish_lessons, settings
):
    quiz = make_quiz(two_questions, wait_minutes=30)
    finish_lessons(learner)
    with freeze_time("2026-09-01 08:00:00+00:00", ignore=["_pytest"]) as clock:
        closed = fail_attempt(learner, quiz)
        clock.tick(timedelta(minutes=10))

        assert services.next_start_time(learner, quiz) == closed.closed_at + timedelta(minutes=30)
        response = signed_in.post(reverse("attempt_start", args=[quiz.pk]), follow=True)
        html = response.content.decode()
        assert "You can start the next attempt at 10:30." in html  # 08:30 UTC in Warsaw
        assert Attempt.objects.filter(quiz=quiz).count() == 1
        with pytest.raises(services.AttemptError, match="next attempt at 10:30"):
            services.attempt_start(user=learner, quiz=fresh(quiz))

        clock.tick(timedelta(minutes=20, seconds=1))
        assert services.next_start_time(learner, quiz) is None
        response = signed_in.post(reverse("attempt_start", args=[quiz.pk]))
        second = Attempt.objects.get(quiz=quiz, number=2)
        assert response.url == reverse("attempt_take", args=[second.pk])


def test_an_expired_open_attempt_is_closed_before_the_next_starts(
    learner, make_quiz, two_questions, finish_lessons
):
    quiz = make_quiz(two_questions, time_limit_minutes=5)
    finish_lessons(learner)
    with freeze_time("2026-09-01 08:00:00+00:00", ignore=["_pytest"]) as clock:
        first = services.attempt_start(user=learner, quiz=quiz)
        clock.tick(timedelta(minutes=6))
        second = services.attempt_start(user=learner, quiz=fresh(quiz))
    assert second.pk != first.pk and second.number == 2
    first.refresh_from_db()
    assert first.status == "expired"


# --- drawing questions -----------------------------------------------------------------------


@pytest.fixture
def pool(category):
    return [QuestionFactory(category=category, kind="truefalse") for _ in range(6)]


def asked(attempt):
    return [i.question_id for i in attempt.questions.order_by("position")]


def test_random_sections_prefer_unseen_questions(
    learner, make_quiz, pool, category, finish_lessons
):
    quiz = make_quiz(sections=[random_section(category, 3)], max_attempts=0)
    finish_lessons(learner)
    ids = {q.pk for q in pool}

    first = asked(fail_attempt(learner, quiz))
    second = asked(fail_attempt(learner, quiz))
    third = asked(fail_attempt(learner, quiz))

    assert len(set(first)) == len(set(second)) == len(set(third)) == 3
    assert set(first) | set(second) == ids  # the second drew the three unseen ones
    assert set(third) <= ids


def test_unseen_questions_come_first_then_seen_ones(learner, make_quiz, category, finish_lessons):
    pool = [QuestionFactory(category=category, kind="truefalse") for _ in range(4)]
    quiz = make_quiz(sections=[random_section(category, 3)], max_attempts=0)
    finish_lessons(learner)

    first = set(asked(fail_attempt(learner, quiz)))
    second = set(asked(fail_attempt(learner, quiz)))

    [unseen] = {q.pk for q in pool} - first
    assert unseen in second
    assert len(second & first) == 2


def test_seen_questions_are_per_person(learner, other_learner, make_quiz, pool, category,
                                       finish_lessons):  # fmt: skip
    quiz = make_quiz(sections=[random_section(category, 6)], max_attempts=0)
    finish_lessons(learner)
    finish_lessons(other_learner)
    fail_attempt(learner, quiz)
    assert services.seen_question_ids(learner, quiz) == {q.pk for q in pool}
    assert services.seen_question_ids(other_learner, quiz) == set()


def test_random_section_takes_sub_categories_and_tags(learner, make_quiz, finish_lessons):
    law = QuestionCategoryFactory(name="Prawo")
    sub = QuestionCategoryFactory(name="Prawo/KPA")
    lookalike = QuestionCategoryFactory(name="Prawo cywilne")
    in_law = QuestionFactory(category=law, kind="truefalse")
    in_sub = QuestionFactory(category=sub, kind="truefalse", tags=["kpa"])
    QuestionFactory(category=lookalike, kind="truefalse", tags=["kpa"])
    quiz = make_quiz(sections=[random_section(law, 10)], max_attempts=0)
    tagged = make_quiz(sections=[random_section(law, 10, tag="KPA")], max_attempts=0)
    finish_lessons(learner)

    assert set(asked(fail_attempt(learner, quiz))) == {in_law.pk, in_sub.pk}
    assert asked(services.attempt_start(user=learner, quiz=tagged)) == [in_sub.pk]


def test_no_question_twice_in_one_attempt(learner, make_quiz, pool, category, finish_lessons):
    quiz = make_quiz(
        sections=[fixed_section(pool[0], pool[1], pool[0]), random_section(category, 10)]
    )
    finish_lessons(learner)
    questions = asked(services.attempt_start(user=learner, quiz=quiz))
    assert questions[:2] == [pool[0].pk, pool[1].pk]
    assert sorted(questions) == sorted(q.pk for q in pool)


def test_a_quiz_without_questions_cannot_start(learner, make_quiz, finish_lessons):
    quiz = make_quiz([])
    finish_lessons(learner)
    with pytest.raises(services.AttemptError, match="no questions"):
        services.attempt_start(user=learner, quiz=quiz)
    assert not Attempt.objects.exists()


# --- shuffling -------------------------------------------------------------------------------


@pytest.fixture
def shuffled_quiz(make_quiz, category, finish_lessons, learner):
    questions = [
        QuestionFactory(
            category=category,
            kind="single",
            data={
                "text": f"Question {n}",
                "choices": [{"text": f"Q{n} choice {c}", "correct": c == 0} for c in range(5)],
            },
        )
        for n in range(6)
    ]
    quiz = make_quiz(questions, shuffle_questions=True, max_attempts=0)
    finish_lessons(learner)
    return quiz, questions


def choice_orders(client, attempt):
    response = client.get(reverse("attempt_take", args=[attempt.pk]))
    return [[c["text"] for c in q["choices"]] for q in response.context["all_questions"]]


def test_shuffling_is_fixed_within_an_attempt_and_varies_between_attempts(
    client, learner, shuffled_quiz
):
    quiz, questions = shuffled_quiz
    client.force_login(learner)
    question_orders, answer_orders = set(), set()
    for _ in range(4):
        attempt = services.attempt_start(user=learner, quiz=fresh(quiz))
        first_view = choice_orders(client, attempt)
        assert choice_orders(client, attempt) == first_view  # reloading changes nothing
        for item in attempt.questions.all():
            seed = services.shuffle_seed(attempt, item)
            key = services.public_key(attempt, item)
            assert grading.public_view(
                item.snapshot, shuffle_seed=seed, key=key
            ) == grading.public_view(item.snapshot, shuffle_seed=seed, key=key)
        question_orders.add(tuple(asked(attempt)))
        answer_orders.add(tuple(map(tuple, first_view)))
        services.attempt_submit(attempt=attempt)

    assert len(question_orders) > 1  # 6! orders: four equal draws would be a broken shuffle
    assert len(answer_orders) > 1


def test_the_question_order_follows_the_attempt_seed(learner, shuffled_quiz):
    quiz, questions = shuffled_quiz
    attempt = services.attempt_start(user=learner, quiz=quiz)
    redrawn = services.draw_questions(fresh(quiz), learner, random.Random(attempt.seed))
    assert [q.pk for q in redrawn] == asked(attempt)


def test_choices_keep_their_order_when_shuffling_is_off(
    client, learner, make_quiz, category, finish_lessons
):
    question = QuestionFactory(
        category=category,
        kind="single",
        data={"choices": [{"text": f"Choice {c}", "correct": c == 0} for c in range(6)]},
    )
    question.shuffle_answers = False
    question.save()
    assert question_version_current(question).snapshot["shuffle"] is False
    quiz = make_quiz([question], max_attempts=0)
    finish_lessons(learner)
    client.force_login(learner)
    attempt = services.attempt_start(user=learner, quiz=quiz)
    assert choice_orders(client, attempt) == [[f"Choice {c}" for c in range(6)]]
