"""An H5P package's JavaScript runs in an isolated origin and cannot act for the viewer.

A copy of a real package gets one line added to a library script, as an editor with bad
intent (or a compromised one) could upload it. The line tries to read the people export with
the viewer's session, the lesson page, the cookies and the platform's storage, and writes
what it got into its own document, which the test reads through the frame. HR, who may
export people, opens the lesson: the script must get nothing.
"""

import copy
import json
import re
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import assert_no_serious_axe_violations, login

pytestmark = pytest.mark.e2e

H5P_DIR = Path(__file__).resolve().parents[3] / "shared" / "h5p"
WAIT = 15_000
LESSON_DONE = re.compile(r"(Wszystkie ćwiczenia ukończone|All activities finished)")
SECRET = "kadra-platform-secret"

# One line, appended to a library script of the package.
PROBE = """
;(function () {
  var r = {origin: String(window.origin)};
  function settle(name, p) {
    return p.then(function (v) { r[name] = v; }, function (e) { r[name] = "ERR " + e; });
  }
  try { r.cookie = document.cookie; } catch (e) { r.cookie = "ERR " + e.name; }
  try { r.parent = window.parent.document.body.innerHTML.slice(0, 200); }
  catch (e) { r.parent = "ERR " + e.name; }
  try { r.parentConfig = window.parent.document.getElementById("h5p-config").textContent; }
  catch (e) { r.parentConfig = "ERR " + e.name; }
  try { r.top = window.top.location.href; } catch (e) { r.top = "ERR " + e.name; }
  try { r.storage = window.localStorage.getItem("kadra-secret"); }
  catch (e) { r.storage = "ERR " + e.name; }
  var xhr = new Promise(function (resolve, reject) {
    try {
      var x = new XMLHttpRequest();
      x.open("GET", "/people/export.csv");
      x.withCredentials = true;
      x.onload = function () { resolve(x.status + " " + x.responseText.slice(0, 200)); };
      x.onerror = function () { reject("network error"); };
      x.send();
    } catch (e) { reject(e.name); }
  });
  Promise.all([
    settle("csv", fetch("/people/export.csv", {credentials: "include"})
      .then(function (x) { return x.status + " " + x.type; })),
    settle("csvText", fetch("/people/export.csv", {credentials: "include"})
      .then(function (x) { return x.text(); }).then(function (t) { return t.slice(0, 200); })),
    settle("csvNoCors", fetch("/people/export.csv", {credentials: "include", mode: "no-cors"})
      .then(function (x) { return x.status + " " + x.type; })),
    settle("xhr", xhr),
  ]).then(function () {
    var out = document.createElement("pre");
    out.id = "kadra-probe";
    out.textContent = JSON.stringify(r);
    document.body.appendChild(out);
  });
})();
"""
TARGET_SCRIPT = "H5P.TrueFalse-1.6/scripts/h5p-true-false.js"


def hostile_package(tmp_path) -> Path:
    """H5P.TrueFalse.h5p with the probe added to one library script."""
    source = H5P_DIR / "H5P.TrueFalse.h5p"
    out = tmp_path / "H5P.TrueFalse-probe.h5p"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        names = zin.namelist()
        assert TARGET_SCRIPT in names, names
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == TARGET_SCRIPT:
                data += PROBE.encode("utf-8")
            zout.writestr(info, data)
    return out


@pytest.fixture
def hostile_lesson(live_server, django_db_serialized_rollback, tmp_path, settings):
    """A course open to all with one lesson playing the hostile package, and an HR person."""
    from lms.models import Role
    from tests.courses.conftest import h5p_body
    from tests.factories import (
        CoursePageFactory,
        H5PPackageFactory,
        LessonPageFactory,
        OrgUnitFactory,
        UserFactory,
    )

    settings.MEDIA_ROOT = tmp_path / "media"
    settings.H5P_ROOT = tmp_path / "h5p"
    office = OrgUnitFactory(name="Urząd")
    hr = UserFactory(org_unit=office, roles=[Role.HR], email="kadry@example.gov.pl")
    UserFactory(org_unit=office, email="someone@example.gov.pl", last_name="Kowalska")
    package = H5PPackageFactory(title="Prawda czy fałsz", source=hostile_package(tmp_path))
    course = CoursePageFactory(title="Ćwiczenia", slug="cwiczenia-sandbox", sequential=False)
    lesson = LessonPageFactory(
        parent=course, title="Pytanie", slug="pytanie", body=h5p_body(package)
    )
    return {"hr": hr, "url": f"/learn/{course.slug}/{lesson.slug}/"}


def _probe(page):
    frame = page.frame_locator(".h5p-container iframe")
    probe = frame.locator("#kadra-probe")
    probe.wait_for(state="attached", timeout=WAIT)
    return json.loads(probe.text_content())


def test_a_hostile_package_gets_nothing_of_the_viewer(page, live_server, hostile_lesson):
    from tests.factories import PASSWORD

    exports = []
    page.on("response", lambda r: "export.csv" in r.url and exports.append((r.status, r.url)))
    login(page, live_server, hostile_lesson["hr"].email, PASSWORD)
    # The same session may export people: the probe has something to find.
    control = page.request.get(f"{live_server.url}/people/export.csv")
    assert control.ok and "someone@example.gov.pl" in control.text()
    page.evaluate(f"localStorage.setItem('kadra-secret', '{SECRET}')")

    page.goto(hostile_lesson["url"])
    result = _probe(page)

    assert result["origin"] == "null", result  # an opaque origin
    for key in ("csv", "csvText", "csvNoCors", "xhr"):
        assert str(result[key]).startswith("ERR"), (key, result)
        assert "example.gov.pl" not in str(result[key]), (key, result)
    assert result["parent"].startswith("ERR SecurityError"), result
    assert result["parentConfig"].startswith("ERR SecurityError"), result
    assert result["top"].startswith("ERR SecurityError"), result
    assert result["cookie"].startswith("ERR SecurityError"), result
    assert "sessionid" not in json.dumps(result) and "csrftoken" not in json.dumps(result)
    assert result["storage"] != SECRET, result
    # The frame's requests were stopped in the browser: none reached the export.
    assert exports == [], exports
    expect(page.locator(".h5p-container iframe")).to_have_attribute("sandbox", "allow-scripts")

    # The activity itself still works and the page stays accessible.
    expect(page.locator(".h5p-container[data-ready=true]")).to_have_count(1, timeout=WAIT)
    # axe from the platform's static files: the page's CSP allows no inline script.
    page.add_script_tag(url="/static/vendor/axe-core/axe.min.js")
    assert_no_serious_axe_violations(page)


def test_the_player_is_not_served_without_its_token(page, live_server, hostile_lesson):
    from tests.factories import PASSWORD

    login(page, live_server, hostile_lesson["hr"].email, PASSWORD)
    page.goto(hostile_lesson["url"])
    src = page.locator(".h5p-container iframe").get_attribute("src")
    token_path = src.split("#")[0]
    assert page.request.get(token_path).ok
    # The signed session does not stand in for the token, nor does a changed token.
    broken = token_path.rstrip("/")[:-3] + "abc/"
    assert page.request.get(broken).status == 404
    assert page.request.get(f"{live_server.url}/learning/h5p/x/").status == 404


def test_with_a_separate_content_origin_the_activity_still_finishes(
    page, live_server, hostile_lesson, settings
):
    """H5P_CONTENT_ORIGIN: the frame comes from another host name of the same server."""
    from courses.models import LessonCompletion
    from tests.factories import PASSWORD

    content_origin = live_server.url.replace("localhost", "127.0.0.1")
    assert content_origin != live_server.url
    settings.H5P_CONTENT_ORIGIN = content_origin
    # As the settings module does when the variable is set at start-up: frames may come
    # from the content origin.
    policy = copy.deepcopy(settings.CONTENT_SECURITY_POLICY)
    policy["DIRECTIVES"]["frame-src"] = [*policy["DIRECTIVES"]["frame-src"], content_origin]
    settings.CONTENT_SECURITY_POLICY = policy
    login(page, live_server, hostile_lesson["hr"].email, PASSWORD)
    page.goto(hostile_lesson["url"])
    frame_element = page.locator(".h5p-container iframe")
    assert frame_element.get_attribute("src").startswith(content_origin + "/learning/h5p/")
    page.locator(".h5p-container[data-ready=true]").wait_for(timeout=WAIT)
    result = _probe(page)
    assert result["origin"] == "null" and result["csv"].startswith("ERR"), result

    frame = page.frame_locator(".h5p-container iframe")
    frame.locator(".h5p-true-false-answer").first.click()
    frame.locator(".h5p-question-check-answer").click()
    expect(page.locator("#activity-status")).to_have_text(LESSON_DONE, timeout=WAIT)
    assert LessonCompletion.objects.filter(user=hostile_lesson["hr"]).count() == 1

    # The player is not served on the platform's own host once a content origin is set.
    platform_src = frame_element.get_attribute("src").replace(content_origin, live_server.url)
    assert page.request.get(platform_src.split("#")[0]).status == 404
