"""Issuing at the same moment from several threads: numbers without gaps or duplicates, and
one certificate per completion (run on SQLite and on PostgreSQL)."""

import threading

import pytest
from django.db import transaction
from django.utils import timezone

from certificates import services
from certificates.models import Certificate
from courses.models import CourseProgress, ProgressStatus
from tests.factories import CoursePageFactory, UserFactory
from tests.quizzes.test_submission import run_at_once

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _completed(user, course):
    return CourseProgress.objects.create(
        user=user,
        course=course,
        status=ProgressStatus.COMPLETED,
        completed_at=timezone.now(),
        steps_total=1,
        steps_done=1,
        percent=100,
    )


def _issue(progress_pk):
    def work():
        with transaction.atomic():
            progress = CourseProgress.objects.select_related("user", "course").get(pk=progress_pk)
            course = progress.course.specific
            certificate = services.certificate_issue_for_completion(
                user=progress.user, course=course, progress=progress
            )
            return certificate.number

    return work


def test_eight_people_at_once_get_eight_consecutive_numbers():
    course = CoursePageFactory(validity_months=12)
    progresses = [_completed(UserFactory(), course) for _ in range(8)]
    workers = [_issue(p.pk) for p in progresses]
    index, mine = iter(range(8)), threading.local()

    def target():  # each thread keeps its person across the retries SQLite may need
        if not hasattr(mine, "index"):
            mine.index = next(index)
        return workers[mine.index]()

    results = run_at_once(8, target)

    assert all(isinstance(r, str) for r in results), results
    year = timezone.localdate().year
    expected = [f"KADRA/{year}/{n:06d}" for n in range(1, 9)]
    assert sorted(results) == expected
    assert sorted(Certificate.objects.values_list("number", flat=True)) == expected
    assert len(set(Certificate.objects.values_list("status_index", flat=True))) == 8


def test_the_same_completion_issued_twice_at_once_gives_one_certificate():
    course = CoursePageFactory(validity_months=12)
    progress = _completed(UserFactory(), course)
    results = run_at_once(2, _issue(progress.pk))

    assert all(isinstance(r, str) for r in results), results
    assert len(set(results)) == 1
    assert Certificate.objects.count() == 1
    # The number the second thread did not use was given back: the next one follows on.
    assert Certificate.objects.get().sequence == 1
