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
        "legal_change": {"pk": LegalChangeFactory().pk},
        "legal_change_missing": {"pk": 999_999},
        "legal_change_lesson": {"page_id": lesson.pk},
        "legal_change_course": {"page_id": course.pk},
    }
