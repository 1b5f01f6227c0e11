"""The demo office: idempotent, usable logins, and never under production settings."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from lms import access
from lms.demo import DEMO_LOGINS, DEMO_PASSWORD, seed_organisation
from lms.models import OrgUnit, User


def counts():
    from django.contrib.auth.models import Group

    return {
        "units": OrgUnit.objects.count(),
        "people": User.objects.count(),
        "leaders": OrgUnit.leaders.through.objects.count(),
        "memberships": User.groups.through.objects.count(),
        "groups": Group.objects.count(),
        "tree": list(OrgUnit.objects.order_by("path").values_list("path", "code")),
    }


@pytest.mark.django_db
class TestSeedOrganisation:
    def test_running_twice_gives_the_same_data(self):
        first = seed_organisation()
        after_first = counts()
        second = seed_organisation()
        assert counts() == after_first
        assert after_first["units"] == 6
        assert after_first["people"] == 6 + 32
        assert {k: v.pk for k, v in first["people"].items()} == {
            k: v.pk for k, v in second["people"].items()
        }
        assert OrgUnit.find_problems() == ([], [], [], [], [])

    def test_demo_logins_work_with_their_roles(self, client):
        seed_organisation()
        expected = {
            "employee@demo.kadra": {"employee"},
            "leader@demo.kadra": {"employee", "leader"},
            "hr@demo.kadra": {"employee", "hr"},
            "editor@demo.kadra": {"employee", "editor"},
        }
        for email, _role in DEMO_LOGINS:
            person = User.objects.get(email=email)
            assert set(access.roles(person)) == expected[email]
            response = client.post(
                "/accounts/login/", {"username": email, "password": DEMO_PASSWORD}
            )
            assert response.status_code == 302, email
            client.logout()

    def test_leader_leads_their_team(self):
        seed_organisation()
        leader = User.objects.get(email="leader@demo.kadra")
        assert [u.code for u in access.visible_units(leader)] == ["WSC-LP"]
        team = set(access.visible_people(leader).values_list("email", flat=True))
        assert "employee@demo.kadra" in team
        assert "hr@demo.kadra" not in team

    def test_completes_a_partly_seeded_office(self):
        seed_organisation()
        User.objects.filter(email="employee@demo.kadra").delete()
        OrgUnit.objects.get(code="WSC-LP").leaders.clear()
        seed_organisation()
        assert User.objects.filter(email="employee@demo.kadra").exists()
        assert OrgUnit.objects.get(code="WSC-LP").leaders.exists()
        assert User.objects.count() == 38


@override_settings(KADRA_ENVIRONMENT="production")
@pytest.mark.django_db
def test_refuses_to_run_under_production_settings():
    with pytest.raises(CommandError, match="production"):
        call_command("seed_demo", stdout=io.StringIO())
    assert User.objects.count() == 0
    assert OrgUnit.objects.count() == 0


@pytest.mark.django_db
def test_whole_command_twice(tmp_path):
    """The full command (organisation and courses) is idempotent as well."""
    from courses.models import CoursePage, CourseProgress

    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    assert "Demo office ready" in out.getvalue()
    first = counts(), CoursePage.objects.count(), CourseProgress.objects.count()
    assert first[1] > 0
    call_command("seed_demo", stdout=io.StringIO())
    assert (counts(), CoursePage.objects.count(), CourseProgress.objects.count()) == first
