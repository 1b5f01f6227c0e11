"""Factories for the assignments app's models kept beside its tests (imported into
tests/factories.py)."""

import factory
from factory.django import DjangoModelFactory
from wagtail.models import Page

from tests.factories import LessonPageFactory


class LegalChangeFactory(DjangoModelFactory):
    """A material legal change recorded on a lesson's live revision (not processed)."""

    class Meta:
        model = "assignments.LegalChange"

    page = factory.LazyFunction(lambda: Page.objects.get(pk=LessonPageFactory().pk))
    revision = factory.LazyAttribute(lambda o: o.page.live_revision)
    course = factory.LazyAttribute(lambda o: o.page.get_parent().specific)
    summary = "Wnioski o pobyt składa się wyłącznie przez MOS"
    legal_basis = "Ustawa o cudzoziemcach, art. 106"
