"""The person page shows their learning record, with the leader's actions."""

import pytest
from django.urls import reverse

from assignments import services
from courses.services import step_complete
from tests.factories import AttemptFactory

pytestmark = pytest.mark.django_db


def test_the_leader_sees_the_record_and_can_act(client_for, org, courses):
    [a] = services.assignment_create_bulk(
        courses=[courses.first], people=[org.colleague], due_in_days=9, acting_user=org.leader
    ).created
    step_complete(user=org.colleague, step=courses.first_lessons[0])
    response = client_for("leader").get(reverse("person_detail", args=[org.colleague.pk]))
    html = response.content.decode()
    assert "Learning record" in html and courses.first.title in html
    assert courses.first_lessons[0].title in html and "no. " in html  # the revision seen
    assert "50%" in html
    assert reverse("team_assignment_due_date", args=[a.pk]) in html
    assert reverse("team_assignment_cancel", args=[a.pk]) in html
    assert f"{reverse('team_assign')}?person={org.colleague.pk}" in html


def test_the_person_sees_their_own_record_without_actions(client_for, org, courses):
    [a] = services.assignment_create_bulk(
        courses=[courses.first], people=[org.employee], due_in_days=9, acting_user=org.leader
    ).created
    attempt = AttemptFactory(user=org.employee)
    html = client_for("employee").get(reverse("person_detail", args=[org.employee.pk])).content
    html = html.decode()
    assert courses.first.title in html and attempt.quiz.title in html
    assert reverse("team_assignment_cancel", args=[a.pk]) not in html
    assert reverse("team_assign") not in html


def test_hr_acts_anywhere(client_for, org, courses):
    [a] = services.assignment_create_bulk(
        courses=[courses.first], people=[org.outsider], due_in_days=9, acting_user=org.hr
    ).created
    html = client_for("hr").get(reverse("person_detail", args=[org.outsider.pk])).content.decode()
    assert reverse("team_assignment_cancel", args=[a.pk]) in html
    assert (
        client_for("leader").get(reverse("person_detail", args=[org.outsider.pk])).status_code
        == 404
    )
