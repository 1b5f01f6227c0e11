"""The lesson after a material legal change, in the browser: the panel "what changed since
you finished this lesson", the new and changed blocks labelled in the body, finishing it
again; no serious axe violations at 1280 and 320 px, in Polish and English."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import assert_no_serious_axe_violations, login

pytestmark = pytest.mark.e2e

EMPLOYEE = "employee@demo.kadra"
EDITOR = "editor@demo.kadra"
COURSE = "prawo-migracyjne"
SUMMARY = "Od 27 kwietnia 2026 r. wnioski pobytowe wyłącznie przez MOS"
ADDED = "<p>Od 27 kwietnia 2026 r. wniosek o zezwolenie pobytowe składa się wyłącznie w MOS.</p>"

# English source text; in Polish, whatever the catalogue says (it may not be compiled yet).
PANEL = re.compile(r"^What changed since you finished this lesson on \d+ \w+ \d{4}$")
TO_REDO = re.compile(r"^To redo$")
NEW = re.compile(r"^New\b")
CHANGED = re.compile(r"^Changed\b")
ANY = re.compile(r"\S")
MARK_FINISHED = re.compile(r"(oznacz jako ukończoną|mark it finished)", re.IGNORECASE)


@pytest.fixture
def changed_lesson(demo_office):
    """The demo employee finished the first migration-law lesson; then the demo editor
    published a material legal change to it (a word changed, a block added, one removed)."""
    from django.contrib.auth import get_user_model

    from assignments import law_change
    from courses import services
    from courses.lesson_changes import live_body
    from courses.models import CoursePage, LessonPage

    users = get_user_model().objects
    employee, editor = users.get(email=EMPLOYEE), users.get(email=EDITOR)
    course = CoursePage.objects.get(slug=COURSE)
    lesson = LessonPage.objects.child_of(course).live().order_by("path").first()
    services.step_started(user=employee, step=lesson, course=course)
    services.step_complete(user=employee, step=lesson)

    blocks = [dict(b) for b in live_body(lesson)]
    first_text = next(i for i, b in enumerate(blocks) if b["type"] == "text")
    blocks[first_text]["value"] = blocks[first_text]["value"].replace(
        "Cudzoziemiec", "Cudzoziemiec (od 27 kwietnia 2026 r. składający wniosek w MOS)", 1
    )
    blocks.insert(first_text + 1, {"type": "text", "value": ADDED, "id": "mos-2026"})
    blocks.pop()
    lesson.body = blocks
    lesson.save_revision(user=editor)
    law_change.legal_change_publish(page=lesson, user=editor, summary=SUMMARY)
    return LessonPage.objects.get(pk=lesson.pk)


def _english(page, live_server):
    from django.conf import settings

    page.context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": "en", "url": live_server.url}]
    )


@pytest.mark.parametrize("language", ["pl", "en"])
@pytest.mark.parametrize("width", [1280, 320])
def test_the_changes_are_shown_accessibly(page, live_server, changed_lesson, width, language):
    page.set_viewport_size({"width": width, "height": 900})
    if language == "en":
        _english(page, live_server)
    login(page, live_server, EMPLOYEE)
    page.goto(changed_lesson.url)
    expect(page.locator("html")).to_have_attribute("lang", re.compile(f"^{language}"))

    panel = page.locator("section.lesson-changes")
    expect(panel).to_be_visible()
    english = language == "en"
    expect(panel.get_by_role("heading", level=2)).to_have_text(PANEL if english else ANY)
    expect(panel).to_contain_text(SUMMARY)
    expect(panel.locator(".lesson-changes-removed li")).to_have_count(1)
    expect(page.locator(".lesson .meta .badge")).to_have_text(TO_REDO if english else ANY)
    added = page.locator(".lesson-change-added")
    expect(added).to_have_count(1)
    expect(added.locator(".change-label")).to_have_text(NEW if english else ANY)
    expect(added).to_contain_text("wyłącznie w MOS")
    edited = page.locator(".lesson-change-edited")
    expect(edited).to_have_count(1)
    expect(edited.locator(".change-label")).to_have_text(CHANGED if english else ANY)
    expect(edited.locator("ins").first).to_contain_text("MOS")
    expect(page.get_by_role("button", name=MARK_FINISHED)).to_have_count(1)

    if width == 320:
        scroll = page.evaluate("document.documentElement.scrollWidth")
        assert scroll <= 320, f"the lesson is {scroll}px wide at a 320px viewport"
    assert_no_serious_axe_violations(page)


def test_finishing_again_removes_the_panel(page, live_server, changed_lesson):
    from django.contrib.auth import get_user_model

    from courses.models import LessonCompletion

    employee = get_user_model().objects.get(email=EMPLOYEE)
    login(page, live_server, EMPLOYEE)
    page.goto(changed_lesson.url)
    expect(page.locator("section.lesson-changes")).to_be_visible()
    with page.expect_navigation():
        page.get_by_role("button", name=MARK_FINISHED).click()
    newest = LessonCompletion.objects.filter(user=employee, lesson_id=changed_lesson.pk).latest(
        "pk"
    )
    assert newest.revision_id == changed_lesson.live_revision_id
    page.goto(changed_lesson.url)
    expect(page.locator("section.lesson-changes")).to_have_count(0)
    expect(page.locator(".lesson-change")).to_have_count(0)
    expect(page.get_by_role("button", name=MARK_FINISHED)).to_have_count(0)
