"""First browser journey: every demo role signs in and lands on an accessible home page."""

import re

import pytest

from tests.e2e.conftest import assert_no_serious_axe_violations, login

pytestmark = pytest.mark.e2e

# The UI defaults to Polish (strings from locale/pl); until the catalogues are compiled
# the English source text shows, so match either.
MY_LEARNING = re.compile(r"^\s*(Moja nauka|My learning)\s*$")
ORG_OVERVIEW = re.compile(r"^\s*(Przegląd organizacji|Organisation overview)\s*$")
UNITS_I_LEAD = re.compile(r"^\s*(Komórki, którymi kieruję|Units I lead)\s*$")
LEADER_TEAM = "Zespół ds. legalizacji pobytu"


def _at_home(page, live_server):
    assert page.url.rstrip("/") == live_server.url.rstrip("/"), page.url


def test_employee_sees_own_learning(page, live_server, demo_office):
    login(page, live_server, "employee@demo.kadra")
    _at_home(page, live_server)
    heading = page.get_by_role("heading", level=2, name=MY_LEARNING)
    assert heading.is_visible()
    # An employee has none of the management sections.
    assert page.get_by_role("heading", name=ORG_OVERVIEW).count() == 0
    assert page.locator("main a[href='/admin/']").count() == 0
    assert_no_serious_axe_violations(page)


def test_leader_sees_team_with_head_count(page, live_server, demo_office):
    from lms.models import OrgUnit
    from lms.selectors import units_with_headcounts

    expected = units_with_headcounts(OrgUnit.objects.filter(name=LEADER_TEAM)).get().headcount
    assert expected > 0

    login(page, live_server, "leader@demo.kadra")
    _at_home(page, live_server)
    section = page.get_by_role("region", name=UNITS_I_LEAD)
    row = section.get_by_role("row").filter(has=page.get_by_role("link", name=LEADER_TEAM))
    assert row.count() == 1
    assert row.locator("td.num").inner_text().strip() == str(expected)
    assert_no_serious_axe_violations(page)


def test_hr_sees_organisation_overview(page, live_server, demo_office):
    login(page, live_server, "hr@demo.kadra")
    _at_home(page, live_server)
    section = page.get_by_role("region", name=ORG_OVERVIEW)
    assert section.is_visible()
    # The overview lists the whole office, not just HR's own unit.
    assert section.get_by_role("link", name="Urząd Wojewódzki (demo)").is_visible()
    assert section.get_by_role("link", name=LEADER_TEAM).is_visible()
    assert_no_serious_axe_violations(page)


def test_editor_sees_link_to_editing_panel(page, live_server, demo_office):
    login(page, live_server, "editor@demo.kadra")
    _at_home(page, live_server)
    link = page.locator("main a[href='/admin/']")
    assert link.count() == 1
    assert link.is_visible()
    assert_no_serious_axe_violations(page)


def test_wrong_password_shows_error_tied_to_form(page, live_server, demo_office):
    login(page, live_server, "employee@demo.kadra", password="not-the-password")
    assert "/accounts/login/" in page.url
    form = page.locator("form:has(input[name=password])")
    alert = form.get_by_role("alert")
    assert alert.is_visible()
    assert re.search(r"(hasł|password)", alert.inner_text(), re.IGNORECASE)
    # The error summary is the form's accessible description, not just nearby text.
    error_id = alert.get_attribute("id")
    assert error_id
    assert error_id in (form.get_attribute("aria-describedby") or "").split()
    # Still on the form, with the identifier kept and no session created.
    assert form.locator("input[name=username]").input_value() == "employee@demo.kadra"
    assert not any(c["name"] == "sessionid" for c in page.context.cookies())
    assert_no_serious_axe_violations(page)


def test_home_fits_320px_without_horizontal_scroll(page, live_server, demo_office):
    page.set_viewport_size({"width": 320, "height": 640})
    login(page, live_server, "hr@demo.kadra")
    _at_home(page, live_server)
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 320, f"page is {scroll_width}px wide at a 320px viewport"
    assert_no_serious_axe_violations(page)


def test_skip_link_moves_focus_to_main(page, live_server, demo_office):
    login(page, live_server, "employee@demo.kadra")
    _at_home(page, live_server)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "skip-link" in focused, f"first Tab stop is {focused!r}"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
