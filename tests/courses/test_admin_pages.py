"""Editors author courses and lessons through the Wagtail admin's add-page form."""

import pytest
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.blocks import RICH_FEATURES
from courses.models import CourseIndexPage, CoursePage, LessonActivity, LessonPage
from tests.factories import CoursePageFactory, H5PPackageFactory

pytestmark = pytest.mark.django_db


def add_url(model, parent):
    return reverse("wagtailadmin_pages:add", args=["courses", model._meta.model_name, parent.pk])


def course_form(**overrides):
    data = {
        "title": "Obsługa wniosków pobytowych",
        "slug": "obsluga-wnioskow",
        "area": "migration_law",
        "summary": "Jak przyjąć wniosek o zezwolenie na pobyt czasowy.",
        "audience": "Inspektorzy",
        "objectives": "Przyjąć wniosek\nSprawdzić braki formalne",
        "estimated_minutes": "45",
        "validity_months": "12",
        "retraining_days": "30",
        "recertification_window_days": "60",
        "sequential": "on",
        "self_enrolment": "on",
        "comments": inline_formset([]),
        "action-publish": "action-publish",
        **overrides,
    }
    return nested_form_data(data)


def image_block(image, alt_text):
    return ("image", {"image": image.pk if image else "", "alt_text": alt_text, "caption": ""})


def lesson_form(blocks, **overrides):
    data = {
        "title": "Przyjęcie wniosku",
        "slug": "przyjecie-wniosku",
        "intro": "Co sprawdzić przy okienku.",
        "estimated_minutes": "10",
        "body": streamfield(blocks),
        "comments": inline_formset([]),
        "action-publish": "action-publish",
        **overrides,
    }
    return nested_form_data(data)


@pytest.fixture
def editor_client(client, org):
    client.force_login(org.editor)
    return client


@pytest.fixture
def image(storage):
    return get_image_model().objects.create(title="Okienko", file=get_test_image_file())


def form_errors(response):
    """The page form's errors, including StreamField block errors, as text."""
    assert response.status_code == 200, response.status_code
    form = response.context["form"]
    assert form.errors, "the form was expected to be refused"
    return str(form.errors.as_data())


def test_editor_creates_and_publishes_a_course_and_a_lesson_with_blocks(editor_client, org, image):
    index = CourseIndexPage.objects.get()
    response = editor_client.post(add_url(CoursePage, index), course_form())
    assert response.status_code == 302, response.context and response.context["form"].errors
    course = CoursePage.objects.get(slug="obsluga-wnioskow")
    assert course.live and not course.has_unpublished_changes
    assert course.get_parent().pk == index.pk
    assert course.owner == org.editor
    assert course.live_revision is not None and course.live_revision.user == org.editor

    package = H5PPackageFactory()
    blocks = [
        ("text", rich_text("<p>Sprawdź <b>paszport</b>.</p>", features=RICH_FEATURES)),
        image_block(image, "Okienko obsługi klienta z numeratorem"),
        (
            "legal_reference",
            {
                "act": "Ustawa o cudzoziemcach",
                "article": "art. 98",
                "journal": "Dz.U. 2024 poz. 769",
                "status_as_of": "2026-01-01",
                "note": "",
            },
        ),
        (
            "key_points",
            {"heading": "Pamiętaj", "points": streamfield([("item", "Sprawdź podpis")])},
        ),
        ("h5p", {"package": str(package.pk), "instructions": "Odpowiedz na pytanie."}),
    ]
    response = editor_client.post(add_url(LessonPage, course), lesson_form(blocks))
    assert response.status_code == 302, response.context and form_errors(response)

    lesson = LessonPage.objects.get(slug="przyjecie-wniosku")
    assert lesson.live and lesson.get_parent().pk == course.pk
    assert [b.block_type for b in lesson.body] == [
        "text",
        "image",
        "legal_reference",
        "key_points",
        "h5p",
    ]
    assert "paszport" in lesson.body[0].value.source
    assert lesson.body[1].value["image"].pk == image.pk
    assert lesson.body[2].value["article"] == "art. 98"
    assert list(lesson.body[3].value["points"]) == ["Sprawdź podpis"]
    assert lesson.body[4].value["package"] == package
    # Publishing from the admin indexes the lesson's H5P activity for the player and xAPI.
    activity = LessonActivity.objects.get(lesson=lesson)
    assert (activity.package, activity.block_id) == (package, lesson.body[4].id)
    # The learner-facing page is served.
    editor_client.force_login(org.employee)
    assert editor_client.get(lesson.url).status_code == 200


def test_an_image_without_alternative_text_is_refused(editor_client, image):
    course = CoursePageFactory()
    pages_before = Page.objects.count()
    blocks = [("text", rich_text("<p>Treść</p>")), image_block(image, "")]
    response = editor_client.post(add_url(LessonPage, course), lesson_form(blocks))
    form_errors(response)
    body_error = response.context["form"].errors.as_data()["body"][0]
    image_errors = body_error.as_json_data()["blockErrors"][1]["blockErrors"]
    assert list(image_errors) == ["alt_text"]
    assert image_errors["alt_text"]["messages"] == ["This field is required."]
    assert Page.objects.count() == pages_before
    assert not LessonPage.objects.filter(slug="przyjecie-wniosku").exists()

    # With the text the same lesson is accepted.
    blocks[1] = image_block(image, "Numerator kolejki przy wejściu")
    response = editor_client.post(add_url(LessonPage, course), lesson_form(blocks))
    assert response.status_code == 302
    assert LessonPage.objects.get(slug="przyjecie-wniosku").live


def test_a_lesson_cannot_be_added_directly_under_the_catalogue(editor_client):
    index = CourseIndexPage.objects.get()
    response = editor_client.post(add_url(LessonPage, index), lesson_form([]))
    assert response.status_code in (302, 403)
    assert not LessonPage.objects.exists()


def test_an_employee_cannot_use_the_add_page_form(client, org):
    client.force_login(org.employee)
    index = CourseIndexPage.objects.get()
    response = client.post(add_url(CoursePage, index), course_form())
    assert response.status_code in (302, 403)
    assert not CoursePage.objects.filter(slug="obsluga-wnioskow").exists()
