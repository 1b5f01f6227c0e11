"""Enrolling: a first enrolment is one row with its summary, an earlier due date moves the
row's forward, finished steps without a row get the full computation, and two requests
enrolling the same person at once leave one row."""

from datetime import timedelta

import pytest
from django.utils import timezone

from courses import cache, services
from courses.models import CourseProgress, EnrolmentSource, LessonCompletion, ProgressStatus
from tests.courses.conftest import fresh
from tests.factories import CoursePageFactory, LessonPageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    course = CoursePageFactory(sequential=True)
    lessons = [fresh(LessonPageFactory(parent=course)) for _ in range(3)]
    LessonPageFactory(parent=course, publish=False, live=False)  # a draft is no step
    course = fresh(course)
    course.lessons = lessons
    return course


def test_a_first_enrolment_is_one_row_with_the_summary_a_refresh_keeps(course):
    person = UserFactory()
    progress = services.enrol(user=person, course=course, due_date=timezone.localdate())
    assert (progress.steps_total, progress.steps_done, progress.percent) == (3, 0, 0)
    assert progress.next_step_id == course.lessons[0].pk
    assert progress.status == ProgressStatus.NOT_STARTED
    assert progress.history.count() == 1
    services.progress_refresh(user=person, course=course)  # computes the same: no new row
    assert progress.history.count() == 1


def test_finished_steps_without_a_row_get_the_full_computation(course):
    person = UserFactory()
    first = course.lessons[0]
    LessonCompletion.objects.create(
        user=person,
        course=course,
        lesson=first,
        revision_id=first.live_revision_id,
        completed_at=timezone.now(),
    )
    progress = services.enrol(user=person, course=course)
    assert (progress.steps_done, progress.percent) == (1, 33)
    assert progress.next_step_id == course.lessons[1].pk
    assert progress.status == ProgressStatus.IN_PROGRESS


def test_enrolling_again_brings_only_an_earlier_due_date_forward(course):
    person = UserFactory()
    today = timezone.localdate()
    services.enrol(user=person, course=course, due_date=today + timedelta(days=30))
    later = services.enrol(user=person, course=course, due_date=today + timedelta(days=60))
    assert later.due_date == today + timedelta(days=30)
    earlier = services.enrol(user=person, course=course, due_date=today + timedelta(days=7))
    assert earlier.due_date == today + timedelta(days=7)
    assert CourseProgress.objects.filter(user=person, course=course).count() == 1


def test_another_request_enrolling_at_the_same_moment_leaves_one_row(course, monkeypatch):
    """The row appears between the check and the insert (another request of the same
    person): the insert's conflict is caught and that row is used, with the due date."""
    person = UserFactory()
    original = cache.course_steps

    def another_request_first(c):
        CourseProgress.objects.create(user=person, course=c, source=EnrolmentSource.MANUAL)
        return original(c)

    monkeypatch.setattr(cache, "course_steps", another_request_first)
    due = timezone.localdate() + timedelta(days=5)
    progress = services.enrol(user=person, course=course, due_date=due)
    assert CourseProgress.objects.filter(user=person, course=course).count() == 1
    assert progress.source == EnrolmentSource.MANUAL and progress.due_date == due
