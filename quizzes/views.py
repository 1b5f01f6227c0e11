"""Taking quizzes: start, attempt pages (one or all questions), autosave, summary, submit,
review; statistics for editors. The quiz page itself (rules, attempts so far) is the page's
own ``get_context`` (``quizzes.models.QuizPage``)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from courses.steps import step_place
from lms.access import access_required
from lms.json_body import JSONBodyError, read_json

from . import access as quiz_access
from . import grading, selectors, services
from .cache import version_view
from .html import plain_text, render_text
from .models import Attempt, QuizPage, ReviewMode
from .text import shorten

ANSWER_MAX_BYTES = 16 * 1024
SUMMARY_TEXT_LENGTH = 90
MAX_POSITION = 10_000  # far above any quiz; keeps the lookup inside a database integer


def _own_attempt(request, attempt_id) -> Attempt:
    attempt = (
        Attempt.objects.select_related("quiz")
        .filter(pk=attempt_id, user=request.user)
        .order_by("pk")  # not Meta.ordering, which joins lms_user for nothing
        .first()
    )
    if attempt is None:
        raise Http404
    return attempt


@require_POST
@access_required("signed_in")
def attempt_start(request, quiz_id):
    quiz = get_object_or_404(QuizPage.objects.live(), pk=quiz_id)
    place = step_place(user=request.user, step=quiz)
    if place.state.locked:
        messages.error(request, place.state.lock_reason)
        return redirect(quiz.url)
    quiz._cached_parent_obj = place.course  # its course is known: not read again
    try:
        attempt = services.attempt_start(user=request.user, quiz=quiz, progress=place.progress)
    except services.AttemptError as exc:
        messages.error(request, str(exc))
        return redirect(quiz.url)
    return redirect("attempt_take", attempt_id=attempt.pk)


@require_POST
@access_required("signed_in")
def update_check_start(request, quiz_id):
    """Start (or go back to) the short update check after a legal change."""
    quiz = get_object_or_404(QuizPage.objects.live(), pk=quiz_id)
    place = step_place(user=request.user, step=quiz)
    course = place.course
    quiz._cached_parent_obj = course
    lesson_ids = services.update_check_due(request.user, quiz)
    if not lesson_ids:
        messages.error(request, _("No update check is due for you in this course."))
        return redirect(course.url)
    try:
        attempt = services.update_check_start(user=request.user, quiz=quiz, lesson_ids=lesson_ids)
    except services.AttemptError as exc:
        messages.error(request, str(exc))
        return redirect(course.url)
    return redirect("attempt_take", attempt_id=attempt.pk)


def _question_views(attempt, items):
    views = []
    for item in items:
        key = services.public_key(attempt, item)
        shared = version_view(item.version_id, item.snapshot)  # the same for every attempt
        digest = shared["digest"]
        public = grading.public_view(
            item.snapshot,
            shuffle_seed=services.shuffle_seed(attempt, item),
            key=key,
            digest=digest,
        )
        public["position"] = item.position
        public["text_html"] = shared["text_html"]
        public["answered"] = item.response is not None
        public["saved"] = grading.public_response(
            item.snapshot, item.response, key=key, digest=digest
        )
        public["form"] = _form_rows(public)
        views.append(public)
    return views


def _form_rows(view) -> dict:
    """What the form of one question draws, with the saved answer marked on each choice,
    option and position: the template then needs one loop per list, not a search of the
    saved answer inside every option."""
    saved, kind = view["saved"], view["type"]
    form = {"name": f"q{view['position']}"}
    if kind in ("single", "multiple"):
        chosen = {saved} if kind == "single" else set(saved or ())
        form["choices"] = [{**c, "checked": c["id"] in chosen} for c in view["choices"]]
    elif kind == "matching":
        saved = saved or {}
        form["rows"] = [
            {
                **left,
                "options": [
                    {**o, "selected": saved.get(left["id"]) == o["id"]} for o in view["options"]
                ],
            }
            for left in view["left"]
        ]
    elif kind == "ordering":
        rank = {item_id: n for n, item_id in enumerate(saved or (), start=1)}
        count = len(view["items"])
        form["rows"] = [
            {
                **item,
                "ranks": [
                    {"value": str(n), "selected": rank.get(item["id"]) == n}
                    for n in range(1, count + 1)
                ],
            }
            for item in view["items"]
        ]
    return form


def _raw_from_post(post, view):
    """Turn the plain form fields of one question into the raw response the grader checks."""
    pos, kind = view["position"], view["type"]
    name = f"q{pos}"
    if kind == "multiple":
        return post.getlist(name)
    if kind == "matching":
        return {left["id"]: post.get(f"{name}-{left['id']}", "") for left in view["left"]}
    if kind == "ordering":
        ranks = {}
        for item in view["items"]:
            value = post.get(f"{name}-{item['id']}", "")
            if not value:
                return None
            ranks[item["id"]] = value
        try:
            numbers = {item_id: int(value) for item_id, value in ranks.items()}
        except ValueError:
            raise grading.InvalidResponse(_("Choose a position for each item.")) from None
        if len(set(numbers.values())) != len(numbers):
            raise grading.InvalidResponse(_("Give each item a different position."))
        return sorted(numbers, key=numbers.get)
    return post.get(name)


@access_required("signed_in")
def attempt_take(request, attempt_id):
    attempt = services.close_if_expired(_own_attempt(request, attempt_id))
    if not attempt.is_open:
        messages.info(request, _("This attempt is closed."))
        return redirect("attempt_review", attempt_id=attempt.pk)
    items = list(attempt.questions.order_by("position"))
    views = _question_views(attempt, items)
    quiz = attempt.quiz
    page_no = 1
    if quiz.one_per_page:
        try:
            page_no = min(max(int(request.GET.get("q", 1)), 1), len(views))
        except ValueError:
            page_no = 1
        shown = [views[page_no - 1]]
    else:
        shown = views
    errors = {}
    if request.method == "POST":
        for view in shown:
            try:
                raw = _raw_from_post(request.POST, view)
                services.attempt_save_answer(
                    attempt_id=attempt.pk, user=request.user, position=view["position"], raw=raw
                )
            except grading.InvalidResponse as exc:
                errors[view["position"]] = str(exc)
            except services.AttemptError as exc:
                messages.error(request, str(exc))
                return redirect(quiz.url)
        if not errors:
            action = request.POST.get("action", "")
            if quiz.one_per_page and action == "next" and page_no < len(views):
                return redirect(f"{reverse('attempt_take', args=[attempt.pk])}?q={page_no + 1}")
            if quiz.one_per_page and action == "previous" and page_no > 1:
                return redirect(f"{reverse('attempt_take', args=[attempt.pk])}?q={page_no - 1}")
            if action.startswith("goto-"):
                return redirect(f"{reverse('attempt_take', args=[attempt.pk])}?q={action[5:]}")
            return redirect("attempt_summary", attempt_id=attempt.pk)
        items = list(attempt.questions.order_by("position"))
        views = _question_views(attempt, items)
        shown = [views[page_no - 1]] if quiz.one_per_page else views
    return render(
        request,
        "quizzes/attempt.html",
        {
            "attempt": attempt,
            "quiz": quiz,
            "course": _course_of(quiz),
            "questions": shown,
            "all_questions": views,
            "page_no": page_no,
            "count": len(views),
            "errors": errors,
            "seconds_left": _seconds_left(attempt),
            "active_nav": "catalogue",
        },
        status=400 if errors else 200,
    )


def _course_of(quiz):
    """The quiz's course, in one query (``get_parent().specific`` takes two)."""
    from courses.models import CoursePage

    return CoursePage.objects.get(path=quiz.path[: -quiz.steplen])


def _seconds_left(attempt):
    if attempt.deadline is None:
        return None
    return max(int((attempt.deadline - timezone.now()).total_seconds()), 0)


def _answer_payload(request) -> tuple[int, object]:
    """The position and raw response of an autosave body; JSONBodyError for anything else."""
    payload = read_json(
        request,
        max_bytes=ANSWER_MAX_BYTES,
        sign_in_message=_("Sign in again to save your answers."),
    )
    if set(payload) != {"position", "response"}:
        raise JSONBodyError(_("Send the question's position and your answer, nothing else."))
    position = payload["position"]
    if isinstance(position, bool) or not isinstance(position, int):
        raise JSONBodyError(_("The question's position must be a whole number."))
    return position, payload["response"]


@require_POST
def attempt_answer(request, attempt_id):
    """Autosave one answer (JSON). 4xx with a message for anything not allowed."""
    try:
        position, raw = _answer_payload(request)
    except JSONBodyError as exc:
        return exc.response()
    if not 1 <= position <= MAX_POSITION:
        return JsonResponse({"error": _("This question is not part of the attempt.")}, status=400)
    try:
        item = services.attempt_save_answer(
            attempt_id=attempt_id, user=request.user, position=position, raw=raw
        )
    except grading.InvalidResponse as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    except services.AttemptError as exc:
        return JsonResponse({"error": str(exc)}, status=exc.status)
    return JsonResponse(
        {
            "saved": True,
            "answered": item.response is not None,
            "saved_at": item.answered_at.isoformat() if item.answered_at else None,
        }
    )


@access_required("signed_in")
def attempt_summary(request, attempt_id):
    attempt = services.close_if_expired(_own_attempt(request, attempt_id))
    if not attempt.is_open:
        return redirect("attempt_review", attempt_id=attempt.pk)
    # "attempt" must stay loaded: the related manager reads attempt_id of every row, and a
    # deferred attempt_id cost one query per question.
    items = list(
        attempt.questions.order_by("position").only("attempt", "position", "response", "snapshot")
    )
    unanswered = [i.position for i in items if i.response is None]
    for item in items:
        text = plain_text(item.snapshot.get("text", ""), item.snapshot.get("text_format", ""))
        item.short_text = shorten(text, SUMMARY_TEXT_LENGTH)
    return render(
        request,
        "quizzes/summary.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "items": items,
            "unanswered": unanswered,
            "seconds_left": _seconds_left(attempt),
            "active_nav": "catalogue",
        },
    )


@require_POST
@access_required("signed_in")
def attempt_submit(request, attempt_id):
    attempt = _own_attempt(request, attempt_id)
    services.attempt_submit(attempt=attempt)
    return redirect("attempt_review", attempt_id=attempt.pk)


@access_required("signed_in")
def attempt_review(request, attempt_id):
    attempt = services.close_if_expired(_own_attempt(request, attempt_id))
    if attempt.is_open:
        return redirect("attempt_take", attempt_id=attempt.pk)
    quiz = attempt.quiz
    mode = quiz.review_mode
    rows = []
    if mode != ReviewMode.SCORE:
        for item in attempt.questions.order_by("position"):
            row = {
                "item": item,
                "text_html": render_text(
                    item.snapshot.get("text", ""), item.snapshot.get("text_format", "")
                ),
                "correct": item.fraction == 1,
                "partial": item.fraction is not None and 0 < item.fraction < 1,
            }
            if mode == ReviewMode.FULL:
                result = grading.grade(item.snapshot, item.response)
                row["feedback"] = result.feedback
                row["your_answer"] = selectors.describe_response(item.snapshot, item.response)
                row["correct_answer"] = selectors.describe_response(
                    item.snapshot, grading.correct_response(item.snapshot)
                )
            rows.append(row)
    return render(
        request,
        "quizzes/review.html",
        {
            "attempt": attempt,
            "quiz": quiz,
            "course": _course_of(quiz),
            "rows": rows,
            "mode": mode,
            "active_nav": "catalogue",
        },
    )


@require_safe
@access_required("signed_in")
def quiz_stats(request, quiz_id):
    """Read-only statistics of one quiz (editors, HR, leaders: see quizzes.access)."""
    quiz = get_object_or_404(QuizPage, pk=quiz_id)
    if not quiz_access.can_view_statistics(request.user, quiz):
        raise PermissionDenied
    return render(
        request,
        "quizzes/stats.html",
        {
            "quiz": quiz,
            "course": _course_of(quiz),
            "stats": selectors.quiz_statistics(quiz),
            "items": selectors.item_statistics(quiz),
            "can_edit": quiz_access.can_edit_quiz(request.user, quiz),
            "active_nav": "catalogue",
        },
    )


@require_safe
@access_required("signed_in")
def quiz_stats_index(request):
    """The quizzes whose statistics the person may see, by course."""
    if not quiz_access.may_see_any_statistics(request.user):
        raise PermissionDenied
    return render(
        request,
        "quizzes/stats_index.html",
        {
            "courses": selectors.quizzes_by_course(quiz_access.statistics_quizzes(request.user)),
            "active_nav": "catalogue",
        },
    )
