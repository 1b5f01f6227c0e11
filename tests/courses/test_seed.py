"""The demo courses (content.seed.seed_courses, from content/) load completely, and only once."""

from types import SimpleNamespace

import pytest
from wagtail.models import Page, Revision

from content.seed import H5P_COURSE_SLUG, seed_courses
from courses.models import (
    CoursePage,
    CourseProgress,
    H5PPackage,
    LessonActivity,
    LessonCompletion,
    LessonPage,
    ProgressStatus,
)
from lms.demo import seed_organisation
from tests.courses.conftest import H5P_DIR, files_under

pytestmark = pytest.mark.django_db

SEED_COURSES = {  # title -> fewest lessons
    "Standardy obsługi klienta w urzędzie": 6,
    "Obsługa klienta z innego kręgu kulturowego": 4,
    "Prawo migracyjne w praktyce urzędu": 5,
}
MIGRATION_LAW = "Prawo migracyjne w praktyce urzędu"


@pytest.fixture(scope="module")
def seeded(module_db, module_storage):
    people = seed_organisation()["people"]
    summary = seed_courses(people=people, h5p_dir=H5P_DIR)
    return SimpleNamespace(people=people, summary=summary, storage=module_storage)


def lessons_of(title):
    course = CoursePage.objects.get(title=title)
    return course, list(LessonPage.objects.child_of(course).live().order_by("path"))


def snapshot(storage):
    """Counts of everything the seed writes."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "packages": H5PPackage.objects.count(),
        "activities": LessonActivity.objects.count(),
        "progress": CourseProgress.objects.count(),
        "completions": LessonCompletion.objects.count(),
        "completion history": LessonCompletion.history.count(),
        "progress history": CourseProgress.history.count(),
        "files": len(files_under(storage.media)),
    }


def test_the_three_seed_courses_are_loaded_with_their_lessons(seeded):
    assert "created now" in seeded.summary
    for title, fewest in SEED_COURSES.items():
        course, lessons = lessons_of(title)
        assert course.live and course.summary, title
        assert len(lessons) >= fewest, (title, len(lessons))
        for lesson in lessons:
            assert lesson.live and len(lesson.body) > 0, lesson.title
            assert lesson.live_revision_id is not None
            lesson.body.render_as_block()  # every block template renders


def test_every_migration_law_lesson_cites_the_law(seeded):
    course, lessons = lessons_of(MIGRATION_LAW)
    assert course.area == "migration_law"
    for lesson in lessons:
        references = [b for b in lesson.body if b.block_type == "legal_reference"]
        assert references, f"{lesson.title} has no legal reference"
        for block in references:
            assert block.value["act"] and block.value["status_as_of"]


def test_the_h5p_course_plays_every_package(seeded):
    course = CoursePage.objects.get(slug=H5P_COURSE_SLUG)
    packages = set(H5PPackage.objects.exclude(metadata__has_key="content_name"))
    assert len(packages) == len(list(H5P_DIR.glob("*.h5p")))
    played = {a.package for a in LessonActivity.objects.filter(lesson__in=course.get_children())}
    assert played == packages


def test_every_seed_course_has_a_polish_h5p_activity(seeded):
    for title in SEED_COURSES:
        course, lessons = lessons_of(title)
        activities = LessonActivity.objects.filter(lesson__in=lessons).select_related("package")
        assert activities, f"{title} has no H5P activity"
        for activity in activities:
            assert activity.package.metadata["language"] == "pl"
            assert activity.package.metadata["content_name"]


def test_the_demo_employee_has_learning_to_resume(seeded):
    employee = seeded.people["employee@demo.kadra"]
    rows = CourseProgress.objects.filter(user=employee).select_related("course")
    assert {r.course.title for r in rows} == set(SEED_COURSES)
    first = rows.get(course__title="Standardy obsługi klienta w urzędzie")
    assert first.status == ProgressStatus.IN_PROGRESS and first.steps_done == 2
    assert all(r.due_date for r in rows)


def test_running_the_seed_again_creates_nothing(seeded):
    before = snapshot(seeded.storage)
    summary = seed_courses(people=seeded.people, h5p_dir=H5P_DIR)
    assert "(0 created now)" in summary
    assert snapshot(seeded.storage) == before
