"""Apps above courses show their part of a course on its page through panels registered in
``courses.panels``: courses draws them and imports none of those apps."""

import copy

import pytest

from courses import panels
from courses.panels import CoursePanel, register_course_panel
from tests.factories import CoursePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def probe_template(settings, tmp_path):
    """A panel template of this test only, found before the project's templates."""
    (tmp_path / "probe").mkdir()
    (tmp_path / "probe" / "panel.html").write_text(
        '<section class="probe-panel">Panel for {{ data.course_title }} by {{ data.who }}</section>'
    )
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [tmp_path, *templates[0].get("DIRS", [])]
    settings.TEMPLATES = templates
    return "probe/panel.html"


@pytest.fixture
def registry():
    """The registry as the apps left it, restored after the test."""
    saved = dict(panels._COURSE_PANELS)
    yield
    panels._COURSE_PANELS.clear()
    panels._COURSE_PANELS.update(saved)


def test_a_registered_panel_is_drawn_with_its_data_for_this_person(
    client_for, probe_template, registry
):
    course = CoursePageFactory(title="Kurs z panelem")
    seen = []

    def data(request, shown):
        seen.append((request.user.pk, shown.pk))
        return {"course_title": shown.title, "who": request.user.email}

    register_course_panel(CoursePanel(name="probe", template=probe_template, data=data))
    client = client_for("employee")
    response = client.get(course.url)

    assert response.status_code == 200
    assert "Panel for Kurs z panelem by employee@example.gov.pl" in response.content.decode()
    assert seen == [(response.wsgi_request.user.pk, course.pk)]


def test_a_panel_with_nothing_to_show_is_left_out(client_for, probe_template, registry):
    course = CoursePageFactory(title="Kurs bez panelu")
    register_course_panel(
        CoursePanel(name="probe", template=probe_template, data=lambda request, c: None)
    )

    response = client_for("employee").get(course.url)

    assert response.status_code == 200
    assert "probe-panel" not in response.content.decode()
    assert all(p["name"] != "probe" for p in response.context["course_panels"])


def test_panels_are_drawn_in_order(rf, registry, org):
    course = CoursePageFactory()
    for name, order in [("late", 90), ("early", 5), ("middle", 50)]:
        register_course_panel(
            CoursePanel(name=name, template="x.html", data=lambda r, c: {}, order=order)
        )
    request = rf.get("/")
    request.user = org.employee

    names = [p["name"] for p in panels.course_panels(request, course)]

    assert [n for n in names if n in {"late", "early", "middle"}] == ["early", "middle", "late"]


def test_a_course_page_nobody_may_see_asks_no_panel(client_for, registry):
    course = CoursePageFactory(self_enrolment=False)
    asked = []
    register_course_panel(
        CoursePanel(name="probe", template="x.html", data=lambda r, c: asked.append(c) or {})
    )

    assert client_for("employee").get(course.url).status_code == 404
    assert client_for("anonymous").get(course.url).status_code == 302
    assert asked == []
