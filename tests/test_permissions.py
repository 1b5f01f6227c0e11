"""Walk every URL pattern of the project, Wagtail's included, for every role.

Each project URL has explicit cases in ``EXPECTED``; together they must show a real allowed
case and a real denied case (public pages are listed in ``PUBLIC`` instead). Redirects name
their target: ``LOGIN`` is the site's sign-in, ``ADMIN_LOGIN`` the Wagtail admin's, and
``">/path"`` any other target, checked by prefix. POST endpoints are tried with POST.
Every other Wagtail admin URL is checked by rule: nobody but an editor gets past the admin's
gate, and an editor does. A URL without an entry or a rule fails the suite.
"""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from courses.models import CourseIndexPage
from tests import permission_tables
from tests.factories import (
    AssignmentFactory,
    AssignmentRuleFactory,
    CoursePageFactory,
    CourseProgressFactory,
    ExportJobFactory,
    LessonActivityFactory,
    LessonPageFactory,
    QuestionCategoryFactory,
    QuestionFactory,
    QuizPageFactory,
    UserFactory,
    fixed_section,
)
from tests.permission_tables._cases import ADMIN_LOGIN, LOGIN, ROLES, Case, row

DENIED_STATUSES = {401, 403, 404, 405}
XAPI_ANSWERED = (
    '{"verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},'
    ' "object": {"id": "http://testserver/x", "definition": {}}}'
)


# URL name (or name@variant) -> its cases.
EXPECTED = {
    "home": [Case(None, "get", row(LOGIN, 200, 200, 200, 200))],
    "healthz": [Case(None, "get", row(200, 200, 200, 200, 200))],
    "set_language": [Case("setlang", "post", row(">/", ">/", ">/", ">/", ">/"))],
    "login": [Case(None, "get", row(200, ">/", ">/", ">/", ">/"))],
    "logout": [Case(None, "post", row(200, 200, 200, 200, 200))],
    "password_change": [Case(None, "get", row(LOGIN, 200, 200, 200, 200))],
    "password_change_done": [Case(None, "get", row(LOGIN, 200, 200, 200, 200))],
    "password_reset": [Case(None, "get", row(200, 200, 200, 200, 200))],
    "password_reset_done": [Case(None, "get", row(200, 200, 200, 200, 200))],
    "password_reset_confirm": [
        Case("reset", "get", row(*[">/accounts/reset/"] * 5)),
        Case("reset_bad", "get", row(200, 200, 200, 200, 200)),
    ],
    "password_reset_complete": [Case(None, "get", row(200, 200, 200, 200, 200))],
    "people_list": [Case(None, "get", row(LOGIN, 403, 403, 200, 403))],
    "person_create": [Case(None, "get", row(LOGIN, 403, 403, 200, 403))],
    "people_import": [Case(None, "get", row(LOGIN, 403, 403, 200, 403))],
    "people_export": [Case(None, "get", row(LOGIN, 403, 403, 200, 403))],
    # the leader's own team member / a person outside the leader's team / oneself
    "person_detail": [
        Case("team_member", "get", row(LOGIN, 404, 200, 200, 404)),
        Case("outsider", "get", row(LOGIN, 404, 404, 200, 404)),
    ],
    "person_edit": [Case("team_member", "get", row(LOGIN, 403, 403, 200, 403))],
    "person_deactivate": [
        Case("team_member", "post", row(LOGIN, 403, 403, ">/people/", 403)),
    ],
    "person_reactivate": [
        Case("team_member", "post", row(LOGIN, 403, 403, ">/people/", 403)),
    ],
    "person_delete": [Case("team_member", "get", row(LOGIN, 403, 403, 200, 403))],
    "unit_list": [Case(None, "get", row(LOGIN, 403, 200, 200, 403))],
    "unit_create": [Case(None, "get", row(LOGIN, 403, 403, 200, 403))],
    "unit_detail": [
        Case("led_unit", "get", row(LOGIN, 403, 200, 200, 403)),
        Case("other_unit", "get", row(LOGIN, 403, 404, 200, 403)),
    ],
    "unit_edit": [Case("led_unit", "get", row(LOGIN, 403, 403, 200, 403))],
    "unit_delete": [Case("led_unit", "get", row(LOGIN, 403, 403, 200, 403))],
    # courses: enrolling in an open course / an assigned-only one
    "course_enrol": [
        Case("course", "post", row(LOGIN, ">/learn/", ">/learn/", ">/learn/", ">/learn/")),
        Case("assigned_only_id", "post", row(LOGIN, 404, 404, 404, 404)),
    ],
    # a lesson the employee opened / one in an assigned-only course they are not on
    "lesson_complete": [
        Case("opened_lesson", "post", row(LOGIN, ">/learn/", 403, 403, 403)),
        Case("hidden_lesson", "post", row(LOGIN, 404, 403, 403, 403)),
    ],
    # H5P activity endpoints: the lesson page posts for the enrolled employee
    "h5p_xapi": [
        Case("activity", "post", row(401, 200, 404, 404, 404), data=XAPI_ANSWERED),
    ],
    "h5p_state": [
        Case("activity", "post", row(401, 200, 404, 404, 404), data='{"state": "{}"}'),
    ],
    # The sandboxed player and its files are authorised by the signed link alone (the frame
    # has no cookies): a link made for someone who may see the lesson works whoever holds
    # it; one for a lesson they may not see, or a forged one, is 404 for everyone.
    "h5p_player": [
        Case("player_token", "get", row(200, 200, 200, 200, 200)),
        Case("hidden_player_token", "get", row(404, 404, 404, 404, 404)),
        Case("forged_token", "get", row(404, 404, 404, 404, 404)),
    ],
    "h5p_content": [
        Case("player_file", "get", row(200, 200, 200, 200, 200)),
        Case("forged_file", "get", row(404, 404, 404, 404, 404)),
    ],
    "wagtail_serve": [
        Case("catalogue", "get", row(LOGIN, 200, 200, 200, 200)),
        Case("course_page", "get", row(LOGIN, 200, 200, 200, 200)),
        Case("assigned_only", "get", row(LOGIN, 404, 200, 200, 200)),
        Case("quiz_page", "get", row(LOGIN, 403, 403, 403, 403)),
    ],
    "wagtaildocs_serve": [
        Case("document", "get", row(LOGIN, 200, 200, 200, 200)),
        Case("hidden_document", "get", row(LOGIN, 404, 200, 200, 200)),
    ],
    "wagtaildocs_authenticate_with_password": [
        Case("missing_restriction", "get", row(404, 404, 404, 404, 404)),
    ],
    "wagtailcore_authenticate_with_password": [
        Case("missing_page_restriction", "get", row(404, 404, 404, 404, 404)),
    ],
    "wagtailcore_login": [Case(None, "get", row(200, 200, 200, 200, 200))],
    # Wagtail admin pages with real objects
    "wagtailadmin_login": [Case(None, "get", row(200, 200, 200, 200, ">/admin/"))],
    "wagtailadmin_home": [
        Case(None, "get", row(ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, 200))
    ],
    "wagtailadmin_pages:edit": [
        Case("lesson_page_id", "get", row(ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, 200)),
    ],
    "wagtailsnippets_courses_h5ppackage:list": [
        Case(None, "get", row(ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, 200)),
    ],
    "wagtailsnippets_courses_h5ppackage:add": [
        Case(None, "get", row(ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, 200)),
    ],
    "wagtailsnippets_quizzes_question:list": [
        Case(None, "get", row(ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, 200)),
    ],
    "wagtailsnippets_quizzes_question:edit": [
        Case("question_pk", "get", row(ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, 200)),
    ],
    "wagtailsnippets_quizzes_questioncategory:list": [
        Case(None, "get", row(ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, 200)),
    ],
    "wagtaildocs:index": [
        Case(None, "get", row(ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, 200)),
    ],
    "wagtailusers_users:index": [
        # Nobody of the four roles manages sign-in identities in the admin (a superuser does).
        Case(None, "get", row(ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ">/admin/")),
    ],
    # team view and assignments (assignments app): leaders for their reach, HR for everyone
    "team_matrix": [Case(None, "get", row(LOGIN, 403, 200, 200, 403))],
    "team_assign": [Case(None, "get", row(LOGIN, 403, 200, 200, 403))],
    "team_overdue": [Case(None, "get", row(LOGIN, 403, 200, 200, 403))],
    "team_export_csv": [Case(None, "get", row(LOGIN, 403, 200, 200, 403))],
    "team_export_xlsx": [Case(None, "get", row(LOGIN, 403, 200, 200, 403))],
    "team_record": [
        Case("team_record", "get", row(LOGIN, 404, 200, 200, 404)),
        Case("outsider_record", "get", row(LOGIN, 404, 404, 200, 404)),
    ],
    "team_assignment_cancel": [
        Case("team_assignment", "get", row(LOGIN, 403, 200, 200, 403)),
        Case("outsider_assignment", "get", row(LOGIN, 403, 404, 200, 403)),
    ],
    "team_assignment_due_date": [
        Case("team_assignment", "get", row(LOGIN, 403, 200, 200, 403)),
        Case("outsider_assignment", "get", row(LOGIN, 403, 404, 200, 403)),
    ],
    "team_assignments_bulk": [
        Case(None, "post", row(LOGIN, 403, ">/team/overdue/", ">/team/overdue/", 403)),
    ],
    # an export job belongs to whoever started it (here the leader)
    "team_export_status": [Case("export_job", "get", row(LOGIN, 403, 200, 404, 403))],
    "team_export_download": [Case("export_job", "get", row(LOGIN, 403, 200, 404, 403))],
    "team_reminder_settings": [Case(None, "get", row(LOGIN, 403, 403, 200, 403))],
    "team_rules": [Case(None, "get", row(LOGIN, 403, 200, 200, 403))],
    "team_rule_create": [Case(None, "get", row(LOGIN, 403, 200, 200, 403))],
    "team_rule_toggle": [
        Case("team_rule", "post", row(LOGIN, 403, ">/team/rules/", ">/team/rules/", 403)),
        Case("other_rule", "post", row(LOGIN, 403, 404, ">/team/rules/", 403)),
    ],
    # notifications (lms): everyone signed in has their own; someone else's is 404
    "notification_list": [Case(None, "get", row(LOGIN, 200, 200, 200, 200))],
    "notification_read": [
        Case("notification", "post", row(LOGIN, ">/", 404, 404, 404)),
    ],
    "notification_read_all": [
        Case(
            None,
            "post",
            row(
                LOGIN,
                ">/notifications/",
                ">/notifications/",
                ">/notifications/",
                ">/notifications/",
            ),
        ),
    ],
    "notification_delivery": [
        Case(
            "delivery",
            "post",
            row(
                LOGIN,
                ">/notifications/",
                ">/notifications/",
                ">/notifications/",
                ">/notifications/",
            ),
        ),
    ],
    # quizzes (the attempt belongs to the employee: nobody else may touch it)
    "attempt_start": [
        Case("quiz", "post", row(LOGIN, ">/learn/", ">/learn/", ">/learn/", ">/learn/")),
    ],
    "quiz_stats": [Case("quiz", "get", row(LOGIN, 403, 200, 200, 200))],
    "quiz_stats_index": [Case(None, "get", row(LOGIN, 403, 200, 200, 200))],
    "attempt_take": [Case("attempt", "get", row(LOGIN, 200, 404, 404, 404))],
    "attempt_answer": [
        Case(
            "attempt",
            "post",
            row(401, 200, 404, 404, 404),
            data='{"position": 1, "response": null}',
        ),
    ],
    "attempt_summary": [Case("attempt", "get", row(LOGIN, 200, 404, 404, 404))],
    "attempt_submit": [
        Case("attempt_to_submit", "post", row(LOGIN, ">/learning/attempts/", 404, 404, 404))
    ],
    "attempt_review": [Case("submitted_attempt", "get", row(LOGIN, 200, 404, 404, 404))],
    "quizzes_import": [
        Case(None, "get", row(ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, 200)),
    ],
    "quizzes_export": [
        Case(None, "get", row(ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, 200)),
    ],
}
# The parts of the table that apps keep in tests/permission_tables/.
_DUPLICATES = []
for _module in permission_tables.modules():
    _DUPLICATES += sorted(set(EXPECTED) & set(_module.EXPECTED))
    EXPECTED.update(_module.EXPECTED)


def test_no_url_is_in_two_parts_of_the_table():
    assert not _DUPLICATES


# Pages everyone may open: sign-in, password reset, language, health check.
PUBLIC = {
    "healthz",
    "set_language",
    "login",
    "logout",
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
    "wagtailcore_login",
    "wagtailadmin_login",
}
# Wagtail's password-protected pages and documents: the office uses none (there is no
# restriction for these ids), so every role gets 404; listed so a change is noticed.
UNUSED_WAGTAIL = {
    "wagtaildocs_authenticate_with_password",
    "wagtailcore_authenticate_with_password",
}
# Admin views anyone may reach: its sign-in and password-reset pages, and the icon sprite and
# JavaScript translations the sign-in page itself loads.
ADMIN_PUBLIC = re.compile(r"^admin/(login/|password_reset/|sprite/|jsi18n/)")


def _walk(resolver=None, prefix="", namespace=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            ns = entry.namespace or ""
            yield from _walk(
                entry, prefix + str(entry.pattern), f"{namespace}{ns}:" if ns else namespace
            )
        elif isinstance(entry, URLPattern):
            route = prefix + str(entry.pattern)
            yield route, f"{namespace}{entry.name}" if entry.name else None


def all_patterns():
    return list(_walk())


def is_admin(route):
    return route.startswith("admin/")


def test_every_url_pattern_has_an_entry_or_a_rule():
    covered = {key.split("@")[0] for key in EXPECTED}
    missing = sorted(
        f"{route} ({name})"
        for route, name in all_patterns()
        if not is_admin(route) and name not in covered
    )
    assert len(all_patterns()) > 200, "Wagtail's admin URLs are part of the walk"
    assert not missing, f"URL patterns without an entry in EXPECTED: {missing}"
    unnamed = [route for route, name in all_patterns() if not is_admin(route) and not name]
    assert not unnamed, unnamed


def _kind(expected) -> str:
    if isinstance(expected, str):
        return "denied" if expected in (LOGIN, ADMIN_LOGIN) else "allowed"
    if expected in DENIED_STATUSES:
        return "denied"
    return "allowed" if expected < 400 else "error"


def test_every_entry_has_a_real_allowed_and_denied_case():
    problems = []
    for name, cases in EXPECTED.items():
        kinds = {_kind(v) for case in cases for v in case.expected.values()}
        if "error" in kinds:
            problems.append(f"{name}: expects a server error")
        if name in PUBLIC or name in UNUSED_WAGTAIL:
            continue
        if kinds != {"allowed", "denied"}:
            problems.append(f"{name}: only {sorted(kinds)}")
    assert not problems, problems


@pytest.fixture
def targets(org):
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    from courses.h5p_player import make_files_token, make_token
    from courses.services import step_started
    from quizzes.services import attempt_start, attempt_submit
    from tests.site.test_documents import lesson_with, make_document

    course = CoursePageFactory()
    lesson = LessonPageFactory(parent=course)
    LessonPageFactory(parent=course)  # never finished, so the quiz stays locked
    assigned_only = CoursePageFactory(self_enrolment=False)
    # An activity in a course of its own, so that enrolling in ``course`` (another row)
    # does not enrol the other roles here.
    h5p_course = CoursePageFactory()
    CourseProgressFactory(user=org.employee, course=h5p_course)
    activity = LessonActivityFactory(course=h5p_course)
    hidden_activity = LessonActivityFactory(course=assigned_only, package=activity.package)
    player_token = make_token(
        user=org.employee,
        lesson=activity.lesson,
        block_id=activity.block_id,
        package=activity.package,
        platform_origin="http://testserver",
    )
    files_token = make_files_token(activity.package)
    hidden_token = make_token(
        user=org.employee,
        lesson=hidden_activity.lesson,
        block_id=hidden_activity.block_id,
        package=hidden_activity.package,
        platform_origin="http://testserver",
    )
    question = QuestionFactory(category=QuestionCategoryFactory())
    quiz = QuizPageFactory(parent=course, sections=[fixed_section(question)])
    done_quiz = QuizPageFactory(parent=course, sections=[fixed_section(question)])
    submit_quiz = QuizPageFactory(parent=course, sections=[fixed_section(question)])
    hidden_lesson = LessonPageFactory(parent=assigned_only)
    CourseProgressFactory(user=org.employee, course=course)
    step_started(user=org.employee, step=lesson)
    attempt = attempt_start(user=org.employee, quiz=quiz)
    submitted = attempt_submit(attempt=attempt_start(user=org.employee, quiz=done_quiz))
    document = make_document("otwarty.pdf")
    lesson_with(document, course=course)
    hidden_document = make_document("wewnetrzny.pdf")
    lesson_with(hidden_document, course=assigned_only)
    from django.core.files.base import ContentFile

    from lms.models import Notification

    export_job = ExportJobFactory(user=org.leader, status="done")
    export_job.file.save("zespol.xlsx", ContentFile(b"PK\x03\x04"), save=True)

    notification = Notification.objects.create(
        recipient=org.employee, kind="test", subject="Temat", body="Treść", link="/"
    )
    uid = urlsafe_base64_encode(force_bytes(org.outsider.pk))
    token = default_token_generator.make_token(org.outsider)
    found = {
        "setlang": ({}, {"language": "pl", "next": "/"}),
        "team_member": {"pk": org.colleague.pk},
        "outsider": {"pk": org.outsider.pk},
        "led_unit": {"pk": org.team_a.pk},
        "other_unit": {"pk": org.team_b.pk},
        "reset": {"uidb64": uid, "token": token},
        "reset_bad": {"uidb64": uid, "token": "bad-token"},
        "course": {"course_id": course.pk},
        "assigned_only_id": {"course_id": assigned_only.pk},
        "opened_lesson": {"lesson_id": lesson.pk},
        "hidden_lesson": {"lesson_id": hidden_lesson.pk},
        "catalogue": CourseIndexPage.objects.get().url,
        "course_page": course.url,
        "assigned_only": assigned_only.url,
        "quiz_page": quiz.url,
        "document": document.url,
        "hidden_document": hidden_document.url,
        "missing_restriction": {"restriction_id": 999999},
        "missing_page_restriction": {"page_view_restriction_id": 999999, "page_id": lesson.pk},
        "lesson_page_id": {"page_id": lesson.pk},
        "question_pk": {"pk": question.pk},
        "team_record": {"pk": org.colleague.pk, "course_pk": course.pk},
        "outsider_record": {"pk": org.outsider.pk, "course_pk": course.pk},
        # a person nobody deactivates in another row (deactivating cancels assignments)
        "team_assignment": {
            "pk": AssignmentFactory(user=UserFactory(org_unit=org.team_a), course=course).pk
        },
        "outsider_assignment": {"pk": AssignmentFactory(user=org.outsider, course=course).pk},
        "team_rule": {"pk": AssignmentRuleFactory(course=course, unit=org.team_a).pk},
        "other_rule": {"pk": AssignmentRuleFactory(course=course, unit=org.team_b).pk},
        "notification": {"pk": notification.pk},
        "export_job": {"pk": export_job.pk},
        "delivery": ({}, {"delivery": "digest"}),
        "activity": {"lesson_id": activity.lesson.pk, "block_id": activity.block_id},
        "player_token": {"token": player_token},
        "hidden_player_token": {"token": hidden_token},
        "forged_token": {"token": player_token[:-4] + "AAAA"},
        "player_file": {"token": files_token, "path": "h5p.json"},
        "forged_file": {"token": files_token[:-4] + "AAAA", "path": "h5p.json"},
        "quiz": {"quiz_id": quiz.pk},
        "attempt": {"attempt_id": attempt.pk},
        "submitted_attempt": {"attempt_id": submitted.pk},
        "attempt_to_submit": {"attempt_id": attempt_start(user=org.employee, quiz=submit_quiz).pk},
    }
    for module in permission_tables.modules():
        extra = module.targets(org)
        assert not set(extra) & set(found), f"{module.__name__} redefines targets"
        found.update(extra)
    return found


def _matches(response, expected) -> bool:
    if isinstance(expected, int):
        return response.status_code == expected
    prefix = expected[1:]
    return response.status_code == 302 and response["Location"].startswith(prefix)


def _describe(response) -> str:
    if response.status_code in (301, 302):
        return f"{response.status_code} to {response['Location']}"
    return str(response.status_code)


@pytest.mark.parametrize("role", ROLES)
def test_access_table(role, client_for, targets, org):
    """Every case of the table for one role; all mismatches are reported together."""
    mismatches = []
    for key in sorted(EXPECTED):
        name = key.split("@")[0]
        for case in EXPECTED[key]:
            client = client_for(role)  # again for each URL: sign-out must not leak
            target = targets.get(case.target) if case.target else None
            data = {}
            if isinstance(target, tuple):
                target, data = target
            url = target if isinstance(target, str) else reverse(name, kwargs=target or {})
            if case.data is not None:
                response = client.post(url, case.data, content_type="application/json")
            else:
                response = getattr(client, case.method)(url, data)
            expected = case.expected[role]
            if not _matches(response, expected):
                mismatches.append(
                    f"{key} [{case.target}]: got {_describe(response)}, expected {expected}"
                )
    assert not mismatches, f"as {role}:\n" + "\n".join(mismatches)


def _dummy_url(route):
    """A concrete URL for an admin route, with placeholder values for its arguments."""
    url = re.sub(r"<int:[^>]+>", "999999", route)
    url = re.sub(r"<uuid:[^>]+>", "00000000-0000-0000-0000-000000000000", url)
    url = re.sub(r"<(?:str:|slug:|path:)?[^>]+>", "x", url)
    # re_path routes: drop anchors and fill groups
    url = url.replace("^", "").replace("$", "")
    url = re.sub(r"\(\?P<[^>]+>[^)]*\)", "1", url)
    url = re.sub(r"\([^)]*\)[*+?]?", "1", url)
    url = url.replace("\\", "")
    return "/" + url


@pytest.mark.parametrize("role", ["anonymous", "employee", "leader", "hr"])
def test_no_one_but_editors_passes_the_admin_gate(role, client_for, org):
    """Every Wagtail admin URL sends non-editors to the admin's sign-in (GET and POST)."""
    client = client_for(role)
    leaks = []
    for route, name in all_patterns():
        if not is_admin(route) or ADMIN_PUBLIC.match(route):
            continue
        url = _dummy_url(route)
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            denied = response.status_code in (403, 404) or (
                response.status_code == 302 and "/admin/login/" in response["Location"]
            )
            if not denied:
                leaks.append(f"{method.upper()} {url} ({name}): {_describe(response)}")
    assert not leaks, f"as {role}:\n" + "\n".join(leaks)


def test_editors_pass_the_admin_gate(client_for, org):
    """An editor is let in everywhere in the admin (objects that do not exist answer 404,
    Wagtail's own finer permissions may send them back to the dashboard), never to sign-in,
    and no admin URL answers a server error."""
    problems = []
    checked = 0
    for route, name in all_patterns():
        if not is_admin(route) or ADMIN_PUBLIC.match(route):
            continue
        url = _dummy_url(route)
        client = client_for("editor")  # signed in again for each URL: one is sign-out
        client.raise_request_exception = False
        response = client.get(url)
        checked += 1
        if response.status_code >= 500 or (
            response.status_code == 302 and "/admin/login/" in response["Location"]
        ):
            problems.append(f"GET {url} ({name}): {_describe(response)}")
    assert checked > 200
    assert not problems, problems
