"""Factories for the courses app's models kept beside its tests (imported into
tests/factories.py)."""

import factory
from factory.django import DjangoModelFactory
from wagtail.models import Page

from tests.factories import LessonPageFactory, UserFactory


class LegalReviewRequestFactory(DjangoModelFactory):
    """An open "needs legal review" report of a lesson."""

    class Meta:
        model = "courses.LegalReviewRequest"

    lesson = factory.LazyFunction(lambda: Page.objects.get(pk=LessonPageFactory().pk))
    course = factory.LazyAttribute(lambda o: o.lesson.get_parent().specific)
    reported_by = factory.SubFactory(UserFactory)
    what = "Od 27 kwietnia 2026 wnioski o pobyt składa się wyłącznie przez MOS"
    why = "Nowelizacja ustawy o cudzoziemcach"
