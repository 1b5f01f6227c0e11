"""Course steps (lessons and quizzes) as pages: who gets one, and where it sits in its course.

A step page is served only to signed-in people who may see its course (anyone else gets the
sign-in page or 404); a step that is locked for the person (an unfinished earlier step, a
prerequisite course, the lessons before a quiz) answers 403 with the reason. Everything the
page shows then comes from the page's ``get_context``.
"""

from dataclasses import dataclass, replace

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.template.response import TemplateResponse

from .cache import ViewRestrictionsMixin


@dataclass(frozen=True)
class StepPlace:
    """A step as one person meets it: its course, their progress, the outline, its index."""

    course: object
    progress: object  # CourseProgress or None
    steps: list  # selectors.StepState, in order
    index: int
    # The person's newest completion of the step in this cycle, counting or re-opened by a
    # legal change (with ``revision_id``), or None.
    completion: object = None

    @property
    def state(self):
        return self.steps[self.index]

    @property
    def previous(self):
        return self.steps[self.index - 1] if self.index > 0 else None

    @property
    def next(self):
        return self.steps[self.index + 1] if self.index + 1 < len(self.steps) else None

    def context(self) -> dict:
        return {
            "course": self.course,
            "progress": self.progress,
            "state": self.state,
            "previous": self.previous,
            "next": self.next,
            "position": self.index + 1,
            "count": len(self.steps),
            "active_nav": "catalogue",
        }


def sign_in_first(request):
    """The sign-in page (which comes back here) for an anonymous visitor, else None."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return None


def step_place(*, user, step) -> StepPlace:
    """Enter ``step`` for ``user``: Http404 for a step they may not see, enrolment where the
    course is open to all (as ``services.step_enter`` does), with the outline read through
    ``selectors.learner_course`` (the shared step tree and two queries)."""
    from . import access, selectors, services
    from .models import CoursePage

    course = getattr(step, "_cached_parent_obj", None)  # set when the page was routed
    if not isinstance(course, CoursePage):
        course = CoursePage.objects.get(path=step.path[: -step.steplen])
    mine = selectors.learner_course(user, course, step=step)
    if not access.can_view_step(user, step, course, enrolled=mine.progress is not None):
        raise Http404
    if mine.progress is None and access.can_enrol(user, course):
        progress = services.enrol(user=user, course=course)
        if mine.latest:  # finished steps before: their outline is read again
            mine = selectors.learner_course(user, course, step=step)
        else:  # nothing finished: the outline read above stands
            mine = replace(mine, progress=progress)
    index = next((i for i, s in enumerate(mine.steps) if s.page.pk == step.pk), None)
    if index is None:  # not among the live steps (the tree is being republished)
        raise Http404
    return StepPlace(course, mine.progress, mine.steps, index, mine.latest.get(step.pk))


class CourseStepMixin(ViewRestrictionsMixin):
    """Serving for the pages that are steps of a course (``LessonPage``, ``QuizPage``)."""

    locked_template = "courses/locked.html"

    def serve(self, request, *args, **kwargs):
        if (response := sign_in_first(request)) is not None:
            return response
        place = step_place(user=request.user, step=self)
        if place.state.locked:
            context = super().get_context(request, *args, **kwargs)
            context.update(place.context(), lesson=self)
            return TemplateResponse(request, self.locked_template, context, status=403)
        self.record_opening(request, place)
        return super().serve(request, *args, place=place, **kwargs)

    def record_opening(self, request, place: StepPlace) -> None:
        """Called when the person is let in, before the page is drawn."""

    def get_context(self, request, *args, place: StepPlace | None = None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if place is None:
            place = step_place(user=request.user, step=self)
        context.update(place.context())
        context["place"] = place
        return context
