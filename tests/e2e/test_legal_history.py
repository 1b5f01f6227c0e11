"""Browser journey of "who was trained on the version in force on a day": the demo HR person
follows the link from a legal change's page (prefilled with the lesson and the day before
the change), sees the people trained on the replaced text and exports them; the leader sees
their reach only. axe on every new page and on the person page's lesson panel, also at 320 px."""

import csv
import io

import pytest

from tests.e2e.conftest import assert_no_serious_axe_violations, login

pytestmark = pytest.mark.e2e


def _demo_change():
    """A material change on the first lesson of the standards course, which two people of
    the demo leader's team finished (on the text it replaces)."""
    from datetime import timedelta

    from django.utils import timezone
    from wagtail.models import Page

    from assignments import law_change
    from courses.models import CoursePage, LessonCompletion
    from courses.services import course_steps, step_complete
    from lms.models import User

    course = CoursePage.objects.live().get(slug="standardy-obslugi")
    lesson = course_steps(course)[0]
    if not LessonCompletion.objects.filter(lesson_id=lesson.pk).exists():
        pytest.fail("seed_demo completed no lesson of the standards course")
    # Someone outside the demo leader's units (HR) has read it too.
    step_complete(user=User.objects.get(email="hr@demo.kadra"), step=lesson)
    trained = set(
        LessonCompletion.objects.filter(lesson_id=lesson.pk).values_list("user_id", flat=True)
    )
    # The demo's courses were published a month ago, so the day before the change falls
    # within the text it replaced.
    Page.objects.filter(pk=lesson.pk).update(first_published_at=timezone.now() - timedelta(days=30))
    lesson.refresh_from_db()
    lesson.body = [{"type": "text", "value": "<p>Od 27 kwietnia 2026 wyłącznie przez MOS.</p>"}]
    lesson.save_revision()
    editor = User.objects.get(email="editor@demo.kadra")
    editor.is_superuser = True  # publishes anywhere in the demo tree
    editor.save(update_fields=["is_superuser"])
    change = law_change.legal_change_publish(
        page=lesson, user=editor, summary="Wnioski wyłącznie przez MOS"
    )
    return change, lesson, trained


def test_hr_follows_the_link_from_a_change_and_exports_the_list(page, live_server, demo_office):
    from lms.models import User

    change, lesson, trained = _demo_change()
    login(page, live_server, "hr@demo.kadra")
    page.goto(f"{live_server.url}/legal-changes/{change.pk}/")
    with page.expect_navigation():
        page.locator("a[href^='/legal-changes/trained-on/']").click()
    assert f"lesson={lesson.pk}" in page.url
    shown = {
        int(pk)
        for pk in page.locator("table.trained-on tr[data-person]").evaluate_all(
            "rows => rows.map(r => r.dataset.person)"
        )
    }
    assert shown == trained
    assert page.locator("[data-version]").get_attribute("data-version") == "1"
    assert_no_serious_axe_violations(page)

    with page.expect_download() as info:
        page.locator(".actions a[href*='export.csv']").click()
    text = open(info.value.path(), encoding="utf-8-sig").read()
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    names = {r[0] for r in rows[rows.index([]) + 2 :]}
    expected = set(User.objects.filter(pk__in=trained).values_list("last_name", flat=True))
    assert names == expected


def test_the_leader_sees_their_reach_only(page, live_server, demo_office):
    from datetime import timedelta

    from django.utils import timezone

    from assignments import access
    from lms.models import User

    change, lesson, trained = _demo_change()
    leader = User.objects.get(email="leader@demo.kadra")
    reach = set(access.reachable_people(leader).values_list("pk", flat=True))
    assert trained - reach, "someone trained outside the leader's units"
    day = (timezone.localdate() - timedelta(days=1)).isoformat()
    login(page, live_server, "leader@demo.kadra")
    page.goto(f"{live_server.url}/legal-changes/trained-on/?lesson={lesson.pk}&on={day}")
    shown = {
        int(pk)
        for pk in page.locator("table.trained-on tr[data-person]").evaluate_all(
            "rows => rows.map(r => r.dataset.person)"
        )
    }
    assert shown == trained & reach


@pytest.mark.parametrize("width", [1280, 320])
def test_the_new_pages_are_accessible(page, live_server, demo_office, width):
    from datetime import timedelta

    from django.utils import timezone

    change, lesson, trained = _demo_change()
    person = min(trained)
    page.set_viewport_size({"width": width, "height": 900})
    login(page, live_server, "hr@demo.kadra")
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    urls = [
        ("/legal-changes/trained-on/", 200),
        (f"/legal-changes/trained-on/?lesson={lesson.pk}", 200),
        (f"/legal-changes/trained-on/?lesson={lesson.pk}&on=2000-01-01", 200),
        (f"/legal-changes/trained-on/?lesson={lesson.pk}&on={tomorrow}", 400),
        (f"/legal-changes/{change.pk}/", 200),
        ("/legal-changes/", 200),
        (f"/people/{person}/", 200),
    ]
    for url, status in urls:
        response = page.goto(f"{live_server.url}{url}")
        assert response.status == status, url
        assert_no_serious_axe_violations(page)
        if width == 320:
            scroll = page.evaluate("document.documentElement.scrollWidth")
            assert scroll <= 320, f"{url} is {scroll}px wide at a 320px viewport"
    assert page.locator("section.lesson-revisions [data-caught-up='no']").count() >= 1
