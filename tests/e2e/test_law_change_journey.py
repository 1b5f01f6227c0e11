"""The whole law-change loop in a browser.

The demo employee holds a valid certificate of the migration-law course. The demo editor
rewords a callout of its lesson on legalising work, adds a paragraph, saves a draft and,
from the page editor's action menu, publishes it as a material legal change after seeing
its impact. The employee then finds the certificate "update required" and the course's
update panel, redoes the lesson with the changes highlighted, passes the short update
check, and gets a new certificate superseding the old one with the same award date.
axe checks every page of the loop, the lesson also at 320 px.

The pages are in English (the language cookie): the assertions read the source strings,
whatever the Polish catalogue says at the moment. Two more tests at the end keep what the
journey once found broken: an admin edit of one block labels only that block, and the
editor can save a draft of the lesson the demo's past change is on.
"""

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import assert_no_serious_axe_violations, login

pytestmark = pytest.mark.e2e

EMPLOYEE = "employee@demo.kadra"
EDITOR = "editor@demo.kadra"
LEADER = "leader@demo.kadra"
COURSE = "prawo-migracyjne"
LESSON = "legalizacja-pracy"
# The lesson's callout on what the legal team confirms: a phrase of its sentence is
# replaced, and a paragraph is added after it.
CALLOUT_TITLE = "Do potwierdzenia przez zespół prawny: cele wiz i przepisy wykonawcze"
OLD_PHRASE = "które rozporządzenia wykonawcze do ustaw z 2025 r. już obowiązują."
NEW_PHRASE = "które rozporządzenia wykonawcze do ustaw z 2025 r. weszły w życie i od kiedy."
ADDED = (
    "Od 1 czerwca 2025 r. wnioski o zezwolenie na pracę składa się wyłącznie "
    "elektronicznie, przez portal praca.gov.pl."
)
SUMMARY = "Wnioski o zezwolenie na pracę wyłącznie elektronicznie"
LEGAL_BASIS = "ustawa z 20 marca 2025 r. o warunkach dopuszczalności powierzania pracy, art. 7"
APPLIES_FROM = date(2025, 6, 1)
TRAINED_DAYS_AGO = 60

MORE_ACTIONS = re.compile(r"^More actions$")
MARK = re.compile(r"^\s*Publish as a material legal change\s*$")
AFFECTED = re.compile(r"(\d+) (?:person|people) completed this page on an earlier revision")
MARK_FINISHED = re.compile(r"mark it finished", re.IGNORECASE)
TO_SUMMARY = re.compile(r"Save and review before submitting")
SUBMIT = re.compile(r"Submit answers for grading")


# --- setup through the services -----------------------------------------------------------


def _certify_employee(employee, course):
    """The demo employee completes the course: the internal session it requires is attended
    (an event of the demo leader's, the attendance recorded by the leader after the date),
    every step is completed and the certificate issued, as on a day two months ago."""
    from django.utils import timezone

    from certificates.demo import certify_on
    from courses.models import LessonCompletion
    from lms.models import User
    from seminars import attendance
    from seminars import services as seminars
    from seminars.models import AttendanceStatus

    leader = User.objects.get(email=LEADER)
    team = employee.org_unit
    event = seminars.event_create(
        acting_user=leader,
        title="Prawo migracyjne — szkolenie wewnętrzne zespołu",
        description="Szkolenie do kursu prawa migracyjnego.",
        course=course,
        unit=team,
        audience_units=[team],
        trainers=[leader],
        capacity=4,
    )
    starts = timezone.now() + timedelta(minutes=5)
    day = seminars.date_add(
        event=event, starts_at=starts, ends_at=starts + timedelta(hours=2), acting_user=leader
    )
    seminars.booking_create(event=event, person=employee, acting_user=leader)
    attendance.attendance_record(
        event_date=day,
        person=employee,
        status=AttendanceStatus.ATTENDED,
        acting_user=leader,
        now=day.ends_at,
    )
    trained_on = timezone.localdate() - timedelta(days=TRAINED_DAYS_AGO)
    certificate = certify_on(employee, course, issued_on=trained_on)
    assert certificate is not None, "the employee did not complete the migration-law course"
    LessonCompletion.objects.filter(user=employee, course=course).update(
        completed_at=certificate.completed_at
    )
    return certificate


# --- the browser ---------------------------------------------------------------------------


def _english(page, live_server):
    from django.conf import settings

    page.context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": "en", "url": live_server.url}]
    )


def _sign_in_as(page, live_server, email):
    page.context.clear_cookies()
    _english(page, live_server)
    login(page, live_server, email)


def _stream_child(page, block_id):
    return page.locator(f"[data-contentpath='body'] [data-contentpath='{block_id}']")


def _edit_in_the_admin(page, live_server, lesson, callout_id):
    """The editor rewords the callout's sentence, adds a text block after it and saves."""
    page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/edit/")
    page.wait_for_load_state("networkidle")
    callout = _stream_child(page, callout_id)
    text = callout.locator("textarea[name$='-value-text']")
    old = text.input_value()
    assert OLD_PHRASE in old
    text.fill(old.replace(OLD_PHRASE, NEW_PHRASE))

    children = page.locator(
        "[data-contentpath='body'] [data-streamfield-stream-container] > [data-streamfield-child]"
    )
    before = set(children.evaluate_all("els => els.map(e => e.dataset.contentpath)"))
    # The "Insert a block" button right after the callout.
    callout.locator(
        "xpath=following-sibling::div[1]//button[contains(@class, 'c-sf-add-button')]"
    ).click()
    page.get_by_role("option", name="Text", exact=True).click()
    expect(children).to_have_count(len(before) + 1)
    paths = children.evaluate_all("els => els.map(e => e.dataset.contentpath)")
    (new_id,) = [p for p in paths if p not in before]
    assert paths.index(new_id) == paths.index(callout_id) + 1
    added = _stream_child(page, new_id)
    editor = added.locator("[contenteditable=true]")
    expect(editor).to_be_visible()
    editor.click()
    page.keyboard.type(ADDED)
    # Draftail writes its content to the block's form field a moment after the typing, and
    # leaving the field autosaves the draft; the editor saves once the autosave is back.
    expect(added.locator("input[name$='-value']")).to_have_value(re.compile("praca\\.gov\\.pl"))
    edit_url = f"/admin/pages/{lesson.pk}/edit/"
    with page.expect_response(lambda r: r.request.method == "POST" and r.url.endswith(edit_url)):
        page.locator("#id_title").click()
    expect(page.locator("#w-autosave-indicator")).to_have_attribute(
        "data-w-autosave-state-value", "saved"
    )

    with page.expect_navigation():
        page.get_by_role("button", name=re.compile(r"^\s*Save draft\s*$")).click()
    expect(page.locator(".messages")).to_contain_text("has been updated")


def _mark_as_legal_change(page, live_server, lesson, employee):
    """From the editor's action menu: the marking page with the impact, then the form."""
    from assignments import law_change

    page.get_by_role("button", name=MORE_ACTIONS).click()
    with page.expect_navigation():
        page.get_by_role("link", name=MARK).click()
    assert page.url.endswith(f"/admin/legal-change/{lesson.pk}/"), page.url

    draft = lesson.get_latest_revision()
    assert draft.pk != lesson.live_revision_id
    found = law_change.impact(page=lesson, revision_id=draft.pk, course=lesson.get_parent())
    assert employee.pk in found.affected, "the employee trained on the old text is not counted"
    impact = page.locator("section[aria-labelledby=impact-heading]")
    counted = AFFECTED.search(impact.inner_text())
    assert counted and int(counted.group(1)) == found.affected_count
    expect(impact.locator("table.listing")).to_contain_text(employee.org_unit.name)
    assert_no_serious_axe_violations(page)

    page.locator("textarea[name=summary]").fill(SUMMARY)
    page.locator("input[name=legal_basis]").fill(LEGAL_BASIS)
    page.locator("input[name=applies_from]").fill(APPLIES_FROM.isoformat())
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    return found


def _answer(fieldset, kind, pos, answer):
    """Give the answer (in the public ids the form uses) with clicks and choices."""
    name = f"q{pos}"
    if kind in ("single", "truefalse"):
        value = ("true" if answer else "false") if kind == "truefalse" else answer
        fieldset.locator(f"input[type=radio][name='{name}'][value='{value}']").check()
    elif kind == "multiple":
        for box in fieldset.locator(f"input[type=checkbox][name='{name}']").all():
            box.set_checked(box.get_attribute("value") in answer)
    elif kind == "matching":
        for left_id, right_id in answer.items():
            fieldset.locator(f"select[name='{name}-{left_id}']").select_option(right_id)
    elif kind == "ordering":
        for n, item_id in enumerate(answer, start=1):
            fieldset.locator(f"select[name='{name}-{item_id}']").select_option(str(n))
    elif kind == "short":
        fieldset.locator(f"input[type=text][name='{name}']").fill(answer)
    else:  # pragma: no cover - a new question type needs a recipe here
        pytest.fail(f"no recipe for question type {kind!r}")


def _take_the_update_check(page, employee, quiz):
    """Answer every question right: the correct answers come from the attempt's snapshots."""
    from quizzes import grading, services
    from quizzes.models import Attempt, AttemptPurpose, AttemptStatus

    attempt = Attempt.objects.get(user=employee, quiz=quiz, status=AttemptStatus.OPEN)
    assert attempt.purpose == AttemptPurpose.UPDATE_CHECK
    assert page.url.endswith(f"/attempts/{attempt.pk}/"), page.url
    items = list(attempt.questions.order_by("position"))
    assert items
    expect(page.locator("fieldset.question")).to_have_count(len(items))
    assert_no_serious_axe_violations(page)
    for item in items:
        fieldset = page.locator(f"#question-{item.position}")
        correct = grading.public_response(
            item.snapshot,
            grading.correct_response(item.snapshot),
            key=services.public_key(attempt, item),
        )
        _answer(fieldset, fieldset.get_attribute("data-type"), item.position, correct)
    with page.expect_navigation():
        page.get_by_role("button", name=TO_SUMMARY).click()
    with page.expect_navigation():
        page.get_by_role("button", name=SUBMIT).click()
    assert page.url.endswith(f"/attempts/{attempt.pk}/review/"), page.url
    expect(page.locator(".result")).to_have_class(re.compile(r"\bresult-pass\b"))
    attempt.refresh_from_db()
    assert attempt.passed is True
    return attempt


def test_a_material_change_reaches_the_employee_who_redoes_it_and_is_recertified(
    page, live_server, demo_office
):
    from assignments.legal_update import final_quiz
    from assignments.models import Assignment, LegalChange, Source, Status
    from certificates.models import Certificate, CertificateStatus
    from courses.models import CoursePage, LessonCompletion, LessonPage
    from lms.models import User

    employee = User.objects.get(email=EMPLOYEE)
    course = CoursePage.objects.live().get(slug=COURSE)
    lesson = LessonPage.objects.live().child_of(course).get(slug=LESSON)
    callout_id = next(
        b.id for b in lesson.body if b.block_type == "callout" and b.value["title"] == CALLOUT_TITLE
    )

    # 1. The employee is trained and certified on the text in force now.
    old = _certify_employee(employee, course)
    assert old.status == CertificateStatus.VALID
    trained_rev = lesson.live_revision_id
    assert (
        LessonCompletion.objects.filter(user=employee, lesson=lesson).latest("pk").revision_id
        == trained_rev
    )

    # 2. The editor edits the lesson in the Wagtail admin and marks the publish.
    _sign_in_as(page, live_server, EDITOR)
    _edit_in_the_admin(page, live_server, lesson, callout_id)
    lesson = LessonPage.objects.get(pk=lesson.pk)
    found = _mark_as_legal_change(page, live_server, lesson, employee)
    change = LegalChange.objects.get(page=lesson, summary=SUMMARY)
    assert page.url.endswith(f"/legal-changes/{change.pk}/"), page.url
    assert change.legal_basis == LEGAL_BASIS and change.applies_from == APPLIES_FROM
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert change.revision_id == lesson.live_revision_id > trained_rev

    # 3. The processing: the test settings' tasks backend runs the queued task as soon as
    # the marking commits, in the live server, as the worker would.
    change.refresh_from_db()
    assert change.processed_at is not None
    assignment = Assignment.objects.get(
        user=employee, course=course, source=Source.LAW_CHANGE, status=Status.ACTIVE
    )
    assert list(assignment.lessons.values_list("pk", flat=True)) == [lesson.pk]
    assert change in assignment.legal_changes.all()
    assert Assignment.objects.filter(legal_changes=change).count() == found.affected_count

    # 4. The employee: the certificate needs an update.
    _sign_in_as(page, live_server, EMPLOYEE)
    page.goto(f"{live_server.url}/certificates/")
    card = page.locator("li.cert-card", has=page.get_by_role("heading", name=course.title))
    expect(card.locator(".cert-status")).to_have_text(re.compile(r"Update required"))
    expect(card).to_contain_text(SUMMARY)

    # The course page's update panel, the lesson to redo.
    page.goto(f"{live_server.url}{course.url}")
    panel = page.locator("section.legal-update")
    expect(panel.get_by_role("heading", level=2)).to_have_text("Update after a change in the law")
    expect(panel).to_contain_text(SUMMARY)
    expect(panel).to_contain_text(LEGAL_BASIS)
    row = panel.locator(".legal-update-lessons li")
    expect(row).to_have_count(1)
    expect(row.get_by_role("link")).to_have_text(lesson.title)
    expect(row.locator(".badge")).to_have_text("To redo")
    assert_no_serious_axe_violations(page)

    # The lesson shows what changed, highlighted.
    with page.expect_navigation():
        row.get_by_role("link").click()
    changes = page.locator("section.lesson-changes")
    expect(changes).to_be_visible()
    expect(changes.get_by_role("heading", level=2)).to_have_text(
        re.compile(r"^What changed since you finished this lesson on ")
    )
    expect(changes).to_contain_text(SUMMARY)
    added = page.locator(".lesson-change-added")
    expect(added).to_have_count(1)
    expect(added.locator(".change-label")).to_have_text(re.compile(r"^New\b"))
    expect(added).to_contain_text(ADDED)
    edited = page.locator(f"#change-{callout_id}")
    expect(edited).to_have_class(re.compile(r"\blesson-change-edited\b"))
    expect(edited.locator(".change-label")).to_have_text(re.compile(r"^Changed\b"))
    expect(edited).to_contain_text(CALLOUT_TITLE)
    inserted = " ".join(edited.locator("ins").all_inner_texts())
    deleted = " ".join(edited.locator("del").all_inner_texts())
    assert "weszły w życie" in inserted and "obowiązują" in deleted, (inserted, deleted)
    assert_no_serious_axe_violations(page)
    page.set_viewport_size({"width": 320, "height": 900})
    scroll = page.evaluate("document.documentElement.scrollWidth")
    assert scroll <= 320, f"the changed lesson is {scroll}px wide at a 320px viewport"
    assert_no_serious_axe_violations(page)
    page.set_viewport_size({"width": 1280, "height": 900})

    with page.expect_navigation():
        page.get_by_role("button", name=MARK_FINISHED).click()
    newest = LessonCompletion.objects.filter(user=employee, lesson=lesson).latest("pk")
    assert newest.revision_id == change.revision_id

    # Back on the course page: the lesson is redone, the update check is due.
    page.goto(f"{live_server.url}{course.url}")
    expect(row.locator(".badge")).to_have_text("Redone")
    with page.expect_navigation():
        panel.get_by_role("button", name="Start the update check").click()
    quiz = final_quiz(course)
    check = _take_the_update_check(page, employee, quiz)
    assert set(check.scope_lessons) == {lesson.pk}

    # The assignment is fulfilled and a new certificate supersedes the old one.
    assignment.refresh_from_db()
    assert assignment.status == Status.FULFILLED
    old.refresh_from_db()
    new = Certificate.objects.get(supersedes=old)
    assert old.status == CertificateStatus.SUPERSEDED
    assert new.status == CertificateStatus.VALID
    assert new.awarded_on == old.awarded_on and new.valid_until == old.valid_until

    page.goto(f"{live_server.url}/certificates/")
    card = page.locator("li.cert-card", has=page.get_by_role("heading", name=course.title))
    expect(card).to_have_count(1)
    expect(card.locator(".cert-status")).to_have_text(re.compile(r"Valid"))
    expect(card).to_contain_text(new.number)
    awarded = card.locator("dt", has_text="First awarded on").locator(
        "xpath=following-sibling::dd[1]"
    )
    expect(awarded.locator("time")).to_have_attribute("datetime", old.awarded_on.isoformat())
    earlier = page.locator("table tr", has_text=old.number)
    expect(earlier).to_contain_text(f"replaced by {new.number}")
    assert_no_serious_axe_violations(page)

    page.goto(f"{live_server.url}{course.url}")
    expect(page.locator("section.legal-update")).to_have_count(0)


# --- what the journey found broken in code it does not own ---------------------------------


def _save_draft(page):
    page.get_by_role("button", name=re.compile(r"^\s*Save draft\s*$")).click()
    conflict = page.get_by_text("You saved a new version in another window").first
    saved = page.locator(".messages", has_text="has been updated")
    expect(saved.or_(conflict)).to_be_visible()
    assert not conflict.is_visible(), "Save draft asked about a newer version in another window"
    expect(saved).to_be_visible()


def test_an_admin_edit_of_one_block_labels_only_that_block(page, live_server, demo_office):
    from assignments import law_change
    from courses import services
    from courses.models import CoursePage, LessonPage
    from lms.models import User

    employee, editor = User.objects.get(email=EMPLOYEE), User.objects.get(email=EDITOR)
    course = CoursePage.objects.live().get(slug=COURSE)
    lesson = LessonPage.objects.live().child_of(course).get(slug=LESSON)
    # The course is sequential: the lesson before it is finished too.
    for step in services.course_steps(course)[: services.course_steps(course).index(lesson) + 1]:
        services.step_started(user=employee, step=step, course=course)
        services.step_complete(user=employee, step=step)
    callout_id = next(
        b.id for b in lesson.body if b.block_type == "callout" and b.value["title"] == CALLOUT_TITLE
    )

    _sign_in_as(page, live_server, EDITOR)
    page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/edit/")
    page.wait_for_load_state("networkidle")
    text = _stream_child(page, callout_id).locator("textarea[name$='-value-text']")
    text.fill(text.input_value().replace(OLD_PHRASE, NEW_PHRASE))
    _save_draft(page)
    law_change.legal_change_publish(page=lesson, user=editor, summary=SUMMARY)

    _sign_in_as(page, live_server, EMPLOYEE)
    page.goto(f"{live_server.url}{lesson.url}")
    expect(page.locator(f"#change-{callout_id}.lesson-change-edited")).to_be_visible()
    labelled = page.locator(".lesson-change").evaluate_all("els => els.map(e => e.id)")
    assert labelled == [f"change-{callout_id}"], labelled


def test_the_editor_saves_a_draft_of_the_demo_changed_lesson(page, live_server, demo_office):
    from courses.models import CoursePage, LessonPage

    course = CoursePage.objects.live().get(slug=COURSE)
    lesson = LessonPage.objects.live().child_of(course).get(slug="legalizacja-pobytu")
    callout = next(b for b in lesson.body if b.block_type == "callout")
    _sign_in_as(page, live_server, EDITOR)
    page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/edit/")
    page.wait_for_load_state("networkidle")
    text = _stream_child(page, callout.id).locator("textarea[name$='-value-text']")
    text.fill(text.input_value() + " Stan na 1 grudnia 2026 r.")
    _save_draft(page)
    assert "Stan na 1 grudnia 2026 r." in str(
        LessonPage.objects.get(pk=lesson.pk).get_latest_revision().content
    )
