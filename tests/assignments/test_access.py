"""A leader reaches the people of the units they lead (and below); HR reaches everyone."""

import pytest
from django.contrib.auth.models import AnonymousUser

from assignments import access
from assignments.models import Assignment
from lms.models import OrgUnit, User
from tests.factories import AssignmentFactory, OrgUnitFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_a_leader_reaches_the_people_of_their_subtree_only(org):
    sub = OrgUnitFactory(name="Sekcja A1", parent=OrgUnit.objects.get(pk=org.team_a.pk))
    below = User.objects.get(pk=UserFactory(org_unit=sub).pk)
    outsider = User.objects.get(pk=org.outsider.pk)
    reach = set(access.reachable_people(org.leader))
    assert {org.employee, org.colleague, org.leader, below} <= reach
    assert org.outsider not in reach and org.hr not in reach and org.editor not in reach
    assert access.can_assign_to(org.leader, below)
    assert not access.can_assign_to(org.leader, outsider)
    assert set(access.reachable_units(org.leader)) == {org.team_a, sub}


def test_hr_reaches_everyone(org):
    assert set(access.reachable_people(org.hr)) >= {org.outsider, org.employee, org.editor}
    assert access.can_assign_to(org.hr, org.outsider)
    assert access.can_assign_to_all(org.hr, [org.outsider.pk, org.employee.pk])


@pytest.mark.parametrize("role", ["employee", "editor"])
def test_people_who_lead_nothing_reach_no_one(org, role):
    user = getattr(org, role)
    assert not access.reachable_people(user).exists()
    assert not access.can_assign_to(user, org.colleague)
    assert not access.can_assign_to_all(user, [org.colleague.pk])
    assert not access.can_use_team_view(user)


def test_anonymous_reaches_no_one():
    assert not access.reachable_people(AnonymousUser()).exists()
    assert not access.reachable_units(AnonymousUser()).exists()


def test_one_person_outside_reach_spoils_the_whole_group(org):
    assert access.can_assign_to_all(org.leader, [org.employee.pk, org.colleague.pk])
    assert not access.can_assign_to_all(org.leader, [org.employee.pk, org.outsider.pk])
    # An id that does not exist is not in reach either.
    assert not access.can_assign_to_all(org.leader, [org.employee.pk, 999999])


def stored(assignment):
    """As views load it: the fixture's unit objects hold tree paths from before later inserts."""
    return Assignment.objects.select_related("user__org_unit").get(pk=assignment.pk)


def test_managing_an_assignment_follows_the_person(org):
    mine = stored(AssignmentFactory(user=org.employee))
    theirs = stored(AssignmentFactory(user=org.outsider))
    assert access.can_manage_assignment(org.leader, mine)
    assert not access.can_manage_assignment(org.leader, theirs)
    assert access.can_manage_assignment(org.hr, theirs)
    assert not access.can_manage_assignment(org.employee, mine)
    # The person sees their own assignment, but does not manage it.
    assert access.can_view_assignment(org.employee, mine)
    assert not access.can_view_assignment(org.leader, theirs)
