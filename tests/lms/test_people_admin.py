"""HR administration of people: create, edit, move, deactivate, delete."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.urls import reverse

from lms import services
from lms.models import ROLE_GROUPS, Role, User
from tests.factories import CourseProgressFactory, UserFactory


def person_data(org, **overrides):
    data = {
        "first_name": "Zofia",
        "last_name": "Kowalczyk",
        "email": "zofia.kowalczyk@example.gov.pl",
        "employee_number": "K0042",
        "job_title": "Referent",
        "hire_date": "2026-03-02",
        "org_unit": org.team_b.pk,
        "preferred_language": "pl",
    }
    data.update(overrides)
    return data


def field_errors(response, field):
    return response.context["form"].errors.get(field, [])


@pytest.fixture
def hr_client(client_for):
    return client_for("hr")


class TestCreate:
    def test_creates_person_in_the_employee_group(self, hr_client, org):
        response = hr_client.post(reverse("person_create"), person_data(org))
        person = User.objects.get(employee_number="K0042")
        assert response.status_code == 302
        assert response["Location"] == reverse("person_detail", args=[person.pk])
        assert person.org_unit == org.team_b
        assert person.hire_date == datetime.date(2026, 3, 2)
        assert person.is_active
        assert not person.has_usable_password()
        assert list(person.groups.values_list("name", flat=True)) == [ROLE_GROUPS[Role.EMPLOYEE]]

    def test_email_and_number_are_normalised(self, hr_client, org):
        hr_client.post(
            reverse("person_create"),
            person_data(org, email=" Zofia.K@Example.GOV.pl ", employee_number="k0042"),
        )
        person = User.objects.get(employee_number="K0042")
        assert person.email == "zofia.k@example.gov.pl"

    @pytest.mark.parametrize(
        "email", ["employee@example.gov.pl", "EMPLOYEE@Example.gov.pl", " employee@example.gov.pl"]
    )
    def test_email_already_used_is_refused_next_to_the_field(self, hr_client, org, email):
        before = User.objects.count()
        response = hr_client.post(reverse("person_create"), person_data(org, email=email))
        assert response.status_code == 200
        assert field_errors(response, "email") == [
            "This email address is already used by another person."
        ]
        html = response.content.decode()
        assert 'id="id_email_error"' in html
        assert "This email address is already used by another person." in html
        assert User.objects.count() == before

    def test_employee_number_already_used_is_refused(self, hr_client, org):
        number = org.colleague.employee_number.lower()
        response = hr_client.post(
            reverse("person_create"), person_data(org, employee_number=number)
        )
        assert response.status_code == 200
        assert field_errors(response, "employee_number") == [
            "This employee number is already used by another person."
        ]
        assert not User.objects.filter(email="zofia.kowalczyk@example.gov.pl").exists()

    def test_several_bad_fields_are_all_reported_and_nothing_saved(self, hr_client, org):
        before = User.objects.count()
        response = hr_client.post(
            reverse("person_create"),
            person_data(
                org,
                first_name="",
                email="not-an-email",
                employee_number="K 42/x",
                hire_date="31.02.2026",
                org_unit="999999",
            ),
        )
        assert response.status_code == 200
        errors = response.context["form"].errors
        assert set(errors) == {"first_name", "email", "employee_number", "hire_date", "org_unit"}
        assert User.objects.count() == before

    def test_unit_is_required(self, hr_client, org):
        response = hr_client.post(reverse("person_create"), person_data(org, org_unit=""))
        assert field_errors(response, "org_unit")
        assert not User.objects.filter(employee_number="K0042").exists()

    @pytest.mark.parametrize("role", ["employee", "leader", "editor"])
    def test_only_hr_may_create(self, client_for, org, role):
        response = client_for(role).post(reverse("person_create"), person_data(org))
        assert response.status_code == 403
        assert not User.objects.filter(employee_number="K0042").exists()


class TestEdit:
    def test_edit_and_move_to_another_unit(self, hr_client, org):
        person = org.employee
        data = person_data(
            org,
            first_name=person.first_name,
            last_name="Nowa-Nazwisko",
            email=person.email,
            employee_number=person.employee_number,
            org_unit=org.team_b.pk,
        )
        response = hr_client.post(reverse("person_edit", args=[person.pk]), data)
        assert response.status_code == 302
        person.refresh_from_db()
        assert person.last_name == "Nowa-Nazwisko"
        assert person.org_unit == org.team_b

    def test_moving_a_person_moves_them_between_leaders(self, hr_client, org):
        from lms import access

        data = person_data(
            org, email=org.employee.email, employee_number=org.employee.employee_number
        )
        hr_client.post(reverse("person_edit", args=[org.employee.pk]), data)
        leader = User.objects.get(pk=org.leader.pk)
        assert not access.can_view_person(leader, User.objects.get(pk=org.employee.pk))

    def test_keeping_own_email_is_not_a_clash(self, hr_client, org):
        data = person_data(
            org,
            email=org.employee.email.upper(),
            employee_number=org.employee.employee_number,
        )
        response = hr_client.post(reverse("person_edit", args=[org.employee.pk]), data)
        assert response.status_code == 302

    def test_taking_anothers_email_is_refused_and_nothing_changes(self, hr_client, org):
        person = org.employee
        before = (person.first_name, person.last_name, person.email, person.org_unit_id)
        data = person_data(
            org,
            email=org.colleague.email,
            employee_number=person.employee_number,
            last_name="Zmieniona",
        )
        response = hr_client.post(reverse("person_edit", args=[person.pk]), data)
        assert response.status_code == 200
        assert field_errors(response, "email") == [
            "This email address is already used by another person."
        ]
        person = User.objects.get(pk=person.pk)
        assert (person.first_name, person.last_name, person.email, person.org_unit_id) == before

    def test_taking_anothers_employee_number_is_refused(self, hr_client, org):
        data = person_data(
            org, email=org.employee.email, employee_number=org.colleague.employee_number
        )
        response = hr_client.post(reverse("person_edit", args=[org.employee.pk]), data)
        assert field_errors(response, "employee_number")
        assert User.objects.get(pk=org.employee.pk).employee_number == org.employee.employee_number

    def test_edit_form_shows_current_values(self, hr_client, org):
        response = hr_client.get(reverse("person_edit", args=[org.employee.pk]))
        html = response.content.decode()
        assert org.employee.email in html
        assert org.employee.employee_number in html


class TestDeactivate:
    def test_deactivate_and_reactivate(self, hr_client, org):
        response = hr_client.post(reverse("person_deactivate", args=[org.employee.pk]))
        assert response.status_code == 302
        person = User.objects.get(pk=org.employee.pk)
        assert not person.is_active
        assert person.deactivated_at is not None
        detail = hr_client.get(reverse("person_detail", args=[person.pk])).content.decode()
        assert "deactivated" in detail
        hr_client.post(reverse("person_reactivate", args=[person.pk]))
        person.refresh_from_db()
        assert person.is_active
        assert person.deactivated_at is None

    def test_get_does_not_deactivate(self, hr_client, org):
        response = hr_client.get(reverse("person_deactivate", args=[org.employee.pk]))
        assert response.status_code == 405
        assert User.objects.get(pk=org.employee.pk).is_active

    def test_cannot_deactivate_yourself(self, hr_client, org):
        response = hr_client.post(reverse("person_deactivate", args=[org.hr.pk]), follow=True)
        assert "You cannot deactivate your own account." in response.content.decode()
        assert User.objects.get(pk=org.hr.pk).is_active

    def test_deactivated_people_leave_the_active_list(self, hr_client, org):
        services.person_deactivate(person=org.employee, acting_user=org.hr)
        active = hr_client.get(reverse("people_list")).context["page"].object_list
        assert org.employee not in active
        inactive = hr_client.get(reverse("people_list"), {"status": "inactive"})
        assert list(inactive.context["page"].object_list) == [org.employee]


class TestDelete:
    def test_person_without_learning_records_can_be_deleted(self, hr_client, org):
        person = UserFactory(org_unit=org.team_a)
        response = hr_client.post(reverse("person_delete", args=[person.pk]))
        assert response.status_code == 302
        assert response["Location"] == reverse("people_list")
        assert not User.objects.filter(pk=person.pk).exists()

    def test_get_asks_for_confirmation_only(self, hr_client, org):
        response = hr_client.get(reverse("person_delete", args=[org.colleague.pk]))
        assert response.status_code == 200
        assert User.objects.filter(pk=org.colleague.pk).exists()

    def test_person_with_learning_records_is_kept(self, hr_client, org):
        CourseProgressFactory(user=org.colleague)
        response = hr_client.post(reverse("person_delete", args=[org.colleague.pk]), follow=True)
        assert response.status_code == 200
        assert "Deactivate the account instead." in response.content.decode()
        assert User.objects.filter(pk=org.colleague.pk).exists()

    def test_any_kind_of_learning_record_blocks_deletion(self, org):
        """Every model flagged ``is_learning_record`` counts, even without a reverse accessor."""
        from courses.models import XAPIStatement
        from tests.factories import CoursePageFactory, LessonPageFactory

        lesson = LessonPageFactory(parent=CoursePageFactory())
        XAPIStatement.objects.create(
            user=org.colleague,
            lesson=lesson,
            block_id="b1",
            verb="http://adlnet.gov/expapi/verbs/completed",
            top_level=True,
            statement={},
        )
        assert services.person_has_learning_records(org.colleague)
        with pytest.raises(ValidationError):
            services.person_delete(person=org.colleague, acting_user=org.hr)
        assert User.objects.filter(pk=org.colleague.pk).exists()

    def test_cannot_delete_yourself(self, hr_client, org):
        hr_client.post(reverse("person_delete", args=[org.hr.pk]))
        assert User.objects.filter(pk=org.hr.pk).exists()

    def test_leader_who_is_deleted_stops_leading(self, hr_client, org):
        leader = UserFactory(org_unit=org.team_b)
        org.team_b.leaders.add(leader)
        hr_client.post(reverse("person_delete", args=[leader.pk]))
        assert not org.team_b.leaders.exists()


class TestPeopleList:
    def test_search_and_filter_by_unit_subtree(self, hr_client, org):
        response = hr_client.get(reverse("people_list"), {"unit": org.dept.pk, "status": "all"})
        listed = set(response.context["page"].object_list)
        assert {org.employee, org.colleague, org.outsider, org.leader, org.editor} == listed
        response = hr_client.get(reverse("people_list"), {"q": org.outsider.last_name})
        assert org.outsider in response.context["page"].object_list
        assert org.employee not in response.context["page"].object_list or (
            org.employee.last_name == org.outsider.last_name
        )

    @pytest.mark.parametrize(
        "bad", ["abc", "1; DROP", "99999999", "99999999999999999999", "²", "0", "-1"]
    )
    def test_bad_unit_filter_is_ignored(self, hr_client, org, bad):
        response = hr_client.get(reverse("people_list"), {"unit": bad})
        assert response.status_code == 200
        assert response.context["selected_unit"] is None


def test_person_create_service_refuses_clashes_atomically(org):
    """The service validates on its own too (for callers other than the form)."""
    with pytest.raises(ValidationError) as exc:
        services.person_create(
            acting_user=org.hr,
            first_name="A",
            last_name="B",
            email="EMPLOYEE@example.gov.pl",
            employee_number="Z1",
            org_unit=org.team_a,
        )
    assert "email" in exc.value.message_dict
    assert not User.objects.filter(employee_number="Z1").exists()
    assert (
        Group.objects.get(name=ROLE_GROUPS[Role.EMPLOYEE])
        .user_set.filter(employee_number="Z1")
        .count()
        == 0
    )


def test_person_update_changes_only_the_details_it_is_given(org):
    """Details left out stay as they are; an explicit None clears an optional one."""
    person = User.objects.get(pk=org.employee.pk)
    person.hire_date = datetime.date(2020, 1, 2)
    person.job_title = "Referent"
    person.save()
    services.person_update(person=person, acting_user=org.hr, hire_date=None)
    stored = User.objects.get(pk=person.pk)
    assert stored.hire_date is None
    assert (stored.job_title, stored.email, stored.org_unit) == (
        "Referent",
        org.employee.email,
        org.employee.org_unit,
    )


def test_person_create_takes_only_the_named_details(org):
    with pytest.raises(TypeError):
        services.person_create(acting_user=org.hr, first_name="A", last_name="B")  # no email
    person = services.person_create(
        acting_user=org.hr, email=" Nowa@Example.gov.pl ", first_name="A", last_name="B"
    )
    assert (person.email, person.employee_number, person.preferred_language) == (
        "nowa@example.gov.pl",
        None,
        "pl",
    )
