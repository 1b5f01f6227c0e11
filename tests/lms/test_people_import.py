"""CSV import and export of people, as Polish offices produce the files."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lms.models import ROLE_GROUPS, Role, User
from lms.people_import import (
    ImportFileError,
    apply_import,
    export_people,
    plan_import,
)
from tests.factories import OrgUnitFactory, UserFactory

from .conftest import make_csv

HEADER_PL = [
    "Numer pracownika",
    "Imię",
    "Nazwisko",
    "E-mail",
    "Stanowisko",
    "Kod komórki",
    "Data zatrudnienia",
]


def row(number, first="Łukasz", last="Żółćwski", email=None, title="Inspektor", unit="WSC-A",
        hired="01.09.2024"):  # fmt: skip
    return [number, first, last, email or f"{number.lower()}@example.gov.pl", title, unit, hired]


def import_file(data, acting_user, **kwargs):
    plan = plan_import(data, acting_user=acting_user, **kwargs)
    assert plan.ok, [str(e) for e in plan.errors]
    apply_import(plan, acting_user=acting_user)
    return plan


def snapshot():
    return list(
        User.objects.order_by("pk").values_list(
            "pk",
            "employee_number",
            "first_name",
            "last_name",
            "email",
            "job_title",
            "org_unit_id",
            "hire_date",
            "is_active",
            "deactivated_at",
        )
    )


class TestEncodings:
    @pytest.mark.parametrize("encoding,bom", [("cp1250", False), ("utf-8", True), ("utf-8", False)])
    def test_polish_letters_survive(self, org, encoding, bom):
        data = make_csv([row("P001")], header=HEADER_PL, encoding=encoding, bom=bom)
        if encoding == "cp1250":
            with pytest.raises(UnicodeDecodeError):
                data.decode("utf-8")  # the file really is Windows-1250
        import_file(data, org.hr)
        person = User.objects.get(employee_number="P001")
        assert (person.first_name, person.last_name) == ("Łukasz", "Żółćwski")
        assert person.hire_date == datetime.date(2024, 9, 1)
        assert person.org_unit == org.team_a

    def test_bom_with_cp1250_like_header_is_not_part_of_the_first_column(self, org):
        data = make_csv([row("P001")], header=HEADER_PL, encoding="utf-8", bom=True)
        plan = plan_import(data)
        assert plan.ok and len(plan.create) == 1

    def test_comma_separated_file_is_read_too(self, org):
        data = make_csv([row("P001")], delimiter=",", encoding="utf-8")
        assert len(plan_import(data).create) == 1

    def test_quoted_cells_with_semicolons(self, org):
        data = make_csv([row("P001", title='"Inspektor; wieloosobowe stanowisko"')])
        import_file(data, org.hr)
        assert (
            User.objects.get(employee_number="P001").job_title
            == "Inspektor; wieloosobowe stanowisko"
        )

    def test_utf16_is_refused_with_a_clear_message(self, org):
        data = "\ufeffnumer;imie".encode("utf-16")
        with pytest.raises(ImportFileError, match="UTF-16"):
            plan_import(data)

    def test_binary_garbage_is_refused(self, org):
        with pytest.raises(ImportFileError):
            plan_import(b"\x81\x83\x88\x90\x98 not text")

    def test_missing_columns_are_named(self, org):
        data = b"numer_pracownika;imie;nazwisko\r\nP1;A;B\r\n"
        with pytest.raises(ImportFileError) as exc:
            plan_import(data)
        assert "email" in str(exc.value) and "unit_code" in str(exc.value)

    def test_empty_file(self, org):
        with pytest.raises(ImportFileError, match="empty"):
            plan_import(b"")

    def test_control_characters_are_refused(self, org):
        """PostgreSQL refuses NUL in text: it must be a row error, not a crash on apply."""
        data = make_csv([row("P001")]) + b"P002;A\x00;B;x@example.gov.pl;;WSC-A;\r\n"
        (error,) = plan_import(data).errors
        assert str(error) == "line 3: first name contains a control character"


class TestDryRun:
    def test_plan_writes_nothing_and_lists_changes(self, org):
        before = snapshot()
        data = make_csv(
            [
                row("P001"),
                row(
                    org.employee.employee_number,
                    org.employee.first_name,
                    org.employee.last_name,
                    org.employee.email,
                    "Starszy inspektor",
                    "WSC-B",
                    "",
                ),
                row(
                    org.colleague.employee_number,
                    org.colleague.first_name,
                    org.colleague.last_name,
                    org.colleague.email,
                    org.colleague.job_title,
                    "WSC-A",
                    "",
                ),
            ]
        )
        plan = plan_import(data)
        assert snapshot() == before
        assert [c.employee_number for c in plan.create] == ["P001"]
        assert [c.line for c in plan.create] == [2]
        assert plan.unchanged == 1
        (update,) = plan.update
        assert update.line == 3
        assert update.changes == {
            "job_title": ("Inspektor", "Starszy inspektor"),
            "org_unit": ("WSC-A", "WSC-B"),
        }
        assert ("unit", "WSC-A", "WSC-B") in update.described_changes()
        assert plan.deactivate == []

    def test_deactivate_missing_lists_people_not_in_the_file(self, org):
        data = make_csv([row("P001")])
        plan = plan_import(data, deactivate_missing=True, acting_user=org.hr)
        deactivated = {c.employee_number for c in plan.deactivate}
        expected = {
            p.employee_number for p in (org.employee, org.colleague, org.outsider, org.leader)
        } | {org.editor.employee_number}
        assert deactivated == expected  # HR (the acting user) is never on the list
        assert User.objects.filter(is_active=True).count() == 6

    def test_people_without_a_number_are_not_deactivated_as_missing(self, org):
        admin = UserFactory(employee_number=None, org_unit=org.hr_unit)
        plan = plan_import(make_csv([row("P001")]), deactivate_missing=True)
        assert admin.email not in {c.name for c in plan.deactivate}
        assert all(c.employee_number for c in plan.deactivate)


class TestBadRows:
    def test_each_bad_row_is_reported_with_line_and_reason(self, org):
        rows = [row(f"P{i:03d}") for i in range(1, 15)]
        rows[10] = row("P011", unit="WSC-3")  # line 12
        rows[2] = row("P003", email="not-an-email")  # line 4
        rows[5] = row("P006", hired="2024-13-45")  # line 7
        plan = plan_import(make_csv(rows))
        assert [str(e) for e in plan.errors] == [
            "line 4: 'not-an-email' is not a valid email address",
            "line 7: hire date '2024-13-45' is not a date (use YYYY-MM-DD or DD.MM.YYYY)",
            "line 12: unit 'WSC-3' does not exist",
        ]
        assert not plan.ok

    @pytest.mark.parametrize(
        "bad,message",
        [
            (row(""), "employee number is empty"),
            (row("P 1"), "employee number 'P 1' may contain only letters"),
            (row("P001", first=""), "first name is empty"),
            (row("P001", last=""), "last name is empty"),
            (row("P001", unit=""), "unit code is empty"),
            (row("P001", email="employee@example.gov.pl"), "belongs to another person"),
            (row("P001", email="EMPLOYEE@Example.gov.pl"), "belongs to another person"),
            (row("P001", first="x" * 151), "first name is longer than 150 characters"),
        ],
    )
    def test_reasons(self, org, bad, message):
        plan = plan_import(make_csv([row("P000"), bad]))
        (error,) = plan.errors
        assert error.line == 3
        assert message in error.message

    def test_several_problems_on_one_line_are_all_named(self, org):
        plan = plan_import(make_csv([row("P001", first="", unit="NOPE", hired="jutro")]))
        message = plan.errors[0].message
        assert "first name is empty" in message
        assert "unit 'NOPE' does not exist" in message
        assert "hire date 'jutro'" in message

    def test_duplicates_within_the_file(self, org):
        data = make_csv(
            [
                row("P001"),
                row("p001", email="other@example.gov.pl"),
                row("P002", email="p001@example.gov.pl"),
            ]
        )
        messages = [str(e) for e in plan_import(data).errors]
        assert messages == [
            "line 3: employee number 'P001' already appears on line 2",
            "line 4: email 'p001@example.gov.pl' already appears on line 2",
        ]

    def test_line_numbers_count_physical_lines_and_skip_blank_ones(self, org):
        text = (
            "numer_pracownika;imie;nazwisko;email;stanowisko;kod_komorki;data_zatrudnienia\r\n"
            'P001;Anna;Nowak;p1@example.gov.pl;"Inspektor\r\nds. legalizacji";WSC-A;\r\n'
            "\r\n"
            ";;;;;;\r\n"
            "P002;Jan;Kowalski;p2@example.gov.pl;;WSC-9;\r\n"
        )
        plan = plan_import(text.encode("utf-8"))
        assert [str(e) for e in plan.errors] == ["line 6: unit 'WSC-9' does not exist"]

    def test_one_bad_row_means_nothing_is_imported(self, org):
        before = snapshot()
        plan = plan_import(make_csv([row("P001"), row("P002", unit="WSC-3")]))
        with pytest.raises(Exception, match="nothing was imported"):
            apply_import(plan, acting_user=org.hr)
        assert snapshot() == before

    def test_a_failure_while_applying_rolls_everything_back(self, org, monkeypatch):
        """All or none even when the database refuses a row half-way through."""
        before = snapshot()
        plan = plan_import(
            make_csv(
                [
                    row("P001"),
                    row(
                        org.employee.employee_number,
                        org.employee.first_name,
                        "Zmienione",
                        org.employee.email,
                    ),
                ]
            )
        )
        assert plan.ok
        # Someone takes P001's email between the preview and the confirmation.
        UserFactory(email="p001@example.gov.pl", employee_number="X9")
        before = snapshot()
        with pytest.raises(Exception):  # noqa: B017 - IntegrityError from the database
            apply_import(plan, acting_user=org.hr)
        assert snapshot() == before


class TestApply:
    def test_creates_updates_and_groups(self, org):
        data = make_csv(
            [
                row("P001", hired="2024-09-01"),
                row(
                    org.outsider.employee_number,
                    "Nowe",
                    "Imię",
                    org.outsider.email,
                    "Referent",
                    "WSC-A",
                    "15.01.2020",
                ),
            ]
        )
        import_file(data, org.hr)
        new = User.objects.get(employee_number="P001")
        assert new.is_active and not new.has_usable_password()
        assert new.groups.filter(name=ROLE_GROUPS[Role.EMPLOYEE]).exists()
        outsider = User.objects.get(pk=org.outsider.pk)
        assert (outsider.first_name, outsider.last_name, outsider.job_title) == (
            "Nowe",
            "Imię",
            "Referent",
        )
        assert outsider.org_unit == org.team_a
        assert outsider.hire_date == datetime.date(2020, 1, 15)

    def test_reimporting_the_same_file_changes_nothing(self, org):
        rows = [row(f"P{i:03d}", unit=("WSC-A", "WSC-B", "wsc")[i % 3]) for i in range(30)]
        data = make_csv(rows)
        first = import_file(data, org.hr, deactivate_missing=True)
        assert len(first.create) == 30
        after_first = snapshot()
        again = plan_import(data, deactivate_missing=True, acting_user=org.hr)
        assert not again.has_changes
        assert again.unchanged == 30
        apply_import(again, acting_user=org.hr)
        assert snapshot() == after_first

    def test_deactivate_missing(self, org):
        import_file(make_csv([row("P001")]), org.hr, deactivate_missing=True)
        employee = User.objects.get(pk=org.employee.pk)
        assert not employee.is_active and employee.deactivated_at
        assert User.objects.get(pk=org.hr.pk).is_active
        assert User.objects.get(employee_number="P001").is_active

    def test_a_deactivated_person_back_in_the_file_is_reactivated(self, org):
        from lms import services

        services.person_deactivate(person=org.employee, acting_user=org.hr)
        e = org.employee
        plan = plan_import(
            make_csv(
                [row(e.employee_number, e.first_name, e.last_name, e.email, e.job_title, hired="")]
            )
        )
        (change,) = plan.update
        assert change.changes == {"is_active": (False, True)}
        apply_import(plan, acting_user=org.hr)
        e.refresh_from_db()
        assert e.is_active and e.deactivated_at is None

    def test_active_column_deactivates_with_a_line_number(self, org):
        e = org.employee
        header = [*HEADER_PL, "Aktywny"]
        data = make_csv(
            [
                [
                    *row(e.employee_number, e.first_name, e.last_name, e.email, hired=""),
                    "nie",
                ]
            ],
            header=header,
        )
        plan = plan_import(data)
        assert [(c.line, c.changes) for c in plan.deactivate] == [(2, {"is_active": (True, False)})]
        apply_import(plan, acting_user=org.hr)
        assert not User.objects.get(pk=e.pk).is_active

    def test_hr_cannot_deactivate_themself_by_import(self, org):
        h = org.hr
        header = [*HEADER_PL, "aktywny"]
        data = make_csv(
            [
                [
                    *row(h.employee_number, h.first_name, h.last_name, h.email, h.job_title, "WK"),
                    "nie",
                ]
            ],
            header=header,
        )
        plan = plan_import(data, acting_user=h)
        assert "you cannot deactivate your own account" in plan.errors[0].message

    def test_employee_number_matches_regardless_of_case(self, org):
        person = UserFactory(employee_number="ab12", org_unit=org.team_a, job_title="Inspektor")
        data = make_csv(
            [row("AB12", person.first_name, person.last_name, person.email, "Inspektor", hired="")]
        )
        plan = plan_import(data)
        assert plan.unchanged == 1 and not plan.has_changes

    def test_email_change_to_a_free_address(self, org):
        e = org.employee
        import_file(
            make_csv(
                [row(e.employee_number, e.first_name, e.last_name, "NOWY@example.gov.pl", hired="")]
            ),
            org.hr,
        )
        assert User.objects.get(pk=e.pk).email == "nowy@example.gov.pl"

    def test_imported_people_can_sign_in_after_a_password_reset(self, client, org):
        from django.core import mail

        import_file(make_csv([row("P001")]), org.hr)
        client.post(reverse("password_reset"), {"email": "p001@example.gov.pl"})
        assert len(mail.outbox) == 1


class TestExport:
    def test_export_is_semicolon_csv_with_bom(self, org):
        text = export_people(User.objects.all())
        assert text.startswith("\ufeffnumer_pracownika;imie;nazwisko;email;")
        assert "\r\n" in text
        line = next(ln for ln in text.splitlines() if org.employee.email in ln)
        assert line.split(";")[5] == "WSC-A"

    def test_export_then_import_changes_nothing(self, org):
        """Everyone, including people without a number, a unit, or an active account."""
        UserFactory(employee_number=None, org_unit=org.hr_unit, email="admin@example.gov.pl")
        UserFactory(org_unit=None, email="bez.komorki@example.gov.pl")
        UserFactory(
            org_unit=org.team_b,
            first_name="Anna; Maria",
            last_name="=SUMA(A1)",
            job_title='Inspektor "senior"\nds. wiz',
            hire_date=datetime.date(2019, 5, 6),
        )
        from lms import services

        services.person_deactivate(person=org.outsider, acting_user=org.hr)
        before = snapshot()
        data = export_people(User.objects.all()).encode("utf-8")
        plan = plan_import(data, deactivate_missing=True, acting_user=org.hr)
        assert plan.ok, [str(e) for e in plan.errors]
        assert not plan.has_changes
        assert plan.unchanged == User.objects.count()
        apply_import(plan, acting_user=org.hr)
        assert snapshot() == before

    def test_export_then_import_in_windows_1250(self, org):
        UserFactory(org_unit=org.team_b, first_name="Żaneta", last_name="Łęcka-Ćwik")
        data = export_people(User.objects.all()).lstrip("\ufeff").encode("cp1250")
        plan = plan_import(data)
        assert plan.ok and not plan.has_changes

    def test_formulas_are_defused_for_spreadsheets(self, org):
        UserFactory(org_unit=org.team_b, last_name='=HYPERLINK("http://x")')
        text = export_people(User.objects.all())
        assert "'=HYPERLINK" in text
        assert ";=HYPERLINK" not in text and ';"=HYPERLINK' not in text

    def test_export_view(self, client_for, org):
        response = client_for("hr").get(reverse("people_export"))
        assert response.status_code == 200
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert "attachment" in response["Content-Disposition"]
        body = response.content.decode("utf-8")
        assert org.employee.email in body
        plan = plan_import(response.content)
        assert plan.ok and not plan.has_changes

    def test_export_view_by_status(self, client_for, org):
        from lms import services

        services.person_deactivate(person=org.employee, acting_user=org.hr)
        body = client_for("hr").get(reverse("people_export"), {"status": "active"})
        assert org.employee.email not in body.content.decode()


def upload(client, data, **extra):
    return client.post(
        reverse("people_import"),
        {"file": SimpleUploadedFile("osoby.csv", data, content_type="text/csv"), **extra},
    )


class TestImportView:
    def test_preview_then_confirm(self, client_for, org):
        client = client_for("hr")
        before = User.objects.count()
        response = upload(client, make_csv([row("P001"), row("P002")]))
        assert response.status_code == 200
        assert User.objects.count() == before  # the preview saves nothing
        html = response.content.decode()
        assert "Preview (nothing has been saved yet)" in html
        assert "P001" in html and "P002" in html
        digest = response.context["digest"]
        response = client.post(reverse("people_import"), {"confirm": "1", "digest": digest})
        assert response.status_code == 302
        assert response["Location"] == reverse("people_list")
        assert User.objects.count() == before + 2
        # The stored file is gone: confirming again does nothing.
        response = client.post(
            reverse("people_import"), {"confirm": "1", "digest": digest}, follow=True
        )
        assert "The preview has expired" in response.content.decode()
        assert User.objects.count() == before + 2

    def test_preview_lists_changes_and_deactivations(self, client_for, org):
        e = org.employee
        data = make_csv([row(e.employee_number, e.first_name, e.last_name, e.email, unit="WSC-B")])
        response = upload(client_for("hr"), data, deactivate_missing="on")
        html = response.content.decode()
        assert "unit «WSC-A» → «WSC-B»" in html
        assert "hire date «—» → «2024-09-01»" in html
        assert f"{org.colleague.employee_number} {org.colleague.get_full_name()}" in html
        assert "not in the file" in html
        assert f"{org.hr.employee_number} {org.hr.get_full_name()}" not in html
        assert User.objects.get(pk=e.pk).org_unit == org.team_a

    def test_bad_lines_are_shown_and_there_is_no_confirm_button(self, client_for, org):
        client = client_for("hr")
        response = upload(client, make_csv([row("P001"), row("P002", unit="WSC-3")]))
        html = response.content.decode()
        assert "line 3: unit &#x27;WSC-3&#x27; does not exist" in html
        assert 'name="confirm"' not in html
        # Even a forged confirmation imports nothing.
        digest = client.session["kadra_people_import"]["digest"]
        client.post(reverse("people_import"), {"confirm": "1", "digest": digest})
        assert not User.objects.filter(employee_number="P001").exists()

    def test_confirm_with_a_wrong_digest_is_refused(self, client_for, org):
        client = client_for("hr")
        upload(client, make_csv([row("P001")]))
        response = client.post(
            reverse("people_import"), {"confirm": "1", "digest": "0" * 64}, follow=True
        )
        assert "The preview has expired" in response.content.decode()
        assert not User.objects.filter(employee_number="P001").exists()

    def test_confirm_shows_a_new_preview_when_the_data_changed(self, client_for, org):
        client = client_for("hr")
        response = upload(client, make_csv([row("P001"), row("P002")]))
        digest = response.context["digest"]
        UserFactory(employee_number="P002", email="p002@example.gov.pl", org_unit=org.team_a)
        response = client.post(reverse("people_import"), {"confirm": "1", "digest": digest})
        assert response.status_code == 200
        assert "The data changed since the preview" in response.content.decode()
        assert not User.objects.filter(employee_number="P001").exists()
        # Confirming the new preview applies it.
        response = client.post(reverse("people_import"), {"confirm": "1", "digest": digest})
        assert response.status_code == 302
        assert User.objects.filter(employee_number="P001").exists()

    def test_unchanged_file_says_there_is_nothing_to_import(self, client_for, org):
        client = client_for("hr")
        data = export_people(User.objects.all()).encode("utf-8")
        html = upload(client, data).content.decode()
        assert "there is nothing to import" in html

    def test_unreadable_file_error_is_next_to_the_field(self, client_for, org):
        response = upload(client_for("hr"), b"just;two\r\n")
        assert response.status_code == 200
        assert response.context["form"].errors["file"]
        assert 'id="id_file_error"' in response.content.decode()

    def test_too_large_file_is_refused(self, client_for, org, settings):
        settings.KADRA_IMPORT_MAX_BYTES = 100
        response = upload(client_for("hr"), make_csv([row(f"P{i}") for i in range(10)]))
        assert "larger than" in response.context["form"].errors["file"][0]

    @pytest.mark.parametrize("role", ["employee", "leader", "editor"])
    def test_only_hr_may_import(self, client_for, org, role):
        response = upload(client_for(role), make_csv([row("P001")]))
        assert response.status_code == 403
        assert not User.objects.filter(employee_number="P001").exists()


def test_units_codes_are_matched_case_insensitively(org):
    OrgUnitFactory(name="Punkt", code="wsc-pi", parent=org.dept)
    plan = plan_import(make_csv([row("P001", unit="Wsc-Pi")]))
    assert plan.ok
    assert Group.objects.filter(name=ROLE_GROUPS[Role.EMPLOYEE]).exists()
