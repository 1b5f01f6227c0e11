"""Training cycles: repeating a completed course keeps the earlier completion as evidence."""

import pytest
from django.core.exceptions import ValidationError

from courses import services
from courses.models import CourseProgress, LessonCompletion, ProgressStatus
from quizzes import services as quiz_services
from quizzes.models import Attempt
from tests.factories import (
    CoursePageFactory,
    LessonPageFactory,
    QuestionCategoryFactory,
    QuestionFactory,
    QuizPageFactory,
    UserFactory,
    fixed_section,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    course = CoursePageFactory()
    LessonPageFactory(parent=course)
    LessonPageFactory(parent=course)
    return course


def _finish(user, course):
    for step in services.course_steps(course):
        services.step_complete(user=user, step=step)
    return CourseProgress.objects.get(user=user, course=course)


def test_restart_counts_only_the_new_cycle_and_keeps_the_old_completions(course):
    user, leader = UserFactory(), UserFactory()
    first = _finish(user, course)
    first_completed = first.completed_at
    assert first.is_completed

    progress = services.course_restart(
        user=user, course=course, acting_user=leader, reason="Recertification"
    )

    assert progress.cycle == 2
    assert progress.status == ProgressStatus.NOT_STARTED
    assert progress.steps_done == 0 and progress.completed_at is None
    old = LessonCompletion.objects.filter(user=user, course=course, cycle=1)
    assert old.count() == 2  # evidence kept, with its date
    assert not LessonCompletion.objects.current().filter(user=user, course=course).exists()
    record = progress.history.filter(history_change_reason="Recertification").get()
    assert record.history_user == leader
    assert progress.history.filter(completed_at=first_completed).exists()


def test_finishing_the_new_cycle_completes_again_and_sends_the_signal(course):
    user = UserFactory()
    _finish(user, course)
    services.course_restart(user=user, course=course, reason="Repeat")
    heard = []

    def listener(sender, user, course, progress, **kwargs):
        heard.append(progress.cycle)

    services.course_completed.connect(listener)
    try:
        progress = _finish(user, course)
    finally:
        services.course_completed.disconnect(listener)
    assert progress.is_completed and progress.cycle == 2
    assert heard == [2]
    assert LessonCompletion.objects.filter(user=user, course=course).count() == 4


def test_restart_of_an_unfinished_course_changes_nothing(course):
    user = UserFactory()
    services.step_complete(user=user, step=services.course_steps(course)[0])
    progress = services.course_restart(user=user, course=course, reason="Repeat")
    assert progress.cycle == 1 and progress.steps_done == 1


def test_a_new_cycle_gives_the_quiz_attempts_back():
    user = UserFactory()
    course = CoursePageFactory()
    question = QuestionFactory(category=QuestionCategoryFactory())
    quiz = QuizPageFactory(parent=course, sections=[fixed_section(question)], max_attempts=1)
    attempt = quiz_services.attempt_start(user=user, quiz=quiz)
    quiz_services.attempt_submit(attempt=attempt)
    assert quiz_services.attempts_left(user, quiz) == 0
    # Complete the course (whatever the attempt scored) and start again.
    services.step_complete(user=user, step=quiz)
    services.course_restart(user=user, course=course, reason="Recertification")
    assert quiz_services.attempts_left(user, quiz) == 1
    again = quiz_services.attempt_start(user=user, quiz=quiz)
    assert again.number == 2
    assert Attempt.objects.filter(user=user, quiz=quiz).count() == 2


def test_recheck_withdraws_a_completion_whose_session_requirement_is_gone(course):
    user, trainer = UserFactory(), UserFactory()
    course.session_required = True
    course.save()
    attended = {"yes": True}
    check = lambda u, c: attended["yes"]  # noqa: E731
    services.COMPLETION_REQUIREMENTS.append(check)
    try:
        assert _finish(user, course).is_completed
        attended["yes"] = False
        progress = services.progress_recheck(
            user=user, course=course, acting_user=trainer, reason="Attendance corrected"
        )
        assert progress.status == ProgressStatus.AWAITING_SESSION
        assert progress.completed_at is None
        assert progress.history.filter(
            history_change_reason="Attendance corrected", history_user=trainer
        ).exists()
        attended["yes"] = True
        assert services.progress_recheck(user=user, course=course, reason="x").is_completed
    finally:
        services.COMPLETION_REQUIREMENTS.remove(check)


@pytest.mark.parametrize(
    ("day", "month", "field"),
    [(31, None, "recertify_by_month"), (None, 1, "recertify_by_day"), (31, 4, "recertify_by_day")],
)
def test_yearly_recertification_date_must_be_a_real_day(day, month, field):
    course = CoursePageFactory.build(recertify_by_day=day, recertify_by_month=month)
    with pytest.raises(ValidationError) as err:
        course.clean()
    assert field in err.value.message_dict


def test_yearly_recertification_date_accepts_29_february():
    CoursePageFactory.build(recertify_by_day=29, recertify_by_month=2).clean()
