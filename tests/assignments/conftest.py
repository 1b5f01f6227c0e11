from types import SimpleNamespace

import pytest
from django.utils import translation

from tests.factories import CoursePageFactory, LessonPageFactory


@pytest.fixture(autouse=True)
def english(settings):
    """Assert on the English source strings, whatever catalogues are compiled."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def courses(db):
    """Two live courses of two lessons each, taken only when assigned."""
    first = CoursePageFactory(title="Standardy obsługi", self_enrolment=False, sequential=False)
    first_lessons = [LessonPageFactory(parent=first, title=f"Standard {n}") for n in (1, 2)]
    second = CoursePageFactory(title="Prawo migracyjne", self_enrolment=False, sequential=False)
    second_lessons = [LessonPageFactory(parent=second, title=f"Ustawa {n}") for n in (1, 2)]
    return SimpleNamespace(
        first=type(first).objects.get(pk=first.pk),
        second=type(second).objects.get(pk=second.pk),
        first_lessons=[type(p).objects.get(pk=p.pk) for p in first_lessons],
        second_lessons=[type(p).objects.get(pk=p.pk) for p in second_lessons],
    )
