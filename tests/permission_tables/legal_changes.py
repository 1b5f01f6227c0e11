"""Legal changes: editors mark a publish in the Wagtail admin; the legal changes pages are
for HR (everyone), leaders (their reach, with names) and editors (counts)."""

from tests.permission_tables._cases import ADMIN_LOGIN, LOGIN, Case, row

VIEWERS = row(LOGIN, 403, 200, 200, 200)
ADMIN_EDITOR = row(ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, 200)

EXPECTED = {
    "legal_changes": [Case(None, "get", VIEWERS)],
    "legal_change_detail": [
        Case("legal_change", "get", VIEWERS),
        Case("legal_change_missing", "get", row(LOGIN, 403, 404, 404, 404)),
    ],
    # The update check after a legal change: the employee has one due; nobody else does.
    "update_check_start": [
        Case(
            "update_check_quiz",
            "post",
            row(LOGIN, ">/learning/attempts/", ">/learn/", ">/learn/", ">/learn/"),
        ),
    ],
    "legal_change_mark": [
        Case("legal_change_lesson", "get", ADMIN_EDITOR),
        Case(
            "legal_change_course",
            "get",
            row(ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, 404),
        ),
    ],
}


def targets(org):
    from tests.assignments.factories import LegalChangeFactory
    from tests.factories import CoursePageFactory, LessonPageFactory

    course = CoursePageFactory()
    lesson = LessonPageFactory(parent=course)
    lesson.save_revision()
    return {
        "update_check_quiz": {"quiz_id": _update_check_due(org.employee).pk},
        "legal_change": {"pk": LegalChangeFactory().pk},
        "legal_change_missing": {"pk": 999_999},
        "legal_change_lesson": {"page_id": lesson.pk},
        "legal_change_course": {"page_id": course.pk},
    }


def _update_check_due(person):
    """A course whose final quiz has a question on a lesson that a material legal change
    reached ``person`` on, and that they have redone: their update check is due."""
    from wagtail.models import Page

    from assignments import law_change
    from assignments.models import LegalChange
    from courses import services as course_services
    from tests.factories import (
        CoursePageFactory,
        LessonPageFactory,
        QuestionFactory,
        QuizPageFactory,
        fixed_section,
    )

    course = CoursePageFactory(sequential=False)
    lesson = LessonPageFactory(parent=course)
    question = QuestionFactory()
    question.lessons.set([lesson.pk])
    question.save()
    quiz = QuizPageFactory(parent=course, sections=[fixed_section(question)])
    for step in course_services.course_steps(course):
        course_services.step_complete(user=person, step=step)
    page = Page.objects.get(pk=lesson.pk).specific
    page.body = [{"type": "text", "value": "<p>Nowe przepisy.</p>"}]
    page.save_revision().publish()
    page = Page.objects.get(pk=lesson.pk)
    change = LegalChange.objects.create(
        page=page, revision_id=page.live_revision_id, course=course, summary="Nowe przepisy"
    )
    law_change.process_legal_change(change.pk)
    course_services.step_complete(user=person, step=Page.objects.get(pk=lesson.pk).specific)
    return quiz
