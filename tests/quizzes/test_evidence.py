"""An attempt is evidence: once submitted, nothing changes its answers or score, the
completion it caused points at it, and the admin refuses to delete what it rests on."""

import pytest
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.db.models import PROTECT
from django.db.models.deletion import ProtectedError
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from courses.models import LessonCompletion
from quizzes import services
from quizzes.bank import question_version_current
from quizzes.models import Attempt, AttemptQuestion, AttemptStatus, Question, QuizPage
from quizzes.wagtail_hooks import refuse_deleting_attempted_quizzes
from tests.factories import QuestionFactory

pytestmark = pytest.mark.django_db


def main(response):
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def evidence(attempt):
    """Everything about an attempt that must never change once it is closed."""
    attempt = Attempt.objects.get(pk=attempt.pk)
    fields = ("status", "score", "max_score", "percent", "passed", "closed_at", "completion_id")
    rows = AttemptQuestion.objects.filter(attempt=attempt).order_by("position")
    return (
        {f: getattr(attempt, f) for f in fields},
        list(rows.values_list("position", "version_id", "snapshot", "response", "fraction")),
        Attempt.history.filter(id=attempt.pk).count(),
        AttemptQuestion.history.filter(attempt_id=attempt.pk).count(),
    )


@pytest.fixture
def questions(category):
    return [QuestionFactory(category=category, kind=k) for k in ("single", "truefalse")]


@pytest.fixture
def quiz(make_quiz, questions):
    return make_quiz(questions, pass_mark=100)


def take(client, learner, quiz, public_views, answer_for, post_answer, correct=(True, True)):
    attempt = services.attempt_start(user=learner, quiz=QuizPage.objects.get(pk=quiz.pk))
    client.force_login(learner)
    for position, (view, snapshot) in public_views(attempt).items():
        response = post_answer(
            client, attempt, position, answer_for(view, snapshot, correct[position - 1])
        )
        assert response.status_code == 200
    client.post(reverse("attempt_submit", args=[attempt.pk]))
    return Attempt.objects.get(pk=attempt.pk)


@pytest.fixture
def failed(client, learner, quiz, finish_lessons, public_views, answer_for, post_answer):
    finish_lessons(learner)
    return take(client, learner, quiz, public_views, answer_for, post_answer, (True, False))


def test_submitting_again_changes_nothing(client, failed):
    before = evidence(failed)
    assert before[0]["status"] == AttemptStatus.SUBMITTED and before[0]["passed"] is False

    assert client.post(reverse("attempt_submit", args=[failed.pk])).status_code == 302
    services.attempt_submit(attempt=failed)
    services.attempt_submit(attempt=failed, expired=True)

    assert evidence(failed) == before


def test_answers_after_submitting_are_refused_and_change_nothing(
    client, failed, public_views, answer_for, post_answer
):
    before = evidence(failed)
    for position, (view, snapshot) in public_views(failed).items():
        response = post_answer(client, failed, position, answer_for(view, snapshot, True))
        assert response.status_code == 409
    page = client.post(reverse("attempt_take", args=[failed.pk]), {"q1": "x", "q2": "true"})
    assert page.status_code == 302
    assert evidence(failed) == before


def test_closing_expired_attempts_does_not_regrade_submitted_ones(failed):
    Attempt.objects.filter(pk=failed.pk).update(deadline=timezone.now() - timezone.timedelta(1))
    before = evidence(failed)

    services.close_expired_attempts(now=timezone.now() + timezone.timedelta(days=2))

    assert evidence(failed) == before


def test_a_new_attempt_never_reopens_the_old_one(
    client, learner, quiz, failed, public_views, answer_for, post_answer
):
    before = evidence(failed)

    second = take(client, learner, quiz, public_views, answer_for, post_answer)

    assert second.pk != failed.pk and second.number == 2 and second.passed
    assert evidence(failed) == before
    with pytest.raises(services.AttemptError):
        services.attempt_start(user=learner, quiz=QuizPage.objects.get(pk=quiz.pk))
    assert Attempt.objects.filter(user=learner, quiz=quiz).count() == 2


def test_editing_the_bank_changes_no_past_result(client, failed, questions):
    before = evidence(failed)
    review = main(client.get(reverse("attempt_review", args=[failed.pk])))

    truefalse = Question.objects.get(pk=questions[1].pk)
    truefalse.correct_true = not truefalse.correct_true
    truefalse.text = "Rewritten after the attempt."
    truefalse.save()
    question_version_current(truefalse)

    assert evidence(failed) == before
    assert main(client.get(reverse("attempt_review", args=[failed.pk]))) == review


def test_the_completion_a_passed_attempt_caused_records_that_attempt(
    client, learner, quiz, finish_lessons, public_views, answer_for, post_answer
):
    finish_lessons(learner)

    passed = take(client, learner, quiz, public_views, answer_for, post_answer)

    completion = LessonCompletion.objects.get(user=learner, lesson_id=quiz.pk)
    assert passed.revision_id is not None
    assert passed.passed and passed.completion_id == completion.pk
    assert completion.quiz_attempts.get() == passed
    closing = Attempt.history.filter(id=passed.pk).order_by("-history_id").first()
    assert closing.status == AttemptStatus.SUBMITTED and closing.completion_id == completion.pk
    assert completion.revision_id == passed.revision_id
    with pytest.raises(ProtectedError):
        completion.delete()  # the attempt keeps its completion


def test_a_failed_attempt_records_no_completion(failed, learner, quiz):
    assert failed.completion_id is None
    assert not LessonCompletion.objects.filter(user=learner, lesson_id=quiz.pk).exists()


def test_attempts_protect_their_people_and_quiz_pages(failed, learner):
    for name in ("user", "quiz"):
        assert Attempt._meta.get_field(name).remote_field.on_delete is PROTECT
    with pytest.raises(ProtectedError):
        learner.delete()
    assert Attempt.objects.filter(pk=failed.pk).exists()


def test_an_attempt_keeps_the_revision_it_was_taken_on_and_its_questions(failed):
    from wagtail.models import Revision

    revision = Revision.objects.get(pk=failed.revision_id)
    with pytest.raises(ProtectedError):
        revision.delete()
    with pytest.raises(ProtectedError):
        Attempt.objects.get(pk=failed.pk).delete()
    assert Attempt.objects.get(pk=failed.pk).revision_id == revision.pk
    assert AttemptQuestion.objects.filter(attempt=failed).count() == 2


# --- the admin refuses to delete what attempts rest on ---------------------------------------


def messages_of(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.mark.parametrize("method", ["get", "post"])
def test_deleting_an_attempted_quiz_in_the_admin_is_refused(
    client, editor, quiz, course, failed, method
):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:delete", args=[quiz.pk])

    response = getattr(client, method)(url)

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_explore", args=[course.pk])
    assert any("cannot be deleted" in m for m in messages_of(response))
    assert QuizPage.objects.filter(pk=quiz.pk).exists()
    assert Attempt.objects.filter(pk=failed.pk).exists()


def test_deleting_the_course_of_an_attempted_quiz_is_refused(client, editor, quiz, course, failed):
    client.force_login(editor)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[course.pk]))
    assert response.status_code == 302
    assert any("cannot be deleted" in m for m in messages_of(response))
    assert QuizPage.objects.filter(pk=quiz.pk).exists()


def test_bulk_deleting_an_attempted_quiz_is_refused(client, editor, quiz, course, failed):
    client.force_login(editor)
    url = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        + f"?id={quiz.pk}&childOf={course.pk}"
    )
    response = client.post(url, {"confirm": "1"})
    assert response.status_code == 302
    assert any("cannot be deleted" in m for m in messages_of(response))
    assert QuizPage.objects.filter(pk=quiz.pk).exists()


def test_the_quiz_hook_says_why_in_its_own_words(editor, quiz, failed, make_quiz):
    request = RequestFactory().post("/")
    request.user = editor
    request.session = {}
    request._messages = FallbackStorage(request)

    response = refuse_deleting_attempted_quizzes(request, quiz)

    assert response.status_code == 302
    (message,) = [str(m) for m in request._messages]
    assert message == (
        f"{quiz.title} cannot be deleted: 1 attempt rests on it, and attempts are evidence of "
        "training. Unpublish the quiz instead; its results stay."
    )
    untouched = make_quiz([])
    assert refuse_deleting_attempted_quizzes(request, untouched) is None


def test_an_unattempted_quiz_can_still_be_deleted(client, editor, make_quiz):
    quiz = make_quiz([])
    client.force_login(editor)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[quiz.pk]))
    assert response.status_code == 302
    assert not QuizPage.objects.filter(pk=quiz.pk).exists()


def test_deleting_an_asked_question_is_refused(client, editor, questions, failed):
    client.force_login(editor)
    url = reverse("wagtailsnippets_quizzes_question:delete", args=[questions[0].pk])

    response = client.post(url)

    assert response.status_code == 302
    assert any("people's attempts asked it" in m for m in messages_of(response))
    assert Question.objects.filter(pk=questions[0].pk).exists()
    assert evidence(failed)[1][0][3] is not None


def test_deleting_a_category_with_questions_is_refused(client, editor, category, questions):
    client.force_login(editor)
    url = reverse("wagtailsnippets_quizzes_questioncategory:delete", args=[category.pk])
    response = client.post(url)
    assert response.status_code == 302
    assert any("while it has questions" in m for m in messages_of(response))


def test_an_unasked_question_can_still_be_deleted(client, editor, category):
    question = QuestionFactory(category=category)
    client.force_login(editor)
    url = reverse("wagtailsnippets_quizzes_question:delete", args=[question.pk])
    assert client.post(url).status_code == 302
    assert not Question.objects.filter(pk=question.pk).exists()
