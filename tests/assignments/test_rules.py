"""Assignment rules: existing staff now, and whoever comes to match later; idempotent."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from assignments import rules, services
from assignments.models import Assignment, AssignmentRule, DueFrom, Source, Status
from courses.services import step_complete
from lms import services as lms_services
from lms.models import OrgUnit, User
from lms.people_import import EXPORT_HEADER
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def today():
    return timezone.localdate()


def unit(org, name):
    return OrgUnit.objects.get(pk=getattr(org, name).pk)


def make_rule(org, courses, by=None, **fields):
    fields.setdefault("name", "Nowi w WSC")
    fields.setdefault("course", courses.first)
    fields.setdefault("unit", unit(org, "dept"))
    fields.setdefault("due_in_days", 14)
    return rules.rule_create(acting_user=by or org.hr, **fields)


def assigned_ids(rule=None):
    qs = Assignment.objects.filter(status=Status.ACTIVE)
    if rule is not None:
        qs = qs.filter(rule=rule)
    return set(qs.values_list("user_id", flat=True))


def csv_file(rows):
    lines = [";".join(EXPORT_HEADER)] + [";".join(row) for row in rows]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def import_people(org, rows):
    plan, _kept = lms_services.people_import_plan(
        data=csv_file(rows), deactivate_missing=False, acting_user=org.hr
    )
    assert plan.ok, plan.errors
    lms_services.people_import_apply(plan=plan, acting_user=org.hr)
    return plan


def test_a_new_rule_assigns_existing_staff_in_its_subtree(org, courses):
    rule, assigned = make_rule(org, courses)
    expected = {org.employee.pk, org.colleague.pk, org.outsider.pk, org.leader.pk, org.editor.pk}
    assert {p.pk for p in assigned} == expected
    assert assigned_ids(rule) == expected
    a = Assignment.objects.filter(rule=rule).first()
    assert a.source == Source.RULE and a.due_date == today() + timedelta(days=14)
    assert a.assigned_by == org.hr
    assert org.hr.pk not in assigned_ids()  # HR's own unit is outside the rule


def test_the_preview_counts_and_writes_nothing(org, courses):
    preview = rules.rule_preview(
        acting_user=org.hr,
        name="Referenci",
        course=courses.first,
        unit=unit(org, "dept"),
        job_title="Astronauta",
        due_in_days=7,
    )
    assert preview.pending == [] and preview.job_title_matches_nobody
    preview = rules.rule_preview(
        acting_user=org.hr,
        name="Wszyscy",
        course=courses.first,
        unit=unit(org, "team_a"),
        due_in_days=7,
    )
    assert {p.pk for p in preview.pending} == {org.employee.pk, org.colleague.pk, org.leader.pk}
    assert not AssignmentRule.objects.exists() and not Assignment.objects.exists()


def test_a_rule_that_matches_nobody_can_still_be_saved_and_catches_later_people(org, courses):
    rule, assigned = make_rule(org, courses, job_title="Referent prawny")
    assert assigned == []
    newcomer = lms_services.person_create(
        acting_user=org.hr,
        first_name="Ola",
        last_name="Nowa",
        email="ola@example.gov.pl",
        job_title="referent prawny",
        org_unit=unit(org, "team_b"),
    )
    assert assigned_ids(rule) == {newcomer.pk}


def test_rules_are_idempotent(org, courses):
    rule, first = make_rule(org, courses)
    assert rules.rules_apply_all() == [(rule, [])]
    # Editing a person (even a field that counts) changes nothing for those assigned.
    lms_services.person_update(
        person=User.objects.get(pk=org.colleague.pk), acting_user=org.hr, job_title="Starszy"
    )
    assert Assignment.objects.filter(rule=rule).count() == len(first)


def test_a_cancelled_rule_assignment_is_not_made_again(org, courses):
    rule, _assigned = make_rule(org, courses, unit=unit(org, "team_a"))
    mine = Assignment.objects.get(rule=rule, user=org.colleague)
    services.assignment_cancel(assignment=mine, reason="zwolnienie z obowiązku", acting_user=org.hr)
    call_command("apply_assignment_rules", stdout=StringIO())
    assert not Assignment.objects.filter(user=org.colleague, status=Status.ACTIVE).exists()


def test_people_who_completed_or_have_the_course_are_left_alone(org, courses):
    for lesson in courses.first_lessons:
        step_complete(user=org.employee, step=lesson)
    services.assignment_create_bulk(
        courses=[courses.first], people=[org.colleague], due_in_days=3, acting_user=org.hr
    )
    rule, assigned = make_rule(org, courses, unit=unit(org, "team_a"))
    assert {p.pk for p in assigned} == {org.leader.pk}
    assert Assignment.objects.get(user=org.colleague).rule is None


def test_person_created_by_hr_moved_in_or_given_the_job_title(org, courses):
    rule, _ = make_rule(org, courses, unit=unit(org, "team_a"), job_title="Referent")
    assert assigned_ids(rule) == set()
    created = lms_services.person_create(
        acting_user=org.hr,
        first_name="Jan",
        last_name="Nowy",
        email="jan@example.gov.pl",
        job_title="Referent",
        org_unit=unit(org, "team_a"),
    )
    assert assigned_ids(rule) == {created.pk}
    moved = User.objects.get(pk=org.outsider.pk)
    lms_services.person_update(
        person=moved, acting_user=org.hr, job_title="Referent", org_unit=unit(org, "team_b")
    )
    assert moved.pk not in assigned_ids(rule)  # right title, wrong unit
    lms_services.person_update(person=moved, acting_user=org.hr, org_unit=unit(org, "team_a"))
    assert moved.pk in assigned_ids(rule)
    promoted = User.objects.get(pk=org.colleague.pk)
    lms_services.person_update(person=promoted, acting_user=org.hr, job_title="referent")
    assert assigned_ids(rule) == {created.pk, moved.pk, promoted.pk}


def test_import_applies_rules_and_reimport_adds_nothing(org, courses):
    rule, _ = make_rule(org, courses, unit=unit(org, "team_b"))
    rows = [
        ["N001", "Piotr", "Import", "piotr@example.gov.pl", "Referent", "WSC-B", "", "tak"],
        ["N002", "Maria", "Import", "maria@example.gov.pl", "Referent", "WSC-A", "", "tak"],
    ]
    import_people(org, rows)
    piotr = User.objects.get(employee_number="N001")
    assert piotr.pk in assigned_ids(rule)
    assert User.objects.get(employee_number="N002").pk not in assigned_ids(rule)
    count = Assignment.objects.count()
    import_people(org, rows)
    assert Assignment.objects.count() == count
    # Moving by import into the rule's unit assigns; deactivating by import cancels.
    rows[1][5] = "WSC-B"
    rows[0][7] = "nie"
    import_people(org, rows)
    maria = User.objects.get(employee_number="N002")
    assert maria.pk in assigned_ids(rule)
    cancelled = Assignment.objects.get(user=piotr)
    assert cancelled.status == Status.CANCELLED and cancelled.reason == "left the office"


def test_new_hires_only_and_due_from_hire_date(org, courses):
    User.objects.filter(pk=org.employee.pk).update(hire_date=today() - timedelta(days=3))
    User.objects.filter(pk=org.colleague.pk).update(hire_date=today() - timedelta(days=400))
    User.objects.filter(pk=org.leader.pk).update(hire_date=today() - timedelta(days=20))
    rule, assigned = make_rule(
        org,
        courses,
        unit=unit(org, "team_a"),
        hired_within_days=30,
        due_from=DueFrom.HIRE_DATE,
        due_in_days=14,
    )
    assert {p.pk for p in assigned} == {org.employee.pk, org.leader.pk}
    due = dict(Assignment.objects.values_list("user_id", "due_date"))
    assert due[org.employee.pk] == today() + timedelta(days=11)
    assert due[org.leader.pk] == today()  # never overdue on the day it is assigned


def test_deactivation_cancels_active_assignments(org, courses):
    services.assignment_create_bulk(
        courses=[courses.first, courses.second],
        people=[org.colleague],
        due_in_days=3,
        acting_user=org.hr,
    )
    lms_services.person_deactivate(person=User.objects.get(pk=org.colleague.pk), acting_user=org.hr)
    rows = Assignment.objects.filter(user=org.colleague)
    assert {a.status for a in rows} == {Status.CANCELLED}
    assert {a.reason for a in rows} == {"left the office"}
    # Coming back does not bring a rule's cancelled assignment back either.
    lms_services.person_reactivate(person=User.objects.get(pk=org.colleague.pk), acting_user=org.hr)
    assert not Assignment.objects.filter(user=org.colleague, status=Status.ACTIVE).exists()


def test_moving_out_of_the_rule_keeps_the_assignment_and_says_so(client_for, org, courses):
    rule, _ = make_rule(org, courses, unit=unit(org, "team_a"))
    person = User.objects.get(pk=org.colleague.pk)
    lms_services.person_update(person=person, acting_user=org.hr, org_unit=unit(org, "team_b"))
    assert Assignment.objects.get(user=person).status == Status.ACTIVE
    url = reverse("team_record", args=[person.pk, courses.first.pk])
    html = client_for("hr").get(url).content.decode()
    assert "the rule no longer covers this person" in html


def test_a_leader_makes_rules_only_for_their_units(org, courses):
    with pytest.raises(ValidationError) as exc:
        make_rule(org, courses, by=org.leader, unit=unit(org, "team_b"))
    assert "unit" in exc.value.message_dict
    rule, assigned = make_rule(org, courses, by=org.leader, unit=unit(org, "team_a"))
    assert {p.pk for p in assigned} == {org.employee.pk, org.colleague.pk, org.leader.pk}


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"course": None}, "course"),
        ({"unit": None}, "unit"),
        ({"name": "  "}, "name"),
        ({"due_in_days": 0}, "due_in_days"),
        ({"hired_within_days": 0}, "hired_within_days"),
    ],
)
def test_bad_rules_are_refused_and_nothing_is_written(org, courses, fields, field):
    with pytest.raises(ValidationError) as exc:
        make_rule(org, courses, **fields)
    assert field in exc.value.message_dict
    assert not AssignmentRule.objects.exists() and not Assignment.objects.exists()


def test_command_dry_run_writes_nothing_then_applies(org, courses):
    rule, _ = make_rule(org, courses, unit=unit(org, "team_a"))
    Assignment.objects.all().delete()
    out = StringIO()
    call_command("apply_assignment_rules", "--dry-run", stdout=out)
    assert "would assign" in out.getvalue() and org.colleague.email in out.getvalue()
    assert not Assignment.objects.exists()
    call_command("apply_assignment_rules", stdout=StringIO())
    assert assigned_ids(rule) == {org.employee.pk, org.colleague.pk, org.leader.pk}


def test_a_switched_off_rule_assigns_no_one_new(org, courses):
    rule, _ = make_rule(org, courses, unit=unit(org, "team_b"))
    rules.rule_set_active(rule=rule, is_active=False, acting_user=org.hr)
    UserFactory(org_unit=unit(org, "team_b"))
    assert Assignment.objects.filter(rule=rule).count() == 1


# ---------------------------------------------------------------- views


@pytest.mark.parametrize(
    "role, expected", [("employee", 403), ("leader", 200), ("hr", 200), ("editor", 403)]
)
@pytest.mark.parametrize("name", ["team_rules", "team_rule_create"])
def test_rule_pages_are_for_leaders_and_hr(client_for, role, expected, name):
    assert client_for(role).get(reverse(name)).status_code == expected


def test_rule_toggle_allow_and_deny(client_for, org, courses):
    rule, _ = make_rule(org, courses, unit=unit(org, "team_b"))
    url = reverse("team_rule_toggle", args=[rule.pk])
    assert client_for("anonymous").post(url).status_code == 302
    assert client_for("employee").post(url).status_code == 403
    assert client_for("leader").post(url).status_code == 404  # not their unit
    assert client_for("leader").get(url).status_code == 405
    assert client_for("hr").post(url).status_code == 302
    assert not AssignmentRule.objects.get().is_active


def test_rule_create_preview_then_confirm(client_for, org, courses):
    client = client_for("leader")
    data = {
        "name": "Standardy dla zespołu",
        "course": courses.first.pk,
        "unit": org.team_a.pk,
        "job_title": "",
        "hired_within_days": "",
        "due_in_days": "14",
        "due_from": "matched",
        "action": "preview",
    }
    preview = client.post(reverse("team_rule_create"), data)
    assert preview.status_code == 200
    assert "assigns the course now to 3 people" in preview.content.decode()
    assert not AssignmentRule.objects.exists()
    data["action"] = "confirm"
    assert client.post(reverse("team_rule_create"), data).status_code == 302
    assert assigned_ids(AssignmentRule.objects.get()) == {
        org.employee.pk,
        org.colleague.pk,
        org.leader.pk,
    }


def test_a_crafted_rule_form_for_another_unit_fails(client_for, org, courses):
    data = {
        "name": "x",
        "course": courses.first.pk,
        "unit": org.team_b.pk,
        "due_in_days": "14",
        "due_from": "matched",
        "action": "confirm",
    }
    response = client_for("leader").post(reverse("team_rule_create"), data)
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()
    assert not AssignmentRule.objects.exists()


def test_moving_out_of_a_rule_keeps_the_assignment_marked_on_the_matrix(client_for, org, courses):
    rule, _ = make_rule(org, courses, unit=unit(org, "team_a"))
    moved = User.objects.get(pk=org.colleague.pk)
    lms_services.person_update(person=moved, acting_user=org.hr, org_unit=unit(org, "team_b"))
    kept = Assignment.objects.get(rule=rule, user=moved)
    assert kept.status == Status.ACTIVE and kept.outside_rule_since is not None
    assert kept.history.first().history_change_reason
    stays = Assignment.objects.get(rule=rule, user=org.employee)
    assert stays.outside_rule_since is None
    # HR sees the mark in the matrix cell and on the learning record.
    client = client_for("hr")
    matrix = client.get(reverse("team_matrix"), {"unit": org.team_b.pk}).content.decode()
    assert "kept after a move" in matrix
    record = client.get(reverse("team_record", args=[moved.pk, courses.first.pk]))
    assert "the rule no longer covers this person" in record.content.decode()
    # Moving back clears the mark.
    lms_services.person_update(person=moved, acting_user=org.hr, org_unit=unit(org, "team_a"))
    kept.refresh_from_db()
    assert kept.outside_rule_since is None
