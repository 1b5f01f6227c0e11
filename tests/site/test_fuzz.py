"""Generated input against every JSON endpoint and every form: never a 5xx, never a partial write.

Hypothesis builds JSON documents (deep nesting, huge and non-finite numbers, odd strings),
raw bodies that are not JSON at all, and form values with control characters, very long text
and stray markup. After each request the tables the endpoint writes to are compared: a
refused request (4xx) must leave them exactly as they were.
"""

import json

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from courses.models import ActivityState, CourseProgress, LessonCompletion, XAPIStatement
from lms.models import OrgUnit, User
from quizzes.models import Attempt, AttemptQuestion
from tests.factories import (
    CourseProgressFactory,
    LessonActivityFactory,
    QuestionCategoryFactory,
    QuestionFactory,
    QuizPageFactory,
    fixed_section,
)

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)

odd_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        ["\x00", "\ud800", "'; DROP TABLE x; --", "<script>alert(1)</script>", "𝔘𝔫𝔦", "ą" * 300]
    ),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=500, max_size=2000),
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    odd_text,
)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=5)
        | st.dictionaries(
            st.one_of(odd_text, st.sampled_from(["verb", "object", "result"])), children, max_size=5
        )
    ),
    max_leaves=30,
)


def deep(levels):
    return "[" * levels + "]" * levels


raw_bodies = st.one_of(
    json_values.map(lambda v: json.dumps(v, allow_nan=True)),
    st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
    st.integers(min_value=30, max_value=6000).map(deep),
    st.sampled_from(['{"a": 1e400}', '{"a": NaN}', '"\\ud800"', '{"definition": "x"}', "", "{"]),
)


def statement_like():
    """xAPI-shaped documents whose parts have the wrong types."""
    return st.fixed_dictionaries(
        {
            "verb": st.one_of(
                st.just({"id": "http://adlnet.gov/expapi/verbs/answered"}), json_values
            ),
            "object": st.one_of(
                st.fixed_dictionaries({"id": odd_text, "definition": json_values}), json_values
            ),
            "result": json_values,
        }
    )


def snapshot():
    return (
        XAPIStatement.objects.count(),
        list(ActivityState.objects.order_by("pk").values_list("state", "completed_at")),
        LessonCompletion.objects.count(),
        list(CourseProgress.objects.order_by("pk").values_list("steps_done", "completed_at")),
        list(AttemptQuestion.objects.order_by("pk").values_list("response", "answered_at")),
        list(Attempt.objects.order_by("pk").values_list("status", "score")),
    )


@pytest.fixture
def endpoints(org, client_for):
    activity = LessonActivityFactory()
    lesson = activity.lesson
    course = lesson.get_parent().specific
    CourseProgressFactory(user=org.employee, course=course)
    question = QuestionFactory(category=QuestionCategoryFactory())
    quiz = QuizPageFactory(parent=course, sections=[fixed_section(question)])
    from quizzes.services import attempt_start

    attempt = attempt_start(user=org.employee, quiz=quiz)
    return {
        "xapi": reverse("h5p_xapi", args=[lesson.pk, activity.block_id]),
        "state": reverse("h5p_state", args=[lesson.pk, activity.block_id]),
        "answer": reverse("attempt_answer", args=[attempt.pk]),
    }


def post_json(client, url, body):
    client.raise_request_exception = False
    return client.post(url, body, content_type="application/json")


def check(response, before):
    assert response.status_code < 500, response.content[:300]
    if response.status_code >= 400:
        assert snapshot() == before, "a refused request changed learning records"
        assert response["Content-Type"].startswith("application/json")


@FUZZ
@given(body=raw_bodies)
def test_json_endpoints_take_any_body(endpoints, client_for, body):
    client = client_for("employee")
    for url in endpoints.values():
        before = snapshot()
        check(post_json(client, url, body), before)


@FUZZ
@given(statement=statement_like())
def test_xapi_takes_any_statement_shape(endpoints, client_for, statement):
    client = client_for("employee")
    before = snapshot()
    check(post_json(client, endpoints["xapi"], json.dumps(statement, allow_nan=True)), before)


@FUZZ
@given(state=json_values)
def test_h5p_state_takes_any_state(endpoints, client_for, state):
    client = client_for("employee")
    before = snapshot()
    body = json.dumps({"state": state}, allow_nan=True)
    check(post_json(client, endpoints["state"], body), before)


@FUZZ
@given(position=json_values, answer=json_values)
def test_quiz_autosave_takes_any_answer(endpoints, client_for, position, answer):
    client = client_for("employee")
    before = snapshot()
    body = json.dumps({"position": position, "response": answer}, allow_nan=True)
    check(post_json(client, endpoints["answer"], body), before)


# --- forms -------------------------------------------------------------------------------

form_values = st.one_of(
    odd_text.map(lambda s: s.replace("\ud800", "")),
    st.sampled_from(["", " ", "0", "-1", "99999999999999999999", "2026-02-30", "x@", "@@"]),
)


def form_cases(org):
    """(role, url name, kwargs, field names) for every form of the project."""
    person = {"pk": org.colleague.pk}
    unit = {"pk": org.team_b.pk}
    person_fields = [
        "first_name",
        "last_name",
        "email",
        "employee_number",
        "job_title",
        "hire_date",
        "org_unit",
        "preferred_language",
    ]
    unit_fields = ["name", "code", "parent", "leaders"]
    return [
        ("anonymous", "login", {}, ["username", "password"]),
        ("anonymous", "password_reset", {}, ["email"]),
        ("employee", "password_change", {}, ["old_password", "new_password1", "new_password2"]),
        ("employee", "set_language", {}, ["language", "next"]),
        ("hr", "person_create", {}, person_fields),
        ("hr", "person_edit", person, person_fields),
        ("hr", "unit_create", {}, unit_fields),
        ("hr", "unit_edit", unit, unit_fields),
        ("hr", "person_delete", person, ["confirm"]),
        ("hr", "unit_delete", unit, ["confirm"]),
    ]


def people_snapshot():
    return (
        list(User.objects.order_by("pk").values_list("email", "org_unit_id", "is_active")),
        list(OrgUnit.objects.order_by("pk").values_list("name", "code", "path")),
    )


@FUZZ
@given(values=st.lists(form_values, min_size=8, max_size=8))
def test_every_form_takes_any_values(org, client_for, values):
    for role, name, kwargs, fields in form_cases(org):
        client = client_for(role)
        client.raise_request_exception = False
        before = people_snapshot()
        data = dict(zip(fields, values * 2, strict=False))
        response = client.post(reverse(name, kwargs=kwargs), data)
        assert response.status_code < 500, (name, data)
        if response.status_code == 200 and name not in ("login", "password_reset"):
            # The form came back with errors: nothing was written.
            assert people_snapshot() == before, (name, data)


@FUZZ
@given(text=form_values, raw=st.binary(max_size=300))
def test_people_import_takes_any_file(org, client_for, text, raw):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = client_for("hr")
    client.raise_request_exception = False
    for content in (text.encode("utf-8", "replace"), raw, b"\xef\xbb\xbf" + raw):
        before = people_snapshot()
        upload = SimpleUploadedFile("ludzie.csv", content, content_type="text/csv")
        response = client.post(reverse("people_import"), {"file": upload, "action": "preview"})
        assert response.status_code < 500
        assert people_snapshot() == before, "a preview never writes"


@FUZZ
@given(query=form_values)
def test_catalogue_search_takes_any_query(org, client_for, query):
    client = client_for("employee")
    client.raise_request_exception = False
    assert client.get("/learn/", {"q": query, "area": query}).status_code < 500
