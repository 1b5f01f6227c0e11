"""Who may assign, see and export which people's training, built on ``lms.access``.

A leader's reach is the subtrees of the units they lead; HR reaches everyone. Views and
services ask here; nothing decides it inline.
"""

from django.db.models import Q

from lms import access
from lms.models import OrgUnit, User

from .selectors import chunks


def _reach_q(user, prefix="") -> Q:
    q = Q(pk__in=[])
    for path in access.led_unit_paths(user):
        q |= Q(**{f"{prefix}path__startswith": path})
    return q


def can_use_team_view(user) -> bool:
    return access.allowed(user, "team.view")


def reachable_people(user):
    """People whose training ``user`` may assign and see: everyone for HR, else the people
    in the units they lead (and below)."""
    if not user.is_authenticated:
        return User.objects.none()
    if access.is_hr(user):
        return User.objects.all()
    if not access.is_leader(user):
        return User.objects.none()
    return User.objects.filter(_reach_q(user, "org_unit__"))


def reachable_units(user):
    """Units whose people ``user`` may assign to: all for HR, the led subtrees for a leader."""
    if not user.is_authenticated:
        return OrgUnit.objects.none()
    return access.visible_units(user)


def can_assign_to(user, person) -> bool:
    return access.is_hr(user) or access.in_led_subtree(user, person.org_unit)


def can_assign_to_all(user, user_ids) -> bool:
    """True when every one of ``user_ids`` is in ``user``'s reach (one query per 1,000)."""
    user_ids = set(user_ids)
    if access.is_hr(user):
        return True
    if not access.is_leader(user):
        return not user_ids
    found = 0
    for chunk in chunks(user_ids):
        found += reachable_people(user).filter(pk__in=chunk).count()
    return found == len(user_ids)


def can_act_for_unit(user, unit) -> bool:
    return unit is not None and access.can_act_for_unit(user, unit)


def can_view_assignment(user, assignment) -> bool:
    return access.can_view_person(user, assignment.user)


def can_manage_assignment(user, assignment) -> bool:
    """Cancel an assignment or change its due date."""
    return user.is_authenticated and can_assign_to(user, assignment.user)


def can_view_learning_record(user, person) -> bool:
    """A person's learning record: themself, their leaders and HR."""
    return access.can_view_person(user, person)
