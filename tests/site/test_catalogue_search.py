"""Catalogue search survives any input and ignores Polish diacritics (SQLite and PostgreSQL)."""

import pytest

from courses.search import clean_query, fold
from tests.factories import CoursePageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db

CATALOGUE = "/learn/"


@pytest.fixture
def courses(org):
    service = CoursePageFactory(
        title="Obsługa klienta w urzędzie", summary="Standardy pracy na stanowisku."
    )
    law = CoursePageFactory(title="Prawo migracyjne", summary="Zezwolenia na pobyt.")
    LessonPageFactory(
        parent=law,
        title="Terminy",
        body=[{"type": "text", "value": "<p>Wezwanie do usunięcia braków formalnych.</p>"}],
    )
    return service, law


def titles(response):
    return [c.title for c in response.context["courses"]]


@pytest.mark.parametrize(
    "query",
    ['"', '""', "a\x00b", "%00", "'; DROP TABLE x; --", "NOT AND OR", "*", "(", "^", "-", "_"],
)
def test_odd_queries_answer_200(client_for, courses, query):
    response = client_for("employee").get(CATALOGUE, {"q": query})
    assert response.status_code == 200


def test_a_500_word_query_answers_200(client_for, courses):
    response = client_for("employee").get(CATALOGUE, {"q": " ".join(["obsługa"] * 500)})
    assert response.status_code == 200
    assert "Obsługa klienta w urzędzie" in titles(response)


def test_search_without_diacritics_finds_text_with_them(client_for, courses):
    response = client_for("employee").get(CATALOGUE, {"q": "obsluga"})
    assert titles(response) == ["Obsługa klienta w urzędzie"]


def test_search_with_diacritics_still_finds(client_for, courses):
    response = client_for("employee").get(CATALOGUE, {"q": "Obsługa"})
    assert titles(response) == ["Obsługa klienta w urzędzie"]


def test_lesson_text_without_diacritics_finds_its_course(client_for, courses):
    response = client_for("employee").get(CATALOGUE, {"q": "brakow formalnych"})
    assert titles(response) == ["Prawo migracyjne"]


def test_prefix_without_diacritics(client_for, courses):
    response = client_for("employee").get(CATALOGUE, {"q": "obslu"})
    assert titles(response) == ["Obsługa klienta w urzędzie"]


def test_fold_and_clean():
    assert fold("Łódź, żółć, Ślęża") == "Lodz, zolc, Sleza"
    assert clean_query('"obsługa" AND (x)\x00') == "obsługa AND x"
    assert len(clean_query("słowo " * 1000).split()) <= 12
