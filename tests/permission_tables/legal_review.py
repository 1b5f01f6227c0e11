"""Legal review: the stale list (HR and editors), the "needs legal review" form (leaders and
HR, for a live course they may see) and the editors' task list in the Wagtail admin."""

from tests.permission_tables._cases import ADMIN_LOGIN, LOGIN, Case, row

ADMIN_ONLY = [ADMIN_LOGIN] * 4

EXPECTED = {
    "legal_review_list": [Case(None, "get", row(LOGIN, 403, 403, 200, 200))],
    "legal_review_report": [
        Case("legal_review_course", "get", row(LOGIN, 403, 200, 200, 403)),
        Case("legal_review_report_post", "post", row(LOGIN, 403, ">/learn/", ">/learn/", 403)),
        Case("legal_review_draft_course", "get", row(LOGIN, 403, 404, 404, 403)),
        Case("legal_review_missing_course", "get", row(LOGIN, 403, 404, 404, 403)),
    ],
    "legal_review_admin_requests": [Case(None, "get", row(*ADMIN_ONLY, 200))],
    "legal_review_admin_stale": [Case(None, "get", row(*ADMIN_ONLY, 200))],
    "legal_review_admin_resolve": [
        Case("legal_review_request", "get", row(*ADMIN_ONLY, 200)),
        Case("legal_review_resolve_post", "post", row(*ADMIN_ONLY, ">/admin/legal-review/")),
        Case("legal_review_missing", "get", row(*ADMIN_ONLY, 404)),
    ],
}


def targets(org):
    from courses.legal_review import legal_review_report
    from tests.factories import CoursePageFactory, LessonPageFactory

    course = CoursePageFactory(title="Kurs do przeglądu prawnego")
    lesson = LessonPageFactory(parent=course)
    reported = LessonPageFactory(parent=course)
    draft = CoursePageFactory(publish=False, live=False)
    review, _ = legal_review_report(
        course=course, lesson=reported, what="Nowy formularz", acting_user=org.hr
    )
    return {
        "legal_review_course": {"course_id": course.pk},
        "legal_review_report_post": (
            {"course_id": course.pk},
            {"lesson": lesson.pk, "what": "Zmiana przepisów", "why": "Dz.U. 2026 poz. 1"},
        ),
        "legal_review_draft_course": {"course_id": draft.pk},
        "legal_review_missing_course": {"course_id": 999_999},
        "legal_review_request": {"pk": review.pk},
        "legal_review_resolve_post": (
            {"pk": review.pk},
            {"outcome": "dismissed", "note": "Lekcja jest aktualna."},
        ),
        "legal_review_missing": {"pk": 999_999},
    }
