"""Learner-facing views: catalogue, course outline, lessons and the H5P endpoints."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lms.access import access_required
from lms.json_body import JSONBodyError, read_json

from . import access as course_access
from . import h5p_player, selectors, services, xapi
from .models import (
    ActivityState,
    Area,
    CoursePage,
    CourseProgress,
    LessonActivity,
    LessonCompletion,
    LessonPage,
    XAPIStatement,
)
from .search import MAX_QUERY_CHARS, folded_query

XAPI_MAX_BYTES = 64 * 1024


def _login_required(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return None


def _revision_param(value):
    """The revision id a learner's request names, or None when it is not a number."""
    try:
        number = int(value or "")
    except ValueError:
        return None
    return number if 0 < number < 2**63 else None


def catalogue(request, index_page):
    if response := _login_required(request):
        return response
    area = request.GET.get("area", "")
    query = request.GET.get("q", "").strip()
    courses = course_access.visible_courses(request.user).descendant_of(index_page)
    if area in Area.values:
        courses = courses.filter(area=area)
    terms = folded_query(query)
    query = query[:MAX_QUERY_CHARS]
    if terms:
        # Whole words first; if nothing matches, words that start with what was typed.
        # Both run on the folded words, which match the folded copy of every page's text.
        results = list(courses.search(terms)) or list(courses.autocomplete(terms))
        # Courses whose lessons mention the words come after direct hits.
        lesson_paths = {
            lesson.path[: -CoursePage.steplen]
            for lesson in LessonPage.objects.live().descendant_of(index_page).search(terms)[:50]
        }
        found = {c.pk for c in results}
        results += [c for c in courses.filter(path__in=lesson_paths) if c.pk not in found]
    else:
        results = list(courses.order_by("title"))
    progress = {
        p.course_id: p
        for p in CourseProgress.objects.filter(
            user=request.user, course__in=[c.pk for c in results]
        )
    }
    for course in results:
        course.my_progress = progress.get(course.pk)
    return render(
        request,
        "courses/catalogue.html",
        {
            "page": index_page,
            "courses": results,
            "areas": Area.choices,
            "area": area,
            "q": query,
            "active_nav": "catalogue",
        },
    )


def course_outline(request, course):
    if response := _login_required(request):
        return response
    progress = CourseProgress.objects.filter(user=request.user, course=course).first()
    if not course_access.can_view_course(request.user, course, enrolled=progress is not None):
        raise Http404
    steps = selectors.course_outline(request.user, course)
    next_step = next((s for s in steps if s.is_next), None)
    return render(
        request,
        "courses/course.html",
        {
            "page": course,
            "course": course,
            "steps": steps,
            "progress": progress,
            "next_step": next_step,
            "can_enrol": progress is None and course_access.can_enrol(request.user, course),
            "missing_prerequisites": selectors.missing_prerequisites(request.user, course),
            "active_nav": "catalogue",
        },
    )


def lesson_view(request, lesson):
    if response := _login_required(request):
        return response
    course, progress, steps, index = services.step_enter(user=request.user, step=lesson)
    state = steps[index]
    context = {
        "page": lesson,
        "lesson": lesson,
        "course": course,
        "progress": progress,
        "state": state,
        "previous": steps[index - 1] if index > 0 else None,
        "next": steps[index + 1] if index + 1 < len(steps) else None,
        "position": index + 1,
        "count": len(steps),
        "active_nav": "catalogue",
    }
    if state.locked:
        return render(request, "courses/locked.html", context, status=403)
    if progress is not None:
        services.step_started(user=request.user, step=lesson, course=course)
    activities = list(LessonActivity.objects.filter(lesson=lesson).select_related("package"))
    saved = selectors.activity_states(request.user, lesson)
    players = []
    frames = {}
    for activity in activities:
        saved_state = saved.get(activity.block_id)
        frame = h5p_player.frame_for(request, lesson=lesson, activity=activity)
        frames[activity.block_id] = frame
        players.append(
            {
                "id": activity.block_id,
                "title": activity.package.title,
                "channel": frame["channel"],
                "xapiUrl": reverse("h5p_xapi", args=[lesson.pk, activity.block_id]),
                "stateUrl": reverse("h5p_state", args=[lesson.pk, activity.block_id]),
                "state": saved_state.state if saved_state else "",
                "done": bool(saved_state and saved_state.completed_at),
            }
        )
    context.update(
        {
            "players": players,
            "body_blocks": [
                {
                    "block": block,
                    "frame": frames.get(block.id),
                    "answers": selectors.scenario_answers(request.user, block)
                    if block.block_type == "scenario"
                    else None,
                }
                for block in lesson.body
            ],
            "player_config": {
                "frameOrigin": h5p_player.FRAME_MESSAGE_ORIGIN,
                "revision": lesson.live_revision_id,
                "players": players,
            },
            "player_messages": {
                "activityDone": _("Activity finished."),
                "lessonDone": _("All activities finished: the lesson is finished."),
                "progress": _(
                    "Activities finished: %(done)s of %(total)s. "
                    "The lesson is finished when all are done."
                ),
                "loadError": _(
                    "The activity could not be loaded. Reload the page or tell your editor."
                ),
                "saveError": _(
                    "Your answer could not be saved. Check your connection and try again."
                ),
            },
            "needs_explicit_finish": not activities,
            "activities_done": sum(1 for p in players if p["done"]),
            "revision_id": lesson.live_revision_id,
        }
    )
    return render(request, "courses/lesson.html", context)


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
