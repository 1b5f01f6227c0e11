"""Nothing the attempt page shows tells which answer is right: choice ids are opaque and
differ for every attempt, their order (sorted or as shown) is spread whatever the authored
order, and ids from another attempt are refused."""

import re
from collections import Counter
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from quizzes import grading, services
from quizzes.models import AttemptQuestion
from tests.factories import QuestionFactory

from .conftest import answer_like_the_browser

pytestmark = pytest.mark.django_db

CHOICES = 4
QUESTIONS = 40
ATTEMPTS = 3  # the quiz's default maximum


class Inputs(HTMLParser):
    """Every answer input of the attempt page, by question position, in page order."""

    def __init__(self):
        super().__init__()
        self.by_position = {}
        self.attributes = []
        self._position = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "fieldset" and "data-position" in attrs:
            self._position = int(attrs["data-position"])
            self.by_position[self._position] = []
            self.attributes.append(attrs)
        elif tag == "input" and attrs.get("type") in ("radio", "checkbox"):
            self.by_position[self._position].append(attrs)
            self.attributes.append(attrs)


def rendered_inputs(client, attempt):
    parser = Inputs()
    html = client.get(reverse("attempt_take", args=[attempt.pk])).content.decode()
    parser.feed(html)
    return html, parser


def choice_question(n, kind="single"):
    """Choices written in order, the right ones first (so with the lowest option ids)."""
    correct = 1 if kind == "single" else 2
    return {
        "type": kind,
        "text": f"Question {n}?",
        "choices": [{"text": f"Answer {n}.{k}", "correct": k < correct} for k in range(CHOICES)],
    }


@pytest.fixture
def choice_bank(category):
    return [
        QuestionFactory(category=category, kind=kind, data=choice_question(n, kind), name=f"Q{n}")
        for n in range(QUESTIONS)
        for kind in ["single" if n % 4 else "multiple"]
    ]


def ranks_of_the_right_answer(client, learner, quiz):
    """For every single-choice question of ATTEMPTS attempts: the right option's rank among
    the sorted ids, and its place on the page."""
    sorted_ranks, shown_ranks = Counter(), Counter()
    for _ in range(ATTEMPTS):
        attempt = services.attempt_start(user=learner, quiz=quiz)
        _html, page = rendered_inputs(client, attempt)
        for item in attempt.questions.order_by("position"):
            if item.snapshot["type"] != "single":
                continue
            right = grading.public_response(
                item.snapshot,
                grading.correct_response(item.snapshot),
                key=services.public_key(attempt, item),
            )
            values = [i["value"] for i in page.by_position[item.position]]
            assert len(values) == CHOICES and right in values
            sorted_ranks[sorted(values).index(right)] += 1
            shown_ranks[values.index(right)] += 1
        services.attempt_submit(attempt=attempt)
    return sorted_ranks, shown_ranks


def assert_spread(ranks: Counter):
    total = sum(ranks.values())
    # 90 samples over 4 ranks: about 22 each; under 8 is 4 standard deviations away.
    assert total == ATTEMPTS * (QUESTIONS - QUESTIONS // 4)
    assert set(ranks) == set(range(CHOICES)), ranks
    assert min(ranks.values()) >= 8, ranks


def test_the_rank_of_the_right_choice_among_sorted_ids_is_spread(
    client, learner, make_quiz, finish_lessons, choice_bank
):
    quiz = make_quiz(choice_bank)
    finish_lessons(learner)
    client.force_login(learner)

    sorted_ranks, shown_ranks = ranks_of_the_right_answer(client, learner, quiz)

    assert_spread(sorted_ranks)
    assert_spread(shown_ranks)


def test_ids_are_opaque_even_when_the_editor_keeps_the_authored_order(
    client, learner, make_quiz, finish_lessons, category
):
    questions = []
    for n in range(QUESTIONS):
        question = QuestionFactory(category=category, data=choice_question(n), name=f"F{n}")
        question.shuffle_answers = False
        question.save()
        questions.append(question)
    quiz = make_quiz(questions)
    finish_lessons(learner)
    client.force_login(learner)

    sorted_ranks = Counter()
    for _ in range(ATTEMPTS):
        attempt = services.attempt_start(user=learner, quiz=quiz)
        _html, page = rendered_inputs(client, attempt)
        for item in attempt.questions.order_by("position"):
            key = services.public_key(attempt, item)
            values = [i["value"] for i in page.by_position[item.position]]
            shown = [c["text"] for c in item.snapshot["choices"]]
            assert values == [
                grading.public_response(item.snapshot, c["id"], key=key)
                for c in item.snapshot["choices"]
            ], shown  # the editor's order, as asked
            right = grading.public_response(
                item.snapshot, grading.correct_response(item.snapshot), key=key
            )
            sorted_ranks[sorted(values).index(right)] += 1
        services.attempt_submit(attempt=attempt)

    assert set(sorted_ranks) == set(range(CHOICES))
    assert min(sorted_ranks.values()) >= 10, sorted_ranks  # 120 samples: 30 expected


def test_the_page_carries_no_option_pk_and_nothing_that_differs_for_right_answers(
    client, learner, make_quiz, finish_lessons, choice_bank
):
    quiz = make_quiz(choice_bank[:8])
    finish_lessons(learner)
    client.force_login(learner)
    attempt = services.attempt_start(user=learner, quiz=quiz)

    html, page = rendered_inputs(client, attempt)

    option_pks = {o.pk for q in choice_bank[:8] for o in q.options.all()}
    values = re.findall(r'value="([^"]*)"', html)
    assert not {f"o{pk}" for pk in option_pks} & set(values)
    pks = "|".join(map(str, option_pks))
    assert not re.search(rf"\bo({pks})\b", html)
    for item in attempt.questions.all():
        key = services.public_key(attempt, item)
        right = set(
            grading.public_response(
                item.snapshot,
                [c["id"] for c in item.snapshot["choices"] if c["correct"]],
                key=key,
            )
            if item.snapshot["type"] == "multiple"
            else [
                grading.public_response(
                    item.snapshot, grading.correct_response(item.snapshot), key=key
                )
            ]
        )
        inputs = page.by_position[item.position]
        # Right and wrong inputs have the same attributes, apart from their id and value.
        shapes = {
            tuple(sorted((k, v) for k, v in i.items() if k not in ("id", "value"))) for i in inputs
        }
        assert len(shapes) == 1
        assert right <= {i["value"] for i in inputs}
        assert all(re.fullmatch(r"o[0-9a-f]{20}", i["value"]) for i in inputs)
    assert "correct" not in html.lower().replace("correct the marked", "")
    assert all(
        set(a) <= {"class", "id", "data-position", "data-type", "type", "name", "value"}
        for a in page.attributes
    )


def test_true_false_looks_the_same_whichever_is_right(
    client, learner, make_quiz, finish_lessons, category
):
    yes = QuestionFactory(category=category, kind="truefalse", data={"answer": True, "text": "S"})
    no = QuestionFactory(category=category, kind="truefalse", data={"answer": False, "text": "S"})
    quiz = make_quiz([yes, no])
    finish_lessons(learner)
    client.force_login(learner)
    attempt = services.attempt_start(user=learner, quiz=quiz)

    html = client.get(reverse("attempt_take", args=[attempt.pk])).content.decode()

    fieldsets = re.findall(r"<fieldset.*?</fieldset>", html, re.S)
    assert len(fieldsets) == 2
    first, second = (re.sub(r"q\d+|question-\d+|data-position=\"\d+\"", "", f) for f in fieldsets)
    assert first.replace("Question 1", "Question N") == second.replace("Question 2", "Question N")


def test_ids_from_another_attempt_or_another_question_are_refused(
    client, learner, make_quiz, finish_lessons, category, post_answer
):
    question = QuestionFactory(category=category, kind="single")
    ordering = QuestionFactory(category=category, kind="ordering")
    matching = QuestionFactory(category=category, kind="matching")
    quiz = make_quiz([question, ordering, matching])
    finish_lessons(learner)
    client.force_login(learner)

    first = services.attempt_start(user=learner, quiz=quiz)
    old = {}
    for item in first.questions.order_by("position"):
        view = grading.public_view(
            item.snapshot,
            shuffle_seed=services.shuffle_seed(first, item),
            key=services.public_key(first, item),
        )
        old[item.position] = answer_like_the_browser(view, item.snapshot, True)
        assert post_answer(client, first, item.position, old[item.position]).status_code == 200
    assert not first.questions.filter(response=None).exists()  # every old id was valid there
    post_answer(client, first, 1, None)  # (so that the attempt fails and another may start)
    services.attempt_submit(attempt=first)

    second = services.attempt_start(user=learner, quiz=quiz)
    assert second.pk != first.pk
    for position, raw in old.items():
        response = post_answer(client, second, position, raw)
        assert response.status_code == 400, (position, response.content)
        assert response.json()["error"]
    # The single-choice answer at another position of the same attempt means nothing either.
    item = second.questions.get(position=1)
    view = grading.public_view(
        item.snapshot,
        shuffle_seed=services.shuffle_seed(second, item),
        key=services.public_key(second, item) + "x",
    )
    assert post_answer(client, second, 1, view["choices"][0]["id"]).status_code == 400
    # The snapshot's own ids (o<pk>) are refused too.
    assert post_answer(client, second, 1, item.snapshot["choices"][0]["id"]).status_code == 400
    assert not AttemptQuestion.objects.filter(attempt=second).exclude(response=None).exists()


def test_the_summary_before_submitting_shows_the_same_for_right_and_wrong_answers(
    client, learner, make_quiz, finish_lessons, category, public_views, post_answer
):
    questions = [QuestionFactory(category=category, kind="single", name=f"S{n}") for n in range(2)]
    quiz = make_quiz(questions)
    finish_lessons(learner)
    client.force_login(learner)
    attempt = services.attempt_start(user=learner, quiz=quiz)
    views = public_views(attempt)
    post_answer(client, attempt, 1, answer_like_the_browser(*views[1], True))
    post_answer(client, attempt, 2, answer_like_the_browser(*views[2], False))

    html = client.get(reverse("attempt_summary", args=[attempt.pk])).content.decode()

    rows = re.findall(r"<li>(.*?)</li>", html.split('class="answer-summary"')[1], re.S)
    assert len(rows) == 2
    assert rows[0] == rows[1]
