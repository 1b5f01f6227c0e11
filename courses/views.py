"""Learner actions: enrol, finish a lesson, and the H5P endpoints (statements, saved state).

What the catalogue, course and lesson pages show is the pages' own ``get_context``
(``courses.models``)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lms.access import access_required
from lms.json_body import JSONBodyError, read_json

from . import access as course_access
from . import selectors, services, xapi
from .models import (
    ActivityState,
    CoursePage,
    CourseProgress,
    LessonActivity,
    LessonCompletion,
    LessonPage,
    XAPIStatement,
)

XAPI_MAX_BYTES = 64 * 1024


def _revision_param(value):
    """The revision id a learner's request names, or None when it is not a number."""
    try:
        number = int(value or "")
    except ValueError:
        return None
    return number if 0 < number < 2**63 else None


@require_POST
@access_required("signed_in")
def enrol(request, course_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    if not course_access.can_enrol(request.user, course):
        raise Http404
    services.enrol(user=request.user, course=course)
    messages.success(request, _("You are enrolled in %(course)s.") % {"course": course.title})
    return redirect(course.url)


@require_POST
@access_required("signed_in")
def lesson_complete(request, lesson_id):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    course, progress, steps, index = services.step_enter(user=request.user, step=lesson)
    if steps[index].locked or progress is None:
        raise PermissionDenied
    reason = None
    if not selectors.step_opened(request.user, lesson):
        reason = _("Open the lesson and go through it before marking it finished.")
    elif selectors.activities_remaining(request.user, lesson):
        reason = _("Finish the activities on this page to complete the lesson.")
    if reason:
        context = {"page": lesson, "lesson": lesson, "course": course, "reason": reason}
        return render(request, "courses/finish_refused.html", context, status=403)
    revision_id = _revision_param(request.POST.get("revision"))
    services.step_complete(user=request.user, step=lesson, revision_id=revision_id)
    messages.success(request, _("Lesson finished: %(title)s.") % {"title": lesson.title})
    following = steps[index + 1] if index + 1 < len(steps) else None
    return redirect(following.page.url if following else course.url)


def _json_error(message, status=400):
    return JsonResponse({"error": message}, status=status)


def _h5p_request(request, lesson_id, block_id):
    """Shared checks of the H5P JSON endpoints. Returns (lesson, payload) or a response."""
    try:
        payload = read_json(request, max_bytes=XAPI_MAX_BYTES)
    except JSONBodyError as exc:
        return exc.response()
    lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
    if lesson is None:
        return _json_error(_("This lesson does not exist."), 404)
    course = lesson.get_parent().specific
    enrolled = CourseProgress.objects.filter(user=request.user, course=course).exists()
    if not enrolled or not course_access.can_view_step(request.user, lesson, course, enrolled=True):
        return _json_error(_("This lesson does not exist."), 404)
    if not LessonActivity.objects.filter(lesson=lesson, block_id=block_id).exists():
        return _json_error(_("This activity is not part of the lesson."), 404)
    return lesson, payload


@require_POST
def xapi_statement(request, lesson_id, block_id):
    result = _h5p_request(request, lesson_id, block_id)
    if isinstance(result, JsonResponse):
        return result
    lesson, statement = result
    try:
        parsed = xapi.parse_statement(statement)
    except JSONBodyError as exc:
        return exc.response()
    with transaction.atomic():
        XAPIStatement.objects.create(
            user=request.user,
            lesson=lesson,
            block_id=block_id,
            verb=parsed.verb,
            top_level=parsed.top_level,
            statement=statement,
        )
        if parsed.finishes:
            services.activity_finished(
                user=request.user,
                lesson=lesson,
                block_id=block_id,
                score_raw=parsed.score_raw,
                score_max=parsed.score_max,
                revision_id=_revision_param(request.GET.get("revision")),
            )
    total = LessonActivity.objects.filter(lesson=lesson).count()
    done = ActivityState.objects.filter(
        user=request.user, lesson=lesson, completed_at__isnull=False
    ).count()
    lesson_done = (
        LessonCompletion.objects.current().filter(user=request.user, lesson=lesson).exists()
    )
    return JsonResponse(
        {
            "stored": True,
            "activity_finished": parsed.finishes,
            "lesson_finished": lesson_done,
            "activities_finished": done,
            "activities_total": total,
        }
    )


@require_POST
def h5p_state(request, lesson_id, block_id):
    result = _h5p_request(request, lesson_id, block_id)
    if isinstance(result, JsonResponse):
        return result
    lesson, payload = result
    state = payload.get("state") if isinstance(payload, dict) else None
    if not isinstance(state, str):
        return _json_error(_("The saved state must be a string."))
    services.activity_save_state(user=request.user, lesson=lesson, block_id=block_id, state=state)
    return JsonResponse({"saved": True})
