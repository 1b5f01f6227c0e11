"""The xAPI and state endpoints of the H5P player ("h5p_xapi", "h5p_state")."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from courses import services
from courses.models import (
    ActivityState,
    CourseProgress,
    LessonActivity,
    LessonCompletion,
    LessonPage,
    ProgressStatus,
    XAPIStatement,
)
from tests.courses.conftest import h5p_body
from tests.factories import LessonPageFactory

pytestmark = pytest.mark.django_db

VERB = "http://adlnet.gov/expapi/verbs/"
SUBCONTENT = "http://h5p.org/x-api/h5p-subContentId"


def statement(verb="answered", *, raw=1, max_=1, subcontent=False):
    extensions = {"http://h5p.org/x-api/h5p-local-content-id": 1}
    if subcontent:
        extensions[SUBCONTENT] = "6f2c9a57-0f0b-4f8f-9b3a-1c2d3e4f5a6b"
    data = {
        "actor": {"name": "learner", "mbox": "mailto:learner@example.gov.pl"},
        "verb": {"id": verb if verb.startswith("http") else VERB + verb},
        "object": {
            "id": "http://example.gov.pl/h5p/1",
            "definition": {"extensions": extensions},
        },
    }
    if raw is not None:
        data["result"] = {"score": {"raw": raw, "max": max_}, "completion": True}
    return data


def xapi_url(lesson, block_id, revision=None):
    url = reverse("h5p_xapi", args=[lesson.pk, block_id])
    return f"{url}?revision={revision}" if revision is not None else url


def post_json(client, url, data, **extra):
    body = data if isinstance(data, str | bytes) else json.dumps(data)
    return client.post(url, body, content_type="application/json", **extra)


@pytest.fixture
def learner(client, world):
    """The employee, enrolled in the open course and signed in."""
    services.enrol(user=world.people.employee, course=world.course)
    client.force_login(world.people.employee)
    return world.people.employee


def test_a_top_level_answer_finishes_the_activity_and_the_lesson(client, world, learner):
    lesson = world.lesson
    response = post_json(
        client, xapi_url(lesson, world.block_id, lesson.live_revision_id), statement(raw=3, max_=4)
    )
    assert response.status_code == 200
    assert response.json() == {
        "stored": True,
        "activity_finished": True,
        "lesson_finished": True,
        "activities_finished": 1,
        "activities_total": 1,
    }
    stored = XAPIStatement.objects.get(user=learner, lesson=lesson)
    assert stored.top_level and stored.verb == VERB + "answered" and stored.block_id == "act-1"
    assert stored.statement["result"]["score"] == {"raw": 3, "max": 4}
    state = ActivityState.objects.get(user=learner, lesson=lesson, block_id=world.block_id)
    assert state.completed_at is not None
    assert (state.score_raw, state.score_max, state.package) == (3.0, 4.0, world.package)
    completion = LessonCompletion.objects.get(user=learner, lesson=lesson)
    assert completion.revision_id == lesson.live_revision_id is not None
    assert completion.course_id == world.course.pk
    progress = CourseProgress.objects.get(user=learner, course=world.course)
    assert (progress.steps_done, progress.steps_total) == (1, 2)
    assert progress.status == ProgressStatus.IN_PROGRESS


def test_without_a_revision_parameter_the_live_revision_is_recorded(client, world, learner):
    response = post_json(client, xapi_url(world.lesson, world.block_id), statement("completed"))
    assert response.status_code == 200 and response.json()["lesson_finished"] is True
    completion = LessonCompletion.objects.get(user=learner, lesson=world.lesson)
    assert completion.revision_id == world.lesson.live_revision_id


@pytest.mark.parametrize("revision", ["abc", "-1", "99999999", "9" * 30, "1.5", ""])
def test_a_revision_parameter_that_is_not_the_lessons_falls_back_to_live(
    client, world, learner, revision
):
    response = post_json(client, xapi_url(world.lesson, world.block_id, revision), statement())
    assert response.status_code == 200
    completion = LessonCompletion.objects.get(user=learner, lesson=world.lesson)
    assert completion.revision_id == world.lesson.live_revision_id


def test_a_revision_of_another_page_is_not_recorded(client, world, learner):
    foreign = world.text_lesson.live_revision_id
    response = post_json(client, xapi_url(world.lesson, world.block_id, foreign), statement())
    assert response.status_code == 200
    completion = LessonCompletion.objects.get(user=learner, lesson=world.lesson)
    assert completion.revision_id == world.lesson.live_revision_id != foreign


def test_a_sub_content_statement_is_stored_but_finishes_nothing(client, world, learner):
    response = post_json(
        client, xapi_url(world.lesson, world.block_id), statement("answered", subcontent=True)
    )
    assert response.status_code == 200
    assert response.json()["activity_finished"] is False
    assert response.json()["lesson_finished"] is False
    stored = XAPIStatement.objects.get(user=learner, lesson=world.lesson)
    assert stored.top_level is False
    assert not ActivityState.objects.filter(user=learner, completed_at__isnull=False).exists()
    assert not LessonCompletion.objects.filter(user=learner).exists()


@pytest.mark.parametrize("verb", ["attempted", "interacted", "failed", "progressed"])
def test_a_top_level_statement_that_does_not_finish_is_only_stored(client, world, learner, verb):
    response = post_json(client, xapi_url(world.lesson, world.block_id), statement(verb))
    assert response.status_code == 200 and response.json()["activity_finished"] is False
    assert XAPIStatement.objects.filter(user=learner, verb=VERB + verb, top_level=True).exists()
    assert not LessonCompletion.objects.filter(user=learner).exists()


def test_a_lesson_with_two_activities_is_finished_by_the_second(client, world, learner):
    body = h5p_body(world.package) + h5p_body(world.other_package, block_id="act-2", text=False)
    lesson = LessonPageFactory(parent=world.course, body=body)
    assert LessonActivity.objects.filter(lesson=lesson).count() == 2
    first = post_json(client, xapi_url(lesson, "act-1"), statement())
    assert first.json()["activity_finished"] is True and first.json()["lesson_finished"] is False
    assert not LessonCompletion.objects.filter(user=learner, lesson=lesson).exists()
    second = post_json(client, xapi_url(lesson, "act-2"), statement("completed", raw=None))
    assert second.json()["lesson_finished"] is True
    assert LessonCompletion.objects.get(user=learner, lesson=lesson).revision_id == (
        LessonPage.objects.get(pk=lesson.pk).live_revision_id
    )


def test_malformed_json_is_refused(client, world, learner):
    for body in ["{not json", " ", b"\xff\xfe{}", '{"verb": ']:
        response = post_json(client, xapi_url(world.lesson, world.block_id), body)
        assert response.status_code == 400, body
        assert "error" in response.json()
    response = post_json(client, xapi_url(world.lesson, world.block_id), [1, 2])
    assert response.status_code == 400
    assert not XAPIStatement.objects.exists()


def test_a_body_over_64_kb_is_refused(client, world, learner):
    data = statement()
    data["context"] = {"padding": "x" * (64 * 1024)}
    response = post_json(client, xapi_url(world.lesson, world.block_id), data)
    assert response.status_code == 413
    assert not XAPIStatement.objects.exists()
    # Just below the limit is fine.
    data["context"] = {"padding": "x" * (60 * 1024)}
    response = post_json(client, xapi_url(world.lesson, world.block_id), data)
    assert response.status_code == 200


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "application/xml"]
)
def test_a_body_that_is_not_json_by_content_type_is_refused(client, world, learner, content_type):
    url = xapi_url(world.lesson, world.block_id)
    response = client.post(url, json.dumps(statement()), content_type=content_type)
    assert response.status_code == 415
    assert not XAPIStatement.objects.exists()


@pytest.mark.parametrize(
    "verb", ["http://example.com/verbs/hacked", "answered-ish", None, {"id": None}]
)
def test_an_unknown_verb_is_refused(client, world, learner, verb):
    data = statement()
    if verb is None or isinstance(verb, dict):
        data["verb"] = verb
    else:
        data["verb"] = {"id": verb}
    response = post_json(client, xapi_url(world.lesson, world.block_id), data)
    assert response.status_code == 400
    assert not XAPIStatement.objects.exists()


def test_a_statement_without_an_object_is_refused(client, world, learner):
    data = statement()
    del data["object"]
    response = post_json(client, xapi_url(world.lesson, world.block_id), data)
    assert response.status_code == 400


def test_lessons_the_learner_may_not_use_give_404(client, world, learner):
    people = world.people
    # An assigned-only course, assigned to a colleague, not to this learner.
    services.enrol(user=people.colleague, course=world.assigned, source="manual")
    response = post_json(client, xapi_url(world.assigned_lesson, world.block_id), statement())
    assert response.status_code == 404
    # A lesson that does not exist, and one that is not published any more.
    response = post_json(client, reverse("h5p_xapi", args=[999999, "act-1"]), statement())
    assert response.status_code == 404
    LessonPage.objects.get(pk=world.lesson.pk).unpublish()
    response = post_json(client, xapi_url(world.lesson, world.block_id), statement())
    assert response.status_code == 404
    assert not XAPIStatement.objects.exists()
    assert not LessonCompletion.objects.exists()


def test_a_learner_not_enrolled_in_the_course_gets_404(client, world):
    client.force_login(world.people.outsider)
    response = post_json(client, xapi_url(world.lesson, world.block_id), statement())
    assert response.status_code == 404
    assert not XAPIStatement.objects.exists()


def test_an_activity_that_is_not_on_the_lesson_gives_404(client, world, learner):
    for lesson, block_id in [
        (world.lesson, "not-a-block"),
        (world.text_lesson, world.block_id),  # a block id of another lesson
    ]:
        response = post_json(client, xapi_url(lesson, block_id), statement())
        assert response.status_code == 404
        response = post_json(client, reverse("h5p_state", args=[lesson.pk, block_id]), {})
        assert response.status_code == 404
    assert not XAPIStatement.objects.exists()


def test_a_missing_csrf_token_is_refused(world, learner):
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(learner)
    url = xapi_url(world.lesson, world.block_id)
    assert post_json(csrf_client, url, statement()).status_code == 403
    state_url = reverse("h5p_state", args=[world.lesson.pk, world.block_id])
    assert post_json(csrf_client, state_url, {"state": "{}"}).status_code == 403
    assert not XAPIStatement.objects.exists()
    # With the token the lesson page sets, as the player sends it, the statement is taken.
    assert csrf_client.get(world.lesson.url).status_code == 200
    token = csrf_client.cookies["csrftoken"].value
    response = post_json(csrf_client, url, statement(), HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 200
    assert XAPIStatement.objects.filter(user=learner).count() == 1


def test_anonymous_posts_get_401_and_get_is_not_allowed(client, world, learner):
    url = xapi_url(world.lesson, world.block_id)
    assert client.get(url).status_code == 405
    client.logout()
    assert post_json(client, url, statement()).status_code == 401


def test_the_saved_state_is_given_back_to_the_player(client, world, learner):
    url = reverse("h5p_state", args=[world.lesson.pk, world.block_id])
    saved = json.dumps({"answers": [2], "progress": 1})
    response = post_json(client, url, {"state": saved})
    assert response.status_code == 200 and response.json() == {"saved": True}
    state = ActivityState.objects.get(user=learner, lesson=world.lesson, block_id="act-1")
    assert state.state == saved and state.completed_at is None

    page = client.get(world.lesson.url)
    assert page.status_code == 200
    config = page.context["player_config"]
    assert config["revision"] == world.lesson.live_revision_id
    [player] = config["players"]
    assert player["id"] == world.block_id
    assert player["state"] == saved and player["done"] is False
    assert player["xapiUrl"] == xapi_url(world.lesson, world.block_id)
    # The package itself is loaded by the sandboxed frame, not by the lesson page.
    assert "h5pJsonPath" not in player and player["channel"]
    assert config["frameOrigin"] == "null"
    # Saving again replaces the state.
    assert post_json(client, url, {"state": "{}"}).status_code == 200
    assert client.get(world.lesson.url).context["player_config"]["players"][0]["state"] == "{}"


def test_a_state_that_is_not_a_string_is_refused(client, world, learner):
    url = reverse("h5p_state", args=[world.lesson.pk, world.block_id])
    for payload in [{"state": {"a": 1}}, {}, ["x"]]:
        assert post_json(client, url, payload).status_code == 400
    assert not ActivityState.objects.exists()


def test_repeated_answers_store_statements_but_no_new_progress_history(client, world, learner):
    url = xapi_url(world.lesson, world.block_id)
    assert post_json(client, url, statement(raw=0, max_=1)).status_code == 200
    progress = CourseProgress.objects.get(user=learner, course=world.course)
    history = CourseProgress.history.filter(id=progress.pk).count()
    completions = LessonCompletion.history.filter(user=learner).count()
    for _ in range(3):
        assert post_json(client, url, statement(raw=1, max_=1)).status_code == 200
    assert XAPIStatement.objects.filter(user=learner).count() == 4
    state = ActivityState.objects.get(user=learner, lesson=world.lesson, block_id="act-1")
    assert (state.score_raw, state.score_max) == (1.0, 1.0)  # the latest score is kept
    assert CourseProgress.history.filter(id=progress.pk).count() == history
    assert LessonCompletion.history.filter(user=learner).count() == completions


def test_saving_the_state_again_adds_no_history_rows(client, world, learner):
    url = reverse("h5p_state", args=[world.lesson.pk, world.block_id])
    assert post_json(client, url, {"state": '{"answers": []}'}).status_code == 200
    state = ActivityState.objects.get(user=learner, lesson=world.lesson)
    assert state.history.count() == 1
    for answers in ([1], [1, 2], [2]):
        assert (
            post_json(client, url, {"state": json.dumps({"answers": answers})}).status_code == 200
        )
    state.refresh_from_db()
    assert state.state == '{"answers": [2]}'
    assert state.history.count() == 1
    # Finishing the activity is audited.
    assert post_json(client, xapi_url(world.lesson, world.block_id), statement()).status_code == 200
    assert state.history.count() == 2
    assert state.history.first().completed_at is not None


# --- hostile bodies: 400 with a JSON error, nothing stored --------------------------------


def _statement_text(**replace):
    """A valid statement's JSON with raw text put in place of some values."""
    text = json.dumps(statement())
    for marker, raw in replace.items():
        text = text.replace(f'"{marker}"', raw)
    return text


def _deep(depth):
    return '{"a": ' * depth + "1" + "}" * depth


HOSTILE_STATEMENTS = {
    "infinity": '{"verb": {"id": "' + VERB + 'answered"}, "object": {}, "x": Infinity}',
    "nan score": json.dumps(statement()).replace('"raw": 1', '"raw": NaN'),
    "negative infinity": json.dumps(statement()).replace('"raw": 1', '"raw": -Infinity'),
    "1e400": json.dumps(statement()).replace('"raw": 1', '"raw": 1e400'),
    "huge integer": json.dumps(statement()).replace('"raw": 1', '"raw": ' + "9" * 400),
    "nested 5000 deep": json.dumps(statement())[:-1] + ', "context": ' + _deep(5000) + "}",
    "nested lists 5000 deep": '{"verb": ' + "[" * 5000 + "]" * 5000 + "}",
    "definition is a string": json.dumps({**statement(), "object": {"id": "x", "definition": "x"}}),
    "extensions is a list": json.dumps(
        {**statement(), "object": {"id": "x", "definition": {"extensions": ["x"]}}}
    ),
    "object id is a number": json.dumps({**statement(), "object": {"id": 5}}),
    "verb is a string": json.dumps({**statement(), "verb": VERB + "answered"}),
    "verb display is a list": json.dumps(
        {**statement(), "verb": {"id": VERB + "answered", "display": ["answered"]}}
    ),
    "result is a list": json.dumps({**statement(), "result": [1]}),
    "score is a number": json.dumps({**statement(), "result": {"score": 5}}),
    "score raw is a string": json.dumps({**statement(), "result": {"score": {"raw": "1"}}}),
    "score raw is a boolean": json.dumps(
        {**statement(), "result": {"score": {"raw": True, "max": 1}}}
    ),
    "success is a string": json.dumps({**statement(), "result": {"success": "yes"}}),
    "actor is a string": json.dumps({**statement(), "actor": "me"}),
    "actor name is a list": json.dumps({**statement(), "actor": {"name": ["me"]}}),
    "context activities are strings": json.dumps(
        {**statement(), "context": {"contextActivities": {"parent": ["x"]}}}
    ),
    "choices are strings": json.dumps(
        {**statement(), "object": {"id": "x", "definition": {"choices": ["a", "b"]}}}
    ),
    "timestamp is a number": json.dumps({**statement(), "timestamp": 1}),
    "lone surrogate": '{"verb": {"id": "' + VERB + 'answered"}, "object": {"id": "\\ud800"}}',
    "lone surrogate in a key": json.dumps(statement())[:-1] + ', "\\udfff": 1}',
    "null character": json.dumps(statement())[:-1] + ', "context": {"x": "\\u0000"}}',
    "invalid utf-8": b'{"verb": {"id": "\xed\xa0\x80"}}',
    "top level list": "[1, 2, 3]",
    "top level string": '"statement"',
    "top level number": "1e400",
}


@pytest.mark.parametrize("body", HOSTILE_STATEMENTS.values(), ids=HOSTILE_STATEMENTS.keys())
def test_a_hostile_statement_answers_400_and_stores_nothing(client, world, learner, body):
    response = post_json(client, xapi_url(world.lesson, world.block_id), body)
    assert response.status_code == 400, response.content[:300]
    assert response["Content-Type"] == "application/json"
    assert isinstance(response.json()["error"], str) and response.json()["error"]
    assert not XAPIStatement.objects.exists()
    assert not ActivityState.objects.exists()
    assert not LessonCompletion.objects.filter(user=learner).exists()


HOSTILE_STATES = {
    "infinity": '{"state": Infinity}',
    "nan": '{"state": NaN}',
    "1e400": '{"state": 1e400}',
    "nested 5000 deep": '{"state": "x", "other": ' + _deep(5000) + "}",
    "state is an object": '{"state": {"a": 1}}',
    "lone surrogate": '{"state": "\\ud800"}',
    "null character": '{"state": "{\\"a\\": \\"\\u0000\\"}"}',
    "top level list": '["state"]',
}


@pytest.mark.parametrize("body", HOSTILE_STATES.values(), ids=HOSTILE_STATES.keys())
def test_a_hostile_state_answers_400_and_stores_nothing(client, world, learner, body):
    url = reverse("h5p_state", args=[world.lesson.pk, world.block_id])
    response = post_json(client, url, body)
    assert response.status_code == 400, response.content[:300]
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]
    assert not ActivityState.objects.exists()


def test_statements_as_h5p_sends_them_are_accepted(client, world, learner):
    """A MultiChoice "answered" statement with every field the player fills in."""
    data = {
        "actor": {
            "name": "learner",
            "mbox": "mailto:learner@example.gov.pl",
            "objectType": "Agent",
        },
        "verb": {"id": VERB + "answered", "display": {"en-US": "answered"}},
        "object": {
            "id": "http://testserver/learn/c/l/#act-1",
            "objectType": "Activity",
            "definition": {
                "extensions": {"http://h5p.org/x-api/h5p-local-content-id": "act-1"},
                "name": {"en-US": "Question"},
                "description": {"en-US": "<p>What?</p>\n"},
                "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                "interactionType": "choice",
                "correctResponsesPattern": ["0[,]1"],
                "choices": [{"id": "0", "description": {"en-US": "A\n"}}],
            },
        },
        "context": {
            "contextActivities": {
                "category": [
                    {
                        "id": "http://h5p.org/libraries/H5P.MultiChoice-1.14",
                        "objectType": "Activity",
                    }
                ]
            }
        },
        "result": {
            "score": {"min": 0, "max": 1, "raw": 0.5, "scaled": 0.5},
            "completion": True,
            "success": False,
            "duration": "PT3.62S",
            "response": "0",
        },
    }
    response = post_json(client, xapi_url(world.lesson, world.block_id), data)
    assert response.status_code == 200 and response.json()["activity_finished"] is True
    state = ActivityState.objects.get(user=learner, lesson=world.lesson)
    assert (state.score_raw, state.score_max) == (0.5, 1.0)
