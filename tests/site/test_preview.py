"""Editors preview lessons, courses, quizzes and the catalogue in the admin: the page shows
the content as learners will read it, and nothing is written for the editor."""

import pytest
from django.urls import reverse

from courses.models import CourseIndexPage, CourseProgress, LessonCompletion, StepStart
from tests.factories import CoursePageFactory, LessonPageFactory, QuizPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(org):
    course = CoursePageFactory(title="Kurs podglądu", summary="Streszczenie kursu.")
    body = [
        {"type": "text", "value": "<p>Treść do sprawdzenia.</p>"},
        {"type": "key_points", "value": {"heading": "Najważniejsze", "points": ["Punkt A"]}},
        {
            "type": "scenario",
            "value": {
                "title": "Klient przy okienku",
                "client_says": "Dzień dobry.",
                "answers": [
                    {"text": "Dobra odpowiedź", "good": True, "explanation": "Tak."},
                    {"text": "Słaba odpowiedź", "good": False, "explanation": "Nie."},
                ],
            },
        },
    ]
    lesson = LessonPageFactory(parent=course, title="Lekcja podglądu", body=body)
    quiz = QuizPageFactory(parent=course, title="Test podglądu", intro="Wstęp do testu.")
    return course, lesson, quiz


def preview(client, page):
    page.refresh_from_db()
    revision = page.latest_revision
    return client.get(reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]))


@pytest.mark.parametrize(
    "which, text", [(0, "Streszczenie kursu."), (1, "Punkt A"), (2, "Wstęp do testu.")]
)
def test_editor_previews_without_a_server_error(client_for, pages, which, text):
    client = client_for("editor")
    response = preview(client, pages[which])
    assert response.status_code == 200
    assert text in response.content.decode()


def test_catalogue_preview(client_for, pages):
    catalogue = CourseIndexPage.objects.get()
    response = client_for("editor").get(
        reverse("wagtailadmin_pages:view_draft", args=[catalogue.pk])
    )
    assert response.status_code == 200
    assert catalogue.title in response.content.decode()


def test_draft_preview_shows_unpublished_text(client_for, pages):
    _, lesson, _ = pages
    lesson.title = "Nowy tytuł roboczy"
    lesson.save_revision()
    response = client_for("editor").get(reverse("wagtailadmin_pages:view_draft", args=[lesson.pk]))
    assert response.status_code == 200
    assert "Nowy tytuł roboczy" in response.content.decode()


def test_a_preview_writes_no_learning_record(client_for, pages, org):
    client = client_for("editor")
    for page in pages:
        assert preview(client, page).status_code == 200
    assert not CourseProgress.objects.filter(user=org.editor).exists()
    assert not StepStart.objects.filter(user=org.editor).exists()
    assert not LessonCompletion.objects.filter(user=org.editor).exists()
