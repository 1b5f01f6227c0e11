"""The Wagtail admin and the learner pages work under the Content-Security-Policy, and the
lesson and quiz editors pass axe-core."""

import pytest

from tests.e2e.conftest import assert_no_serious_axe_violations, login

pytestmark = pytest.mark.e2e

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(e.violatedDirective + " " + (e.blockedURI || "inline")
    + " " + (e.sourceFile || "") + ":" + (e.lineNumber || ""));
});
"""


def violations(page):
    return page.evaluate("window.__cspViolations || []")


def visit(page, url):
    page.goto(url)
    page.wait_for_load_state("networkidle")
    found = violations(page)
    assert not found, f"CSP blocked on {url}: {found}"


@pytest.fixture
def watched(page):
    page.context.add_init_script(RECORD_VIOLATIONS)
    return page


def _page_ids():
    from courses.models import LessonPage
    from quizzes.models import QuizPage

    lessons = LessonPage.objects.live().order_by("pk")
    lesson = next(
        (lesson for lesson in lessons if any(b.block_type == "key_points" for b in lesson.body)),
        None,
    )
    assert lesson is not None, "the demo has a lesson with a key-points block"
    return lesson.pk, QuizPage.objects.live().first().pk


def test_editor_works_in_the_admin_without_csp_violations(watched, live_server, demo_office):
    page = watched
    lesson_id, quiz_id = _page_ids()
    login(page, live_server, "editor@demo.kadra")
    for url in [
        "/admin/",
        "/admin/pages/",
        "/admin/snippets/",
        f"/admin/pages/{lesson_id}/edit/",
        f"/admin/pages/{quiz_id}/edit/",
    ]:
        visit(page, live_server.url + url)
    # The page editor's JavaScript ran: the StreamField blocks were drawn by Wagtail's JS.
    page.goto(f"{live_server.url}/admin/pages/{lesson_id}/edit/")
    page.wait_for_load_state("networkidle")
    assert page.locator("[data-streamfield-stream-container], .w-field--stream_field").count()
    assert page.locator(
        "[data-contentpath='body'] input, [data-contentpath='body'] textarea"
    ).count()


def test_lesson_and_quiz_editors_pass_axe(watched, live_server, demo_office):
    page = watched
    lesson_id, quiz_id = _page_ids()
    login(page, live_server, "editor@demo.kadra")
    for url in [f"/admin/pages/{lesson_id}/edit/", f"/admin/pages/{quiz_id}/edit/"]:
        page.goto(live_server.url + url)
        page.wait_for_load_state("networkidle")
        assert_no_serious_axe_violations(page)


def test_learner_pages_run_without_csp_violations(watched, live_server, demo_office):
    from courses.models import CoursePage

    page = watched
    course = CoursePage.objects.live().order_by("pk").first()
    login(page, live_server, "employee@demo.kadra")
    for url in ["/", "/learn/", course.url, "/accounts/password/change/"]:
        visit(page, live_server.url + url)


def test_a_polish_title_gives_an_ascii_slug(watched, live_server, demo_office):
    from courses.models import CourseIndexPage

    page = watched
    catalogue = CourseIndexPage.objects.get()
    login(page, live_server, "editor@demo.kadra")
    page.goto(f"{live_server.url}/admin/pages/add/courses/coursepage/{catalogue.pk}/")
    title = page.locator("#id_title")
    title.fill("Obsługa cudzoziemców: źródła, łączność i żółte kartki")
    title.blur()
    slug = page.locator("#id_slug")
    for _ in range(50):  # the title syncs to the slug field on blur
        if slug.input_value():
            break
        page.wait_for_timeout(100)
    assert slug.input_value() == "obsluga-cudzoziemcow-zrodla-lacznosc-i-zolte-kartki"
