"""Query counts of the learner pages do not grow with courses, lessons or learners.

Each page is measured at two sizes of the same shape, for the same kind of person:
2 vs 8 courses, 3 vs 12 lessons, 1 vs 20 other learners. The counts must be equal.
"""

from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses import services
from courses.models import CourseProgress, EnrolmentSource
from tests.courses.conftest import fresh, make_people
from tests.factories import CoursePageFactory, LessonPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def add_course(n_lessons, *, learners=0):
    """A sequential course; ``learners`` other people have finished its first lesson."""
    course = CoursePageFactory()
    lessons = [fresh(LessonPageFactory(parent=course)) for _ in range(n_lessons)]
    for _ in range(learners):
        person = UserFactory()
        services.enrol(user=person, course=course)
        services.step_complete(user=person, step=lessons[0])
    return SimpleNamespace(course=fresh(course), lessons=lessons)


def enrol(user, course, done=1):
    services.enrol(user=user, course=course.course, source=EnrolmentSource.MANUAL)
    for lesson in course.lessons[:done]:
        services.step_complete(user=user, step=lesson)


@pytest.fixture(scope="module")
def w(module_db, module_storage):
    people = make_people()
    c3 = add_course(3)  # 3 lessons
    c12 = add_course(12)  # 12 lessons
    c20 = add_course(3, learners=18)  # 3 lessons, and with the people below 20 learners
    extra = [add_course(1) for _ in range(5)]
    reader = people.employee  # measured on outlines and lessons, one lesson done in each
    for course in (c3, c12, c20):
        enrol(reader, course)
    two, eight = people.colleague, people.outsider  # "My learning" with 2 and 8 courses
    for course in extra[:2]:
        enrol(two, course)
    for i, course in enumerate([c3, c12, c20, *extra]):
        enrol(eight, course, done=i % 2)
    solo_small, solo_large = UserFactory(), UserFactory()  # one course each
    enrol(solo_small, c3)
    enrol(solo_large, c20)
    return SimpleNamespace(
        reader=reader,
        two=two,
        eight=eight,
        solo_small=solo_small,
        solo_large=solo_large,
        c3=c3,
        c12=c12,
        c20=c20,
    )


def other_learners(user, course):
    return CourseProgress.objects.filter(course=course.course).exclude(user=user).count()


def queries(client, user, url):
    """Queries of one GET of ``url`` by ``user``, after a first GET has warmed caches."""
    client.force_login(user)
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return [q["sql"] for q in ctx.captured_queries], response


def assert_same_count(small, large):
    assert len(small) == len(large), "\n".join(
        ["small:", *small, "", "large:", *large]  # both lists, to find the extra queries
    )


def test_my_learning_does_not_grow_with_courses(client, w):
    small, response = queries(client, w.two, "/")
    assert len(response.context["learning"]) == 2
    large, response = queries(client, w.eight, "/")
    assert len(response.context["learning"]) == 8
    assert_same_count(small, large)


def test_my_learning_does_not_grow_with_learners(client, w):
    assert other_learners(w.solo_small, w.c3) <= 2
    assert other_learners(w.solo_large, w.c20) >= 20
    small, _ = queries(client, w.solo_small, "/")
    large, _ = queries(client, w.solo_large, "/")
    assert_same_count(small, large)


def test_the_course_outline_does_not_grow_with_lessons(client, w):
    small, response = queries(client, w.reader, w.c3.course.url)
    assert len(response.context["steps"]) == 3
    large, response = queries(client, w.reader, w.c12.course.url)
    assert len(response.context["steps"]) == 12
    assert_same_count(small, large)


def test_the_course_outline_does_not_grow_with_learners(client, w):
    assert other_learners(w.reader, w.c3) <= 2 and other_learners(w.reader, w.c20) >= 20
    small, _ = queries(client, w.reader, w.c3.course.url)
    large, _ = queries(client, w.reader, w.c20.course.url)
    assert_same_count(small, large)


def test_the_lesson_page_does_not_grow_with_lessons(client, w):
    small, response = queries(client, w.reader, w.c3.lessons[1].url)
    assert response.context["count"] == 3
    large, response = queries(client, w.reader, w.c12.lessons[1].url)
    assert response.context["count"] == 12
    assert_same_count(small, large)


def test_the_lesson_page_does_not_grow_with_learners(client, w):
    small, _ = queries(client, w.reader, w.c3.lessons[1].url)
    large, _ = queries(client, w.reader, w.c20.lessons[1].url)
    assert_same_count(small, large)
