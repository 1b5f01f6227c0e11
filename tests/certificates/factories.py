"""Factories for the certificates app's models (imported into tests/factories.py)."""

import uuid

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from certificates.models import Certificate, CertificateCounter, CertificateNotice, NoticeKind
from tests.factories import CoursePageFactory, UserFactory


class CertificateFactory(DjangoModelFactory):
    """A valid certificate row written directly (tests of issuance use the real service)."""

    class Meta:
        model = Certificate

    user = factory.SubFactory(UserFactory)
    course = factory.SubFactory(CoursePageFactory)
    year = factory.LazyFunction(lambda: timezone.localdate().year)
    sequence = factory.Sequence(lambda n: 900000 + n)
    number = factory.LazyAttribute(lambda o: f"TEST/{o.year}/{o.sequence:06d}")
    status_index = factory.Sequence(lambda n: 1_000_000 + n)
    name_as_issued = factory.LazyAttribute(lambda o: f"{o.user.first_name} {o.user.last_name}")
    first_name_as_issued = factory.LazyAttribute(lambda o: o.user.first_name)
    last_name_as_issued = factory.LazyAttribute(lambda o: o.user.last_name)
    course_title = factory.LazyAttribute(lambda o: o.course.title)
    completed_at = factory.LazyFunction(timezone.now)
    issued_at = factory.LazyFunction(timezone.now)
    issued_on = factory.LazyFunction(timezone.localdate)
    awarded_on = factory.LazyFunction(timezone.localdate)
    issuer_name = "Urząd Wojewódzki"
    recipient_salt = factory.LazyFunction(lambda: uuid.uuid4().hex)


class CertificateCounterFactory(DjangoModelFactory):
    class Meta:
        model = CertificateCounter

    key = factory.Sequence(lambda n: f"test:{n}")


class CertificateNoticeFactory(DjangoModelFactory):
    class Meta:
        model = CertificateNotice

    certificate = factory.SubFactory(CertificateFactory)
    kind = NoticeKind.WINDOW_OPEN
