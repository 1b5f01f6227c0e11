"""Fixtures for the courses tests: real H5P packages, lessons with activities, storage.

Building pages and H5P packages is slow (publishing, search indexing, validating and
unpacking a real package), so the learner-side tests share one ``world`` per module: it is
made once inside a transaction kept open for the module and rolled back after it, while
each test still runs in its own savepoint. Tests must not keep changes to the world's
Python objects: re-read a page before changing it.
"""

from pathlib import Path
from types import SimpleNamespace

import pytest
from django.db import transaction
from django.test import override_settings
from django.utils import translation

from lms.models import Role
from tests.factories import (
    CoursePageFactory,
    H5PPackageFactory,
    LessonPageFactory,
    OrgUnitFactory,
    UserFactory,
)

H5P_DIR = Path(__file__).resolve().parents[3] / "shared" / "h5p"
INVALID_DIR = H5P_DIR / "invalid"
BLOCK_ID = "act-1"


@pytest.fixture(autouse=True)
def english(settings):
    """Assert on the English source strings, whatever catalogues are compiled."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def storage(settings, tmp_path):
    """Empty MEDIA_ROOT and H5P_ROOT of this test only, so leftovers can be counted."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.H5P_ROOT = tmp_path / "h5p"
    return SimpleNamespace(media=settings.MEDIA_ROOT, h5p=settings.H5P_ROOT)


def fresh(page):
    """The page as stored: factories publish through a copy, so their objects are stale."""
    return type(page).objects.get(pk=page.pk)


def files_under(*roots: Path) -> list[Path]:
    return [p for root in roots if root.exists() for p in root.rglob("*") if p.is_file()]


def h5p_body(package, *, block_id=BLOCK_ID, text=True):
    """A lesson body with one H5P block and, optionally, a text block before it."""
    body = [{"type": "h5p", "value": {"package": package.pk, "instructions": ""}, "id": block_id}]
    if text:
        body.insert(0, {"type": "text", "value": "<p>Przeczytaj i odpowiedz.</p>"})
    return body


@pytest.fixture
def multichoice(db, storage):
    """The hub's MultiChoice package, stored as an editor would upload it."""
    return H5PPackageFactory(source=H5P_DIR / "H5P.MultiChoice.h5p")


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """A transaction around a whole module: data made in it is rolled back after the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def module_storage(tmp_path_factory):
    root = tmp_path_factory.mktemp("storage")
    with override_settings(MEDIA_ROOT=root / "media", H5P_ROOT=root / "h5p"):
        yield SimpleNamespace(media=root / "media", h5p=root / "h5p")


def make_people():
    office = OrgUnitFactory(name="Urząd")
    team_a = OrgUnitFactory(name="Zespół A", parent=office)
    team_b = OrgUnitFactory(name="Zespół B", parent=office)
    leader = UserFactory(org_unit=team_a, roles=[Role.LEADER])
    team_a.leaders.add(leader)
    return SimpleNamespace(
        employee=UserFactory(org_unit=team_a),
        colleague=UserFactory(org_unit=team_a),
        outsider=UserFactory(org_unit=team_b),
        leader=leader,
        hr=UserFactory(org_unit=office, roles=[Role.HR]),
        editor=UserFactory(org_unit=office, roles=[Role.EDITOR]),
    )


@pytest.fixture(scope="module")
def world(module_db, module_storage):
    """People, two H5P packages and the courses that use them.

    - ``course``: open to all (self-enrolment), not sequential; ``text_lesson`` (text only)
      and ``lesson`` with the MultiChoice activity (block ``BLOCK_ID``), published, so the
      ``page_published`` signal has indexed its LessonActivity.
    - ``assigned``: a course taken only when assigned, with ``assigned_lesson`` playing the
      TrueFalse package (``other_package``).
    """
    people = make_people()
    package = H5PPackageFactory(title="Wielokrotny wybór", source=H5P_DIR / "H5P.MultiChoice.h5p")
    other = H5PPackageFactory(title="Prawda czy fałsz", source=H5P_DIR / "H5P.TrueFalse.h5p")
    course = CoursePageFactory(title="Ćwiczenia", sequential=False)
    text_lesson = LessonPageFactory(parent=course, title="Wstęp")
    lesson = LessonPageFactory(parent=course, title="Quiz H5P", body=h5p_body(package))
    assigned = CoursePageFactory(title="Tylko z przydziału", self_enrolment=False)
    assigned_lesson = LessonPageFactory(parent=assigned, body=h5p_body(other))
    return SimpleNamespace(
        people=people,
        storage=module_storage,
        package=package,
        other_package=other,
        course=fresh(course),
        text_lesson=fresh(text_lesson),
        lesson=fresh(lesson),
        assigned=fresh(assigned),
        assigned_lesson=fresh(assigned_lesson),
        block_id=BLOCK_ID,
    )
