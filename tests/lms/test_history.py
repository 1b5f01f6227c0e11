"""People and units keep a history whose author is the acting user: who created, moved,
changed or deactivated a person (an import included), shown on the person's page."""

import pytest
from django.urls import reverse

from lms import services
from lms.models import OrgUnit, User


@pytest.fixture
def person(org):
    return services.person_create(
        acting_user=org.hr,
        first_name="Ewa",
        last_name="Zając",
        email="ewa.zajac@example.gov.pl",
        org_unit=org.team_a,
    )


def test_service_writes_record_the_acting_user(org, person):
    services.person_update(
        person=person, acting_user=org.hr, job_title="Inspektor", org_unit=org.team_b
    )
    services.person_deactivate(person=User.objects.get(pk=person.pk), acting_user=org.hr)
    records = list(person.history.order_by("history_date", "history_id"))
    assert [r.history_type for r in records] == ["+", "~", "~"]
    assert {r.history_user for r in records} == {org.hr}
    assert records[1].org_unit_id == org.team_b.pk
    assert records[2].is_active is False


def test_history_keeps_no_password(org, person):
    assert not hasattr(person.history.first(), "password")


def test_import_records_who_imported(org, client_for):
    from lms.services import people_import_apply, people_import_plan

    data = (
        b"nr_ewidencyjny;imie;nazwisko;email;stanowisko;komorka;data_zatrudnienia\n"
        b"E9001;Jan;Kowalczyk;jan.kowalczyk@example.gov.pl;Referent;WSC-A;2026-01-05\n"
    )
    plan, _kept = people_import_plan(data=data, deactivate_missing=False, acting_user=org.hr)
    assert plan.ok, plan.errors
    people_import_apply(plan=plan, acting_user=org.hr)
    imported = User.objects.get(email="jan.kowalczyk@example.gov.pl")
    record = imported.history.get()
    assert record.history_user == org.hr
    assert record.history_change_reason == "import"


def test_unit_move_is_recorded(org):
    services.unit_update(
        unit=org.team_b,
        acting_user=org.hr,
        name=org.team_b.name,
        code=org.team_b.code,
        parent=org.team_a,
    )
    latest = (
        OrgUnit.history.filter(id=org.team_b.pk).order_by("-history_date", "-history_id").first()
    )
    assert latest.history_user == org.hr
    assert latest.path.startswith(OrgUnit.objects.get(pk=org.team_a.pk).path)


def test_person_page_shows_who_changed_what(org, person, client_for):
    services.person_update(person=person, acting_user=org.hr, job_title="Inspektor")
    body = client_for("hr").get(reverse("person_detail", args=[person.pk])).content.decode()
    assert "Change history" in body
    assert org.hr.get_full_name() in body
    assert "job title" in body


def test_the_person_themself_does_not_see_the_history(org, client_for):
    body = client_for("employee").get(reverse("person_detail", args=[org.employee.pk]))
    assert "Change history" not in body.content.decode()
