"""Walk every URL pattern of the project for every role and compare with a table.

A new view without an entry here fails the suite, so access is decided on purpose.
Statuses: 200 OK, 302 redirect (anonymous → sign-in), 403 denied, 404 hidden, 405 wrong method.
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from courses.models import CourseIndexPage
from tests.factories import AttemptFactory, CoursePageFactory, LessonPageFactory, QuizPageFactory

ROLES = ["anonymous", "employee", "leader", "hr", "editor"]
PROJECT_APPS = ("lms", "courses", "quizzes", "certificates")

A, E, L, H, D = ROLES  # column order of the table below
ANON_REDIRECT = 302


def row(anonymous, employee, leader, hr, editor):
    return dict(zip(ROLES, (anonymous, employee, leader, hr, editor), strict=True))


# url name -> (kwargs builder name, method, expected statuses per role)
EXPECTED = {
    "home": (None, "get", row(302, 200, 200, 200, 200)),
    "healthz": (None, "get", row(200, 200, 200, 200, 200)),
    "set_language": (None, "post", row(302, 302, 302, 302, 302)),
    "login": (None, "get", row(200, 302, 302, 302, 302)),
    "logout": (None, "post", row(200, 200, 200, 200, 200)),
    "password_change": (None, "get", row(302, 200, 200, 200, 200)),
    "password_change_done": (None, "get", row(302, 200, 200, 200, 200)),
    "password_reset": (None, "get", row(200, 200, 200, 200, 200)),
    "password_reset_done": (None, "get", row(200, 200, 200, 200, 200)),
    "password_reset_confirm": ("reset", "get", row(302, 302, 302, 302, 302)),
    "password_reset_complete": (None, "get", row(200, 200, 200, 200, 200)),
    "people_list": (None, "get", row(302, 403, 403, 200, 403)),
    "person_create": (None, "get", row(302, 403, 403, 200, 403)),
    "people_import": (None, "get", row(302, 403, 403, 200, 403)),
    "people_export": (None, "get", row(302, 403, 403, 200, 403)),
    # the leader's own team member / a person outside the leader's team
    "person_detail": ("team_member", "get", row(302, 404, 200, 200, 404)),
    "person_detail@outsider": ("outsider", "get", row(302, 404, 404, 200, 404)),
    "person_edit": ("team_member", "get", row(302, 403, 403, 200, 403)),
    "person_deactivate": ("team_member", "post", row(302, 403, 403, 302, 403)),
    "person_reactivate": ("team_member", "post", row(302, 403, 403, 302, 403)),
    "person_delete": ("team_member", "get", row(302, 403, 403, 200, 403)),
    "unit_list": (None, "get", row(302, 403, 200, 200, 403)),
    "unit_create": (None, "get", row(302, 403, 403, 200, 403)),
    "unit_detail": ("led_unit", "get", row(302, 403, 200, 200, 403)),
    "unit_detail@other": ("other_unit", "get", row(302, 403, 404, 200, 403)),
    "unit_edit": ("led_unit", "get", row(302, 403, 403, 200, 403)),
    "unit_delete": ("led_unit", "get", row(302, 403, 403, 200, 403)),
    # courses
    "course_enrol": ("course", "post", row(302, 302, 302, 302, 302)),
    "lesson_complete": ("lesson", "post", row(302, 302, 302, 302, 302)),
    "h5p_xapi": ("activity", "get", row(405, 405, 405, 405, 405)),
    "h5p_state": ("activity", "get", row(405, 405, 405, 405, 405)),
    "h5p_content": ("h5p_file", "get", row(302, 404, 404, 404, 404)),
    "wagtail_serve@catalogue": ("catalogue", "get", row(302, 200, 200, 200, 200)),
    "wagtail_serve@course": ("course_page", "get", row(302, 200, 200, 200, 200)),
    "wagtail_serve@assigned_only": ("assigned_only", "get", row(302, 404, 200, 200, 200)),
    "wagtail_serve@quiz": ("quiz_page", "get", row(302, 403, 403, 403, 403)),
    "wagtailadmin_home": (None, "get", row(302, 302, 302, 302, 200)),
    # quizzes (the attempt belongs to a colleague: nobody else may touch it)
    "attempt_start": ("quiz", "post", row(302, 302, 302, 302, 302)),
    "quiz_stats": ("quiz", "get", row(302, 403, 403, 403, 200)),
    "attempt_take": ("attempt", "get", row(302, 404, 404, 404, 404)),
    "attempt_answer": ("attempt_json", "post", row(401, 404, 404, 404, 404)),
    "attempt_summary": ("attempt", "get", row(302, 404, 404, 404, 404)),
    "attempt_submit": ("attempt", "post", row(302, 404, 404, 404, 404)),
    "attempt_review": ("attempt", "get", row(302, 404, 404, 404, 404)),
    "quizzes_import": (None, "get", row(302, 302, 302, 302, 200)),
    "quizzes_export": (None, "get", row(302, 302, 302, 302, 200)),
}


def _project_patterns(resolver=None, prefix=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from _project_patterns(entry, prefix)
        elif isinstance(entry, URLPattern) and entry.name:
            module = getattr(entry.callback, "__module__", "")
            if module.split(".")[0] in PROJECT_APPS:
                yield entry.name


def test_every_project_url_has_an_expectation():
    names = set(_project_patterns())
    covered = {key.split("@")[0] for key in EXPECTED}
    assert names, "no project URL patterns found"
    missing = sorted(names - covered)
    assert not missing, f"URL patterns without an entry in EXPECTED: {missing}"


@pytest.fixture
def targets(org):
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    course = CoursePageFactory()
    lesson = LessonPageFactory(parent=course)
    assigned_only = CoursePageFactory(self_enrolment=False)
    LessonPageFactory(parent=course)  # never finished, so the quiz stays locked
    quiz = QuizPageFactory(parent=course)
    attempt = AttemptFactory(user=org.colleague, quiz=quiz)
    uid = urlsafe_base64_encode(force_bytes(org.outsider.pk))
    token = default_token_generator.make_token(org.outsider)
    return {
        "team_member": {"pk": org.colleague.pk},
        "outsider": {"pk": org.outsider.pk},
        "led_unit": {"pk": org.team_a.pk},
        "other_unit": {"pk": org.team_b.pk},
        "reset": {"uidb64": uid, "token": token},
        "course": {"course_id": course.pk},
        "lesson": {"lesson_id": lesson.pk},
        "activity": {"lesson_id": lesson.pk, "block_id": "missing"},
        "h5p_file": {"key": "00000000-0000-0000-0000-000000000000", "path": "h5p.json"},
        "catalogue": CourseIndexPage.objects.get().url,
        "course_page": course.url,
        "assigned_only": assigned_only.url,
        "quiz_page": quiz.url,
        "quiz": {"quiz_id": quiz.pk},
        "attempt": {"attempt_id": attempt.pk},
        "attempt_json": {"attempt_id": attempt.pk},
    }


@pytest.mark.parametrize("role", ROLES)
def test_access_table(role, client_for, targets, org):
    """Every entry of the table for one role; all mismatches are reported together."""
    mismatches = []
    for key in sorted(EXPECTED):
        builder, method, expected = EXPECTED[key]
        client = client_for(role)  # again for each URL: sign-out must not leak into the next
        name = key.split("@")[0]
        target = targets.get(builder) if builder else None
        url = target if isinstance(target, str) else reverse(name, kwargs=target or {})
        if builder == "attempt_json":
            response = client.post(
                url, '{"position": 1, "response": null}', content_type="application/json"
            )
        else:
            data = {"language": "pl", "next": "/"} if name == "set_language" else {}
            response = getattr(client, method)(url, data)
        if response.status_code != expected[role]:
            mismatches.append(f"{key}: got {response.status_code}, expected {expected[role]}")
    assert not mismatches, f"as {role}:\n" + "\n".join(mismatches)
