"""Catching up after a legal change: the changed lessons redone, then a short update check
drawn only from the final quiz's questions linked to them."""

import pytest
from django.urls import reverse

from assignments import law_change
from assignments.models import Assignment, Source, Status
from certificates.models import Certificate, CertificateStatus, Origin
from courses import services as course_services
from courses.models import LessonCompletion
from lms.models import Role
from quizzes import grading
from quizzes import services as quiz_services
from quizzes.models import Attempt, AttemptPurpose
from tests.factories import (
    CoursePageFactory,
    LessonPageFactory,
    OrgUnitFactory,
    QuestionCategoryFactory,
    QuestionFactory,
    QuizPageFactory,
    UserFactory,
    fixed_section,
)

pytestmark = pytest.mark.django_db


def fresh(page):
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def world():
    unit = OrgUnitFactory(name="Zespół A", code="ZA")
    editor = UserFactory(roles=[Role.EDITOR], is_superuser=True)
    course = CoursePageFactory(title="Prawo migracyjne", sequential=False, retraining_days=14)
    first = LessonPageFactory(parent=course, title="Pobyt czasowy")
    second = LessonPageFactory(parent=course, title="Zezwolenia na pracę")
    category = QuestionCategoryFactory(name="Prawo migracyjne")
    on_first = [QuestionFactory(category=category) for _ in range(7)]
    on_second = [QuestionFactory(category=category) for _ in range(3)]
    unlinked = [QuestionFactory(category=category) for _ in range(3)]
    for questions, lesson in ((on_first, first), (on_second, second)):
        for question in questions:
            question.lessons.set([lesson.pk])
            question.save()  # a parental many-to-many is written on save
    quiz = QuizPageFactory(
        parent=course,
        title="Test końcowy",
        pass_mark=60,
        max_attempts=2,
        sections=[fixed_section(*on_first, *on_second, *unlinked)],
    )
    return type(
        "World",
        (),
        {
            "unit": unit,
            "editor": editor,
            "course": fresh(course),
            "first": fresh(first),
            "second": fresh(second),
            "quiz": fresh(quiz),
            "on_first": {q.pk for q in on_first},
            "on_second": {q.pk for q in on_second},
        },
    )


def _finish(user, course):
    for step in course_services.course_steps(course):
        course_services.step_complete(user=user, step=step)


def _mark(world, lesson, summary="Wnioski wyłącznie przez MOS", callbacks=None):
    lesson = fresh(lesson)
    lesson.body = [{"type": "text", "value": "<p>Od 27 kwietnia 2026 tylko MOS.</p>"}]
    lesson.save_revision()
    change = law_change.legal_change_publish(page=lesson, user=world.editor, summary=summary)
    law_change.process_legal_change(change.pk)
    return change


def _answer_all(attempt, *, correct=True):
    """Answer every question right, or leave them all unanswered (a fail)."""
    for item in attempt.questions.order_by("position") if correct else ():
        raw = grading.public_response(
            item.snapshot,
            grading.correct_response(item.snapshot),
            key=quiz_services.public_key(attempt, item),
        )
        quiz_services.attempt_save_answer(
            attempt_id=attempt.pk, user=attempt.user, position=item.position, raw=raw
        )
    return quiz_services.attempt_submit(attempt=attempt)


@pytest.fixture
def reached(world):
    person = UserFactory(org_unit=world.unit)
    _finish(person, world.course)
    change = _mark(world, world.first)
    assignment = Assignment.objects.get(user=person, source=Source.LAW_CHANGE)
    return person, change, assignment


def test_redoing_the_lesson_is_not_enough_when_linked_questions_exist(world, reached, client):
    person, _change, assignment = reached
    course_services.step_complete(user=person, step=fresh(world.first))

    assignment.refresh_from_db()
    assert assignment.status == Status.ACTIVE
    assert quiz_services.update_check_due(person, world.quiz) == [world.first.pk]
    client.force_login(person)
    body = client.get(fresh(world.course).url).content.decode()
    assert "Update check" in body or "Sprawdzian" in body
    assert reverse("update_check_start", args=[world.quiz.pk]) in body


def test_the_update_check_draws_only_linked_questions_and_passing_fulfils(world, reached, client):
    person, _change, assignment = reached
    course_services.step_complete(user=person, step=fresh(world.first))
    quiz_attempts_before = quiz_services.attempts_left(person, world.quiz)
    client.force_login(person)

    response = client.post(reverse("update_check_start", args=[world.quiz.pk]))

    check = Attempt.objects.get(user=person, purpose=AttemptPurpose.UPDATE_CHECK)
    assert response.status_code == 302
    assert response["Location"] == reverse("attempt_take", args=[check.pk])
    asked = set(check.questions.values_list("question_id", flat=True))
    assert asked <= world.on_first  # only questions on the changed lesson
    assert len(asked) == quiz_services.UPDATE_CHECK_SIZE  # a short check: 5 of the 7
    assert check.scope_lessons == [world.first.pk]
    assert check.deadline is None

    _answer_all(check, correct=True)

    assignment.refresh_from_db()
    assert assignment.status == Status.FULFILLED
    # The check neither completed the quiz step again nor used up a quiz attempt.
    assert LessonCompletion.objects.filter(user=person, lesson=world.quiz).count() == 1
    assert quiz_services.attempts_left(person, world.quiz) == quiz_attempts_before
    certificates = Certificate.objects.filter(user=person).order_by("pk")
    old, new = list(certificates)
    assert old.status == CertificateStatus.SUPERSEDED
    assert new.status == CertificateStatus.VALID
    assert new.origin == Origin.UPDATE
    assert new.awarded_on == old.awarded_on
    assert quiz_services.update_check_due(person, world.quiz) == []


def test_a_failed_update_check_can_be_taken_again(world, reached):
    person, _change, assignment = reached
    course_services.step_complete(user=person, step=fresh(world.first))
    first_try = quiz_services.update_check_start(
        user=person, quiz=world.quiz, lesson_ids=[world.first.pk]
    )
    _answer_all(first_try, correct=False)
    assignment.refresh_from_db()
    assert assignment.status == Status.ACTIVE
    assert quiz_services.update_check_due(person, world.quiz) == [world.first.pk]

    second_try = quiz_services.update_check_start(
        user=person, quiz=world.quiz, lesson_ids=[world.first.pk]
    )
    assert second_try.pk != first_try.pk
    _answer_all(second_try, correct=True)
    assignment.refresh_from_db()
    assert assignment.status == Status.FULFILLED


def test_no_check_before_the_lessons_are_redone(world, reached, client):
    person, _change, _assignment = reached
    client.force_login(person)

    response = client.post(reverse("update_check_start", args=[world.quiz.pk]), follow=True)

    assert not Attempt.objects.filter(user=person, purpose=AttemptPurpose.UPDATE_CHECK).exists()
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == fresh(world.course).url


def test_two_changed_lessons_make_one_check_over_both(world, reached):
    person, _change, assignment = reached
    _mark(world, world.second, summary="Nowe zezwolenia na pracę")
    assignment.refresh_from_db()
    assert set(assignment.lessons.values_list("pk", flat=True)) == {
        world.first.pk,
        world.second.pk,
    }
    for lesson in (world.first, world.second):
        course_services.step_complete(user=person, step=fresh(lesson))
    assert quiz_services.update_check_due(person, world.quiz) == sorted(
        [world.first.pk, world.second.pk]
    )
    check = quiz_services.update_check_start(
        user=person, quiz=world.quiz, lesson_ids=[world.first.pk, world.second.pk]
    )
    assert set(check.questions.values_list("question_id", flat=True)) <= (
        world.on_first | world.on_second
    )
    _answer_all(check)
    assignment.refresh_from_db()
    assert assignment.status == Status.FULFILLED


def test_a_lesson_without_linked_questions_needs_no_check(world):
    person = UserFactory(org_unit=world.unit)
    _finish(person, world.course)
    from quizzes.models import Question

    for question in Question.objects.all():
        question.lessons.clear()
        question.save()
    _mark(world, world.first)
    assignment = Assignment.objects.get(user=person, source=Source.LAW_CHANGE)

    course_services.step_complete(user=person, step=fresh(world.first))

    assignment.refresh_from_db()
    assert assignment.status == Status.FULFILLED


def test_a_material_change_of_the_quiz_lets_a_passed_person_take_it_again(world):
    person = UserFactory(org_unit=world.unit)
    attempt = quiz_services.attempt_start(user=person, quiz=world.quiz)
    for step in (world.first, world.second):
        course_services.step_complete(user=person, step=step)
    _answer_all(attempt)
    with pytest.raises(quiz_services.AttemptError):
        quiz_services.attempt_start(user=person, quiz=fresh(world.quiz))

    quiz = fresh(world.quiz)
    quiz.pass_mark = 70
    quiz.save_revision()
    change = law_change.legal_change_publish(page=quiz, user=world.editor, summary="Nowe pytania")
    law_change.process_legal_change(change.pk)

    again = quiz_services.attempt_start(user=person, quiz=fresh(world.quiz))
    assert again.number == 2
    _answer_all(again)
    assignment = Assignment.objects.get(user=person, source=Source.LAW_CHANGE)
    assert assignment.status == Status.FULFILLED


def test_the_panel_says_when_the_redo_is_overdue(world, reached, client):
    from datetime import timedelta

    from django.utils import timezone

    person, _change, assignment = reached
    client.force_login(person)

    def panel():
        response = client.get(fresh(world.course).url)
        (found,) = [p for p in response.context["course_panels"] if p["name"] == "legal_update"]
        return found["data"]["panel"]

    assert not panel().overdue
    Assignment.objects.filter(pk=assignment.pk).update(
        due_date=timezone.localdate() - timedelta(days=1)
    )
    assert panel().overdue
