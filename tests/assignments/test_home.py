"""The home page per role: the employee's assignments by due date, the leader's team summary."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from assignments import services
from assignments.models import Assignment
from lms.models import OrgUnit
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def assign(org, courses, people, course, days, by=None):
    return services.assignment_create_bulk(
        courses=[course], people=people, due_in_days=days, acting_user=by or org.leader
    ).created


def test_the_employee_sees_assignments_soonest_first_with_who_assigned(client_for, org, courses):
    assign(org, courses, [org.employee], courses.second, 40)
    late = assign(org, courses, [org.employee], courses.first, 5, by=org.hr)
    Assignment.objects.filter(pk=late[0].pk).update(
        due_date=timezone.localdate() - timedelta(days=2)
    )
    response = client_for("employee").get(reverse("home"))
    [panel] = [p for p in response.context["panels"] if p["name"] == "my_assignments"]
    assert [a.course_id for a in panel["data"]["assignments"]] == [
        courses.first.pk,
        courses.second.pk,
    ]
    html = response.content.decode()
    assert "Assigned to me" in html and "2 days overdue" in html
    assert str(org.hr) in html and str(org.leader) in html
    assert "My team&#x27;s training" not in html and "My team's training" not in html


def test_no_assignments_no_panel(client_for, org):
    response = client_for("employee").get(reverse("home"))
    assert "my_assignments" not in [p["name"] for p in response.context["panels"]]


@pytest.mark.parametrize("role", ["leader", "hr"])
def test_leaders_and_hr_see_the_team_summary(client_for, org, courses, role):
    assign(org, courses, [org.employee, org.colleague], courses.first, 10)
    late = assign(org, courses, [org.colleague], courses.second, 10)
    Assignment.objects.filter(pk=late[0].pk).update(
        due_date=timezone.localdate() - timedelta(days=1)
    )
    response = client_for(role).get(reverse("home"))
    [panel] = [p for p in response.context["panels"] if p["name"] == "team_summary"]
    assert panel["data"]["assigned"] == 3 and panel["data"]["overdue"] == 1
    assert panel["data"]["percent"] == 0
    assert reverse("team_matrix") in response.content.decode()


def test_the_team_summary_counts_only_the_leaders_reach(client_for, org, courses):
    assign(org, courses, [org.outsider], courses.first, 10, by=org.hr)
    response = client_for("leader").get(reverse("home"))
    [panel] = [p for p in response.context["panels"] if p["name"] == "team_summary"]
    assert panel["data"]["assigned"] == 0
    assert "Nobody in your units has training assigned yet." in response.content.decode()


@pytest.mark.parametrize("role", ["employee", "leader"])
def test_home_query_count_does_not_grow_with_assignments(
    client_for, org, courses, role, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    team = OrgUnit.objects.get(pk=org.team_a.pk)
    assign(
        org, courses, [org.employee, *UserFactory.create_batch(2, org_unit=team)], courses.first, 9
    )
    client = client_for(role)
    with CaptureQueriesContext(connection) as small:
        client.get(reverse("home"))
    assign(
        org,
        courses,
        [org.employee, *UserFactory.create_batch(20, org_unit=team)],
        courses.second,
        9,
    )
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get(reverse("home")).status_code == 200


@pytest.mark.parametrize(
    "role, mentions_leader", [("employee", True), ("leader", False), ("hr", False)]
)
def test_the_empty_my_learning_reads_right_for_each_role(client_for, org, role, mentions_leader):
    html = client_for(role).get(reverse("home")).content.decode()
    assert ("When your leader assigns training" in html) is mentions_leader
    assert "You have no courses" in html
