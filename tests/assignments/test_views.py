"""The team view: allow and deny per role, the matrix, assigning, overdue list, exports."""

import csv
import io
from datetime import date, timedelta

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from assignments import services
from assignments.models import Assignment, Status
from courses.services import step_complete
from lms.models import OrgUnit, User
from tests.factories import AssignmentFactory, UserFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "employee", "leader", "hr", "editor"]


def today():
    return timezone.localdate()


def assign(org, courses, people, course=None, days=14, by=None):
    return services.assignment_create_bulk(
        courses=[course or courses.first],
        people=people,
        due_in_days=days,
        acting_user=by or org.hr,
    ).created


def make_overdue(assignments, days):
    Assignment.objects.filter(pk__in=[a.pk for a in assignments]).update(
        due_date=today() - timedelta(days=days)
    )


# ---------------------------------------------------------------- allow and deny, every role


@pytest.mark.parametrize("name", ["team_matrix", "team_assign", "team_overdue"])
@pytest.mark.parametrize(
    "role, expected", [("employee", 403), ("leader", 200), ("hr", 200), ("editor", 403)]
)
def test_team_pages_are_for_leaders_and_hr(client_for, name, role, expected):
    assert client_for(role).get(reverse(name)).status_code == expected


@pytest.mark.parametrize(
    "name", ["team_matrix", "team_assign", "team_overdue", "team_export_csv", "team_export_xlsx"]
)
def test_anonymous_visitors_go_to_sign_in(client_for, name):
    response = client_for("anonymous").get(reverse(name))
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("name", ["team_export_csv", "team_export_xlsx"])
@pytest.mark.parametrize(
    "role, expected", [("employee", 403), ("leader", 200), ("hr", 200), ("editor", 403)]
)
def test_exports_are_for_leaders_and_hr(client_for, name, role, expected):
    assert client_for(role).get(reverse(name)).status_code == expected


@pytest.mark.parametrize(
    "role, member, outsider",
    [
        ("anonymous", 302, 302),
        ("employee", 404, 404),
        ("leader", 200, 404),
        ("hr", 200, 200),
        ("editor", 404, 404),
    ],
)
def test_learning_record_allow_and_deny(client_for, org, courses, role, member, outsider):
    url = reverse("team_record", args=[org.colleague.pk, courses.first.pk])
    assert client_for(role).get(url).status_code == member
    url = reverse("team_record", args=[org.outsider.pk, courses.first.pk])
    assert client_for(role).get(url).status_code == outsider


def test_a_person_sees_their_own_learning_record(client_for, org, courses):
    url = reverse("team_record", args=[org.employee.pk, courses.first.pk])
    assert client_for("employee").get(url).status_code == 200


@pytest.mark.parametrize("name", ["team_assignment_cancel", "team_assignment_due_date"])
@pytest.mark.parametrize(
    "role, member, outsider",
    [
        ("anonymous", 302, 302),
        ("employee", 403, 403),
        ("leader", 200, 404),
        ("hr", 200, 200),
        ("editor", 403, 403),
    ],
)
def test_assignment_actions_allow_and_deny(client_for, org, courses, name, role, member, outsider):
    [mine] = assign(org, courses, [org.colleague])
    [theirs] = assign(org, courses, [org.outsider])
    assert client_for(role).get(reverse(name, args=[mine.pk])).status_code == member
    assert client_for(role).get(reverse(name, args=[theirs.pk])).status_code == outsider
    assert client_for(role).get(reverse(name, args=[999999])).status_code in {302, 403, 404}


# ---------------------------------------------------------------- the matrix


def test_the_matrix_shows_each_state_in_words(client_for, org, courses):
    done = UserFactory(org_unit=org.team_a, last_name="Ukończona")
    late = UserFactory(org_unit=org.team_a, last_name="Spóźniony")
    started = UserFactory(org_unit=org.team_a, last_name="Rozpoczęta")
    assign(org, courses, [done, late, started, org.colleague])
    for lesson in courses.first_lessons:
        step_complete(user=done, step=lesson)
    step_complete(user=started, step=courses.first_lessons[0])
    make_overdue(Assignment.objects.filter(user=late), 3)
    html = client_for("leader").get(reverse("team_matrix")).content.decode()
    assert courses.first.title in html
    assert "Completed" in html and "Overdue" in html and "3 days" in html
    assert "In progress" in html and "50%" in html and "Not started" in html
    assert "Not assigned" in html  # the leader and the employee have nothing assigned
    assert org.outsider.last_name not in html
    # Totals over all filtered people: 1 of 4 completed, 1 overdue.
    assert "25% completed (1 of 4)" in html and "1 overdue" in html


def test_the_matrix_hides_people_outside_reach_even_when_asked_by_filter(client_for, org, courses):
    assign(org, courses, [org.colleague, org.outsider])
    response = client_for("leader").get(reverse("team_matrix"), {"unit": org.team_b.pk})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Select a valid choice" in html
    assert org.outsider.last_name not in html
    assert org.colleague.last_name in html


def test_filters_status_overdue_and_course(client_for, org, courses):
    late = assign(org, courses, [org.colleague])
    assign(org, courses, [org.employee])
    assign(org, courses, [org.employee], course=courses.second)
    make_overdue(late, 10)
    client = client_for("leader")
    page = client.get(reverse("team_matrix"), {"overdue": "on"})
    assert [p.pk for p, _cells in page.context["rows"]] == [org.colleague.pk]
    page = client.get(reverse("team_matrix"), {"status": "not_started"})
    assert [p.pk for p, _cells in page.context["rows"]] == [org.employee.pk]
    page = client.get(reverse("team_matrix"), {"course": courses.second.pk})
    assert page.context["courses"] == [courses.second]
    page = client.get(
        reverse("team_matrix"), {"course": courses.second.pk, "status": "not_assigned"}
    )
    assert org.colleague.pk in [p.pk for p, _cells in page.context["rows"]]
    assert org.employee.pk not in [p.pk for p, _cells in page.context["rows"]]


def test_sorting_by_overdue_puts_the_most_overdue_first(client_for, org, courses):
    assign(org, courses, [org.employee, org.colleague])
    make_overdue(assign(org, courses, [org.colleague], course=courses.second), 2)
    page = client_for("leader").get(reverse("team_matrix"), {"sort": "overdue"})
    assert [p.pk for p, _cells in page.context["rows"]][0] == org.colleague.pk
    names = client_for("leader").get(reverse("team_matrix"), {"sort": "-name"})
    forward = client_for("leader").get(reverse("team_matrix"), {"sort": "name"})
    assert [p.pk for p, _c in names.context["rows"]] == list(
        reversed([p.pk for p, _c in forward.context["rows"]])
    )


def test_the_matrix_shows_fifty_people_a_page(client_for, org, courses):
    team = OrgUnit.objects.get(pk=org.team_a.pk)
    people = UserFactory.create_batch(55, org_unit=team)
    assign(org, courses, people)
    first = client_for("leader").get(reverse("team_matrix"))
    assert len(first.context["rows"]) == 50
    second = client_for("leader").get(reverse("team_matrix"), {"page": 2})
    assert len(second.context["rows"]) == 55 + 3 - 50  # with the leader, employee, colleague


def make_team(org, courses, size):
    team = OrgUnit.objects.get(pk=org.team_a.pk)
    people = UserFactory.create_batch(size, org_unit=team)
    assign(org, courses, people)
    assign(org, courses, people[: size // 2], course=courses.second)
    make_overdue(Assignment.objects.filter(user__in=people[:2]), 4)
    for lesson in courses.first_lessons:
        step_complete(user=people[-1], step=lesson)
    return people


@pytest.mark.parametrize("size", [4, 40])
def test_matrix_query_count_does_not_grow(
    client_for, org, courses, size, django_assert_max_num_queries
):
    make_team(org, courses, size)
    client = client_for("leader")
    with django_assert_max_num_queries(15):
        response = client.get(reverse("team_matrix"), {"sort": "overdue"})
    assert response.status_code == 200
    assert len(response.context["rows"]) == size + 3


@pytest.mark.parametrize("size", [4, 40])
@pytest.mark.parametrize("name", ["team_export_csv", "team_export_xlsx", "team_overdue"])
def test_export_and_overdue_query_counts_do_not_grow(
    client_for, org, courses, size, name, django_assert_max_num_queries
):
    make_team(org, courses, size)
    client = client_for("leader")
    with django_assert_max_num_queries(14):
        assert client.get(reverse(name)).status_code == 200


# ---------------------------------------------------------------- assigning


def assign_data(courses, **extra):
    data = {
        "courses": [courses.first.pk],
        "target": "people",
        "due_kind": "days",
        "due_in_days": "14",
        "note": "",
    }
    data.update(extra)
    return data


def test_assign_preview_then_confirm(client_for, org, courses):
    assign(org, courses, [org.colleague], days=5)
    gone = UserFactory(org_unit=OrgUnit.objects.get(pk=org.team_a.pk), is_active=False)
    client = client_for("leader")
    data = assign_data(
        courses, target="units", units=[org.team_a.pk], include_subunits="on", action="preview"
    )
    preview = client.post(reverse("team_assign"), data)
    assert preview.status_code == 200
    [course_preview] = preview.context["previews"]
    assert set(course_preview.new) == {org.employee, org.leader}
    assert [p for p, _due in course_preview.already] == [org.colleague]
    assert course_preview.deactivated == [gone]
    assert not Assignment.objects.filter(user=org.employee).exists()
    html = preview.content.decode()
    assert "already have it" in html and "deactivated (left out)" in html
    data["action"] = "confirm"
    response = client.post(reverse("team_assign"), data)
    assert response.status_code == 302 and response["Location"] == reverse("team_matrix")
    assert set(Assignment.objects.filter(status=Status.ACTIVE).values_list("user", flat=True)) == {
        org.employee.pk,
        org.leader.pk,
        org.colleague.pk,
    }
    assert Assignment.objects.get(user=org.employee).assigned_by == org.leader


def test_a_crafted_form_naming_an_outsider_assigns_nothing(client_for, org, courses):
    client = client_for("leader")
    for data in (
        assign_data(courses, people=[org.employee.pk, org.outsider.pk], action="confirm"),
        assign_data(courses, target="units", units=[org.team_b.pk], action="confirm"),
    ):
        response = client.post(reverse("team_assign"), data)
        assert response.status_code == 200
        assert "Select a valid choice" in response.content.decode()
    assert not Assignment.objects.exists()


def test_a_job_title_in_reach_only(client_for, org, courses):
    User.objects.filter(pk__in=[org.colleague.pk, org.outsider.pk]).update(job_title="Referent")
    client = client_for("leader")
    data = assign_data(courses, target="job_title", job_title="referent", action="confirm")
    assert client.post(reverse("team_assign"), data).status_code == 302
    assert list(Assignment.objects.values_list("user", flat=True)) == [org.colleague.pk]


def test_a_job_title_that_matches_nobody_warns(client_for, org, courses):
    data = assign_data(courses, target="job_title", job_title="Astronauta", action="preview")
    response = client_for("leader").post(reverse("team_assign"), data)
    assert "Nobody in your units matches this choice" in response.content.decode()
    assert not Assignment.objects.exists()


@pytest.mark.parametrize(
    "extra, message",
    [
        ({"due_kind": "date", "due_date": "2000-01-01"}, "The due date is in the past"),
        ({"due_kind": "date", "due_date": ""}, "Choose the due date"),
        ({"due_in_days": "0"}, "greater than or equal to 1"),
        ({"due_in_days": "abc"}, "Enter a whole number"),
        ({"courses": []}, "This field is required"),
        ({"people": []}, "Choose at least one person"),
        ({"courses": ["x"]}, "is not a valid value"),
    ],
)
def test_bad_assign_input_gets_a_message_and_writes_nothing(
    client_for, org, courses, extra, message
):
    data = assign_data(courses, people=[org.employee.pk], action="confirm")
    data.update(extra)
    response = client_for("leader").post(reverse("team_assign"), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Assignment.objects.exists()


def test_assign_prefills_a_person_in_reach_only(client_for, org, courses):
    client = client_for("leader")
    page = client.get(reverse("team_assign"), {"person": org.colleague.pk})
    assert page.context["form"].initial["people"] == [org.colleague]
    page = client.get(reverse("team_assign"), {"person": org.outsider.pk})
    assert "people" not in page.context["form"].initial


# ---------------------------------------------------------------- overdue, cancel, due date


def test_overdue_list_in_reach(client_for, org, courses):
    make_overdue(assign(org, courses, [org.colleague, org.outsider]), 8)
    assign(org, courses, [org.employee])
    page = client_for("leader").get(reverse("team_overdue"))
    assert [a.user_id for a in page.context["page"]] == [org.colleague.pk]
    assert page.context["page"][0].days_overdue == 8
    page = client_for("hr").get(reverse("team_overdue"))
    assert {a.user_id for a in page.context["page"]} == {org.colleague.pk, org.outsider.pk}


def test_cancel_with_a_reason(client_for, org, courses):
    [mine] = assign(org, courses, [org.colleague])
    client = client_for("leader")
    url = reverse("team_assignment_cancel", args=[mine.pk])
    response = client.post(url, {"reason": ""})
    assert response.status_code == 200 and "This field is required" in response.content.decode()
    assert Assignment.objects.get().status == Status.ACTIVE
    response = client.post(url, {"reason": "Zmiana stanowiska"})
    assert response.status_code == 302
    stored = Assignment.objects.get()
    assert stored.status == Status.CANCELLED and stored.reason == "Zmiana stanowiska"
    # Not active any more: back to the record with a message.
    assert client.post(url, {"reason": "jeszcze raz"}).status_code == 302


def test_change_due_date_with_a_reason(client_for, org, courses):
    [mine] = assign(org, courses, [org.colleague])
    url = reverse("team_assignment_due_date", args=[mine.pk])
    client = client_for("leader")
    response = client.post(url, {"due_date": "2000-01-01", "reason": "x"})
    assert "The due date is in the past" in response.content.decode()
    new_due = today() + timedelta(days=60)
    response = client.post(url, {"due_date": new_due.isoformat(), "reason": "Urlop"})
    assert response.status_code == 302
    assert Assignment.objects.get().due_date == new_due


def test_a_leader_cannot_cancel_an_outsiders_assignment_by_post(client_for, org, courses):
    [theirs] = assign(org, courses, [org.outsider])
    url = reverse("team_assignment_cancel", args=[theirs.pk])
    assert client_for("leader").post(url, {"reason": "x"}).status_code == 404
    assert Assignment.objects.get().status == Status.ACTIVE


# ---------------------------------------------------------------- learning record


def test_learning_record_shows_steps_revisions_and_assignments(client_for, org, courses):
    assign(org, courses, [org.colleague], by=org.leader)
    step_complete(user=org.colleague, step=courses.first_lessons[0])
    url = reverse("team_record", args=[org.colleague.pk, courses.first.pk])
    response = client_for("leader").get(url)
    html = response.content.decode()
    steps = response.context["steps"]
    assert steps[0].completion is not None and steps[0].completion.revision_id
    assert steps[1].completion is None
    assert "Not yet" in html and str(org.leader) in html
    assert "Change the due date" in html


# ---------------------------------------------------------------- exports


def test_csv_export_for_polish_excel(client_for, org, courses):
    User.objects.filter(pk=org.colleague.pk).update(last_name='=HYPERLINK("http://x")')
    make_overdue(assign(org, courses, [org.colleague, org.outsider]), 2)
    response = client_for("leader").get(reverse("team_export_csv"))
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    assert body.splitlines()[0].count(";") == 4 + 3
    header, *lines = list(csv.reader(io.StringIO(body[1:]), delimiter=";"))
    assert f"{courses.first.title}: due date" in header
    colleague = next(line for line in lines if "HYPERLINK" in line[0])
    assert colleague[0] == '\'=HYPERLINK("http://x")'
    assert org.outsider.last_name not in body
    assert colleague[5] == "Overdue (2 days)"
    assert colleague[6] == (today() - timedelta(days=2)).isoformat()
    assert response["Content-Disposition"].startswith("attachment;")


def test_csv_export_takes_the_page_filters(client_for, org, courses):
    make_overdue(assign(org, courses, [org.colleague]), 2)
    assign(org, courses, [org.employee])
    body = client_for("leader").get(reverse("team_export_csv"), {"overdue": "on"}).content
    text = body.decode("utf-8")
    assert org.colleague.last_name in text and org.employee.last_name not in text


def test_xlsx_export_has_a_frozen_header_and_real_dates(client_for, org, courses):
    [a] = assign(org, courses, [org.colleague])
    response = client_for("leader").get(reverse("team_export_xlsx"))
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    sheet = book.active
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    due_col = header.index(f"{courses.first.title}: due date")
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == org.colleague.last_name)
    value = row[due_col].value  # openpyxl reads a date cell back as a datetime at midnight
    assert isinstance(value, date) and value.date() == a.due_date
    assert row[due_col].is_date
    names = [r[0].value for r in sheet.iter_rows(min_row=2)]
    assert org.outsider.last_name not in names


def test_factory_assignment_shows_in_the_matrix_without_progress(client_for, org, courses):
    AssignmentFactory(user=org.colleague, course=courses.first)
    page = client_for("leader").get(reverse("team_matrix"))
    cells = dict(page.context["rows"])[User.objects.get(pk=org.colleague.pk)]
    assert cells[0].state == "not_started"


# ---------------------------------------------------------------- bulk changes


def test_bulk_due_date_change_and_cancel_from_the_overdue_list(client_for, org, courses):
    late = assign(org, courses, [org.employee, org.colleague])
    make_overdue(late, 3)
    client = client_for("leader")
    new_due = today() + timedelta(days=20)
    data = {
        "assignments": [a.pk for a in late],
        "action": "due_date",
        "due_date": new_due.isoformat(),
        "reason": "Przedłużenie dla zespołu",
    }
    response = client.post(reverse("team_assignments_bulk"), data, follow=True)
    assert "2 assignments changed." in response.content.decode()
    assert set(Assignment.objects.values_list("due_date", flat=True)) == {new_due}
    data.update(action="cancel", reason="Zmiana planu")
    client.post(reverse("team_assignments_bulk"), data)
    assert set(Assignment.objects.values_list("status", flat=True)) == {Status.CANCELLED}


@pytest.mark.parametrize(
    "extra, message",
    [
        ({"reason": ""}, "Reason"),
        ({"due_date": "2000-01-01"}, "The due date is in the past"),
        ({"due_date": ""}, "Choose the due date"),
        ({"assignments": []}, "Assignments"),
    ],
)
def test_bad_bulk_input_changes_nothing(client_for, org, courses, extra, message):
    late = assign(org, courses, [org.employee, org.colleague])
    data = {
        "assignments": [a.pk for a in late],
        "action": "due_date",
        "due_date": (today() + timedelta(days=20)).isoformat(),
        "reason": "x",
    }
    data.update(extra)
    response = client_for("leader").post(reverse("team_assignments_bulk"), data, follow=True)
    html = response.content.decode()
    assert "Nothing was changed." in html and message in html
    assert set(Assignment.objects.values_list("due_date", flat=True)) == {
        today() + timedelta(days=14)
    }


def test_a_crafted_bulk_form_with_an_outsiders_assignment_changes_nothing(client_for, org, courses):
    mine = assign(org, courses, [org.employee])
    theirs = assign(org, courses, [org.outsider])
    data = {"assignments": [mine[0].pk, theirs[0].pk], "action": "cancel", "reason": "x"}
    response = client_for("leader").post(reverse("team_assignments_bulk"), data, follow=True)
    assert "Nothing was changed." in response.content.decode()
    assert not Assignment.objects.filter(status=Status.CANCELLED).exists()


@pytest.mark.parametrize("role, expected", [("employee", 403), ("editor", 403), ("hr", 302)])
def test_bulk_allow_and_deny(client_for, org, courses, role, expected):
    [a] = assign(org, courses, [org.outsider])
    data = {"assignments": [a.pk], "action": "cancel", "reason": "x"}
    assert client_for(role).post(reverse("team_assignments_bulk"), data).status_code == expected
    assert client_for(role).get(reverse("team_assignments_bulk")).status_code in {403, 405}
    assert client_for("anonymous").post(reverse("team_assignments_bulk"), data).status_code == 302


def test_repeat_cut_off_date_without_repeat_is_refused(client_for, org, courses):
    client = client_for("leader")
    data = assign_data(
        courses, people=[org.employee.pk], repeat_before="2026-01-01", action="confirm"
    )
    response = client.post(reverse("team_assign"), data)
    assert response.status_code == 200
    assert "must take it again" in response.content.decode()
    assert not Assignment.objects.exists()


def test_preview_lists_who_must_repeat_and_who_keeps_their_completion(client_for, org, courses):
    from courses.services import step_complete

    for person in (org.employee, org.colleague):
        for lesson in courses.first_lessons:
            step_complete(user=person, step=lesson)
    client = client_for("leader")
    data = assign_data(
        courses,
        people=[org.employee.pk, org.colleague.pk],
        repeat_completed="on",
        repeat_before="2000-01-01",
        action="preview",
    )
    [preview] = client.post(reverse("team_assign"), data).context["previews"]
    assert preview.repeating == [] and len(preview.completed_kept) == 2
    data.pop("repeat_before")
    [preview] = client.post(reverse("team_assign"), data).context["previews"]
    assert {p for p, _when in preview.repeating} == {org.employee, org.colleague}
