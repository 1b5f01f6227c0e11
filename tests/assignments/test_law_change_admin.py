"""Marking a publish as a material legal change in the Wagtail admin, as the editor."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Page
from wagtail.signals import page_published

from assignments.models import Assignment, LegalChange, Source
from courses import services as course_services
from tests.factories import CoursePageFactory, LessonPageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(org):
    course = CoursePageFactory(title="Prawo migracyjne", sequential=False)
    lesson = LessonPageFactory(parent=course, title="Pobyt czasowy")
    for person in (org.employee, org.colleague):
        for step in course_services.course_steps(course):
            course_services.step_complete(user=person, step=step)
    lesson = type(lesson).objects.get(pk=lesson.pk)
    lesson.body = [{"type": "text", "value": "<p>Wnioski wyłącznie przez MOS.</p>"}]
    lesson.save_revision(user=org.editor)
    return lesson


def _url(page):
    return reverse("legal_change_mark", args=[page.pk])


def test_the_edit_view_offers_the_action_to_editors(client_for, lesson):
    response = client_for("editor").get(reverse("wagtailadmin_pages:edit", args=[lesson.pk]))
    assert response.status_code == 200
    assert _url(lesson) in response.content.decode()


def test_the_editor_sees_the_impact_before_confirming(client_for, lesson, org):
    response = client_for("editor").get(_url(lesson))
    assert response.status_code == 200
    body = response.content.decode()
    assert "2 people completed this page on an earlier revision" in body
    assert "2 certificates will need an update" in body
    assert org.team_a.name in body
    # Counts only: no names in the editor's impact.
    assert org.employee.last_name not in body


def test_confirming_publishes_and_records_the_change(
    client_for, lesson, org, django_capture_on_commit_callbacks
):
    draft = lesson.get_latest_revision()
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for("editor").post(
            _url(lesson),
            {
                "summary": "Od 27 kwietnia 2026 wnioski wyłącznie przez MOS",
                "legal_basis": "Ustawa o cudzoziemcach, art. 106",
                "applies_from": "2026-04-27",
                "retraining_days": "21",
            },
        )
    change = LegalChange.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("legal_change_detail", args=[change.pk])
    assert Page.objects.get(pk=lesson.pk).live_revision_id == draft.pk == change.revision_id
    assert change.created_by == org.editor
    assert change.retraining_days == 21
    assert change.processed_at is not None
    assert set(
        Assignment.objects.filter(source=Source.LAW_CHANGE).values_list("user_id", flat=True)
    ) == {org.employee.pk, org.colleague.pk}

    detail = client_for("hr").get(response["Location"])
    assert detail.status_code == 200
    assert org.employee.last_name in detail.content.decode()
    counts = client_for("editor").get(response["Location"]).content.decode()
    assert org.employee.last_name not in counts


def test_a_summary_is_required(client_for, lesson):
    response = client_for("editor").post(_url(lesson), {"summary": "  "})
    assert response.status_code == 200
    assert not LegalChange.objects.exists()
    assert Page.objects.get(pk=lesson.pk).has_unpublished_changes


def test_a_failed_publish_leaves_no_legal_change(client_for, lesson):
    def refuse(sender, **kwargs):
        raise ValidationError("The page cannot be published now.")

    page_published.connect(refuse)
    try:
        response = client_for("editor").post(_url(lesson), {"summary": "Zmiana przepisów"})
    finally:
        page_published.disconnect(refuse)
    assert response.status_code == 200
    assert "The page cannot be published now." in response.content.decode()
    assert not LegalChange.objects.exists()
    assert Page.objects.get(pk=lesson.pk).has_unpublished_changes
    assert not Assignment.objects.exists()


@pytest.mark.parametrize("role", ["employee", "leader", "hr"])
def test_others_are_refused(client_for, lesson, role):
    response = client_for(role).post(_url(lesson), {"summary": "Zmiana przepisów"})
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert not LegalChange.objects.exists()


def test_an_admin_user_who_is_not_an_editor_is_refused(client, lesson):
    from django.contrib.auth.models import Permission

    staff = UserFactory()
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(staff)
    response = client.post(_url(lesson), {"summary": "Zmiana przepisów"})
    # The admin answers a refusal by sending the user back to its dashboard.
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert not LegalChange.objects.exists()
    assert Page.objects.get(pk=lesson.pk).has_unpublished_changes


@pytest.mark.parametrize(
    "role, shown",
    [("hr", True), ("leader", True), ("editor", True), ("employee", False)],
)
def test_the_navigation_entry(org, role, shown):
    from lms.panels import nav_items

    urls = [url for url, _label, _key in nav_items(getattr(org, role))]
    assert (reverse("legal_changes") in urls) is shown


def test_a_leader_sees_only_their_people(
    client_for, lesson, org, django_capture_on_commit_callbacks
):
    from tests.factories import UserFactory as People

    far = People(org_unit=org.team_b)
    for step in course_services.course_steps(lesson.get_parent().specific):
        course_services.step_complete(user=far, step=step)
    with django_capture_on_commit_callbacks(execute=True):
        client_for("editor").post(_url(lesson), {"summary": "Zmiana przepisów"})
    change = LegalChange.objects.get()

    body = client_for("leader").get(reverse("legal_change_detail", args=[change.pk])).content
    assert org.employee.last_name.encode() in body
    assert far.last_name.encode() not in body
    assert b"Affected: 2. Done: 0. Overdue: 0." in body
    hr = client_for("hr").get(reverse("legal_change_detail", args=[change.pk])).content
    assert b"Affected: 3. Done: 0. Overdue: 0." in hr
    listing = client_for("leader").get(reverse("legal_changes")).content.decode()
    assert "Zmiana przepisów" in listing
