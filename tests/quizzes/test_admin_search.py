"""Searching the question bank in the Wagtail admin (listings and choosers): any input
answers 200, and Polish text is found with or without its diacritics."""

import pytest
from django.urls import reverse

from quizzes.models import Question, QuestionCategory
from quizzes.search import search_text
from tests.factories import QuestionCategoryFactory, QuestionFactory

pytestmark = pytest.mark.django_db

LISTINGS = [
    "wagtailsnippets_quizzes_question:list",
    "wagtailsnippets_quizzes_question:list_results",
    "wagtailsnippetchoosers_quizzes_question:choose",
    "wagtailsnippetchoosers_quizzes_question:choose_results",
    "wagtailsnippets_quizzes_questioncategory:list",
    "wagtailsnippets_quizzes_questioncategory:list_results",
    "wagtailsnippetchoosers_quizzes_questioncategory:choose",
    "wagtailsnippetchoosers_quizzes_questioncategory:choose_results",
]

HOSTILE = {
    "double quote": '"',
    "unbalanced quotes": '"obsługa',
    "percent": "%",
    "underscore": "_",
    "backslash": "\\",
    "apostrophe": "'",
    "FTS operators": "obsługa AND NOT OR NEAR( * ^ -",
    "column filter": "name:obsluga",
    "500 words": " ".join(f"słowo{n}" for n in range(500)),
    "a long word": "ż" * 5000,
    "control characters": "\x01\x7f\u200b",
    "emoji": "🙂",
}


@pytest.fixture
def bank(world):
    category = QuestionCategoryFactory(name="Obsługa klienta/Zażalenia")
    QuestionCategoryFactory(name="Prawo pracy")
    found = QuestionFactory(
        category=category,
        name="Zasady obsługi",
        data={"text": "Jak wygląda OBSŁUGA cudzoziemca przy okienku?"},
    )
    other = QuestionFactory(
        category=category, name="Termin", data={"text": "Ile dni na odwołanie?"}
    )
    return found, other


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return client


@pytest.mark.parametrize("case", HOSTILE)
@pytest.mark.parametrize("url_name", LISTINGS)
def test_any_query_answers_200(case, url_name, as_editor, bank):
    response = as_editor.get(reverse(url_name), {"q": HOSTILE[case]})
    assert response.status_code == 200


def listed(response, model):
    """The objects a listing or chooser response shows."""
    for key in ("object_list", "page_obj", "results", "items"):
        objects = response.context.get(key) if response.context else None
        if objects is not None:
            return {o.pk for o in objects if isinstance(o, model)}
    raise AssertionError("no object list in the context")


@pytest.mark.parametrize(
    "query", ["obsluga", "OBSLUGA", "obsługa", "Obsłu", "obsluga okienku", "wyglada cudzoziemca"]
)
@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailsnippets_quizzes_question:list",
        "wagtailsnippets_quizzes_question:list_results",
        "wagtailsnippetchoosers_quizzes_question:choose_results",
    ],
)
def test_questions_are_found_with_or_without_diacritics(query, url_name, as_editor, bank):
    found, other = bank
    response = as_editor.get(reverse(url_name), {"q": query})
    assert response.status_code == 200
    shown = listed(response, Question)
    assert found.pk in shown
    assert other.pk not in shown


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailsnippets_quizzes_questioncategory:list",
        "wagtailsnippets_quizzes_questioncategory:list_results",
        "wagtailsnippetchoosers_quizzes_questioncategory:choose_results",
    ],
)
@pytest.mark.parametrize("query", ["obsluga", "zazalenia", "Zażalenia", "klienta/zaz"])
def test_categories_are_found_with_or_without_diacritics(query, url_name, as_editor, bank):
    response = as_editor.get(reverse(url_name), {"q": query})
    assert response.status_code == 200
    names = set(
        QuestionCategory.objects.filter(pk__in=listed(response, QuestionCategory)).values_list(
            "name", flat=True
        )
    )
    assert names == {"Obsługa klienta/Zażalenia"}


def test_the_folded_copy_follows_edits(bank):
    found, _other = bank
    found.text = "Łączność z konsulatem"
    found.save(update_fields=["text"])
    found.refresh_from_db()
    assert found.search_text == search_text("Zasady obsługi", "Łączność z konsulatem")
    assert "lacznosc z konsulatem" in found.search_text


def test_a_punctuation_only_query_finds_nothing_rather_than_everything(as_editor, bank):
    response = as_editor.get(reverse("wagtailsnippets_quizzes_question:list"), {"q": "%"})
    assert listed(response, Question) == set()
