"""The question bank: building questions from interchange dicts, checking answers, versions
that keep past attempts as they were, and the Wagtail snippet editor."""

import re
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, querydict_from_html

from quizzes import grading, services
from quizzes.bank import (
    build_snapshot,
    question_from_dict,
    question_to_dict,
    question_version_current,
    validate_options,
)
from quizzes.models import (
    AttemptQuestion,
    Question,
    QuestionOption,
    QuestionVersion,
    QuizPage,
    ReviewMode,
)
from tests.factories import QUESTION_SAMPLES, QuestionFactory

from .conftest import KINDS

pytestmark = pytest.mark.django_db


# --- question_from_dict ----------------------------------------------------------------------


def options_of(question):
    return list(question.options.order_by("sort_order").values())


@pytest.mark.parametrize("kind", KINDS)
def test_question_from_dict_makes_version_one_that_grades_its_own_answer(category, kind):
    question = question_from_dict(QUESTION_SAMPLES[kind], category=category)

    assert question.kind == kind
    assert question.text == QUESTION_SAMPLES[kind]["text"]
    version = question.versions.get()
    assert version.number == 1
    assert version.snapshot == build_snapshot(question)
    assert version.snapshot["type"] == kind
    assert grading.grade(version.snapshot, grading.correct_response(version.snapshot)).fraction == 1


def test_single_choice_keeps_choices_in_order_and_ignores_partial_scoring(category):
    data = {**QUESTION_SAMPLES["single"], "scoring": "partial", "name": "Organ"}
    question = question_from_dict(data, category=category)

    assert question.name == "Organ"
    assert question.scoring == "all_or_nothing"
    assert question.general_feedback == "Art. 98 of the Act on foreigners."
    rows = options_of(question)
    assert [(o["text"], o["is_correct"], o["feedback"]) for o in rows] == [
        ("The voivode", True, "Yes, the voivode."),
        ("The mayor", False, "No."),
        ("The border guard", False, ""),
    ]
    snapshot = question.versions.get().snapshot
    assert [c["id"] for c in snapshot["choices"]] == [
        f"o{pk}" for pk in question.options.order_by("sort_order").values_list("pk", flat=True)
    ]


def test_multiple_choice_keeps_scoring_and_weights(category):
    data = {
        "type": "multiple",
        "scoring": "partial",
        "text": "Pick",
        "choices": [
            {"text": "A", "correct": True, "weight": 0.5},
            {"text": "B", "correct": True, "weight": 0.5},
            {"text": "C", "correct": False, "weight": -1},
        ],
    }
    question = question_from_dict(data, category=category)

    assert question.scoring == "partial"
    assert [o["weight"] for o in options_of(question)] == [
        Decimal("0.5"),
        Decimal("0.5"),
        Decimal("-1"),
    ]
    snapshot = question.versions.get().snapshot
    assert [c["weight"] for c in snapshot["choices"]] == [0.5, 0.5, -1.0]
    assert snapshot["scoring"] == "partial"
    assert question_to_dict(question)["choices"][2]["weight"] == -1.0


def test_multiple_choice_without_weights_has_none(category):
    question = question_from_dict(QUESTION_SAMPLES["multiple"], category=category)
    assert [o["weight"] for o in options_of(question)] == [None] * 4
    assert [o["is_correct"] for o in options_of(question)] == [True, True, False, False]
    assert "weight" not in question_to_dict(question)["choices"][0]


def test_truefalse_has_no_options(category):
    question = question_from_dict(QUESTION_SAMPLES["truefalse"], category=category)
    assert question.correct_true is False
    assert question.feedback_true == "Polish is the official language."
    assert question.feedback_false == "Right: Polish is the official language."
    assert not question.options.exists()
    assert question.versions.get().snapshot["answer"] is False


def test_matching_stores_right_items(category):
    question = question_from_dict(QUESTION_SAMPLES["matching"], category=category)
    assert [(o["text"], o["match_text"]) for o in options_of(question)] == [
        ("Form A", "Work permit"),
        ("Form B", "Residence"),
        ("Form C", "Visa"),
    ]
    assert question_to_dict(question)["pairs"] == QUESTION_SAMPLES["matching"]["pairs"]


def test_ordering_stores_items_in_the_correct_order(category):
    data = {**QUESTION_SAMPLES["ordering"], "scoring": "partial"}
    question = question_from_dict(data, category=category)
    assert [o["text"] for o in options_of(question)] == ["Application", "Fingerprints", "Decision"]
    assert question.scoring == "partial"
    assert question_to_dict(question)["items"] == data["items"]


def test_short_answer_accepts_strings_and_dicts(category):
    data = {**QUESTION_SAMPLES["short"], "ignore_diacritics": True, "ignore_case": False}
    question = question_from_dict(data, category=category)
    assert [(o["text"], o["weight"], o["feedback"]) for o in options_of(question)] == [
        ("KPA", Decimal("1"), "Yes."),
        ("k.p.a.", None, ""),
    ]
    assert (question.ignore_case, question.ignore_diacritics, question.ignore_spaces) == (
        False,
        True,
        True,
    )
    snapshot = question.versions.get().snapshot
    assert [a["fraction"] for a in snapshot["answers"]] == [1.0, 1.0]
    assert grading.grade(snapshot, "k.p.a.").fraction == 1
    assert grading.grade(snapshot, "kpa").fraction == 0  # case matters here


def test_lessons_and_tags_are_attached(category, lessons):
    question = question_from_dict(
        QUESTION_SAMPLES["single"], category=category, lessons=[lessons[0]], tags=["kpa", "art98"]
    )
    question = Question.objects.get(pk=question.pk)
    assert list(question.lessons.all()) == [lessons[0]]
    assert sorted(question.tags.names()) == ["art98", "kpa"]


def test_name_defaults_to_text(category):
    data = {k: v for k, v in QUESTION_SAMPLES["truefalse"].items() if k != "name"}
    data["text"] = "x" * 300
    question = question_from_dict(data, category=category)
    assert question.name == "x" * 79 + "…"
    data["text"] = "Czy cudzoziemiec może złożyć wniosek o udzielenie zezwolenia na pobyt czasowy"
    data["text"] += " przez pełnomocnika?"
    question = question_from_dict(data, category=category)
    assert question.name == (
        "Czy cudzoziemiec może złożyć wniosek o udzielenie zezwolenia na pobyt czasowy…"
    )


@pytest.mark.parametrize(
    "data, message",
    [
        ({"type": "essay", "text": "Write"}, "Unknown question type"),
        (
            {"type": "single", "text": "?", "choices": [{"text": "A"}, {"text": "B"}]},
            "Mark the correct choice.",
        ),
        ({"type": "matching", "text": "?", "pairs": [["A", "1"]]}, "at least two pairs"),
        ({"type": "short", "text": "?", "answers": []}, "at least one accepted answer"),
    ],
)
def test_invalid_dict_saves_nothing(category, data, message):
    with pytest.raises(ValidationError, match=message):
        question_from_dict(data, category=category)
    assert not Question.objects.exists()
    assert not QuestionOption.objects.exists()
    assert not QuestionVersion.objects.exists()


# --- validate_options ------------------------------------------------------------------------

A = {"text": "A"}
B = {"text": "B"}
OK = {"text": "OK", "is_correct": True}


@pytest.mark.parametrize(
    "kind, options, expected",
    [
        ("single", [OK], ["Add at least two choices."]),
        ("single", [A, B], ["Mark the correct choice."]),
        ("single", [], ["Add at least two choices.", "Mark the correct choice."]),
        ("multiple", [A, B], ["Mark at least one correct choice."]),
        ("multiple", [OK], ["Add at least two choices."]),
        ("matching", [{"text": "L", "match_text": "R"}], ["Add at least two pairs to match."]),
        (
            "matching",
            [{"text": "L", "match_text": "R"}, {"text": "L2", "match_text": ""}],
            ["Give every left item its matching right item."],
        ),
        ("ordering", [A], ["Add at least two items to put in order."]),
        ("short", [], ["Add at least one accepted answer."]),
    ],
)
def test_validate_options_reports_problems(kind, options, expected):
    assert validate_options(kind, options) == expected


@pytest.mark.parametrize(
    "kind, options",
    [
        ("single", [OK, A]),
        ("multiple", [OK, OK]),
        ("truefalse", []),
        ("matching", [{"text": "L", "match_text": "R"}, {"text": "L2", "match_text": "R2"}]),
        ("ordering", [A, B]),
        ("short", [A]),
    ],
)
def test_validate_options_accepts_valid_answers(kind, options):
    assert validate_options(kind, options, correct_true=False) == []


@pytest.mark.parametrize("key", [True, False])
def test_validate_options_needs_a_chosen_true_false_key(key):
    assert validate_options("truefalse", []) == ["Choose whether the statement is true or false."]
    assert validate_options("truefalse", [], correct_true=key) == []


# --- versions --------------------------------------------------------------------------------


def test_editing_a_question_never_asked_overwrites_its_only_version(category):
    question = QuestionFactory(category=category, kind="single")
    version = question.versions.get()

    question.text = "A better wording?"
    question.save()
    again = question_version_current(question)

    assert again.pk == version.pk
    assert again.number == 1
    assert question.versions.count() == 1
    assert question.versions.get().snapshot["text"] == "A better wording?"


def test_unchanged_question_keeps_its_version(category):
    question = QuestionFactory(category=category, kind="matching")
    version = question.versions.get()
    assert question_version_current(question) == version
    assert question.versions.count() == 1


def _review_list(content: bytes) -> str:
    match = re.search(r'<ol class="review-list">.*?</ol>', content.decode(), re.S)
    assert match, "the review lists the answers"
    return match.group(0)


def test_editing_an_asked_question_adds_a_version_and_keeps_the_old_review(
    client, learner, make_quiz, finish_lessons, category, editor
):
    question = QuestionFactory(category=category, kind="single")
    other = QuestionFactory(category=category, kind="truefalse")
    quiz = make_quiz([question, other], review_mode=ReviewMode.FULL)
    finish_lessons(learner)
    attempt = services.attempt_start(user=learner, quiz=quiz)
    item = attempt.questions.get(question=question)
    voivode = next(c["id"] for c in item.snapshot["choices"] if c["text"] == "The voivode")
    shown = grading.public_response(item.snapshot, voivode, key=services.public_key(attempt, item))
    services.attempt_save_answer(
        attempt_id=attempt.pk, user=learner, position=item.position, raw=shown
    )
    services.attempt_submit(attempt=attempt)
    client.force_login(learner)
    before = _review_list(client.get(reverse("attempt_review", args=[attempt.pk])).content)
    assert "The voivode" in before
    asked = item.version

    # The editor rewrites the question in the admin: the mayor is now the right answer.
    client.force_login(editor)
    edit_url = reverse("wagtailsnippets_quizzes_question:edit", args=[question.pk])
    form = querydict_from_html(client.get(edit_url).content.decode(), form_id="w-editor-form")
    form["text"] = "Who decides now?"
    form["options-0-is_correct"] = ""
    form["options-1-is_correct"] = "on"
    response = client.post(edit_url, form)
    assert response.status_code == 302, response.context and response.context["form"].errors

    question.refresh_from_db()
    assert question.text == "Who decides now?"
    assert list(question.versions.values_list("number", flat=True)) == [2, 1]
    new = question.versions.get(number=2)
    assert new.snapshot["text"] == "Who decides now?"
    assert [c["correct"] for c in new.snapshot["choices"]] == [False, True, False]
    old = QuestionVersion.objects.get(pk=asked.pk)
    assert old.snapshot == item.snapshot
    assert old.snapshot["text"] == QUESTION_SAMPLES["single"]["text"]

    item = AttemptQuestion.objects.get(pk=item.pk)
    assert item.version_id == asked.pk
    assert item.snapshot["text"] == QUESTION_SAMPLES["single"]["text"]
    assert item.fraction == 1
    client.force_login(learner)
    after = _review_list(client.get(reverse("attempt_review", args=[attempt.pk])).content)
    assert after == before
    assert "Who decides now?" not in after


def test_a_new_attempt_asks_the_new_version(learner, make_quiz, finish_lessons, category):
    question = QuestionFactory(category=category, kind="truefalse")
    quiz = make_quiz([question], max_attempts=0)
    finish_lessons(learner)
    first = services.attempt_start(user=learner, quiz=quiz)
    services.attempt_submit(attempt=first)

    question.correct_true = True
    question.save()
    question_version_current(question)
    quiz = QuizPage.objects.get(pk=quiz.pk)  # as the next request loads it
    second = services.attempt_start(user=learner, quiz=quiz)

    assert first.questions.get().version.number == 1
    assert first.questions.get().snapshot["answer"] is False
    assert second.questions.get().version.number == 2
    assert second.questions.get().snapshot["answer"] is True


# --- the snippet editor ----------------------------------------------------------------------


def question_form(category, kind, options, **fields):
    data = {
        "category": category.pk,
        "name": f"Admin {kind}",
        "kind": kind,
        "text": "Question from the admin?",
        "text_format": "plain",
        "options": inline_formset(options),
        "scoring": "all_or_nothing",
        "shuffle_answers": "on",
        "ignore_case": "on",
        "ignore_spaces": "on",
        "general_feedback": "",
        "tags": "",
        **fields,
    }
    return nested_form_data(data)


def choice(text, correct=False, **extra):
    return {"text": text, "match_text": "", "is_correct": "on" if correct else "", "weight": "",
            "feedback": "", **extra}  # fmt: skip


ADD_URL = "wagtailsnippets_quizzes_question:add"


def test_editor_creates_a_single_choice_question_with_inline_options(client, editor, category):
    client.force_login(editor)
    data = question_form(
        category, "single", [choice("Voivode", True, feedback="Yes"), choice("Mayor")]
    )
    response = client.post(reverse(ADD_URL), data)

    assert response.status_code == 302
    question = Question.objects.get(name="Admin single")
    assert [
        (o.text, o.is_correct, o.feedback) for o in question.options.order_by("sort_order")
    ] == [
        ("Voivode", True, "Yes"),
        ("Mayor", False, ""),
    ]
    version = question.versions.get()  # after_create_snippet made version 1
    assert version.number == 1
    assert version.snapshot == build_snapshot(question)
    assert [c["text"] for c in version.snapshot["choices"]] == ["Voivode", "Mayor"]


def test_editor_creates_a_matching_question(client, editor, category):
    client.force_login(editor)
    options = [choice("Left 1", match_text="Right 1"), choice("Left 2", match_text="Right 2")]
    response = client.post(reverse(ADD_URL), question_form(category, "matching", options))
    assert response.status_code == 302
    snapshot = Question.objects.get().versions.get().snapshot
    assert [(p["left"], p["right"]) for p in snapshot["pairs"]] == [
        ("Left 1", "Right 1"),
        ("Left 2", "Right 2"),
    ]


@pytest.mark.parametrize(
    "kind, options, message",
    [
        ("single", [choice("Voivode"), choice("Mayor")], "Mark the correct choice."),
        ("single", [choice("Voivode", True)], "Add at least two choices."),
        ("multiple", [choice("A"), choice("B")], "Mark at least one correct choice."),
        (
            "matching",
            [choice("L1", match_text="R1"), choice("L2")],
            "Give every left item its matching right item.",
        ),
        ("short", [], "Add at least one accepted answer."),
    ],
)
def test_question_form_refuses_answers_that_do_not_fit(
    client, editor, category, kind, options, message
):
    client.force_login(editor)
    response = client.post(reverse(ADD_URL), question_form(category, kind, options))

    assert response.status_code == 200
    assert message in response.context["form"].non_field_errors()
    assert message in response.content.decode()
    assert not Question.objects.exists()
    assert not QuestionVersion.objects.exists()


def test_deleted_options_do_not_count(client, editor, category):
    client.force_login(editor)
    options = [choice("Voivode", True, DELETE="on"), choice("Mayor"), choice("Border guard")]
    response = client.post(reverse(ADD_URL), question_form(category, "single", options))
    assert response.status_code == 200
    assert "Mark the correct choice." in response.context["form"].non_field_errors()


def test_learner_cannot_open_or_use_the_question_editor(client, learner, category):
    client.force_login(learner)
    response = client.get(reverse(ADD_URL))
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))
    data = question_form(category, "single", [choice("Voivode", True), choice("Mayor")])
    assert client.post(reverse(ADD_URL), data).status_code == 302
    assert not Question.objects.exists()
