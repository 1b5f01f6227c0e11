"""seed_demo gives the demo leader a realistic team picture, and running it again adds nothing."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from assignments.models import Assignment, AssignmentRule, Source, Status
from lms.models import User

pytestmark = pytest.mark.django_db


def test_seed_demo_assignments(client):
    call_command("seed_demo", stdout=io.StringIO())
    leader = User.objects.get(email="leader@demo.kadra")
    rows = Assignment.objects.filter(user__org_unit__code="WSC-LP")
    assert rows.filter(status=Status.FULFILLED).count() == 2
    assert rows.filter(status=Status.ACTIVE).count() >= 8
    manual = rows.filter(source=Source.MANUAL)
    assert set(manual.values_list("assigned_by", flat=True)) == {leader.pk}
    # Certificates whose recertification window is open bring the office's own assignments.
    assert set(rows.exclude(source=Source.MANUAL).values_list("source", flat=True)) <= {
        Source.RULE,
        Source.RECERTIFICATION,
    }
    employee = User.objects.get(email="employee@demo.kadra")
    assert manual.filter(user=employee, status=Status.ACTIVE).count() == 3
    rule = AssignmentRule.objects.get()
    assert rule.unit.code == "WSC" and rule.due_in_days == 14 and rule.hired_within_days
    before = Assignment.objects.count()
    call_command("seed_demo", stdout=io.StringIO())
    assert Assignment.objects.count() == before
    client.force_login(leader)
    page = client.get(reverse("team_matrix"))
    states = {cell.state for _person, cells in page.context["rows"] for cell in cells}
    assert {"completed", "overdue", "in_progress", "not_started"} <= states
