"""The access policy for nested units: a leader's reach is the subtree of each led unit."""

import pytest

from lms import access
from lms.models import Role, User
from tests.factories import OrgUnitFactory, UserFactory


def fresh(user):
    """The access module caches per user object; a new object sees new data."""
    return User.objects.get(pk=user.pk)


@pytest.fixture
def tree(org):
    """The org fixture plus a sub-team under team A and a department leader."""
    org.sub_a = OrgUnitFactory(name="Podzespół A1", code="WSC-A1", parent=org.team_a)
    org.sub_member = UserFactory(org_unit=org.sub_a)
    org.dept_member = UserFactory(org_unit=org.dept)
    org.hr_member = UserFactory(org_unit=org.hr_unit)
    org.dept_leader = UserFactory(org_unit=org.dept, roles=[Role.LEADER])
    org.dept.leaders.add(org.dept_leader)
    org.sub_a.refresh_from_db()
    for name in ("office", "dept", "team_a", "team_b", "hr_unit"):
        getattr(org, name).refresh_from_db()
    return org


def codes(units):
    return set(units.values_list("code", flat=True))


def people(qs):
    return set(qs.values_list("pk", flat=True))


class TestDepartmentLeader:
    def test_sees_the_department_and_every_team_below(self, tree):
        assert codes(access.visible_units(fresh(tree.dept_leader))) == {
            "WSC",
            "WSC-A",
            "WSC-A1",
            "WSC-B",
        }

    def test_sees_people_of_the_whole_subtree_and_nobody_outside(self, tree):
        visible = people(access.visible_people(fresh(tree.dept_leader)))
        for inside in (
            tree.employee,
            tree.colleague,
            tree.outsider,
            tree.leader,
            tree.sub_member,
            tree.dept_member,
            tree.editor,
            tree.dept_leader,
        ):
            assert inside.pk in visible
        assert tree.hr.pk not in visible
        assert tree.hr_member.pk not in visible

    def test_can_view_person_and_act_for_units_in_subtree(self, tree):
        leader = fresh(tree.dept_leader)
        assert access.can_view_person(leader, tree.outsider)
        assert access.can_view_person(leader, tree.sub_member)
        assert not access.can_view_person(leader, tree.hr_member)
        assert access.can_act_for_unit(leader, tree.team_b)
        assert access.can_act_for_unit(leader, tree.sub_a)
        assert access.can_act_for_unit(leader, tree.dept)
        assert not access.can_act_for_unit(leader, tree.office)
        assert not access.can_act_for_unit(leader, tree.hr_unit)


class TestTeamLeader:
    def test_sees_own_team_and_its_sub_team_only(self, tree):
        assert codes(access.visible_units(fresh(tree.leader))) == {"WSC-A", "WSC-A1"}

    def test_does_not_see_sibling_team_or_parent(self, tree):
        leader = fresh(tree.leader)
        assert not access.can_act_for_unit(leader, tree.team_b)
        assert not access.can_act_for_unit(leader, tree.dept)
        assert not access.can_act_for_unit(leader, tree.office)
        assert not access.can_view_unit(leader, tree.team_b)
        assert access.can_act_for_unit(leader, tree.team_a)
        assert access.can_act_for_unit(leader, tree.sub_a)

    def test_people(self, tree):
        leader = fresh(tree.leader)
        visible = people(access.visible_people(leader))
        assert visible == {
            tree.employee.pk,
            tree.colleague.pk,
            tree.leader.pk,
            tree.sub_member.pk,
        }
        assert access.can_view_person(leader, tree.sub_member)
        assert not access.can_view_person(leader, tree.outsider)
        assert not access.can_view_person(leader, tree.dept_member)
        assert not access.can_view_person(leader, tree.dept_leader)

    def test_leading_two_units_unions_both_subtrees(self, tree):
        tree.team_b.leaders.add(tree.leader)
        leader = fresh(tree.leader)
        assert codes(access.visible_units(leader)) == {"WSC-A", "WSC-A1", "WSC-B"}
        assert access.can_view_person(leader, tree.outsider)
        assert not access.can_view_person(leader, tree.dept_member)

    def test_reach_follows_a_unit_moved_elsewhere(self, tree):
        """Moving team B under team A brings it into the team A leader's reach."""
        from lms import services

        services.unit_update(
            unit=tree.team_b,
            acting_user=tree.hr,
            name=tree.team_b.name,
            code=tree.team_b.code,
            parent=tree.team_a,
        )
        leader = fresh(tree.leader)
        assert "WSC-B" in codes(access.visible_units(leader))
        assert access.can_view_person(leader, User.objects.get(pk=tree.outsider.pk))


class TestOtherRoles:
    def test_employee_sees_only_themself(self, tree):
        employee = fresh(tree.employee)
        assert codes(access.visible_units(employee)) == set()
        assert people(access.visible_people(employee)) == {employee.pk}
        assert access.can_view_person(employee, employee)
        assert not access.can_view_person(employee, tree.colleague)
        assert not access.can_act_for_unit(employee, tree.team_a)

    def test_editor_is_not_a_leader(self, tree):
        editor = fresh(tree.editor)
        assert not access.is_leader(editor)
        assert not access.can_act_for_unit(editor, tree.dept)
        assert not access.can_view_person(editor, tree.employee)

    def test_hr_sees_everything(self, tree):
        hr = fresh(tree.hr)
        assert codes(access.visible_units(hr)) == {
            "UW",
            "WSC",
            "WSC-A",
            "WSC-A1",
            "WSC-B",
            "WK",
        }
        assert people(access.visible_people(hr)) == set(User.objects.values_list("pk", flat=True))
        assert access.can_act_for_unit(hr, tree.office)
        assert access.can_view_person(hr, tree.hr_member)

    def test_anonymous_sees_nothing(self, tree):
        from django.contrib.auth.models import AnonymousUser

        anon = AnonymousUser()
        assert not access.visible_units(anon).exists()
        assert not access.visible_people(anon).exists()
        assert not access.can_view_person(anon, tree.employee)
        assert not access.can_act_for_unit(anon, tree.team_a)

    def test_leader_role_comes_from_led_units_not_the_group(self, tree):
        """A leader whose units were taken away has no reach, even if still in the group."""
        tree.team_a.leaders.remove(tree.leader)
        leader = fresh(tree.leader)
        assert not access.is_leader(leader)
        assert not access.visible_units(leader).exists()
        assert people(access.visible_people(leader)) == {leader.pk}
