"""Learner journeys: H5P activities finish lessons, saved state resumes, text lessons are
finished with their button, and the learning pages pass axe."""

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import axe_violations, format_violations, login

pytestmark = pytest.mark.e2e

EMPLOYEE = "employee@demo.kadra"
H5P_DIR = Path(__file__).resolve().parents[3] / "shared" / "h5p"
H5P_COURSE_URL = "/learn/cwiczenia-interaktywne/"
MULTICHOICE_URL = "/learn/cwiczenia-interaktywne/cwiczenie-multichoice/"
STANDARDS_URL = "/learn/standardy-obslugi/"
WAIT = 15_000  # ms; H5P loads a dozen libraries into its iframe

# Polish UI (locale/pl), English source text until the catalogues are compiled.
ACTIVITY_DONE = re.compile(r"(Ćwiczenie ukończone|Activity finished)")
LESSON_DONE = re.compile(r"(Wszystkie ćwiczenia ukończone|All activities finished)")
YOU_FINISHED = re.compile(r"(Ukończono tę lekcję|You finished this lesson)")
FINISHED = re.compile(r"^\s*(Ukończone|Finished)\s*$")
MARK_FINISHED = re.compile(r"(oznacz jako ukończoną|mark it finished)", re.IGNORECASE)
LESSON_FINISHED_MESSAGE = re.compile(r"(Lekcja ukończona|Ukończono lekcję|Lesson finished)")


@pytest.fixture
def h5p_course(demo_office):
    """The demo office plus the "Ćwiczenia interaktywne" course, one lesson per package.

    The shared ``demo_office`` fixture seeds without ``--h5p-dir``, so the course is added
    here, in the live-server database, after the office is restored.
    """
    from content.seed import H5P_COURSE_SLUG, load_h5p_course, load_h5p_packages
    from courses.models import CoursePage

    course = CoursePage.objects.filter(slug=H5P_COURSE_SLUG).first()
    if course is None:
        assert H5P_DIR.is_dir(), f"H5P fixtures missing at {H5P_DIR}"
        course = load_h5p_course(load_h5p_packages(H5P_DIR))
    return course


def _user(email=EMPLOYEE):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(email=email)


def _lesson(url):
    """The live lesson at a learner URL such as /learn/<course>/<lesson>/."""
    from courses.models import CoursePage, LessonPage

    course_slug, lesson_slug = url.strip("/").split("/")[-2:]
    course = CoursePage.objects.live().get(slug=course_slug)
    return LessonPage.objects.live().child_of(course).get(slug=lesson_slug)


def _open_h5p_lesson(page, url=MULTICHOICE_URL):
    page.goto(url)
    page.locator(".h5p-container[data-ready=true]").wait_for(timeout=WAIT)
    frame = page.frame_locator(".h5p-container iframe")
    frame.locator(".h5p-answer").first.wait_for(timeout=WAIT)
    return frame


def _player_config(page):
    return json.loads(page.locator("#h5p-config").text_content())


def test_h5p_answer_finishes_activity_lesson_and_shows_progress(page, live_server, h5p_course):
    from courses.models import ActivityState, LessonCompletion

    lesson = _lesson(MULTICHOICE_URL)
    login(page, live_server, EMPLOYEE)
    frame = _open_h5p_lesson(page)
    status = page.locator("#activity-status")
    before = status.inner_text()
    assert not LESSON_DONE.search(before), before

    # Any answer will do: finishing does not depend on the score.
    frame.locator(".h5p-answer").first.click()
    frame.locator(".h5p-question-check-answer").click()
    expect(status).to_have_text(LESSON_DONE, timeout=WAIT)
    assert status.inner_text() != before
    block_id = _player_config(page)["players"][0]["id"]
    expect(page.locator(f"#h5p-status-{block_id}")).to_have_text(ACTIVITY_DONE)

    # After a reload the lesson says it is finished (no more progress line).
    page.reload()
    finish = page.locator("section.lesson-finish")
    expect(finish).to_contain_text(YOU_FINISHED)
    assert page.locator("#activity-status").count() == 0
    expect(page.locator("article.lesson .meta .badge")).to_have_text(FINISHED)
    assert _player_config(page)["players"][0]["done"] is True

    # The course outline marks the lesson finished.
    page.goto(H5P_COURSE_URL)
    step = page.locator("li.outline-step").filter(
        has=page.get_by_role("link", name=lesson.title, exact=True)
    )
    expect(step).to_have_count(1)
    expect(step).to_have_class(re.compile(r"\bis-done\b"))
    expect(step.locator(".badge")).to_have_text(FINISHED)

    # "My learning" lists the course with some progress.
    page.goto("/")
    card = page.locator(".course-card").filter(
        has=page.get_by_role("link", name=h5p_course.title, exact=True)
    )
    expect(card).to_have_count(1)
    bar = card.get_by_role("progressbar")
    assert int(bar.get_attribute("aria-valuenow")) > 0

    user = _user()
    completion = LessonCompletion.objects.get(user=user, lesson_id=lesson.pk)
    assert completion.revision_id is not None
    assert completion.revision_id == lesson.live_revision_id
    assert completion.course_id == h5p_course.pk
    state = ActivityState.objects.get(user=user, lesson=lesson, block_id=block_id)
    assert state.completed_at is not None
    assert state.score_max is not None


def test_h5p_answer_is_restored_after_reload(page, live_server, h5p_course):
    from courses.models import ActivityState, LessonCompletion

    lesson = _lesson(MULTICHOICE_URL)
    login(page, live_server, EMPLOYEE)
    frame = _open_h5p_lesson(page)
    answers = frame.locator(".h5p-answer")
    choice = answers.nth(1)
    chosen_text = choice.inner_text().strip()
    # The player saves the state as soon as the learner interacts with the activity.
    with page.expect_response(
        lambda r: r.request.method == "POST" and r.url.endswith("/state/"), timeout=WAIT
    ) as saved:
        choice.click()
    assert saved.value.ok, saved.value.text()

    page.reload()  # before checking the answer
    page.locator(".h5p-container[data-ready=true]").wait_for(timeout=WAIT)

    user = _user()
    stored = ActivityState.objects.get(user=user, lesson=lesson)
    assert stored.state, "the state endpoint stored nothing"
    assert "answers" in json.loads(stored.state)
    assert stored.completed_at is None
    player = _player_config(page)["players"][0]
    assert player["state"] == stored.state
    assert player["done"] is False

    # h5p-standalone restores the selection from that state.
    selected = frame.locator(".h5p-answer[aria-checked=true]")
    expect(selected).to_have_count(1, timeout=WAIT)
    assert selected.inner_text().strip() == chosen_text
    assert not LessonCompletion.objects.filter(user=user, lesson_id=lesson.pk).exists()

    # The restored answer can be checked, which finishes the lesson.
    frame.locator(".h5p-question-check-answer").click()
    expect(page.locator("#activity-status")).to_have_text(LESSON_DONE, timeout=WAIT)


def test_learning_pages_have_no_serious_axe_violations(page, live_server, h5p_course):
    from courses.models import CoursePage, LessonPage

    standards = CoursePage.objects.get(slug="standardy-obslugi")
    first_lesson = LessonPage.objects.live().child_of(standards).order_by("path").first()
    login(page, live_server, EMPLOYEE)
    report = []
    pages = [
        ("/learn/", None),
        (STANDARDS_URL, None),
        (first_lesson.url, None),
        (MULTICHOICE_URL, ".h5p-container[data-ready=true]"),
        ("/", None),
    ]
    for url, ready in pages:
        page.goto(url)
        assert page.url.endswith(url), f"{url} redirected to {page.url}"
        if ready:
            page.locator(ready).wait_for(timeout=WAIT)
            page.frame_locator(".h5p-container iframe").locator(".h5p-answer").first.wait_for()
        # axe from the platform's static files: the pages' CSP allows no inline script.
        page.add_script_tag(url="/static/vendor/axe-core/axe.min.js")
        violations = axe_violations(page)
        if violations:
            report.append(f"{url}:\n{format_violations(violations)}")
    if report:
        pytest.fail("axe found serious/critical violations:\n" + "\n".join(report), pytrace=False)


def test_text_lesson_finished_with_button_opens_next_lesson(page, live_server, demo_office):
    from courses.models import CoursePage, LessonCompletion
    from courses.selectors import course_outline

    user = _user()
    course = CoursePage.objects.get(slug="standardy-obslugi")
    steps = course_outline(user, course)
    index = next(i for i, s in enumerate(steps) if s.is_next)
    lesson, following = steps[index].page, steps[index + 1].page
    assert steps[index].kind == "lesson" and not steps[index].locked

    login(page, live_server, EMPLOYEE)
    page.goto(lesson.url)
    button = page.get_by_role("button", name=MARK_FINISHED)
    expect(button).to_have_count(1)
    # The button comes at the end of the lesson, after its content.
    assert page.evaluate(
        """() => {
            const article = document.querySelector("article.lesson");
            const form = document.querySelector("section.lesson-finish form");
            return !!(article.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING);
        }"""
    )
    with page.expect_navigation():
        button.click()
    assert page.url.endswith(following.url), page.url
    expect(page.get_by_role("heading", level=1)).to_have_text(following.title)
    expect(page.locator(".messages")).to_contain_text(LESSON_FINISHED_MESSAGE)
    # The new lesson is open (not locked) and links back to the finished one.
    expect(page.get_by_role("button", name=MARK_FINISHED)).to_have_count(1)
    expect(page.locator("a[rel=prev]")).to_have_attribute("href", lesson.url)

    completion = LessonCompletion.objects.get(user=user, lesson_id=lesson.pk)
    assert completion.revision_id == lesson.live_revision_id
