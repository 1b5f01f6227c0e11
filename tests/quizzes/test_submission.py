"""Submitting twice, at once from two threads, and starting twice: one result each time."""

import threading
import time
from datetime import timedelta

import pytest
from django.db import OperationalError, connection
from django.urls import reverse
from freezegun import freeze_time

from courses.models import LessonCompletion
from quizzes import services
from quizzes.models import Attempt, AttemptStatus
from tests.factories import QuestionFactory

from .conftest import build_world, is_transactional


@pytest.fixture
def world(request):
    """Per test here: the threads below need data committed in a transactional test."""
    request.getfixturevalue("transactional_db" if is_transactional(request.node) else "db")
    return build_world()


@pytest.fixture
def quiz(make_quiz, category):
    return make_quiz([QuestionFactory(category=category, kind="truefalse") for _ in range(2)])


@pytest.fixture
def attempt(quiz, learner, finish_lessons):
    finish_lessons(learner)
    attempt = services.attempt_start(user=learner, quiz=quiz)
    for item in attempt.questions.all():
        services.attempt_save_answer(
            attempt_id=attempt.pk, user=learner, position=item.position, raw=False
        )
    return attempt


def closing_history(attempt):
    """History rows recording a grading (any save of the attempt once it is closed)."""
    return Attempt.history.filter(id=attempt.pk).exclude(status=AttemptStatus.OPEN)


@pytest.mark.django_db
def test_double_submit_through_the_view_gives_one_result(client, learner, attempt, quiz):
    client.force_login(learner)
    url = reverse("attempt_submit", args=[attempt.pk])
    with freeze_time("2026-09-01 08:00:00+00:00", ignore=["_pytest"]) as clock:
        first = client.post(url)
        attempt.refresh_from_db()
        closed_at, score = attempt.closed_at, attempt.score
        clock.tick(timedelta(minutes=3))
        second = client.post(url)

    assert first.status_code == second.status_code == 302
    assert first.url == second.url == reverse("attempt_review", args=[attempt.pk])
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.SUBMITTED
    assert (attempt.closed_at, attempt.score) == (closed_at, score)
    assert score == 2
    assert closing_history(attempt).count() == 1
    assert Attempt.objects.filter(user=learner, quiz=quiz).count() == 1
    assert LessonCompletion.objects.filter(user=learner, lesson_id=quiz.pk).count() == 1


@pytest.mark.django_db
def test_submit_after_close_changes_nothing(learner, attempt):
    first = services.attempt_submit(attempt=attempt)
    # Even a late "expired" close (the worker) leaves a submitted attempt alone.
    second = services.attempt_submit(attempt=attempt, expired=True)
    assert second.pk == first.pk
    assert second.status == AttemptStatus.SUBMITTED
    assert (second.closed_at, second.score, second.percent) == (
        first.closed_at,
        first.score,
        first.percent,
    )
    assert closing_history(attempt).count() == 1


@pytest.mark.django_db
def test_starting_twice_returns_the_same_open_attempt(client, learner, quiz, finish_lessons):
    finish_lessons(learner)
    client.force_login(learner)
    first = client.post(reverse("attempt_start", args=[quiz.pk]))
    second = client.post(reverse("attempt_start", args=[quiz.pk]))

    attempt = Attempt.objects.get(user=learner, quiz=quiz)
    assert first.url == second.url == reverse("attempt_take", args=[attempt.pk])
    assert services.attempt_start(user=learner, quiz=quiz) == attempt
    assert attempt.questions.count() == 2


def _sqlite_refused(exc) -> bool:
    """SQLite's in-memory test database (shared cache) refuses a second writer at once
    instead of waiting as the file database does with its busy timeout: the request
    would be retried, so the test retries it."""
    return (
        connection.vendor == "sqlite" and isinstance(exc, OperationalError) and "locked" in str(exc)
    )


def run_at_once(count, target):
    """Run ``target`` in ``count`` threads released together; return results or errors."""
    barrier = threading.Barrier(count)
    results = [None] * count

    def work(index):
        try:
            barrier.wait(timeout=10)
            for _try in range(50):
                try:
                    results[index] = target()
                    break
                except OperationalError as exc:
                    if not _sqlite_refused(exc):
                        raise
                    results[index] = exc
                    time.sleep(0.02)
        except Exception as exc:  # reported to the test
            results[index] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_threads_submitting_at_once_give_one_result(attempt, learner, quiz):
    results = run_at_once(2, lambda: services.attempt_submit(attempt=Attempt(pk=attempt.pk)))

    assert all(isinstance(r, Attempt) for r in results), results
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.SUBMITTED
    assert {(r.pk, r.closed_at, r.score) for r in results} == {
        (attempt.pk, attempt.closed_at, attempt.score)
    }
    assert closing_history(attempt).count() == 1
    assert LessonCompletion.objects.filter(user=learner, lesson_id=quiz.pk).count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_threads_starting_at_once_share_one_attempt(learner, quiz, finish_lessons):
    finish_lessons(learner)
    results = run_at_once(
        2, lambda: services.attempt_start(user=learner, quiz=type(quiz).objects.get(pk=quiz.pk))
    )

    assert all(isinstance(r, Attempt) for r in results), results
    attempt = Attempt.objects.get(user=learner, quiz=quiz)
    assert {r.pk for r in results} == {attempt.pk}
    assert attempt.status == AttemptStatus.OPEN
    assert attempt.questions.count() == 2
