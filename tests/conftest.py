from types import SimpleNamespace

# Imported before any test freezes the clock: openpyxl reads the time when first imported,
# and a frozen clock then breaks the XLSX exports of later tests.
import openpyxl  # noqa: F401
import pytest

from lms.models import Role
from tests.factories import OrgUnitFactory, UserFactory


@pytest.fixture
def org(db):
    """A small office: office → department → two teams, and one person per role."""
    office = OrgUnitFactory(name="Urząd", code="UW")
    dept = OrgUnitFactory(name="Wydział Spraw Cudzoziemców", code="WSC", parent=office)
    team_a = OrgUnitFactory(name="Zespół A", code="WSC-A", parent=dept)
    team_b = OrgUnitFactory(name="Zespół B", code="WSC-B", parent=dept)
    hr_unit = OrgUnitFactory(name="Kadry", code="WK", parent=office)
    employee = UserFactory(org_unit=team_a, email="employee@example.gov.pl")
    colleague = UserFactory(org_unit=team_a)
    outsider = UserFactory(org_unit=team_b)
    leader = UserFactory(org_unit=team_a, roles=[Role.LEADER], email="leader@example.gov.pl")
    team_a.leaders.add(leader)
    hr = UserFactory(org_unit=hr_unit, roles=[Role.HR], email="hr@example.gov.pl")
    editor = UserFactory(org_unit=dept, roles=[Role.EDITOR], email="editor@example.gov.pl")
    return SimpleNamespace(
        office=office,
        dept=dept,
        team_a=team_a,
        team_b=team_b,
        hr_unit=hr_unit,
        employee=employee,
        colleague=colleague,
        outsider=outsider,
        leader=leader,
        hr=hr,
        editor=editor,
    )


@pytest.fixture
def client_for(client, org):
    """Log the test client in as one of the org's people (or None for anonymous)."""

    def login(role):
        client.logout()
        if role != "anonymous":
            client.force_login(getattr(org, role))
        return client

    return login


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty shared cache (Redis or memory): a throttle counter or a
    cached site root from an earlier test must not leak into the next one."""
    from django.core.cache import cache

    cache.clear()
    yield
