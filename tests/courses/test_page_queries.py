"""Query counts of the learner pages at two data sizes: the same count at both, at most
``MAX_QUERIES`` of the page's own, and no more in all than the page's ceiling.

The page's own queries are all but the frame every signed-in page shares (the session, the
user, their roles, the units they lead and the unread-notification badge, see ``FRAME``).

- the course outline and the lesson page with an H5P block: 1 vs 30 lessons, with 1 vs 50
  other people who have progress in the course;
- "My learning" (the home page): 1 vs 10 courses enrolled;
- the catalogue, whole and searched: 10 more matching courses.
"""

from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses import services
from courses.models import CourseProgress, LessonCompletion
from tests.courses.conftest import H5P_DIR, fresh, h5p_body, make_people
from tests.factories import (
    CoursePageFactory,
    H5PPackageFactory,
    LessonPageFactory,
    UserFactory,
    catalogue,
)

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10
# Tables only the shared frame of a signed-in page reads (session, user, navigation).
FRAME = ("django_session", "lms_user", "auth_group", "lms_orgunit_leaders", "lms_notification")
# Ceilings of the whole request, frame included (the tests keep sessions in the database;
# production reads them from Redis, one query fewer): a new query anywhere fails the test.
CEILING = {"outline": 7, "lesson": 10, "home": 9, "catalogue": 8}


def build_course(package, *, lessons, learners, prerequisite=None):
    """A sequential course whose first lesson plays ``package``; ``learners`` other people
    have finished that first lesson."""
    course = CoursePageFactory()
    if prerequisite is not None:
        course.prerequisites.add(prerequisite)
        course.save_revision().publish()
    pages = [fresh(LessonPageFactory(parent=course, body=h5p_body(package)))]
    pages += [fresh(LessonPageFactory(parent=course)) for _ in range(lessons - 1)]
    for _ in range(learners):
        person = UserFactory()
        services.enrol(user=person, course=course)
        services.step_complete(user=person, step=pages[0])
    return SimpleNamespace(course=fresh(course), lessons=pages)


@pytest.fixture(scope="module")
def w(module_db, module_storage):
    people = make_people()
    package = H5PPackageFactory(source=H5P_DIR / "H5P.MultiChoice.h5p")
    basics = CoursePageFactory()
    basics_lesson = fresh(LessonPageFactory(parent=basics))
    small = build_course(package, lessons=1, learners=1, prerequisite=basics)
    large = build_course(package, lessons=30, learners=50, prerequisite=basics)
    reader = people.employee
    services.enrol(user=reader, course=basics)
    services.step_complete(user=reader, step=basics_lesson)  # the prerequisite is met
    for c in (small, large):
        services.enrol(user=reader, course=c.course)
    one, ten = people.colleague, people.outsider
    services.enrol(user=one, course=small.course)
    courses = [small.course, large.course] + [CoursePageFactory() for _ in range(8)]
    for i, course in enumerate(courses):
        services.enrol(user=ten, course=course)
        if i % 2 and course is large.course:
            services.step_complete(user=ten, step=large.lessons[0])
    return SimpleNamespace(reader=reader, one=one, ten=ten, small=small, large=large)


def queries(client, user, url):
    """The SQL of one GET of ``url`` by ``user``, after a first GET has warmed the caches."""
    client.force_login(user)
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return [q["sql"] for q in ctx.captured_queries], response


def own(sql):
    return [q for q in sql if not any(f'FROM "{table}"' in q for table in FRAME)]


def assert_constant(small, large, page):
    listing = "\n".join(["small:", *small, "", "large:", *large])
    assert len(small) == len(large), listing
    assert len(own(large)) <= MAX_QUERIES, listing
    assert len(large) <= CEILING[page], listing


def test_sizes_are_what_the_tests_say(w):
    assert len(w.large.lessons) == 30 and len(w.small.lessons) == 1
    assert CourseProgress.objects.filter(course=w.large.course).count() >= 51
    assert LessonCompletion.objects.filter(course=w.large.course).count() >= 50
    assert CourseProgress.objects.filter(user=w.ten).count() == 10


def test_course_outline(client, w):
    small, response = queries(client, w.reader, w.small.course.url)
    assert len(response.context["steps"]) == 1
    large, response = queries(client, w.reader, w.large.course.url)
    assert len(response.context["steps"]) == 30
    assert response.context["missing_prerequisites"] == []
    assert_constant(small, large, "outline")


def test_lesson_page_with_h5p(client, w):
    small, response = queries(client, w.reader, w.small.lessons[0].url)
    assert len(response.context["players"]) == 1 and response.context["count"] == 1
    large, response = queries(client, w.reader, w.large.lessons[0].url)
    assert len(response.context["players"]) == 1 and response.context["count"] == 30
    assert_constant(small, large, "lesson")


def test_my_learning(client, w):
    small, response = queries(client, w.one, "/")
    assert len(response.context["learning"]) == 1
    large, response = queries(client, w.ten, "/")
    assert len(response.context["learning"]) == 10
    assert_constant(small, large, "home")


def test_the_cached_tree_follows_publishing(client, w):
    client.force_login(w.reader)
    url = w.large.course.url
    assert len(client.get(url).context["steps"]) == 30
    added = fresh(LessonPageFactory(parent=w.large.course, title="Nowa lekcja"))
    steps = client.get(url).context["steps"]
    assert len(steps) == 31 and steps[-1].page.title == "Nowa lekcja"
    added.unpublish()
    assert len(client.get(url).context["steps"]) == 30
    assert client.get(added.url or f"{url}{added.slug}/").status_code == 404


def test_an_unpublished_prerequisite_no_longer_blocks(client, w):
    client.force_login(w.one)  # has not done the prerequisite
    url = w.small.course.url
    assert [c.pk for c in client.get(url).context["missing_prerequisites"]] == [
        w.small.course.prerequisites.get().pk
    ]
    w.small.course.prerequisites.get().unpublish()
    assert client.get(url).context["missing_prerequisites"] == []


def test_a_view_restriction_still_applies(client, w):
    from wagtail.models import PageViewRestriction

    client.force_login(w.reader)
    url = w.large.lessons[0].url
    assert client.get(url).status_code == 200
    PageViewRestriction.objects.create(
        page=w.large.course, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )
    response = client.get(url)
    assert response.templates[0].name == "wagtailcore/password_required.html"


def test_a_view_restriction_on_the_catalogue_applies_to_it_and_below(client, w):
    from wagtail.models import PageViewRestriction

    client.force_login(w.reader)
    assert client.get(catalogue().url).status_code == 200
    PageViewRestriction.objects.create(
        page=catalogue(), restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )
    for url in (catalogue().url, w.large.course.url, w.large.lessons[0].url):
        response = client.get(url)
        assert response.templates[0].name == "wagtailcore/password_required.html", url


def test_a_change_above_the_courses_drops_every_tree_below(w):
    """Renaming or moving the catalogue changes the URLs every cached tree holds."""
    from django.core.cache import cache as shared

    from courses import cache
    from courses.models import CourseIndexPage

    for c in (w.small, w.large):
        cache.course_steps(c.course)
    keys = [cache.TREE_KEY.format(pk=c.course.pk) for c in (w.small, w.large)]
    assert all(shared.get(k) is not None for k in keys)
    cache._page_changed(None, CourseIndexPage.objects.get())
    assert all(shared.get(k) is None for k in keys)


def matching_courses(count):
    """Courses whose summary has the searched word, every second one with a lesson that has
    it too (the catalogue lists a course whose lessons match after the direct hits)."""
    for i in range(count):
        course = CoursePageFactory(summary="Podsumowanie szkolenia.")
        if i % 2 == 0:
            fresh(LessonPageFactory(parent=course, intro="Podsumowanie lekcji."))


@pytest.mark.parametrize("query", ["", "Podsumowanie", "Podsum"])
def test_catalogue_and_its_search(client, w, query):
    """The catalogue, whole or searched (whole words, then word starts): the same queries
    with 1 and with 11 matching courses."""
    url = f"{catalogue().url}?q={query}"
    matching_courses(1)
    small, response = queries(client, w.reader, url)
    before = len(response.context["courses"])
    matching_courses(10)
    large, response = queries(client, w.reader, url)
    assert len(response.context["courses"]) == before + 10
    listing = "\n".join(["small:", *small, "", "large:", *large])
    assert len(small) == len(large), listing
    assert len(large) <= CEILING["catalogue"], listing
