"""Lesson documents are served only to people who may see a live lesson using them."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from tests.factories import CoursePageFactory, CourseProgressFactory, LessonPageFactory

pytestmark = pytest.mark.django_db


def make_document(name="instrukcja.pdf", data=b"%PDF-1.4 test"):
    Document = get_document_model()
    document = Document(title=name)
    document.file.save(name, ContentFile(data), save=False)
    document.save()
    return document


def lesson_with(document, *, course=None, live=True):
    course = course or CoursePageFactory()
    body = [{"type": "document", "value": {"document": document.pk, "description": "Wzór"}}]
    return LessonPageFactory(parent=course, body=body, publish=live, live=live)


@pytest.fixture
def doc_in_open_course(org):
    document = make_document()
    lesson_with(document)
    return document


def test_anonymous_visitors_go_to_sign_in(client, doc_in_open_course):
    response = client.get(doc_in_open_course.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_staff_who_may_see_the_lesson_get_the_file(client_for, doc_in_open_course):
    response = client_for("employee").get(doc_in_open_course.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 test"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_document_no_live_lesson_uses_is_hidden(client_for, org):
    document = make_document("szkic.pdf")
    lesson_with(document, live=False)
    assert client_for("employee").get(document.url).status_code == 404
    assert client_for("editor").get(document.url).status_code == 200


def test_assigned_only_course_documents_need_enrolment(client_for, org):
    document = make_document("wewnetrzne.pdf")
    course = CoursePageFactory(self_enrolment=False)
    lesson_with(document, course=course)
    assert client_for("employee").get(document.url).status_code == 404
    CourseProgressFactory(user=org.employee, course=course)
    assert client_for("employee").get(document.url).status_code == 200


def test_documents_a_browser_could_run_are_downloads(client_for, org):
    document = make_document("tabela.ods", b"PK\x03\x04 not really")
    lesson_with(document)
    response = client_for("employee").get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")


def test_media_folder_does_not_serve_documents(client_for, doc_in_open_course):
    response = client_for("employee").get("/media/" + doc_in_open_course.file.name)
    assert response.status_code == 404
