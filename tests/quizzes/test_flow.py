"""Taking a quiz through the views: lock, start, take (all questions or one a page), autosave,
the plain form, summary, submit, completion of the course and the review modes."""

import json

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.shortcuts import resolve_url
from django.urls import reverse

from courses.models import CourseProgress, LessonCompletion, ProgressStatus
from courses.services import step_complete
from quizzes import grading
from quizzes.models import Attempt, AttemptStatus, ReviewMode
from tests.factories import QuestionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def quiz(make_quiz, bank):
    return make_quiz(list(bank.values()))


@pytest.fixture
def signed_in(client, learner):
    client.force_login(learner)
    return client


@pytest.fixture
def ready(signed_in, learner, quiz, finish_lessons):
    """The learner, signed in, with both lessons of the course with ``quiz`` finished."""
    finish_lessons(learner)
    return signed_in


def start(client, quiz):
    response = client.post(reverse("attempt_start", args=[quiz.pk]))
    attempt = Attempt.objects.filter(quiz=quiz).order_by("-pk").first()
    assert attempt is not None, "the attempt was started"
    assert response.status_code == 302
    assert response.url == reverse("attempt_take", args=[attempt.pk])
    return attempt


def take_views(client, attempt):
    """The public question views of the take page, by position (what the browser sees)."""
    response = client.get(reverse("attempt_take", args=[attempt.pk]))
    assert response.status_code == 200
    return {v["position"]: v for v in response.context["all_questions"]}


def form_fields(view, snapshot, correct=True, answer_for=None):
    """The plain (non-JavaScript) form fields of one question."""
    pos, kind = view["position"], view["type"]
    raw = answer_for(view, snapshot, correct)
    if kind == "multiple":
        return {f"q{pos}": raw}
    if kind == "truefalse":
        return {f"q{pos}": "true" if raw else "false"}
    if kind == "matching":
        return {f"q{pos}-{left}": option for left, option in raw.items()}
    if kind == "ordering":  # the position selects: 1 for the first item
        return {f"q{pos}-{item}": str(rank) for rank, item in enumerate(raw, start=1)}
    return {f"q{pos}": raw}


# --- lock and start --------------------------------------------------------------------------


def test_quiz_is_locked_until_the_lessons_are_finished(client, learner, quiz, finish_lessons):
    client.force_login(learner)
    response = client.get(quiz.url)
    assert response.status_code == 403
    assert response.context["state"].locked
    assert "Finish the previous step first." in response.content.decode()

    response = client.post(reverse("attempt_start", args=[quiz.pk]))
    assert response.status_code == 302
    assert response.url == quiz.url
    assert not Attempt.objects.exists()

    finish_lessons(learner)
    response = client.get(quiz.url)
    assert response.status_code == 200
    assert reverse("attempt_start", args=[quiz.pk]) in response.content.decode()
    start(client, quiz)
    assert Attempt.objects.get().status == AttemptStatus.OPEN


def test_quiz_waits_for_every_lesson_in_a_free_order_course(client, learner, quiz, course, lessons):
    type(course).objects.filter(pk=course.pk).update(sequential=False)
    step_complete(user=learner, step=lessons[1])
    client.force_login(learner)

    response = client.post(reverse("attempt_start", args=[quiz.pk]), follow=True)

    assert "Finish all lessons before the final quiz." in response.content.decode()
    assert not Attempt.objects.exists()
    step_complete(user=learner, step=lessons[0])
    assert client.get(quiz.url).status_code == 200


def test_anonymous_visitors_are_sent_to_sign_in(client, quiz):
    response = client.post(reverse("attempt_start", args=[quiz.pk]))
    assert response.status_code == 302
    assert response.url.startswith(resolve_url(settings.LOGIN_URL))
    assert not Attempt.objects.exists()


def test_take_page_renders_every_question_without_the_answers(ready, quiz, bank):
    attempt = start(ready, quiz)
    response = ready.get(reverse("attempt_take", args=[attempt.pk]))
    html = response.content.decode()

    assert response.status_code == 200
    assert html.count('<fieldset class="question') == len(bank)
    for question in bank.values():
        assert question.text in html
    for item in attempt.questions.all():
        assert f'id="question-{item.position}"' in html
        assert f'data-type="{item.snapshot["type"]}"' in html
        for hidden in item.snapshot.get("items", []):  # ordering ids would betray the order
            assert f'-{hidden["id"]}"' not in html
        for pair in item.snapshot.get("pairs", []):  # right-hand options use opaque ids
            assert f'value="{pair["id"]}"' not in html
    assert "Yes, the voivode." not in html  # no feedback while taking


def test_one_question_per_page(signed_in, learner, make_quiz, bank, finish_lessons):
    quiz = make_quiz(list(bank.values()), one_per_page=True)
    finish_lessons(learner)
    ready = signed_in
    attempt = start(ready, quiz)
    url = reverse("attempt_take", args=[attempt.pk])
    texts = [q.text for q in bank.values()]

    response = ready.get(url, {"q": 2})
    html = response.content.decode()
    assert response.context["page_no"] == 2
    assert [q["position"] for q in response.context["questions"]] == [2]
    assert "question 2 of 6" in html
    assert texts[1] in html
    assert not any(text in html for i, text in enumerate(texts) if i != 1)

    assert ready.get(url).context["page_no"] == 1
    assert ready.get(url, {"q": "99"}).context["page_no"] == 6
    assert ready.get(url, {"q": "nope"}).context["page_no"] == 1

    truefalse = next(p for p, v in take_views(ready, attempt).items() if v["type"] == "truefalse")
    response = ready.post(f"{url}?q={truefalse}", {f"q{truefalse}": "false", "action": "next"})
    assert response.status_code == 302
    assert response.url == f"{url}?q={truefalse + 1}"
    assert attempt.questions.get(position=truefalse).response is False
    response = ready.post(f"{url}?q={truefalse}", {"action": "previous"})
    assert response.url == f"{url}?q={truefalse - 1}"


# --- saving answers --------------------------------------------------------------------------


def test_json_autosave_saves_every_type(ready, quiz, post_answer, answer_for):
    attempt = start(ready, quiz)
    views = take_views(ready, attempt)
    for item in attempt.questions.order_by("position"):
        raw = answer_for(views[item.position], item.snapshot)
        response = post_answer(ready, attempt, item.position, raw)
        assert response.status_code == 200, response.content
        body = response.json()
        assert body["saved"] is True and body["answered"] is True
        assert body["saved_at"]
        item.refresh_from_db()
        assert item.response == grading.correct_response(item.snapshot)
        assert item.answered_at is not None

    first = attempt.questions.get(position=1)
    response = post_answer(ready, attempt, 1, None)  # clearing an answer
    assert response.json() == {"saved": True, "answered": False, "saved_at": None}
    first.refresh_from_db()
    assert first.response is None and first.answered_at is None


def test_plain_form_saves_every_type(ready, quiz, answer_for):
    attempt = start(ready, quiz)
    views = take_views(ready, attempt)
    data = {"action": "summary"}
    for item in attempt.questions.all():
        data.update(form_fields(views[item.position], item.snapshot, answer_for=answer_for))

    response = ready.post(reverse("attempt_take", args=[attempt.pk]), data)

    assert response.status_code == 302
    assert response.url == reverse("attempt_summary", args=[attempt.pk])
    for item in attempt.questions.all():
        assert item.response == grading.correct_response(item.snapshot), item.snapshot["type"]
        assert item.answered_at is not None


def test_plain_form_refills_saved_answers(ready, quiz, answer_for):
    attempt = start(ready, quiz)
    views = take_views(ready, attempt)
    data = {}
    for item in attempt.questions.all():
        data.update(form_fields(views[item.position], item.snapshot, answer_for=answer_for))
    ready.post(reverse("attempt_take", args=[attempt.pk]), data)

    html = ready.get(reverse("attempt_take", args=[attempt.pk])).content.decode()
    form = BeautifulSoup(html, "html.parser").find("form", id="quiz-form")
    shown = {}
    for field in form.find_all("input", checked=True):
        shown.setdefault(field["name"], []).append(field["value"])
    for select in form.find_all("select"):
        chosen = select.find_all("option", selected=True)
        shown[select["name"]] = [o["value"] for o in chosen]
    for field in form.find_all("input", type="text"):
        shown[field["name"]] = [field.get("value", "")]
    expected = {name: value if isinstance(value, list) else [value] for name, value in data.items()}
    assert {k: sorted(v) for k, v in shown.items()} == {k: sorted(v) for k, v in expected.items()}


def test_plain_form_reports_bad_answers_and_keeps_the_good_ones(ready, quiz, answer_for):
    attempt = start(ready, quiz)
    views = take_views(ready, attempt)
    by_type = {v["type"]: p for p, v in views.items()}
    ordering = views[by_type["ordering"]]
    data = {f"q{by_type['ordering']}-{item['id']}": "1" for item in ordering["items"]}
    data[f"q{by_type['truefalse']}"] = "true"
    data[f"q{by_type['single']}"] = "o999999"

    response = ready.post(reverse("attempt_take", args=[attempt.pk]), data)

    assert response.status_code == 400
    assert set(response.context["errors"]) == {by_type["ordering"], by_type["single"]}
    html = response.content.decode()
    assert "Give each item a different position." in html
    assert "Unknown option." in html
    assert attempt.questions.get(position=by_type["ordering"]).response is None
    assert attempt.questions.get(position=by_type["single"]).response is None
    assert attempt.questions.get(position=by_type["truefalse"]).response is True


def test_summary_lists_unanswered_questions(ready, quiz, post_answer, answer_for):
    attempt = start(ready, quiz)
    views = take_views(ready, attempt)
    for item in attempt.questions.filter(position__in=[1, 3]):
        post_answer(ready, attempt, item.position, answer_for(views[item.position], item.snapshot))

    response = ready.get(reverse("attempt_summary", args=[attempt.pk]))
    html = response.content.decode()
    assert response.context["unanswered"] == [2, 4, 5, 6]
    assert "4 questions are unanswered" in html
    for position in (2, 4, 5, 6):
        assert f"#question-{position}" in html
    assert "#question-1" not in html and "#question-3" not in html

    for item in attempt.questions.exclude(position__in=[1, 3]):
        post_answer(ready, attempt, item.position, answer_for(views[item.position], item.snapshot))
    response = ready.get(reverse("attempt_summary", args=[attempt.pk]))
    assert response.context["unanswered"] == []
    assert "All questions are answered." in response.content.decode()


# --- submitting ------------------------------------------------------------------------------


def answer_all(client, attempt, post_answer, answer_for, wrong=()):
    views = take_views(client, attempt)
    for item in attempt.questions.all():
        raw = answer_for(views[item.position], item.snapshot, item.snapshot["type"] not in wrong)
        assert post_answer(client, attempt, item.position, raw).status_code == 200


def test_passing_submit_grades_and_completes_the_quiz_and_the_course(
    ready, learner, quiz, course, post_answer, answer_for
):
    attempt = start(ready, quiz)
    answer_all(ready, attempt, post_answer, answer_for, wrong={"ordering"})
    assert CourseProgress.objects.get(user=learner, course=course).status != "completed"

    response = ready.post(reverse("attempt_submit", args=[attempt.pk]))

    assert response.status_code == 302
    assert response.url == reverse("attempt_review", args=[attempt.pk])
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.SUBMITTED
    assert attempt.closed_at is not None
    assert attempt.score == 5
    assert attempt.max_score == 6
    assert str(attempt.percent) == "83.33"
    assert attempt.passed is True
    fractions = {i.snapshot["type"]: i.fraction for i in attempt.questions.all()}
    assert fractions == {"single": 1, "multiple": 1, "truefalse": 1, "matching": 1,
                         "ordering": 0, "short": 1}  # fmt: skip
    completion = LessonCompletion.objects.get(user=learner, lesson_id=quiz.pk)
    quiz.refresh_from_db()
    assert completion.revision_id == attempt.revision_id == quiz.live_revision_id
    progress = CourseProgress.objects.get(user=learner, course=course)
    assert progress.status == ProgressStatus.COMPLETED
    assert progress.completed_at is not None
    assert progress.percent == 100

    page = ready.get(quiz.url)
    assert page.status_code == 200
    assert "You have passed this quiz." in page.content.decode()


def test_failing_submit_leaves_the_course_open(
    ready, learner, quiz, course, post_answer, answer_for
):
    attempt = start(ready, quiz)
    answer_all(ready, attempt, post_answer, answer_for, wrong={"single", "multiple", "short"})

    ready.post(reverse("attempt_submit", args=[attempt.pk]))

    attempt.refresh_from_db()
    assert attempt.score == 3
    assert attempt.passed is False
    assert not LessonCompletion.objects.filter(user=learner, lesson_id=quiz.pk).exists()
    progress = CourseProgress.objects.get(user=learner, course=course)
    assert progress.status == ProgressStatus.IN_PROGRESS
    page = ready.get(quiz.url).content.decode()
    assert "Start a new attempt" in page
    assert reverse("attempt_review", args=[attempt.pk]) in page


def test_unanswered_questions_score_zero(ready, quiz):
    attempt = start(ready, quiz)
    ready.post(reverse("attempt_submit", args=[attempt.pk]))
    attempt.refresh_from_db()
    assert attempt.score == 0
    assert attempt.percent == 0
    assert attempt.passed is False
    assert set(attempt.questions.values_list("fraction", flat=True)) == {0}


def test_closed_attempt_pages_lead_to_the_review(ready, quiz):
    attempt = start(ready, quiz)
    review = reverse("attempt_review", args=[attempt.pk])
    assert ready.get(review).url == reverse("attempt_take", args=[attempt.pk])  # still open
    ready.post(reverse("attempt_submit", args=[attempt.pk]))
    assert ready.get(reverse("attempt_take", args=[attempt.pk])).url == review
    assert ready.get(reverse("attempt_summary", args=[attempt.pk])).url == review


# --- review modes ----------------------------------------------------------------------------


@pytest.fixture
def reviewed(signed_in, learner, make_quiz, finish_lessons, category, post_answer, answer_for):
    """Submit an attempt with the single-choice question wrong and the true/false one right;
    return a function giving the review page for a review mode."""
    single = QuestionFactory(
        category=category,
        kind="single",
        data={"text": "Who grants residence?", "general_feedback": "See art. 98."},
    )
    truefalse = QuestionFactory(category=category, kind="truefalse")

    def review(mode):
        quiz = make_quiz([single, truefalse], review_mode=mode)
        finish_lessons(learner)
        ready = signed_in
        attempt = start(ready, quiz)
        views = take_views(ready, attempt)
        for item in attempt.questions.all():
            right = item.snapshot["type"] == "truefalse"
            raw = answer_for(views[item.position], item.snapshot, right)
            post_answer(ready, attempt, item.position, raw)
        ready.post(reverse("attempt_submit", args=[attempt.pk]))
        response = ready.get(reverse("attempt_review", args=[attempt.pk]))
        assert response.status_code == 200
        return response.content.decode()

    return review


def test_review_score_mode_shows_only_the_score(reviewed):
    html = reviewed(ReviewMode.SCORE)
    assert "50.00%" in html
    assert "Not passed" in html
    for secret in ("The voivode", "Correct answer:", "Your answer:", "Who grants residence?",
                   "See art. 98.", "Yes, the voivode.", "Polish is the official language",
                   "review-list"):  # fmt: skip
        assert secret not in html


def test_review_wrong_mode_marks_answers_without_the_solution(reviewed):
    html = reviewed(ReviewMode.WRONG)
    assert "50.00%" in html
    assert "Who grants residence?" in html
    assert html.count('class="badge badge-bad">incorrect') == 1
    assert html.count('class="badge badge-ok">correct') == 1
    for secret in ("The voivode", "Correct answer:", "Your answer:", "See art. 98.",
                   "Polish is the official language"):  # fmt: skip
        assert secret not in html


def test_review_full_mode_shows_answers_and_feedback(reviewed):
    html = reviewed(ReviewMode.FULL)
    assert "Correct answer:" in html
    assert "The voivode" in html  # the correct answer
    assert "The mayor" in html  # the learner's wrong answer
    assert "See art. 98." in html
    assert "Right: Polish is the official language." in html  # feedback for answering false


def test_autosave_reply_does_not_leak_the_solution(ready, quiz, post_answer, answer_for):
    attempt = start(ready, quiz)
    views = take_views(ready, attempt)
    item = attempt.questions.get(position=1)
    response = post_answer(ready, attempt, 1, answer_for(views[1], item.snapshot, False))
    assert set(json.loads(response.content)) == {"saved", "answered", "saved_at"}
