""" "Who was trained on the version of a lesson in force on a day": the page is for HR
(everyone), leaders (their reach, with names) and editors (counts only); its CSV export is for
HR and leaders (bad input there is a 400 with the form's message: see
tests/assignments/test_legal_history.py)."""

from tests.permission_tables._cases import LOGIN, Case, row

EXPECTED = {
    "legal_trained_on": [
        Case(None, "get", row(LOGIN, 403, 200, 200, 200)),
        Case("trained_on_lesson", "get", row(LOGIN, 403, 200, 200, 200)),
    ],
    "legal_trained_on_export": [
        Case("trained_on_lesson", "get", row(LOGIN, 403, 200, 200, 403)),
    ],
}


def targets(org):
    from tests.factories import CoursePageFactory, LessonPageFactory

    course = CoursePageFactory()
    lesson = LessonPageFactory(parent=course)
    return {"trained_on_lesson": ({}, {"lesson": lesson.pk})}
