"""HR edits the unit tree: create, rename, move, leaders, delete; nothing half-saved."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from lms import access, services
from lms.models import OrgUnit, User
from tests.factories import OrgUnitFactory, UserFactory


@pytest.fixture
def hr_client(client_for):
    return client_for("hr")


def unit_data(**overrides):
    data = {"name": "Zespół C", "code": "wsc-c", "parent": "", "leaders": []}
    data.update(overrides)
    return data


def get(code):
    return OrgUnit.objects.get(code=code)


def assert_tree_is_valid():
    assert OrgUnit.find_problems() == ([], [], [], [], [])


class TestCreate:
    def test_create_under_a_parent_with_a_leader(self, hr_client, org):
        response = hr_client.post(
            reverse("unit_create"),
            unit_data(parent=org.dept.pk, leaders=[org.colleague.pk]),
        )
        unit = get("WSC-C")  # code upper-cased
        assert response.status_code == 302
        assert response["Location"] == reverse("unit_detail", args=[unit.pk])
        assert unit.get_parent() == org.dept
        assert list(unit.leaders.all()) == [org.colleague]
        assert access.can_act_for_unit(User.objects.get(pk=org.colleague.pk), unit)
        assert_tree_is_valid()

    def test_a_unit_and_its_leaders_are_one_write(self, hr_client, org):
        hr_client.post(reverse("unit_create"), unit_data(leaders=[org.colleague.pk]))
        unit = get("WSC-C")
        assert [r.history_type for r in unit.history.all()] == ["+"]
        assert list(unit.leaders.all()) == [org.colleague]

    def test_the_service_sets_leaders_with_the_unit(self, org):
        unit = services.unit_create(
            acting_user=org.hr,
            parent=org.dept,
            name="Zespół D",
            code="WSC-D",
            leaders=[org.outsider],
        )
        assert list(unit.leaders.all()) == [org.outsider]
        assert access.is_leader(User.objects.get(pk=org.outsider.pk))

    def test_duplicate_code_is_refused_next_to_the_field(self, hr_client, org):
        response = hr_client.post(reverse("unit_create"), unit_data(code=" wsc-a "))
        assert response.status_code == 200
        assert response.context["form"].errors["code"] == [
            "Another unit already uses this code. Choose a different one."
        ]
        assert 'id="id_code_error"' in response.content.decode()
        assert OrgUnit.objects.count() == 5

    def test_bad_code_is_refused(self, hr_client, org):
        response = hr_client.post(reverse("unit_create"), unit_data(code="WSC C/1"))
        assert response.status_code == 200
        assert response.context["form"].errors
        assert OrgUnit.objects.count() == 5

    def test_top_level_unit(self, hr_client, org):
        hr_client.post(reverse("unit_create"), unit_data(name="Urząd Skarbowy", code="US"))
        assert get("US").is_root()
        assert_tree_is_valid()


class TestEdit:
    def test_rename_and_move_to_another_parent(self, hr_client, org):
        response = hr_client.post(
            reverse("unit_edit", args=[org.team_b.pk]),
            unit_data(name="Zespół B (nowy)", code="WSC-B", parent=org.hr_unit.pk),
        )
        assert response.status_code == 302
        unit = get("WSC-B")
        assert unit.name == "Zespół B (nowy)"
        assert unit.get_parent() == org.hr_unit
        # Its people moved along with it.
        assert org.outsider.org_unit_id == unit.pk
        assert_tree_is_valid()

    def test_moving_a_unit_moves_its_subtree(self, org):
        sub = OrgUnitFactory(name="Podzespół", code="WSC-A1", parent=org.team_a)
        services.unit_update(
            unit=get("WSC-A"),
            acting_user=org.hr,
            name="Zespół A",
            code="WSC-A",
            parent=get("WK"),
        )
        sub = get("WSC-A1")
        assert sub.get_parent() == get("WSC-A")
        assert sub.is_descendant_of(get("WK"))
        assert not sub.is_descendant_of(get("WSC"))
        assert_tree_is_valid()

    @pytest.mark.parametrize("target", ["self", "child", "grandchild"])
    def test_unit_cannot_become_its_own_ancestor(self, hr_client, org, target):
        grandchild = OrgUnitFactory(name="Podzespół", code="WSC-A1", parent=org.team_a)
        parent = {"self": org.dept, "child": org.team_a, "grandchild": grandchild}[target]
        tree_before = list(OrgUnit.objects.order_by("pk").values_list("pk", "path", "name"))
        response = hr_client.post(
            reverse("unit_edit", args=[org.dept.pk]),
            unit_data(name="Zmieniona nazwa", code="WSC", parent=parent.pk),
        )
        assert response.status_code == 200
        assert response.context["form"].errors["parent"] == [
            "A unit cannot be placed under itself or one of its own sub-units."
        ]
        # Nothing half-saved: not even the new name.
        assert list(OrgUnit.objects.order_by("pk").values_list("pk", "path", "name")) == tree_before

    def test_service_also_refuses_own_ancestor(self, org):
        org.dept.refresh_from_db()
        with pytest.raises(ValidationError) as exc:
            services.unit_update(
                unit=org.dept,
                acting_user=org.hr,
                name="Inna nazwa",
                code="WSC",
                parent=get("WSC-A"),
            )
        assert "parent" in exc.value.message_dict
        assert get("WSC").name == "Wydział Spraw Cudzoziemców"

    def test_taking_another_units_code_is_refused(self, hr_client, org):
        response = hr_client.post(
            reverse("unit_edit", args=[org.team_b.pk]),
            unit_data(name="Zespół B", code="wsc-a", parent=org.dept.pk),
        )
        assert response.context["form"].errors["code"]
        assert get("WSC-B").name == "Zespół B"

    def test_keeping_the_same_code_is_fine(self, hr_client, org):
        response = hr_client.post(
            reverse("unit_edit", args=[org.team_b.pk]),
            unit_data(name="Zespół Be", code="wsc-b", parent=org.dept.pk),
        )
        assert response.status_code == 302
        assert get("WSC-B").name == "Zespół Be"

    def test_renaming_keeps_siblings_in_name_order(self, org):
        """The tree is ordered by name; a renamed unit takes its new place."""
        services.unit_update(
            unit=get("WSC-A"), acting_user=org.hr, name="Zespół Z", code="WSC-A", parent=org.dept
        )
        names = [u.name for u in get("WSC").get_children()]
        assert names == ["Zespół B", "Zespół Z"]
        assert_tree_is_valid()
        OrgUnitFactory(name="Zespół M", code="WSC-M", parent=get("WSC"))
        names = [u.name for u in get("WSC").get_children()]
        assert names == ["Zespół B", "Zespół M", "Zespół Z"]
        assert_tree_is_valid()

    def test_change_leaders(self, hr_client, org):
        hr_client.post(
            reverse("unit_edit", args=[org.team_a.pk]),
            unit_data(name="Zespół A", code="WSC-A", parent=org.dept.pk, leaders=[org.employee.pk]),
        )
        assert list(get("WSC-A").leaders.all()) == [org.employee]
        assert not access.is_leader(User.objects.get(pk=org.leader.pk))
        assert access.is_leader(User.objects.get(pk=org.employee.pk))


class TestDelete:
    def test_empty_unit_can_be_deleted(self, hr_client, org):
        empty = OrgUnitFactory(name="Pusty", code="PUSTY", parent=org.dept)
        response = hr_client.post(reverse("unit_delete", args=[empty.pk]))
        assert response.status_code == 302
        assert not OrgUnit.objects.filter(code="PUSTY").exists()
        assert_tree_is_valid()

    def test_unit_with_people_is_kept(self, hr_client, org):
        response = hr_client.post(reverse("unit_delete", args=[org.team_b.pk]), follow=True)
        assert "Move this unit" in response.content.decode()
        assert OrgUnit.objects.filter(code="WSC-B").exists()

    def test_unit_with_only_deactivated_people_is_kept(self, hr_client, org):
        unit = OrgUnitFactory(name="Stary", code="OLD", parent=org.dept)
        UserFactory(org_unit=unit, is_active=False)
        hr_client.post(reverse("unit_delete", args=[unit.pk]))
        assert OrgUnit.objects.filter(code="OLD").exists()

    def test_unit_with_sub_units_is_kept(self, hr_client, org):
        empty = OrgUnitFactory(name="Pusty", code="PUSTY", parent=org.dept)
        OrgUnitFactory(name="Pod", code="POD", parent=empty)
        hr_client.post(reverse("unit_delete", args=[empty.pk]))
        assert OrgUnit.objects.filter(code="PUSTY").exists()


class TestUnitViewsForLeaders:
    def test_leader_sees_own_unit_with_people_but_not_sibling(self, client_for, org):
        client = client_for("leader")
        response = client.get(reverse("unit_list"))
        assert [u.code for u in response.context["units"]] == ["WSC-A"]
        response = client.get(reverse("unit_detail", args=[org.team_a.pk]))
        assert set(response.context["members"]) == {org.employee, org.colleague, org.leader}
        assert client.get(reverse("unit_detail", args=[org.team_b.pk])).status_code == 404
        assert client.get(reverse("unit_detail", args=[org.dept.pk])).status_code == 404
