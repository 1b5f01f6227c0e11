"""Who may see, book, run and manage which training events, built on ``lms.access``.

A leader manages the events of units in their reach (the subtrees they lead) and books or
moves the people there; HR manages every event and books anyone. Trainers run the dates of
the events they train (attendance, QR check-in, materials, feedback results). Staff see the
events whose audience they are in, and their own bookings and feeds only.
"""

from django.db.models import Q

from lms import access
from lms.models import OrgUnit, User

from .models import Event


def _reach_q(user, prefix="") -> Q:
    q = Q(pk__in=[])
    for path in access.led_unit_paths(user):
        q |= Q(**{f"{prefix}path__startswith": path})
    return q


def can_create_events(user) -> bool:
    return access.is_hr(user) or access.is_leader(user)


def can_manage_event(user, event: Event) -> bool:
    """Edit the event and its dates, book and move people, approve, cancel."""
    if not user.is_authenticated:
        return False
    return access.is_hr(user) or access.in_led_subtree(user, event.unit)


def is_trainer(user, event: Event) -> bool:
    if not user.is_authenticated or event.pk is None:
        return False
    cache = getattr(event, "_trainer_ids", None)
    if cache is None:
        cache = set(event.trainers.values_list("pk", flat=True))
        event._trainer_ids = cache
    return user.pk in cache


def can_run_event(user, event: Event) -> bool:
    """Mark attendance, show the QR code, print the list, add materials, read feedback."""
    return can_manage_event(user, event) or is_trainer(user, event)


def _audience_paths(event: Event) -> list[str]:
    cache = getattr(event, "_audience_paths", None)
    if cache is None:
        cache = list(event.audience_units.values_list("path", flat=True))
        event._audience_paths = cache
    return cache


def in_audience(person, event: Event) -> bool:
    """Whether ``person`` is among those the event is for."""
    if not person.is_active:
        return False
    if event.open_to_all:
        return True
    unit = person.org_unit
    return unit is not None and any(unit.path.startswith(p) for p in _audience_paths(event))


def can_view_event(user, event: Event) -> bool:
    if not user.is_authenticated:
        return False
    if can_run_event(user, event) or in_audience(user, event):
        return True
    return event.bookings.filter(user=user).exists()


def can_book_for(user, person, event: Event) -> bool:
    """Book ``person`` onto ``event``: oneself when in the audience, a leader their people,
    HR anyone."""
    if not user.is_authenticated:
        return False
    if access.is_hr(user):
        return True
    if person.pk == user.pk:
        return in_audience(person, event)
    return access.in_led_subtree(user, person.org_unit) and can_manage_event(user, event)


def can_approve(user, booking) -> bool:
    """The trainee's leader (of a unit above them) or HR approves a booking."""
    if not user.is_authenticated or booking.user_id == user.pk:
        return False  # nobody approves their own booking
    return access.is_hr(user) or access.in_led_subtree(user, booking.user.org_unit)


def can_cancel_booking(user, booking) -> bool:
    if not user.is_authenticated:
        return False
    if booking.user_id == user.pk:
        return True
    return access.is_hr(user) or (
        access.in_led_subtree(user, booking.user.org_unit) and can_manage_event(user, booking.event)
    )


def visible_events(user):
    """Events ``user`` may see: HR all; else those for their unit or all staff, those of the
    units they lead, those they train, and those they are booked on."""
    if not user.is_authenticated:
        return Event.objects.none()
    if access.is_hr(user):
        return Event.objects.all()
    q = Q(open_to_all=True) | Q(trainers=user) | Q(bookings__user=user)
    q |= _reach_q(user, "unit__")
    unit = user.org_unit
    if unit is not None:
        ancestors = [
            unit.path[:i] for i in range(OrgUnit.steplen, len(unit.path) + 1, OrgUnit.steplen)
        ]
        q |= Q(audience_units__path__in=ancestors)
    return Event.objects.filter(pk__in=Event.objects.filter(q).values("pk"))


def managed_events(user):
    if not user.is_authenticated:
        return Event.objects.none()
    if access.is_hr(user):
        return Event.objects.all()
    return Event.objects.filter(_reach_q(user, "unit__"))


def run_events(user):
    """Events ``user`` trains or manages."""
    if not user.is_authenticated:
        return Event.objects.none()
    if access.is_hr(user):
        return Event.objects.all()
    return Event.objects.filter(
        pk__in=Event.objects.filter(Q(trainers=user) | _reach_q(user, "unit__")).values("pk")
    )


def units_for_events(user):
    """Units a person may organise events for, or name as the audience."""
    if not user.is_authenticated:
        return OrgUnit.objects.none()
    return access.visible_units(user)


def bookable_people(user):
    """People ``user`` may book onto events: HR everyone, a leader their people."""
    if not user.is_authenticated:
        return User.objects.none()
    if access.is_hr(user):
        return User.objects.filter(is_active=True)
    return User.objects.filter(_reach_q(user, "org_unit__"), is_active=True)


def can_view_overview(user) -> bool:
    return access.is_hr(user)


def hr_people():
    """Active HR staff (they approve bookings of people whose units have no leader)."""
    from lms.models import ROLE_GROUPS, Role

    return User.objects.filter(is_active=True, groups__name=ROLE_GROUPS[Role.HR]).distinct()


def can_view_people_bookings(user) -> bool:
    """The bookings of the people in a leader's reach (HR: everyone's)."""
    return user.is_authenticated and (access.is_hr(user) or access.is_leader(user))


def people_in_reach(user):
    """The people whose bookings ``user`` sees on the team bookings page."""
    if access.is_hr(user):
        return User.objects.filter(is_active=True)
    return User.objects.filter(is_active=True).filter(_reach_q(user, "org_unit__"))
