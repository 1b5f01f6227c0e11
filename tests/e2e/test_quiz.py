"""A seed quiz taken and passed with the keyboard alone, with an accessible timer.

Every control is reached with Tab / Shift+Tab (``_tab_to`` presses the keys until the
control has focus; no ``locator.focus()`` or clicks) and changed with the keys a keyboard
user has: Space for radios and checkboxes, arrow keys in radio groups and closed selects,
type-ahead in selects, typing in text fields and Enter on buttons. The right answers come
from the attempt's question snapshots in the database.
"""

import io
import re

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.e2e.conftest import axe_violations, format_violations, login

pytestmark = pytest.mark.e2e

EMPLOYEE = "employee@demo.kadra"
COURSE_SLUG = "standardy-obslugi"
QUIZ_URL = "/learn/standardy-obslugi/test-koncowy/"

START = re.compile(r"^\s*(Rozpocznij test|Start the quiz)\s*$")
TO_SUMMARY = re.compile(r"(Zapisz i sprawdź przed wysłaniem|Save and review before submitting)")
SUBMIT = re.compile(r"(Wyślij odpowiedzi do oceny|Submit answers for grading)")
PASSED = re.compile(r"(Zaliczone|Passed)")
ALL_ANSWERED = re.compile(r"(wszystkie pytania|all questions are answered)", re.IGNORECASE)


def _is_focused(locator):
    return locator.evaluate("el => el === document.activeElement")


def _tab_to(page, locator, limit=120):
    """Move focus to ``locator`` with Tab, or Shift+Tab when it lies before the focus."""
    for _ in range(limit):
        key = locator.evaluate(
            """el => {
                const a = document.activeElement;
                if (a === el) return "";
                if (!a || a === document.body) return "Tab";
                const before = a.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING;
                return before ? "Shift+Tab" : "Tab";
            }"""
        )
        if not key:
            return
        page.keyboard.press(key)
    pytest.fail(f"{locator} never received keyboard focus", pytrace=False)


def _press_expecting_focus(page, key, locator):
    page.keyboard.press(key)
    assert _is_focused(locator), f"{key} did not move focus to {locator}"


def _choose_radio(page, radios, value):
    """Tab into an unanswered radio group (focus lands on its first radio), then Space
    checks it or ArrowDown moves the checked radio down to the wanted one."""
    values = [radios.nth(i).get_attribute("value") for i in range(radios.count())]
    _tab_to(page, radios.first)
    target = values.index(value)
    if target == 0:
        page.keyboard.press("Space")
    for _ in range(target):
        page.keyboard.press("ArrowDown")
    expect(radios.nth(target)).to_be_checked()
    assert _is_focused(radios.nth(target))


def _tick_checkboxes(page, boxes, wanted):
    _tab_to(page, boxes.first)
    for i in range(boxes.count()):
        box = boxes.nth(i)
        if i:
            _press_expecting_focus(page, "Tab", box)
        if box.get_attribute("value") in wanted:
            page.keyboard.press("Space")
    for i in range(boxes.count()):
        box = boxes.nth(i)
        assert box.is_checked() == (box.get_attribute("value") in wanted)


def _select_with_arrows(page, select, value):
    """A closed <select>: ArrowDown/ArrowUp step through the options without opening it."""
    values = select.evaluate("s => Array.from(s.options, o => o.value)")
    current = select.evaluate("s => s.selectedIndex")
    target = values.index(value)
    key = "ArrowDown" if target > current else "ArrowUp"
    for _ in range(abs(target - current)):
        page.keyboard.press(key)
    expect(select).to_have_value(value)


def _answer(page, fieldset, kind, pos, answer):
    """Give the answer (already in the public ids the form uses) with the keyboard."""
    name = f"q{pos}"
    if kind in ("single", "truefalse"):
        value = ("true" if answer else "false") if kind == "truefalse" else answer
        _choose_radio(page, fieldset.locator(f"input[type=radio][name='{name}']"), value)
    elif kind == "multiple":
        _tick_checkboxes(page, fieldset.locator(f"input[type=checkbox][name='{name}']"), answer)
    elif kind == "matching":
        selects = fieldset.locator("select")
        _tab_to(page, selects.first)
        for i in range(selects.count()):
            select = selects.nth(i)
            if i:
                _press_expecting_focus(page, "Tab", select)
            left_id = select.get_attribute("name").removeprefix(f"{name}-")
            _select_with_arrows(page, select, answer[left_id])
    elif kind == "ordering":
        selects = fieldset.locator("select")
        position = {item_id: str(n) for n, item_id in enumerate(answer, start=1)}
        _tab_to(page, selects.first)
        for i in range(selects.count()):
            select = selects.nth(i)
            if i:
                _press_expecting_focus(page, "Tab", select)
            item_id = select.get_attribute("name").removeprefix(f"{name}-")
            # Type-ahead: typing the position's digit picks the option with that label.
            page.keyboard.type(position[item_id])
            expect(select).to_have_value(position[item_id])
    elif kind == "short":
        field = fieldset.locator(f"input[type=text][name='{name}']")
        _tab_to(page, field)
        page.keyboard.type(answer)
        expect(field).to_have_value(answer)
    else:  # pragma: no cover - a new question type needs a keyboard recipe here
        pytest.fail(f"no keyboard recipe for question type {kind!r}")


def _axe_report(page, label):
    violations = axe_violations(page)
    return [f"{label} ({page.url}):\n{format_violations(violations)}"] if violations else []


def test_employee_passes_seed_quiz_with_keyboard_only(
    page, browser, live_server, demo_office, settings
):
    from django.contrib.auth import get_user_model

    from courses.models import CoursePage, CourseProgress, LessonPage, ProgressStatus
    from courses.services import step_complete
    from quizzes import grading, services
    from quizzes.models import Attempt, AttemptStatus, QuizPage

    user = get_user_model().objects.get(email=EMPLOYEE)
    course = CoursePage.objects.get(slug=COURSE_SLUG)
    quiz = QuizPage.objects.child_of(course).live().get()
    assert quiz.time_limit_minutes > 0, "the seed quiz is meant to have a time limit"
    assert not course.session_required
    # All lessons finished, so the final quiz unlocks.
    for lesson in LessonPage.objects.child_of(course).live().specific():
        step_complete(user=user, step=lesson)
    axe_report = []

    login(page, live_server, EMPLOYEE)
    page.goto(QUIZ_URL)
    axe_report += _axe_report(page, "quiz intro")
    start = page.get_by_role("button", name=START)
    _tab_to(page, start)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    attempt = Attempt.objects.get(user=user, quiz=quiz, status=AttemptStatus.OPEN)
    assert page.url.endswith(f"/attempts/{attempt.pk}/"), page.url

    # The time limit shows as a timer whose announcements go to a live region.
    timer = page.locator("#quiz-timer")
    expect(timer).to_be_visible()
    expect(timer.locator("#quiz-timer-value")).to_have_text(re.compile(r"^\d+:\d{2}$"))
    live = timer.locator("[aria-live]")
    expect(live).to_have_count(1)
    assert live.get_attribute("aria-live") in ("polite", "assertive")
    axe_report += _axe_report(page, "attempt page")

    items = list(attempt.questions.order_by("position"))
    assert items, "the attempt has no questions"
    fieldsets = page.locator("fieldset.question")
    expect(fieldsets).to_have_count(len(items))
    for item in items:
        fieldset = page.locator(f"#question-{item.position}")
        kind = fieldset.get_attribute("data-type")
        correct = grading.public_response(
            item.snapshot,
            grading.correct_response(item.snapshot),
            key=services.public_key(attempt, item),
        )
        assert correct is not None, f"question {item.position} has no correct answer"
        _answer(page, fieldset, kind, item.position, correct)

    # On to the summary: Tab to the button, Enter. Shift+Tab first shows the way back.
    to_summary = page.get_by_role("button", name=TO_SUMMARY)
    _tab_to(page, to_summary)
    # (In an answered radio group the Tab stop is the checked radio.)
    last_stop = fieldsets.last.locator(
        "input[type=radio]:checked, input[type=checkbox], input[type=text], select"
    ).last
    _press_expecting_focus(page, "Shift+Tab", last_stop)
    _press_expecting_focus(page, "Tab", to_summary)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(f"/attempts/{attempt.pk}/summary/"), page.url
    expect(page.locator("main")).to_contain_text(ALL_ANSWERED)
    expect(page.locator("#quiz-timer [aria-live]")).to_have_count(1)
    answered = list(attempt.questions.values_list("response", flat=True))
    assert all(r is not None for r in answered), answered
    axe_report += _axe_report(page, "summary")

    submit = page.get_by_role("button", name=SUBMIT)
    _tab_to(page, submit)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(f"/attempts/{attempt.pk}/review/"), page.url
    result = page.locator(".result")
    expect(result).to_have_class(re.compile(r"\bresult-pass\b"))
    expect(result).to_contain_text(PASSED)
    axe_report += _axe_report(page, "review")

    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.SUBMITTED
    assert attempt.passed is True
    assert attempt.percent >= attempt.pass_mark
    progress = CourseProgress.objects.get(user=user, course=course)
    assert progress.status == ProgressStatus.COMPLETED
    assert progress.percent == 100

    # Passing issued the certificate: download it, and open the address printed in it (the
    # QR code's target) in a fresh browser that is signed in as nobody.
    from certificates.models import Certificate

    certificate = Certificate.objects.get(user=user, course=course)
    settings.KADRA_BASE_URL = live_server.url
    page.goto(f"{live_server.url}/certificates/")
    axe_report += _axe_report(page, "my certificates")
    from django.urls import reverse

    expect(page.locator("main")).to_contain_text(certificate.number)
    with page.expect_download() as download_info:
        page.locator(f'a[href="{reverse("certificate_pdf", args=[certificate.uuid])}"]').click()
    data = open(download_info.value.path(), "rb").read()
    text = " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())
    assert user.last_name in text and certificate.number in text
    match = re.search(r"(http://\S+/verify/[0-9a-f-]{36}/)", text.replace(" /", "/"))
    assert match and match.group(1) == f"{live_server.url}/verify/{certificate.uuid}/", text
    stranger = browser.new_context(locale="pl-PL", viewport={"width": 390, "height": 844})
    try:
        phone = stranger.new_page()
        phone.goto(match.group(1))
        expect(phone.get_by_role("heading", level=2)).to_have_text(
            re.compile("(Ten certyfikat jest ważny|This certificate is valid)")
        )
        assert user.last_name not in phone.locator("main").inner_text()
        axe_report += _axe_report(phone, "public verification")
    finally:
        stranger.close()

    if axe_report:
        pytest.fail(
            "axe found serious/critical violations:\n" + "\n".join(axe_report), pytrace=False
        )
