"""Browser journey of legal review: the demo leader reports a lesson of the migration-law
course as needing legal review from the course page, the demo editor resolves it in the
Wagtail admin, and the demo HR person sees the courses whose legal check is due. axe on the
new pages, at 1280 px and 320 px."""

from datetime import date

import pytest

from tests.e2e.conftest import assert_no_serious_axe_violations, login

pytestmark = pytest.mark.e2e


def _course_and_lesson():
    from courses.models import CoursePage, LessonPage

    course = CoursePage.objects.live().filter(slug="prawo-migracyjne").first()
    if course is None:
        pytest.fail("seed_demo has no live migration-law course")
    lesson = LessonPage.objects.live().child_of(course).order_by("path").first()
    return course, lesson


def _make_one_course_stale(course):
    from courses.models import CoursePage

    CoursePage.objects.filter(pk=course.pk).update(legal_content_date=date(2024, 1, 15))


def test_leader_reports_a_lesson_and_an_editor_resolves_it(page, live_server, demo_office):
    from courses.legal_review import LegalReviewRequest, ReviewStatus
    from lms.models import Notification

    course, lesson = _course_and_lesson()
    report_path = f"/legal-review/report/{course.pk}/"

    login(page, live_server, "leader@demo.kadra")
    page.goto(f"{live_server.url}{course.url}")
    with page.expect_navigation():
        page.locator(f'section.legal-review-panel a[href="{report_path}"]').click()
    assert page.url.endswith(report_path)
    assert_no_serious_axe_violations(page)

    # Nothing filled in: the server refuses it, says why, writes nothing.
    with page.expect_navigation():
        page.locator("form.legal-review-form button[type=submit]").click()
    assert page.locator(".errorlist").count() >= 2
    assert not LegalReviewRequest.objects.exists()
    assert_no_serious_axe_violations(page)

    page.locator("select[name=lesson]").select_option(str(lesson.pk))
    page.locator("textarea[name=what]").fill(
        "Od 27 kwietnia 2026 r. wnioski o pobyt składa się wyłącznie przez MOS."
    )
    page.locator("textarea[name=why]").fill("Ustawa o cudzoziemcach, art. 105 ust. 1")
    with page.expect_navigation():
        page.locator("form.legal-review-form button[type=submit]").click()
    assert page.url.rstrip("/").endswith(course.url.rstrip("/"))
    review = LegalReviewRequest.objects.get()
    assert review.lesson_id == lesson.pk and review.status == ReviewStatus.OPEN
    assert page.locator(".messages, [role=status], .message").count() > 0

    page.context.clear_cookies()
    login(page, live_server, "editor@demo.kadra")
    page.goto(f"{live_server.url}/admin/")
    assert page.locator("#legal-review-section").count() == 1
    page.goto(f"{live_server.url}/admin/legal-review/")
    row = page.locator(f'tr[data-request="{review.pk}"]')
    assert lesson.title in row.inner_text()
    assert row.locator(f'a[href="/admin/pages/{lesson.pk}/edit/"]').count() == 1
    assert_no_serious_axe_violations(page)
    with page.expect_navigation():
        row.locator(f'a[href="/admin/legal-review/{review.pk}/resolve/"]').click()
    assert_no_serious_axe_violations(page)
    page.locator("input[name=outcome][value=resolved]").check()
    page.locator("textarea[name=note]").fill("Lekcja opisuje już składanie wniosków przez MOS.")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert page.url.endswith("/admin/legal-review/")
    review.refresh_from_db()
    assert review.status == ReviewStatus.RESOLVED
    told = Notification.objects.get(kind="legal_review_resolved")
    assert told.recipient.email == "leader@demo.kadra"


@pytest.mark.parametrize("width", [1280, 320])
def test_the_new_pages_are_accessible(page, live_server, demo_office, width):
    course, _ = _course_and_lesson()
    _make_one_course_stale(course)
    page.set_viewport_size({"width": width, "height": 900})

    login(page, live_server, "hr@demo.kadra")
    response = page.goto(f"{live_server.url}/legal-review/")
    assert response.status == 200
    assert page.locator(f'#legal-stale tr[data-course="{course.pk}"]').count() == 1
    assert page.locator('nav a[href="/legal-review/"][aria-current="page"]').count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert_no_serious_axe_violations(page)

    response = page.goto(f"{live_server.url}/legal-review/report/{course.pk}/")
    assert response.status == 200
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert_no_serious_axe_violations(page)
