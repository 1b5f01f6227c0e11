"""Who may change how a person signs in (email, employee number, password, active flag).

HR manages everyone's details, but the sign-in identity of editors, staff and superusers
is for a superuser only: otherwise HR could point an editor's email at their own mailbox
and reset the password. Every change of email is announced to the old address.
"""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from lms import access, services
from lms.models import User
from tests.factories import PASSWORD, UserFactory

from .conftest import make_csv

REFUSAL = "Only an administrator (superuser) may change the email, employee number"


@pytest.fixture
def superuser(org):
    return UserFactory(
        org_unit=org.office, is_superuser=True, is_staff=True, email="root@example.gov.pl"
    )


@pytest.fixture
def staff(org):
    return UserFactory(org_unit=org.office, is_staff=True, email="staff@example.gov.pl")


@pytest.fixture
def protected(org, superuser, staff):
    return {"editor": org.editor, "staff": staff, "superuser": superuser}


def stored(person):
    return User.objects.values("email", "employee_number", "password", "is_active").get(
        pk=person.pk
    )


def edit_data(person, **overrides):
    data = {
        "first_name": person.first_name,
        "last_name": person.last_name,
        "email": person.email,
        "employee_number": person.employee_number or "",
        "job_title": person.job_title,
        "hire_date": "",
        "org_unit": person.org_unit_id,
        "preferred_language": person.preferred_language,
    }
    data.update(overrides)
    return data


class TestRule:
    def test_hr_may_change_the_identity_of_people_without_editor_or_admin_rights(self, org):
        for person in (org.employee, org.leader, org.hr, org.colleague):
            assert access.can_change_identity(org.hr, person)

    @pytest.mark.parametrize("kind", ["editor", "staff", "superuser"])
    def test_hr_may_not_change_an_editors_or_administrators_identity(self, org, protected, kind):
        assert access.has_protected_identity(protected[kind])
        assert not access.can_change_identity(org.hr, protected[kind])
        assert not access.allowed(org.hr, "person.change_identity", protected[kind])

    @pytest.mark.parametrize("kind", ["editor", "staff", "superuser"])
    def test_a_superuser_may(self, org, protected, superuser, kind):
        assert access.can_change_identity(superuser, protected[kind])
        assert access.can_change_identity(superuser, org.employee)

    @pytest.mark.parametrize("role", ["employee", "leader", "editor"])
    def test_nobody_else_may(self, org, role):
        actor = getattr(org, role)
        assert not access.can_change_identity(actor, org.colleague)

    def test_the_one_query_version_agrees(self, org, protected):
        assert set(access.people_with_protected_identity()) == set(protected.values())


class TestService:
    @pytest.mark.parametrize("kind", ["editor", "staff", "superuser"])
    @pytest.mark.parametrize(
        "change",
        [
            {"email": "hr-mailbox@example.gov.pl"},
            {"email": "  HR-Mailbox@Example.gov.pl "},
            {"employee_number": "X9999"},
            {"employee_number": None},
            {"password": "Przejete-haslo-123"},
        ],
        ids=["email", "email-spelt", "number", "no-number", "password"],
    )
    def test_hr_cannot_change_a_protected_identity(self, org, protected, kind, change):
        person = protected[kind]
        before = stored(person)
        with pytest.raises(ValidationError) as exc:
            services.person_update(person=person, acting_user=org.hr, **change)
        assert REFUSAL in " ".join(exc.value.messages)
        assert stored(person) == before
        assert mail.outbox == []

    def test_a_caller_copy_holding_the_new_value_is_still_refused(self, org):
        """A bound ModelForm writes the posted values to its instance before the service runs."""
        person = User.objects.get(pk=org.editor.pk)
        person.email = "hr-mailbox@example.gov.pl"
        with pytest.raises(ValidationError):
            services.person_update(person=person, acting_user=org.hr, email=person.email)
        assert stored(org.editor)["email"] == "editor@example.gov.pl"

    def test_hr_may_change_other_details_of_an_editor(self, org):
        services.person_update(
            person=org.editor,
            acting_user=org.hr,
            job_title="Redaktor prowadzący",
            email=" Editor@Example.gov.pl",  # the same address, spelt otherwise
            employee_number=org.editor.employee_number,
        )
        assert User.objects.get(pk=org.editor.pk).job_title == "Redaktor prowadzący"
        assert mail.outbox == []

    @pytest.mark.parametrize("kind", ["editor", "staff", "superuser"])
    def test_hr_cannot_deactivate_reactivate_or_delete_a_protected_account(
        self, org, protected, kind
    ):
        person = protected[kind]
        for action in (services.person_deactivate, services.person_delete):
            with pytest.raises(ValidationError, match="Only an administrator"):
                action(person=person, acting_user=org.hr)
        assert User.objects.get(pk=person.pk).is_active
        User.objects.filter(pk=person.pk).update(is_active=False)
        person.refresh_from_db()
        with pytest.raises(ValidationError, match="Only an administrator"):
            services.person_reactivate(person=person, acting_user=org.hr)
        assert not User.objects.get(pk=person.pk).is_active

    def test_a_superuser_may_change_an_editors_identity(
        self, org, superuser, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            services.person_update(
                person=org.editor,
                acting_user=superuser,
                email="nowy.redaktor@example.gov.pl",
                employee_number="R0001",
                password="Nowe-haslo-redaktora",
            )
        person = User.objects.get(pk=org.editor.pk)
        assert (person.email, person.employee_number) == ("nowy.redaktor@example.gov.pl", "R0001")
        assert person.check_password("Nowe-haslo-redaktora")
        services.person_deactivate(person=person, acting_user=superuser)
        services.person_reactivate(person=person, acting_user=superuser)

    def test_hr_still_changes_an_employees_identity(self, org, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            services.person_update(
                person=org.employee, acting_user=org.hr, email="nowy@example.gov.pl"
            )
        assert stored(org.employee)["email"] == "nowy@example.gov.pl"

    def test_roles_and_admin_flags_cannot_be_set_through_the_service(self, org):
        with pytest.raises(TypeError):
            services.person_update(person=org.employee, acting_user=org.hr, is_superuser=True)
        with pytest.raises(TypeError):
            services.person_create(acting_user=org.hr, email="x@example.gov.pl", is_staff=True)
        assert not User.objects.get(pk=org.employee.pk).is_superuser


class TestEmailChangeNotice:
    def test_the_old_address_is_told_after_commit(self, org, django_capture_on_commit_callbacks):
        org.employee.preferred_language = "en"  # the notice is in the person's language
        org.employee.save(update_fields=["preferred_language"])
        with django_capture_on_commit_callbacks() as callbacks:
            services.person_update(
                person=org.employee, acting_user=org.hr, email="Nowy.Adres@example.gov.pl"
            )
            assert mail.outbox == []  # nothing before the change is saved
        for callback in callbacks:
            callback()
        (message,) = mail.outbox
        assert message.to == ["employee@example.gov.pl"]
        assert "email address of your account has changed" in message.subject
        assert "employee@example.gov.pl" in message.body
        assert "nowy.adres@example.gov.pl" in message.body
        assert org.hr.get_full_name() in message.body
        assert "contact HR or the administrator" in message.body

    def test_a_rolled_back_change_tells_nobody(self, org, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            with pytest.raises(ValidationError):
                # The address belongs to someone else: refused by full_clean, nothing saved.
                services.person_update(
                    person=org.employee, acting_user=org.hr, email=org.colleague.email.upper()
                )
        assert mail.outbox == []

    def test_through_the_edit_page(self, client_for, org, django_capture_on_commit_callbacks):
        client = client_for("hr")
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("person_edit", args=[org.employee.pk]),
                edit_data(org.employee, email="inny@example.gov.pl"),
            )
        assert response.status_code == 302
        assert [m.to for m in mail.outbox] == [["employee@example.gov.pl"]]

    def test_no_notice_when_the_email_stays(
        self, client_for, org, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            client_for("hr").post(
                reverse("person_edit", args=[org.employee.pk]),
                edit_data(org.employee, job_title="Starszy inspektor"),
            )
        assert mail.outbox == []


class TestEditPage:
    def test_identity_fields_are_disabled_with_the_reason(self, client_for, org):
        response = client_for("hr").get(reverse("person_edit", args=[org.editor.pk]))
        form = response.context["form"]
        assert form.fields["email"].disabled and form.fields["employee_number"].disabled
        assert not form.fields["job_title"].disabled
        html = response.content.decode()
        assert REFUSAL in html
        assert 'name="email"' in html and "disabled" in html

    def test_a_posted_change_is_not_saved(
        self, client_for, org, django_capture_on_commit_callbacks
    ):
        before = stored(org.editor)
        with django_capture_on_commit_callbacks(execute=True):
            response = client_for("hr").post(
                reverse("person_edit", args=[org.editor.pk]),
                edit_data(
                    org.editor,
                    email="hr-mailbox@example.gov.pl",
                    employee_number="X9999",
                    job_title="Redaktorka",
                ),
            )
        assert response.status_code == 302
        assert stored(org.editor) == before
        assert User.objects.get(pk=org.editor.pk).job_title == "Redaktorka"
        assert mail.outbox == []

    def test_the_takeover_does_not_work(self, client, client_for, org):
        """HR points the editor's email at a mailbox they read, then asks for a reset."""
        client_for("hr").post(
            reverse("person_edit", args=[org.editor.pk]),
            edit_data(org.editor, email="hr-mailbox@example.gov.pl"),
        )
        client.logout()
        client.post(reverse("password_reset"), {"email": "hr-mailbox@example.gov.pl"})
        assert mail.outbox == []
        assert User.objects.get(pk=org.editor.pk).check_password(PASSWORD)

    def test_fields_are_open_for_an_employee_and_for_a_superuser(self, client, org, superuser):
        client.force_login(org.hr)
        form = client.get(reverse("person_edit", args=[org.employee.pk])).context["form"]
        assert not form.fields["email"].disabled
        client.force_login(superuser)
        response = client.post(
            reverse("person_edit", args=[org.editor.pk]),
            edit_data(org.editor, email="redakcja@example.gov.pl"),
        )
        assert response.status_code == 302
        assert stored(org.editor)["email"] == "redakcja@example.gov.pl"


class TestActionPages:
    def test_detail_page_offers_no_identity_actions_and_says_why(self, client_for, org):
        html = client_for("hr").get(reverse("person_detail", args=[org.editor.pk])).content
        html = html.decode()
        assert reverse("person_deactivate", args=[org.editor.pk]) not in html
        assert reverse("person_delete", args=[org.editor.pk]) not in html
        assert "only an administrator (superuser) may change its email" in html
        html = client_for("hr").get(reverse("person_detail", args=[org.employee.pk])).content
        assert reverse("person_deactivate", args=[org.employee.pk]) in html.decode()

    @pytest.mark.parametrize("name", ["person_deactivate", "person_reactivate", "person_delete"])
    def test_a_forged_request_is_refused_with_the_reason(self, client_for, org, name):
        if name == "person_reactivate":
            User.objects.filter(pk=org.editor.pk).update(is_active=False)
        before = stored(org.editor)
        response = client_for("hr").post(reverse(name, args=[org.editor.pk]), follow=True)
        assert response.redirect_chain[-1][0] == reverse("person_detail", args=[org.editor.pk])
        assert REFUSAL in response.content.decode()
        assert stored(org.editor) == before

    def test_the_delete_page_is_not_shown(self, client_for, org):
        response = client_for("hr").get(reverse("person_delete", args=[org.editor.pk]))
        assert response.status_code == 302
        assert User.objects.filter(pk=org.editor.pk).exists()


def editor_row(person, **changes):
    values = {
        "number": person.employee_number,
        "first": person.first_name,
        "last": person.last_name,
        "email": person.email,
        "title": person.job_title,
        "unit": person.org_unit.code,
        "hired": "",
        "active": "tak",
    }
    values.update(changes)
    return list(values.values())


def upload(client, data, **extra):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(
        reverse("people_import"),
        {"file": SimpleUploadedFile("osoby.csv", data, content_type="text/csv"), **extra},
    )


def confirm(client, response):
    return client.post(
        reverse("people_import"), {"confirm": "1", "digest": response.context["digest"]}
    )


class TestImport:
    @pytest.mark.parametrize(
        "change",
        [{"email": "hr-mailbox@example.gov.pl"}, {"active": "nie"}],
        ids=["email", "deactivate"],
    )
    def test_a_line_changing_an_editors_identity_is_an_error_of_that_line(
        self, client_for, org, change
    ):
        e = org.employee
        data = make_csv([editor_row(e, title="Referent"), editor_row(org.editor, **change)])
        client = client_for("hr")
        before = stored(org.editor)
        response = upload(client, data)
        plan = response.context["plan"]
        assert [e.line for e in plan.errors] == [3]
        assert "is an editor or administrator: only an administrator (superuser)" in str(
            plan.errors[0]
        )
        html = response.content.decode()
        assert "line 3:" in html and 'name="confirm"' not in html
        confirm(client, response)
        assert stored(org.editor) == before
        assert User.objects.get(pk=e.pk).job_title == "Inspektor"  # all or nothing

    def test_reactivating_an_editor_is_refused_too(self, client_for, org):
        User.objects.filter(pk=org.editor.pk).update(is_active=False)
        response = upload(client_for("hr"), make_csv([editor_row(org.editor)]))
        assert [e.line for e in response.context["plan"].errors] == [2]
        assert not User.objects.get(pk=org.editor.pk).is_active

    def test_other_columns_of_an_editor_may_change(self, client_for, org):
        client = client_for("hr")
        response = upload(client, make_csv([editor_row(org.editor, title="Redaktor naczelny")]))
        assert response.context["plan"].ok
        assert confirm(client, response).status_code == 302
        assert User.objects.get(pk=org.editor.pk).job_title == "Redaktor naczelny"

    def test_deactivating_those_missing_keeps_editors_and_says_so(self, client_for, org, staff):
        client = client_for("hr")
        response = upload(client, make_csv([editor_row(org.employee)]), deactivate_missing="on")
        plan = response.context["plan"]
        assert plan.ok
        deactivated = {c.employee_number for c in plan.deactivate}
        assert org.colleague.employee_number in deactivated
        assert {org.editor.employee_number, staff.employee_number}.isdisjoint(deactivated)
        html = response.content.decode()
        assert "Not in the file, but kept active" in html
        assert f"{org.editor.employee_number} {org.editor.get_full_name()}" in html
        confirm(client, response)
        assert not User.objects.get(pk=org.colleague.pk).is_active
        assert User.objects.get(pk=org.editor.pk).is_active
        assert User.objects.get(pk=staff.pk).is_active

    def test_a_superuser_may_import_identity_changes(
        self, client, org, superuser, django_capture_on_commit_callbacks
    ):
        client.force_login(superuser)
        response = upload(client, make_csv([editor_row(org.editor, email="red@example.gov.pl")]))
        assert response.context["plan"].ok
        with django_capture_on_commit_callbacks(execute=True):
            confirm(client, response)
        assert stored(org.editor)["email"] == "red@example.gov.pl"
        assert [m.to for m in mail.outbox] == [["editor@example.gov.pl"]]

    def test_an_imported_email_change_tells_the_old_address(
        self, client_for, org, django_capture_on_commit_callbacks
    ):
        client = client_for("hr")
        data = make_csv(
            [
                editor_row(org.employee, email="nowy.employee@example.gov.pl"),
                editor_row(org.colleague, title="Referent"),
            ]
        )
        response = upload(client, data)
        assert mail.outbox == []  # not on the preview
        with django_capture_on_commit_callbacks(execute=True):
            confirm(client, response)
        assert [m.to for m in mail.outbox] == [["employee@example.gov.pl"]]
        assert "nowy.employee@example.gov.pl" in mail.outbox[0].body
