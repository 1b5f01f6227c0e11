"""Legal review: the list of courses whose legal check is stale (HR and editors), lessons a
leader or HR marks "needs legal review", and the editors' task list where they resolve it."""

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page

from courses.legal_review import (
    LegalReviewRequest,
    ReviewStatus,
    legal_review_report,
    legal_review_resolve,
    months_before,
    months_between,
    stale_courses,
)
from lms.models import ROLE_GROUPS, Notification, Role
from tests.factories import CoursePageFactory, LessonPageFactory, UserFactory

pytestmark = pytest.mark.django_db

TODAY = date(2026, 12, 2)


def _ids(rows):
    return [row.course.pk for row in rows]


# --- the stale list ---------------------------------------------------------------------------


def test_months_arithmetic_handles_short_months():
    assert months_before(date(2026, 8, 31), 6) == date(2026, 2, 28)
    assert months_before(date(2026, 12, 2), 6) == date(2026, 6, 2)
    assert months_before(date(2026, 3, 15), 15) == date(2024, 12, 15)
    assert months_between(date(2026, 6, 2), date(2026, 12, 2)) == 6
    assert months_between(date(2026, 6, 3), date(2026, 12, 2)) == 5


def test_the_six_months_boundary(org):
    exactly = CoursePageFactory(title="Dokładnie pół roku", legal_content_date=date(2026, 6, 2))
    day_older = CoursePageFactory(title="Dzień starszy", legal_content_date=date(2026, 6, 1))
    recent = CoursePageFactory(title="Świeży", legal_content_date=date(2026, 11, 1))

    found = stale_courses(today=TODAY)

    assert found.months == 6
    assert found.cutoff == date(2026, 6, 2)
    assert day_older.pk in _ids(found.stale)
    assert exactly.pk not in _ids(found.stale)
    assert recent.pk not in _ids(found.stale) + _ids(found.undated)
    row = next(r for r in found.stale if r.course.pk == day_older.pk)
    assert row.checked == date(2026, 6, 1)
    assert row.months == 6


def test_oldest_first_and_undated_courses_listed_apart(org):
    middle = CoursePageFactory(title="B", legal_content_date=date(2025, 3, 1))
    oldest = CoursePageFactory(title="C", legal_content_date=date(2024, 1, 15))
    newest = CoursePageFactory(title="A", legal_content_date=date(2026, 1, 1))
    undated = CoursePageFactory(title="Bez daty", legal_content_date=None)

    found = stale_courses(today=TODAY)

    assert _ids(found.stale) == [oldest.pk, middle.pk, newest.pk]
    assert [r.months for r in found.stale] == [34, 21, 11]
    assert undated.pk in _ids(found.undated)
    assert undated.pk not in _ids(found.stale)
    assert found.count == len(found.stale) + len(found.undated)


def test_the_setting_changes_the_period(org, settings):
    course = CoursePageFactory(legal_content_date=date(2026, 3, 1))
    assert course.pk in _ids(stale_courses(today=TODAY).stale)

    settings.KADRA_LEGAL_REVIEW_MONTHS = 12
    found = stale_courses(today=TODAY)
    assert found.months == 12
    assert course.pk not in _ids(found.stale)

    settings.KADRA_LEGAL_REVIEW_MONTHS = 3
    assert course.pk in _ids(stale_courses(today=TODAY).stale)


def test_unpublished_courses_are_left_out(org):
    draft = CoursePageFactory(legal_content_date=date(2020, 1, 1), publish=False, live=False)
    undated_draft = CoursePageFactory(legal_content_date=None, publish=False, live=False)
    withdrawn = CoursePageFactory(legal_content_date=date(2020, 1, 1))
    withdrawn.unpublish()

    found = stale_courses(today=TODAY)

    shown = _ids(found.stale) + _ids(found.undated)
    assert draft.pk not in shown
    assert undated_draft.pk not in shown
    assert withdrawn.pk not in shown


def test_hr_sees_the_list_with_links_to_the_courses(client_for, org):
    old = CoursePageFactory(title="Stara ustawa", legal_content_date=date(2020, 1, 1))
    undated = CoursePageFactory(title="Kurs bez daty", legal_content_date=None)

    response = client_for("hr").get(reverse("legal_review_list"))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Stara ustawa" in html and "Kurs bez daty" in html
    assert f'href="{old.url}"' in html
    assert f'href="{undated.url}"' in html
    assert reverse("wagtailadmin_pages:edit", args=[old.pk]) not in html
    assert 'href="/legal-review/"' in html  # the navigation entry


def test_editors_see_it_in_the_admin_with_edit_links(client_for, org):
    old = CoursePageFactory(title="Stara ustawa", legal_content_date=date(2020, 1, 1))

    edit = reverse("wagtailadmin_pages:edit", args=[old.pk])
    for url in (reverse("legal_review_admin_stale"), reverse("legal_review_list")):
        response = client_for("editor").get(url)
        assert response.status_code == 200
        assert f'href="{edit}"' in response.content.decode(), url
    # The admin menu leads to both of the editors' pages.
    home = client_for("editor").get(reverse("wagtailadmin_home")).content.decode()
    assert "legal-review-requests" in home and "legal-review-stale" in home


def test_the_list_for_leaders_and_employees_is_refused(client_for, org):
    assert client_for("leader").get(reverse("legal_review_list")).status_code == 403
    assert client_for("employee").get(reverse("legal_review_list")).status_code == 403
    nav = client_for("leader").get("/").content.decode()
    assert 'href="/legal-review/"' not in nav


@pytest.mark.parametrize("url_name", ["legal_review_list", "legal_review_admin_stale"])
def test_the_list_costs_the_same_queries_for_many_courses(
    client_for, org, url_name, django_assert_max_num_queries
):
    role = "hr" if url_name == "legal_review_list" else "editor"
    client = client_for(role)
    CoursePageFactory(legal_content_date=date(2020, 1, 1))
    CoursePageFactory(legal_content_date=None)
    client.get(reverse(url_name))  # warm the site-root and other per-process caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        assert client.get(reverse(url_name)).status_code == 200
    for n in range(8):
        CoursePageFactory(legal_content_date=date(2020, 1, 1) + timedelta(days=n))
        CoursePageFactory(legal_content_date=None)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(reverse(url_name))
    assert response.status_code == 200
    assert response.content.decode().count("data-course=") >= 18


# --- reporting --------------------------------------------------------------------------------


@pytest.fixture
def course(org):
    course = CoursePageFactory(title="Prawo pobytowe", legal_content_date=date(2026, 10, 1))
    course.lesson = LessonPageFactory(parent=course, title="Zezwolenie na pobyt czasowy")
    course.other_lesson = LessonPageFactory(parent=course, title="Karta pobytu")
    return course


def _report_url(course):
    return reverse("legal_review_report", args=[course.pk])


def test_the_course_page_offers_the_form_to_leaders_and_hr_only(client_for, course):
    for role in ("leader", "hr"):
        html = client_for(role).get(course.url).content.decode()
        assert "Noticed a change in the law?" in html, role
        assert f'href="{_report_url(course)}"' in html, role
    for role in ("employee", "editor"):
        html = client_for(role).get(course.url).content.decode()
        assert "Noticed a change in the law?" not in html, role
        assert _report_url(course) not in html, role


def test_a_leader_reports_a_lesson_and_the_editors_are_told(client_for, org, course):
    client = client_for("leader")
    form = client.get(_report_url(course))
    assert form.status_code == 200
    assert "Zezwolenie na pobyt czasowy" in form.content.decode()

    response = client.post(
        _report_url(course),
        {
            "lesson": course.lesson.pk,
            "what": "Od 27 kwietnia 2026 r. wnioski składa się wyłącznie przez MOS.",
            "why": "Ustawa o cudzoziemcach, art. 105",
        },
        follow=True,
    )

    assert response.redirect_chain[-1][0] == course.url
    assert "is marked as needing legal review" in response.content.decode()
    review = LegalReviewRequest.objects.get()
    assert review.lesson_id == course.lesson.pk
    assert review.course_id == course.pk
    assert review.reported_by == org.leader
    assert review.status == ReviewStatus.OPEN
    assert review.why == "Ustawa o cudzoziemcach, art. 105"
    assert review.history.count() == 1
    assert review.history.get().history_user == org.leader
    told = Notification.objects.filter(kind="legal_review_requested")
    assert list(told.values_list("recipient", flat=True)) == [org.editor.pk]
    assert "Zezwolenie na pobyt czasowy" in told.get().subject
    assert told.get().link == "/admin/legal-review/"


@pytest.mark.parametrize(
    "data, field, message",
    [
        ({"what": "Zmiana"}, "lesson", "Choose the lesson the change concerns."),
        ({"lesson": "LESSON", "what": "   "}, "what", "Say what changed in the law."),
        ({"lesson": "LESSON", "what": "x" * 501}, "what", "at most 500 characters"),
        ({"lesson": "LESSON", "what": "Zmiana", "why": "y" * 501}, "why", "at most 500"),
        ({"lesson": "OTHER_COURSE", "what": "Zmiana"}, "lesson", "published lesson of this"),
        ({"lesson": "COURSE", "what": "Zmiana"}, "lesson", "published lesson of this course"),
        ({"lesson": "abc", "what": "Zmiana"}, "lesson", "published lesson of this course"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_is_written(
    client_for, course, data, field, message
):
    other = LessonPageFactory(parent=CoursePageFactory())
    values = {"LESSON": course.lesson.pk, "OTHER_COURSE": other.pk, "COURSE": course.pk}
    data = {k: values.get(v, v) for k, v in data.items()}

    response = client_for("hr").post(_report_url(course), data)

    assert response.status_code == 200
    assert message in str(response.context["form"].errors[field])
    assert message.split(" ")[0] in response.content.decode()
    assert not LegalReviewRequest.objects.exists()
    assert not Notification.objects.filter(kind="legal_review_requested").exists()


def test_an_unpublished_lesson_cannot_be_reported(client_for, course):
    draft = LessonPageFactory(parent=course, title="Szkic", publish=False, live=False)
    response = client_for("hr").post(_report_url(course), {"lesson": draft.pk, "what": "Zmiana"})
    assert response.status_code == 200
    assert "lesson" in response.context["form"].errors
    assert not LegalReviewRequest.objects.exists()


def test_a_second_report_of_the_same_lesson_adds_nothing_and_says_so(client_for, org, course):
    client = client_for("leader")
    data = {"lesson": course.lesson.pk, "what": "Nowy formularz"}
    client.post(_report_url(course), data)
    mails = Notification.objects.count()

    response = client.post(_report_url(course), {**data, "what": "Inny opis"}, follow=True)

    assert "nothing new was added" in response.content.decode()
    assert LegalReviewRequest.objects.count() == 1
    assert LegalReviewRequest.objects.get().what == "Nowy formularz"
    assert Notification.objects.count() == mails
    # Someone else may report the same lesson, and so may the leader once theirs is closed.
    client_for("hr").post(_report_url(course), data)
    assert LegalReviewRequest.objects.count() == 2
    legal_review_resolve(
        review=LegalReviewRequest.objects.get(reported_by=org.leader),
        outcome=ReviewStatus.DISMISSED,
        note="Bez zmian",
        acting_user=org.editor,
    )
    client_for("leader").post(_report_url(course), data)
    assert LegalReviewRequest.objects.filter(reported_by=org.leader).count() == 2


def test_the_database_keeps_one_open_request_per_lesson_and_reporter(org, course):
    from django.db import IntegrityError, transaction

    LegalReviewRequest.objects.create(
        lesson=course.lesson, course=course, reported_by=org.hr, what="A"
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        LegalReviewRequest.objects.create(
            lesson=course.lesson, course=course, reported_by=org.hr, what="B"
        )


def test_who_may_report(client_for, org, course):
    data = {"lesson": course.lesson.pk, "what": "Zmiana"}
    assert client_for("employee").get(_report_url(course)).status_code == 403
    assert client_for("editor").post(_report_url(course), data).status_code == 403
    assert client_for("anonymous").get(_report_url(course)).status_code == 302
    assert not LegalReviewRequest.objects.exists()
    # A course that is not live, or does not exist, is not found.
    draft = CoursePageFactory(publish=False, live=False)
    assert client_for("leader").get(_report_url(draft)).status_code == 404
    missing = reverse("legal_review_report", args=[999_999])
    assert client_for("hr").get(missing).status_code == 404


# --- resolving --------------------------------------------------------------------------------


@pytest.fixture
def review(org, course):
    review, created = legal_review_report(
        course=course,
        lesson=course.lesson,
        what="Nowy wzór wniosku",
        why="Rozporządzenie MSWiA",
        acting_user=org.leader,
    )
    assert created
    return review


def _resolve_url(review):
    return reverse("legal_review_admin_resolve", args=[review.pk])


def test_editors_see_open_requests_with_a_link_to_edit_the_lesson(client_for, review, course):
    response = client_for("editor").get(reverse("legal_review_admin_requests"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nowy wzór wniosku" in html and "Rozporządzenie MSWiA" in html
    assert reverse("wagtailadmin_pages:edit", args=[course.lesson.pk]) in html
    assert _resolve_url(review) in html


def test_the_admin_home_shows_the_counts(client_for, review, course):
    CoursePageFactory(legal_content_date=None)
    html = client_for("editor").get(reverse("wagtailadmin_home")).content.decode()
    assert "1 lesson reported as needing legal review" in html
    stale = stale_courses().count
    assert f"{stale} course" in html
    assert reverse("legal_review_admin_requests") in html


def test_the_note_is_required(client_for, review):
    response = client_for("editor").post(_resolve_url(review), {"outcome": "resolved", "note": " "})
    assert response.status_code == 200
    assert "Write a note" in response.content.decode()
    review.refresh_from_db()
    assert review.status == ReviewStatus.OPEN
    assert review.history.count() == 1

    response = client_for("editor").post(_resolve_url(review), {"outcome": "open", "note": "x"})
    assert response.status_code == 200
    assert "outcome" in response.context["form"].errors
    review.refresh_from_db()
    assert review.status == ReviewStatus.OPEN


@pytest.mark.parametrize("outcome", [ReviewStatus.RESOLVED, ReviewStatus.DISMISSED])
def test_resolving_tells_the_reporter_and_keeps_history(client_for, org, review, outcome):
    response = client_for("editor").post(
        _resolve_url(review), {"outcome": outcome, "note": "Lekcja zaktualizowana o MOS."}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("legal_review_admin_requests")
    review.refresh_from_db()
    assert review.status == outcome
    assert review.resolved_by == org.editor
    assert review.resolved_at is not None
    assert review.resolution_note == "Lekcja zaktualizowana o MOS."
    history = list(review.history.order_by("history_date"))
    assert [h.status for h in history] == [ReviewStatus.OPEN, outcome]
    assert history[-1].history_user == org.editor
    told = Notification.objects.get(kind="legal_review_resolved")
    assert told.recipient == org.leader
    assert "Lekcja zaktualizowana o MOS." in told.body
    from django.utils import translation

    with translation.override("pl"):  # notifications speak the office's language
        expected = translation.gettext(
            "Outcome: the lesson was reviewed and updated."
            if outcome == ReviewStatus.RESOLVED
            else "Outcome: no change to the lesson was needed."
        )
    assert expected in told.body
    # Closed requests leave the task list, and a second attempt changes nothing.
    listing = client_for("editor").get(reverse("legal_review_admin_requests"))
    assert _resolve_url(review) not in listing.content.decode()
    again = client_for("editor").post(_resolve_url(review), {"outcome": outcome, "note": "x"})
    assert again.status_code == 302
    assert LegalReviewRequest.objects.get(pk=review.pk).resolution_note == (
        "Lekcja zaktualizowana o MOS."
    )
    assert Notification.objects.filter(kind="legal_review_resolved").count() == 1


def test_the_service_refuses_a_closed_request(org, review):
    from django.core.exceptions import ValidationError

    legal_review_resolve(review=review, outcome="resolved", note="Gotowe", acting_user=org.editor)
    with pytest.raises(ValidationError):
        legal_review_resolve(review=review, outcome="dismissed", note="Znowu", acting_user=org.hr)


def test_an_editor_without_publish_permission_on_the_lesson_cannot_resolve(client, org, review):
    from django.contrib.auth.models import Permission

    # The editors' group may publish only under another course, not the lesson's.
    editors = Group.objects.get(name=ROLE_GROUPS[Role.EDITOR])
    publish = Permission.objects.get(codename="publish_page")
    GroupPagePermission.objects.filter(group=editors, permission=publish).delete()
    other = CoursePageFactory()
    GroupPagePermission.objects.create(group=editors, page=other, permission=publish)
    editor = UserFactory(roles=[Role.EDITOR])
    client.force_login(editor)

    assert client.get(reverse("legal_review_admin_requests")).status_code == 200
    # The admin answers a refusal by sending the editor back to its dashboard with a message.
    refused = client.get(_resolve_url(review))
    assert (refused.status_code, refused["Location"]) == (302, reverse("wagtailadmin_home"))
    response = client.post(_resolve_url(review), {"outcome": "resolved", "note": "Gotowe"})
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    review.refresh_from_db()
    assert review.status == ReviewStatus.OPEN
    assert not Notification.objects.filter(kind="legal_review_resolved").exists()


def test_resolving_needs_publish_permission(client_for, org, review):
    # The reporter (a leader) and HR never reach the admin at all.
    for role in ("leader", "hr", "employee"):
        response = client_for(role).post(_resolve_url(review), {"outcome": "resolved", "note": "x"})
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    review.refresh_from_db()
    assert review.status == ReviewStatus.OPEN


def test_resolved_at_is_set_only_for_closed_requests(org, review):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        LegalReviewRequest.objects.filter(pk=review.pk).update(status="resolved")
    with pytest.raises(IntegrityError), transaction.atomic():
        LegalReviewRequest.objects.filter(pk=review.pk).update(resolved_at=timezone.now())


def test_a_lesson_with_a_request_is_protected(org, review):
    from django.db.models import ProtectedError

    with pytest.raises(ProtectedError):
        Page.objects.get(pk=review.lesson_id).delete()
