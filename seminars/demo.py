"""Demo sessions for ``seed_demo``: the leader-run training on the Act on Foreigners.

The demo leader's event on the migration-law course (``prawo-migracyjne``) has two dates
ahead, is partly booked by the legalisation-of-stay team and has a waitlist; an earlier
briefing on the Code of Administrative Procedure has a past date with attendance recorded.
Safe to run repeatedly: an event that exists is left as it is.
"""

from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from courses.models import CoursePage
from lms.models import OrgUnit, User

from . import services
from .models import Attendance, Booking, BookingStatus, Event, EventDate

TITLE = "Zmiany w ustawie o cudzoziemcach — szkolenie wewnętrzne"
PAST_TITLE = "Odprawa: terminy załatwiania spraw w KPA"
COURSE_SLUG = "prawo-migracyjne"
TEAM = "WSC-LP"
DEPARTMENT = "WSC"
CAPACITY = 6


def _at(days: int, hour: int) -> datetime:
    day = timezone.localdate() + timedelta(days=days)
    return timezone.make_aware(datetime.combine(day, time(hour, 0)))


def _members(team, *exclude):
    return list(
        User.objects.filter(org_unit__path__startswith=team.path, is_active=True)
        .exclude(pk__in=[p.pk for p in exclude if p is not None])
        .order_by("pk")
    )


@transaction.atomic
def seed_sessions(people: dict, stdout=None) -> str:
    leader = people.get("leader@demo.kadra")
    employee = people.get("employee@demo.kadra")
    team = OrgUnit.objects.filter(code=TEAM).first()
    department = OrgUnit.objects.filter(code=DEPARTMENT).first()
    if leader is None or team is None or department is None:
        message = "Sessions: demo people or units missing, none made."
    elif Event.objects.filter(title=TITLE).exists():
        message = f'Sessions: "{TITLE}" exists, nothing added.'
    else:
        message = _seed(leader, employee, team, department)
    if stdout is not None:
        stdout.write(message)
    return message


def _seed(leader, employee, team, department) -> str:
    course = CoursePage.objects.live().filter(slug=COURSE_SLUG).first()
    event = services.event_create(
        acting_user=leader,
        title=TITLE,
        description=(
            "Omówienie ostatnich zmian w ustawie o cudzoziemcach: zezwolenia na pobyt czasowy "
            "i pracę, nowe terminy i wymagane dokumenty. Część druga to warsztat na "
            "przykładach spraw z naszego wydziału."
        ),
        course=course,
        unit=team,
        audience_units=[team],
        trainers=[leader],
        capacity=CAPACITY,
        cancellation_deadline=_at(6, 12),
    )
    services.date_add(
        event=event,
        starts_at=_at(7, 10),
        ends_at=_at(7, 12),
        room="Sala konferencyjna 2.14",
        acting_user=leader,
    )
    services.date_add(
        event=event,
        starts_at=_at(14, 10),
        ends_at=_at(14, 13),
        room="Sala konferencyjna 2.14",
        online_url="https://spotkania.example.gov.pl/wsc-cudzoziemcy",
        acting_user=leader,
    )
    members = _members(team, leader, employee)
    # The demo employee is left free to book (or join the waitlist) themself.
    booked = members[: CAPACITY + 2]
    for person in booked:
        services.booking_create(event=event, person=person, acting_user=leader)

    past = Event.objects.filter(title=PAST_TITLE).first()
    if past is None:
        past = Event(
            title=PAST_TITLE,
            description="Krótka odprawa o terminach z art. 35–37 KPA i ponagleniu.",
            unit=team,
            capacity=15,
            created_by=leader,
            created_at=timezone.now() - timedelta(days=30),
        )
        past._history_user = leader
        past.save()
        past.audience_units.set([team])
        past.trainers.set([leader])
        past_date = EventDate(
            event=past, starts_at=_at(-14, 9), ends_at=_at(-14, 10), room="Sala 1.05"
        )
        past_date._history_user = leader
        past_date.save()
        attendees = _members(team, leader)[:10]
        for index, person in enumerate(attendees):
            booking = Booking(
                event=past,
                user=person,
                status=BookingStatus.BOOKED,
                booked_by=leader,
                created_at=timezone.now() - timedelta(days=25),
                queued_at=timezone.now() - timedelta(days=25),
            )
            booking._history_user = leader
            booking.save()
            status = "absent" if index % 5 == 4 else "attended"
            row = Attendance(
                event_date=past_date,
                user=person,
                status=status,
                recorded_by=leader,
                recorded_at=past_date.ends_at,
            )
            row._history_user = leader
            row.save()
    waiting = Booking.objects.filter(event=event, status=BookingStatus.WAITING).count()
    return (
        f'Sessions: "{TITLE}" with 2 dates, {len(booked) - waiting} booked and {waiting} '
        f'waiting; "{PAST_TITLE}" with attendance recorded.'
    )
