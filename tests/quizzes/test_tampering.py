"""Tampered requests get a 4xx and change nothing."""

import json
from types import SimpleNamespace

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse

from courses.services import step_complete
from quizzes import grading, services
from quizzes.models import Attempt, AttemptQuestion, AttemptStatus
from quizzes.views import ANSWER_MAX_BYTES
from tests.factories import (
    CoursePageFactory,
    LessonPageFactory,
    QuestionCategoryFactory,
    QuestionFactory,
    QuizPageFactory,
    UserFactory,
    fixed_section,
)

from .conftest import KINDS, answer_like_the_browser

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def tampering(django_db_setup, django_db_blocker):
    """One course, quiz and attempt (every question answered wrongly) for the whole module,
    made in a transaction rolled back at its end; each test runs in a savepoint inside it,
    so whatever a test changes is undone before the next."""
    with django_db_blocker.unblock(), transaction.atomic():
        course = CoursePageFactory()
        lessons = [LessonPageFactory(parent=course) for _ in range(2)]
        category = QuestionCategoryFactory(name="Tampering")
        questions = [QuestionFactory(category=category, kind=kind) for kind in KINDS]
        quiz = QuizPageFactory(
            parent=course, sections=[fixed_section(*questions)], shuffle_questions=False
        )
        learner, other = UserFactory(), UserFactory()
        for lesson in lessons:
            step_complete(user=learner, step=lesson)
        attempt = services.attempt_start(user=learner, quiz=quiz)
        views = {}
        for item in attempt.questions.order_by("position"):
            view = grading.public_view(
                item.snapshot,
                shuffle_seed=services.shuffle_seed(attempt, item),
                key=services.public_key(attempt, item),
            )
            views[item.position] = (view, item.snapshot)
            services.attempt_save_answer(
                attempt_id=attempt.pk,
                user=learner,
                position=item.position,
                raw=answer_like_the_browser(view, item.snapshot, False),
            )
        yield SimpleNamespace(
            learner=learner, other=other, attempt=attempt, views=views, answered=state(attempt)
        )
        transaction.set_rollback(True)


@pytest.fixture
def learner(tampering):
    return tampering.learner


@pytest.fixture
def other_learner(tampering):
    return tampering.other


@pytest.fixture
def attempt(tampering):
    return Attempt.objects.get(pk=tampering.attempt.pk)


@pytest.fixture
def views(tampering):
    return tampering.views


@pytest.fixture
def answered(client, tampering):
    """The learner signed in; returns the saved answers nothing here may change."""
    client.force_login(tampering.learner)
    assert state(tampering.attempt) == tampering.answered
    return tampering.answered


def state(attempt):
    return list(
        AttemptQuestion.objects.filter(attempt=attempt)
        .order_by("position")
        .values_list("position", "response", "answered_at")
    )


def position_of(views, kind):
    return next(p for p, (view, _snapshot) in views.items() if view["type"] == kind)


def internal(snapshot, key):
    return [entry["id"] for entry in snapshot[key]]


BAD_ANSWERS = {
    # an id that is not part of the question
    "single: unknown option": ("single", lambda v, s: "o999999"),
    "single: the internal id": ("single", lambda v, s: s["choices"][0]["id"]),
    "multiple: one unknown option": ("multiple", lambda v, s: [v["choices"][0]["id"], "o999999"]),
    "multiple: the same option twice": (
        "multiple",
        lambda v, s: [v["choices"][0]["id"], v["choices"][0]["id"]],
    ),
    "multiple: the internal ids": ("multiple", lambda v, s: internal(s, "choices")),
    "matching: unknown item": ("matching", lambda v, s: {"p999999": v["options"][0]["id"]}),
    "matching: the internal ids": ("matching", lambda v, s: {p: p for p in internal(s, "pairs")}),
    "matching: unknown option": ("matching", lambda v, s: {v["left"][0]["id"]: "oXXXX"}),
    "ordering: the internal ids": ("ordering", lambda v, s: internal(s, "items")),
    "ordering: an item missing": ("ordering", lambda v, s: [i["id"] for i in v["items"]][:-1]),
    "ordering: an item twice": (
        "ordering",
        lambda v, s: [v["items"][0]["id"]] * len(v["items"]),
    ),
    # wrong types
    "single: a list": ("single", lambda v, s: [v["choices"][0]["id"]]),
    "single: a number": ("single", lambda v, s: 1),
    "multiple: a string": ("multiple", lambda v, s: v["choices"][0]["id"]),
    "multiple: numbers": ("multiple", lambda v, s: [1, 2]),
    "truefalse: a number": ("truefalse", lambda v, s: 1),
    "truefalse: yes": ("truefalse", lambda v, s: "yes"),
    "matching: a list": ("matching", lambda v, s: [o["id"] for o in v["options"]]),
    "matching: a nested object": ("matching", lambda v, s: {v["left"][0]["id"]: {"x": 1}}),
    "ordering: a string": ("ordering", lambda v, s: v["items"][0]["id"]),
    "short: an object": ("short", lambda v, s: {"text": "KPA"}),
    "short: too long": ("short", lambda v, s: "K" * 501),
    "short: a NUL character": ("short", lambda v, s: "KPA\x00"),
}


@pytest.mark.parametrize("case", BAD_ANSWERS)
def test_bad_answers_are_refused_and_change_nothing(
    case, client, attempt, views, answered, post_answer
):
    kind, make = BAD_ANSWERS[case]
    position = position_of(views, kind)
    view, snapshot = views[position]

    response = post_answer(client, attempt, position, make(view, snapshot))

    assert response.status_code == 400
    assert response.json()["error"]
    assert state(attempt) == answered


@pytest.mark.parametrize(
    "payload",
    [
        {"position": "first", "response": True},
        {"response": True},
        {"position": None, "response": True},
        ["position", 1],
        "1",
    ],
    ids=["position text", "no position", "position null", "a list", "a string"],
)
def test_malformed_payloads_are_refused(payload, client, attempt, answered):
    response = client.post(
        reverse("attempt_answer", args=[attempt.pk]),
        data=json.dumps(payload),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert state(attempt) == answered


@pytest.mark.parametrize("position", [0, -1, 7, 10**6])
def test_a_position_not_in_the_attempt_is_refused(position, client, attempt, answered, post_answer):
    response = post_answer(client, attempt, position, True)
    assert response.status_code == 400
    assert response.json()["error"] == "This question is not part of the attempt."
    assert state(attempt) == answered


def test_invalid_json_is_refused(client, attempt, answered):
    response = client.post(
        reverse("attempt_answer", args=[attempt.pk]),
        data=b'{"position": 1, "response": ',
        content_type="application/json",
    )
    assert response.status_code == 400
    assert state(attempt) == answered


@pytest.mark.parametrize(
    "content_type, body",
    [
        ("text/plain", '{"position": 3, "response": true}'),
        ("application/x-www-form-urlencoded", "position=3&response=true"),
        ("multipart/form-data; boundary=xyz", "--xyz--"),
    ],
)
def test_a_body_that_is_not_json_gets_415(content_type, body, client, attempt, answered):
    response = client.post(
        reverse("attempt_answer", args=[attempt.pk]), data=body, content_type=content_type
    )
    assert response.status_code == 415
    assert state(attempt) == answered


def test_an_oversize_body_gets_413(client, attempt, views, answered):
    position = position_of(views, "short")
    body = json.dumps({"position": position, "response": "KPA", "pad": "x" * ANSWER_MAX_BYTES})
    response = client.post(
        reverse("attempt_answer", args=[attempt.pk]), data=body, content_type="application/json"
    )
    assert response.status_code == 413
    assert state(attempt) == answered


def test_someone_elses_attempt_is_not_found(
    client, other_learner, attempt, views, answered, post_answer, answer_for
):
    client.force_login(other_learner)
    view, snapshot = views[1]

    response = post_answer(client, attempt, 1, answer_for(view, snapshot))
    assert response.status_code == 404
    for name in ("attempt_take", "attempt_summary", "attempt_review"):
        assert client.get(reverse(name, args=[attempt.pk])).status_code == 404
    assert client.post(reverse("attempt_take", args=[attempt.pk]), {"q1": "x"}).status_code == 404
    assert client.post(reverse("attempt_submit", args=[attempt.pk])).status_code == 404

    assert state(attempt) == answered
    assert Attempt.objects.get(pk=attempt.pk).status == AttemptStatus.OPEN


def test_a_missing_attempt_is_not_found(client, answered, post_answer):
    missing = Attempt(pk=10**6)
    assert post_answer(client, missing, 1, True).status_code == 404


def test_a_closed_attempt_refuses_answers(
    client, learner, attempt, views, answered, answer_for, post_answer
):
    services.attempt_submit(attempt=attempt)
    closed = Attempt.objects.get(pk=attempt.pk)
    view, snapshot = views[1]

    response = post_answer(client, attempt, 1, answer_for(view, snapshot))

    assert response.status_code == 409
    assert "closed" in response.json()["error"]
    assert state(attempt) == answered
    again = Attempt.objects.get(pk=attempt.pk)
    assert (again.score, again.closed_at) == (closed.score, closed.closed_at)


def test_anonymous_autosave_gets_401(client, attempt, post_answer):
    before = state(attempt)
    response = post_answer(client, attempt, 1, True)
    assert response.status_code == 401
    assert state(attempt) == before


def test_autosave_only_accepts_post(client, attempt, answered):
    assert client.get(reverse("attempt_answer", args=[attempt.pk])).status_code == 405


def test_autosave_without_the_csrf_token_is_refused(learner, attempt, views, answer_for):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    before = state(attempt)
    view, snapshot = views[1]
    response = client.post(
        reverse("attempt_answer", args=[attempt.pk]),
        data=json.dumps({"position": 1, "response": answer_for(view, snapshot)}),
        content_type="application/json",
    )
    assert response.status_code == 403
    assert state(attempt) == before


def test_submit_and_start_need_post(client, learner, attempt):
    client.force_login(learner)
    assert client.get(reverse("attempt_submit", args=[attempt.pk])).status_code == 405
    assert client.get(reverse("attempt_start", args=[attempt.quiz_id])).status_code == 405
    assert Attempt.objects.get(pk=attempt.pk).is_open


def test_a_huge_body_gets_413_too(client, attempt, answered):
    body = json.dumps({"position": 1, "response": "x" * (6 * 1024 * 1024)})
    response = client.post(
        reverse("attempt_answer", args=[attempt.pk]), data=body, content_type="application/json"
    )
    assert response.status_code == 413
    assert state(attempt) == answered


def history_rows(attempt):
    return (
        Attempt.history.filter(id=attempt.pk).count(),
        AttemptQuestion.history.filter(attempt_id=attempt.pk).count(),
    )


DEEP = "[" * 5000 + "]" * 5000
HOSTILE_BODIES = {
    "Infinity": b'{"position": 1, "response": Infinity}',
    "-Infinity": b'{"position": 1, "response": -Infinity}',
    "NaN": b'{"position": 1, "response": NaN}',
    "1e400": b'{"position": 1, "response": 1e400}',
    "position 1e400": b'{"position": 1e400, "response": true}',
    "nested 5000 deep": ('{"position": 1, "response": ' + DEEP + "}").encode(),
    "nested 5000 deep at the top": DEEP.encode(),
    "lone surrogate": b'{"position": 6, "response": "\\ud800"}',
    "lone surrogate in a key": b'{"position": 4, "response": {"\\udfff": "x"}}',
    "NUL escaped": b'{"position": 6, "response": "KPA\\u0000"}',
    "not UTF-8": b'{"position": 6, "response": "\xff\xfe"}',
    "only whitespace": b"  ",
    "null": b"null",
    "a number": b"1",
    "an empty list": b"[]",
    "position true": b'{"position": true, "response": true}',
    "position 1.0": b'{"position": 1.0, "response": true}',
    "position as text": b'{"position": "1", "response": true}',
    "position a list": b'{"position": [1], "response": true}',
    "position an object": b'{"position": {"n": 1}, "response": true}',
    "position beyond 64 bits": b'{"position": 100000000000000000000000, "response": true}',
    "position beyond 2**63 at the top": b"100000000000000000000000",
    "no response key": b'{"position": 1}',
    "an unknown key": b'{"position": 1, "response": true, "score": 1}',
}


@pytest.mark.parametrize("case", HOSTILE_BODIES)
def test_hostile_autosave_bodies_answer_400_with_a_json_error_and_write_nothing(
    case, client, attempt, answered
):
    before = history_rows(attempt)

    response = client.generic(
        "POST",
        reverse("attempt_answer", args=[attempt.pk]),
        HOSTILE_BODIES[case],
        content_type="application/json",
    )

    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/json"
    assert isinstance(response.json()["error"], str) and response.json()["error"]
    assert state(attempt) == answered
    assert history_rows(attempt) == before
    assert Attempt.objects.get(pk=attempt.pk).is_open


@pytest.mark.parametrize("rank", ["²", "1.5", "x", "9" * 5000])
def test_a_tampered_ordering_rank_in_the_plain_form_is_refused(
    rank, client, attempt, views, answered
):
    position = position_of(views, "ordering")
    view, _snapshot = views[position]
    data = {f"q{position}-{item['id']}": str(n) for n, item in enumerate(view["items"], 1)}
    data[f"q{position}-{view['items'][0]['id']}"] = rank

    response = client.post(reverse("attempt_take", args=[attempt.pk]), data)

    assert response.status_code == 400
    assert b"Choose a position for each item." in response.content
    assert state(attempt)[position - 1] == answered[position - 1]
