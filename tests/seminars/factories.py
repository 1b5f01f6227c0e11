"""factory-boy factories for the sessions app (one per model)."""

from datetime import timedelta

import factory
from django.core.files.base import ContentFile
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.documents import get_document_model

from seminars.models import (
    Attendance,
    Booking,
    CalendarFeedToken,
    Event,
    EventDate,
    EventMaterial,
    FeedbackResponse,
    SessionReminder,
)
from tests.factories import OrgUnitFactory, UserFactory


def make_document(name="materialy.pdf", data=b"%PDF-1.4 test"):
    document = get_document_model()(title=name)
    document.file.save(name, ContentFile(data), save=False)
    document.save()
    return document


class EventFactory(DjangoModelFactory):
    class Meta:
        model = Event
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Szkolenie wewnętrzne {n}")
    description = "Zmiany w przepisach."
    unit = factory.SubFactory(OrgUnitFactory)
    capacity = 10
    open_to_all = True

    @factory.post_generation
    def trainers(self, create, extracted, **kwargs):
        if create and extracted:
            self.trainers.set(extracted)

    @factory.post_generation
    def audience_units(self, create, extracted, **kwargs):
        if create and extracted:
            self.audience_units.set(extracted)


def _in_a_week():
    return timezone.now().replace(microsecond=0) + timedelta(days=7)


class EventDateFactory(DjangoModelFactory):
    class Meta:
        model = EventDate

    event = factory.SubFactory(EventFactory)
    starts_at = factory.LazyFunction(_in_a_week)
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=2))
    room = "Sala 101"


class BookingFactory(DjangoModelFactory):
    class Meta:
        model = Booking

    event = factory.SubFactory(EventFactory)
    user = factory.SubFactory(UserFactory)
    status = "booked"


class AttendanceFactory(DjangoModelFactory):
    class Meta:
        model = Attendance

    event_date = factory.SubFactory(EventDateFactory)
    user = factory.SubFactory(UserFactory)
    status = "attended"


class FeedbackResponseFactory(DjangoModelFactory):
    class Meta:
        model = FeedbackResponse

    event = factory.SubFactory(EventFactory)
    user = factory.SubFactory(UserFactory)
    usefulness = 4
    trainer_rating = 5


class EventMaterialFactory(DjangoModelFactory):
    class Meta:
        model = EventMaterial

    event = factory.SubFactory(EventFactory)
    document = factory.LazyFunction(lambda: make_document("materialy.pdf"))


class CalendarFeedTokenFactory(DjangoModelFactory):
    class Meta:
        model = CalendarFeedToken

    user = factory.SubFactory(UserFactory)
    kind = "bookings"
    token_hash = factory.Sequence(lambda n: f"{n:064x}")


class SessionReminderFactory(DjangoModelFactory):
    class Meta:
        model = SessionReminder

    event_date = factory.SubFactory(EventDateFactory)
    user = factory.SubFactory(UserFactory)
    kind = "day_before"
