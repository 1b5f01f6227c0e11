"""Time limits with controlled time: answers after the deadline (and the grace period) are
refused and do not count; an attempt left open is closed and graded at its deadline."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus, default_task_backend
from freezegun import freeze_time

from courses.models import LessonCompletion
from quizzes import services
from quizzes.models import Attempt, AttemptStatus
from quizzes.tasks import close_attempt, close_expired
from tests.factories import QuestionFactory

pytestmark = pytest.mark.django_db

T0 = "2026-09-01 08:00:00+00:00"
GRACE = services.GRACE


@pytest.fixture
def questions(category):
    return [QuestionFactory(category=category, kind="truefalse") for _ in range(4)]


@pytest.fixture
def timed_quiz(make_quiz, questions):
    return make_quiz(questions, time_limit_minutes=10, pass_mark=50)


@pytest.fixture
def clock():
    with freeze_time(T0, ignore=["_pytest"]) as frozen:
        yield frozen


@pytest.fixture
def started(clock, client, learner, timed_quiz, finish_lessons):
    finish_lessons(learner)
    client.force_login(learner)
    client.post(reverse("attempt_start", args=[timed_quiz.pk]))
    return Attempt.objects.get(user=learner, quiz=timed_quiz)


def test_deadline_is_start_plus_the_limit(started):
    assert started.started_at == timezone.now()
    assert started.deadline == started.started_at + timedelta(minutes=10)


def test_take_page_shows_the_time_left(started, client, clock):
    url = reverse("attempt_take", args=[started.pk])
    assert client.get(url).context["seconds_left"] == 600
    clock.tick(timedelta(minutes=4))
    response = client.get(url)
    assert response.context["seconds_left"] == 360
    assert 'data-seconds-left="360"' in response.content.decode()


def test_answers_after_deadline_and_grace_are_refused_and_do_not_count(
    started, client, clock, post_answer
):
    clock.tick(timedelta(minutes=1))
    assert post_answer(client, started, 1, False).status_code == 200  # correct
    clock.move_to(started.deadline + GRACE - timedelta(seconds=1))  # within grace
    assert post_answer(client, started, 2, False).status_code == 200  # correct

    clock.move_to(started.deadline + GRACE + timedelta(seconds=1))
    response = post_answer(client, started, 3, False)

    assert response.status_code == 409
    assert "Time is up" in response.json()["error"]
    started.refresh_from_db()
    assert started.status == AttemptStatus.EXPIRED
    assert started.closed_at == started.deadline + GRACE
    assert started.questions.get(position=3).response is None
    assert started.score == 2
    assert started.percent == 50
    assert started.passed is True

    again = post_answer(client, started, 4, False)  # the attempt is now closed
    assert again.status_code == 409
    assert started.questions.get(position=4).response is None


def test_plain_form_after_the_deadline_saves_nothing(started, client, clock):
    clock.move_to(started.deadline + GRACE + timedelta(minutes=1))
    response = client.post(reverse("attempt_take", args=[started.pk]), {"q1": "false"})
    assert response.status_code == 302
    assert response.url == reverse("attempt_review", args=[started.pk])
    started.refresh_from_db()
    assert started.status == AttemptStatus.EXPIRED
    assert started.questions.get(position=1).response is None
    assert started.score == 0


def test_an_answer_stamped_after_the_deadline_is_not_graded(started, clock):
    """Even if a late answer reached the row, the grade ignores it."""
    on_time, late = started.questions.order_by("position")[:2]
    on_time.response, on_time.answered_at = False, started.deadline
    on_time.save()
    late.response, late.answered_at = False, started.deadline + GRACE + timedelta(seconds=1)
    late.save()
    clock.move_to(started.deadline + GRACE + timedelta(seconds=2))

    closed = services.attempt_submit(attempt=started)

    assert closed.status == AttemptStatus.EXPIRED
    assert closed.score == 1
    assert [i.fraction for i in closed.questions.order_by("position")][:2] == [1, 0]


def test_submit_in_time_is_submitted_not_expired(started, client, clock, post_answer):
    post_answer(client, started, 1, False)
    clock.tick(timedelta(minutes=9))
    client.post(reverse("attempt_submit", args=[started.pk]))
    started.refresh_from_db()
    assert started.status == AttemptStatus.SUBMITTED
    assert started.closed_at == timezone.now()


@pytest.fixture
def three_attempts(started, other_learner, make_quiz, questions, finish_lessons, post_answer,
                   client):  # fmt: skip
    """The learner's timed attempt with two right answers; another person's timed attempt
    started five minutes later; and an untimed attempt."""
    post_answer(client, started, 1, False)
    post_answer(client, started, 2, False)
    finish_lessons(other_learner)
    later_start = timezone.now() + timedelta(minutes=5)
    with freeze_time(later_start, ignore=["_pytest"]):
        later = services.attempt_start(
            user=other_learner, quiz=type(started.quiz).objects.get(pk=started.quiz_id)
        )
    untimed = services.attempt_start(user=other_learner, quiz=make_quiz(questions))
    return started, later, untimed


def test_close_expired_attempts_grades_at_the_deadline(three_attempts, clock, learner):
    mine, later, untimed = three_attempts
    clock.move_to(mine.deadline + GRACE + timedelta(seconds=30))

    assert services.close_expired_attempts() == 1

    mine.refresh_from_db()
    assert mine.status == AttemptStatus.EXPIRED
    assert mine.closed_at == mine.deadline + GRACE
    assert mine.score == 2 and mine.passed is True
    assert LessonCompletion.objects.filter(user=learner, lesson_id=mine.quiz_id).exists()
    assert Attempt.objects.get(pk=later.pk).status == AttemptStatus.OPEN
    assert Attempt.objects.get(pk=untimed.pk).status == AttemptStatus.OPEN

    clock.move_to(later.deadline + GRACE + timedelta(seconds=1))
    assert services.close_expired_attempts() == 1
    assert Attempt.objects.get(pk=later.pk).status == AttemptStatus.EXPIRED
    assert Attempt.objects.get(pk=later.pk).score == 0
    assert services.close_expired_attempts() == 0
    assert Attempt.objects.get(pk=untimed.pk).status == AttemptStatus.OPEN


def test_nothing_is_closed_within_the_grace_period(started, clock):
    clock.move_to(started.deadline + GRACE - timedelta(seconds=1))
    assert services.close_expired_attempts() == 0
    assert Attempt.objects.get(pk=started.pk).is_open


def test_management_command_closes_expired_attempts(three_attempts, clock):
    mine, later, _untimed = three_attempts
    clock.move_to(mine.deadline + GRACE + timedelta(seconds=1))
    out = StringIO()

    call_command("close_expired_attempts", stdout=out)

    assert out.getvalue().strip() == "Closed 1 expired attempt(s)."
    assert Attempt.objects.get(pk=mine.pk).status == AttemptStatus.EXPIRED
    assert Attempt.objects.get(pk=later.pk).status == AttemptStatus.OPEN
    out = StringIO()
    call_command("close_expired_attempts", stdout=out)
    assert out.getvalue().strip() == "Closed 0 expired attempt(s)."


def test_close_attempt_task_closes_only_after_the_deadline(started, clock):
    result = close_attempt.enqueue(started.pk)  # immediate backend in tests
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert Attempt.objects.get(pk=started.pk).is_open

    clock.move_to(started.deadline + GRACE + timedelta(seconds=1))
    result = close_attempt.enqueue(started.pk)

    assert result.status == TaskResultStatus.SUCCESSFUL
    attempt = Attempt.objects.get(pk=started.pk)
    assert attempt.status == AttemptStatus.EXPIRED
    assert attempt.closed_at == attempt.deadline + GRACE
    assert close_attempt.enqueue(999999).status == TaskResultStatus.SUCCESSFUL  # gone: no-op


def test_close_expired_task(started, clock):
    clock.move_to(started.deadline + GRACE + timedelta(seconds=1))
    result = close_expired.enqueue()
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == 1
    assert Attempt.objects.get(pk=started.pk).status == AttemptStatus.EXPIRED


def test_start_schedules_the_close_on_a_backend_that_can_defer(
    settings, clock, learner, timed_quiz, finish_lessons, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    finish_lessons(learner)
    with django_capture_on_commit_callbacks(execute=True):
        attempt = services.attempt_start(user=learner, quiz=timed_quiz)

    [result] = default_task_backend.results
    assert result.task.func is close_attempt.func
    assert result.args == [attempt.pk]
    assert result.task.run_after == attempt.deadline + GRACE + timedelta(seconds=1)

    clock.move_to(result.task.run_after)  # the worker runs it when due
    result.task.call(*result.args)
    assert Attempt.objects.get(pk=attempt.pk).status == AttemptStatus.EXPIRED


def test_learner_returning_late_finds_the_attempt_graded(started, client, clock, post_answer):
    post_answer(client, started, 1, False)
    clock.move_to(started.deadline + timedelta(hours=2))

    response = client.get(reverse("attempt_take", args=[started.pk]))

    assert response.status_code == 302
    assert response.url == reverse("attempt_review", args=[started.pk])
    started.refresh_from_db()
    assert started.status == AttemptStatus.EXPIRED
    assert started.closed_at == started.deadline + GRACE
    assert started.score == 1
    review = client.get(response.url).content.decode()
    assert "The attempt was closed at the time limit." in review
