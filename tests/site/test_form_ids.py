"""Ids beyond 64 bits, or not numbers at all, are an invalid choice, never a server error."""

import pytest
from django.urls import reverse

from lms.models import OrgUnit, User

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999"


@pytest.mark.parametrize("bad", [HUGE, "-1", "0", "1.5", "x", "1e3"])
def test_unit_form_refuses_bad_leader_and_parent_ids(org, client_for, bad):
    client = client_for("hr")
    units = OrgUnit.objects.count()
    response = client.post(
        reverse("unit_create"), {"name": "Nowa", "code": "NOWA", "parent": bad, "leaders": bad}
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    assert OrgUnit.objects.count() == units


def test_person_form_refuses_a_huge_unit_id(org, client_for):
    people = User.objects.count()
    response = client_for("hr").post(
        reverse("person_create"),
        {"first_name": "A", "last_name": "B", "email": "ab@example.gov.pl", "org_unit": HUGE},
    )
    assert response.status_code == 200
    assert "org_unit" in response.context["form"].errors
    assert User.objects.count() == people


def test_assign_form_refuses_huge_ids(org, client_for):
    response = client_for("leader").post(
        reverse("team_assign"), {"courses": HUGE, "units": HUGE, "people": HUGE, "due_in_days": "7"}
    )
    assert response.status_code == 200
