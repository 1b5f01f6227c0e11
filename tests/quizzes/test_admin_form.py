"""The question editor in the Wagtail admin never saves a key the editor did not choose:
true/false has no default, and every type refuses answers without a correct one, saying
what to fix."""

import re

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from quizzes.models import Question, QuestionVersion
from tests.factories import QuestionFactory

from .test_bank import ADD_URL, choice, question_form

pytestmark = pytest.mark.django_db

MISSING_KEY = "Choose whether the statement is true or false."


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return client


def radios(html):
    return re.findall(r'<input[^>]*name="correct_true"[^>]*>', html)


def test_the_new_question_form_has_no_answer_chosen(as_editor):
    html = as_editor.get(reverse(ADD_URL)).content.decode()
    found = radios(html)
    assert len(found) == 2
    assert {re.search(r'value="(\w+)"', r).group(1) for r in found} == {"True", "False"}
    assert not any("checked" in r for r in found)


def test_a_true_false_question_without_a_chosen_answer_is_refused(as_editor, category):
    response = as_editor.post(reverse(ADD_URL), question_form(category, "truefalse", []))

    assert response.status_code == 200
    assert MISSING_KEY in response.context["form"].errors["correct_true"]
    assert MISSING_KEY in response.content.decode()
    assert not Question.objects.exists()
    assert not QuestionVersion.objects.exists()


@pytest.mark.parametrize("posted, key", [("False", False), ("True", True)])
def test_the_chosen_answer_is_saved_as_chosen(as_editor, category, posted, key):
    data = question_form(category, "truefalse", [], correct_true=posted)
    response = as_editor.post(reverse(ADD_URL), data)

    assert response.status_code == 302
    question = Question.objects.get()
    assert question.correct_true is key
    assert question.versions.get().snapshot["answer"] is key


def test_editing_a_false_statement_keeps_it_false(as_editor, category):
    question = QuestionFactory(category=category, kind="truefalse", data={"answer": False})
    edit_url = reverse("wagtailsnippets_quizzes_question:edit", args=[question.pk])
    html = as_editor.get(edit_url).content.decode()
    checked = [r for r in radios(html) if "checked" in r]
    assert len(checked) == 1 and 'value="False"' in checked[0]

    form = querydict_from_html(html, form_id="w-editor-form")
    form["text"] = "Reworded statement."
    assert as_editor.post(edit_url, form).status_code == 302

    question.refresh_from_db()
    assert question.correct_true is False
    assert question.versions.order_by("-number").first().snapshot["answer"] is False


@pytest.mark.parametrize(
    "kind, options, fields, message",
    [
        ("single", [choice("Voivode"), choice("Mayor")], {}, "Mark the correct choice."),
        ("multiple", [choice("A"), choice("B")], {}, "Mark at least one correct choice."),
        (
            "multiple",
            [choice("A", True, weight="-0.5"), choice("B")],
            {"scoring": "partial"},
            "A correct choice needs a positive weight: raise it or untick the choice.",
        ),
        (
            "multiple",
            [choice("A", True), choice("B", weight="0.5")],
            {"scoring": "partial"},
            "A choice with a positive weight must be ticked as correct, or its weight lowered.",
        ),
        (
            "single",
            [choice("Voivode", True), choice("", feedback="No text")],
            {},
            "Give every choice its text, or delete the empty one.",
        ),
        (
            "ordering",
            [choice("First"), choice("", feedback="x")],
            {},
            "Give every item its text, or delete the empty one.",
        ),
        ("ordering", [choice("Only")], {}, "Add at least two items to put in order."),
        (
            "short",
            [choice("KPA", weight="0"), choice("k.p.a.", weight="0")],
            {},
            "Give at least one accepted answer a positive weight "
            "(an empty weight means full marks).",
        ),
        (
            "matching",
            [choice("L1", match_text="R1"), choice("", match_text="R2")],
            {},
            "Add at least two pairs to match.",
        ),
    ],
)
def test_a_question_without_a_correct_answer_is_refused_with_what_to_fix(
    as_editor, category, kind, options, fields, message
):
    response = as_editor.post(reverse(ADD_URL), question_form(category, kind, options, **fields))

    assert response.status_code == 200
    assert message in response.context["form"].non_field_errors()
    assert message in response.content.decode()
    assert not Question.objects.exists()
