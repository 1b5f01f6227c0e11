"""The courses app's panels on the home page, and the registry of panels on the course page.

Apps above courses (internal sessions, certificates) show their part of a course on its page
by registering a :class:`CoursePanel` here, usually in their ``AppConfig.ready``: courses
draws the panels and never imports those apps.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from lms.panels import HomePanel, NavItem, register_home_panel, register_nav_item


@dataclass(frozen=True)
class CoursePanel:
    """A section of a course page, drawn after the learner's progress. ``data(request,
    course)`` returns the template's ``data``, or None when the panel has nothing to show
    to that person. Only people who may see the course get the page at all."""

    name: str
    template: str
    data: Callable  # (request, course) -> dict | None
    order: int = 100
    # When true, ``data`` also gets the person's summary row of the course (or None), so a
    # panel can tell without a query whether it has anything to show.
    takes_progress: bool = False


_COURSE_PANELS: dict[str, CoursePanel] = {}


def register_course_panel(panel: CoursePanel) -> None:
    _COURSE_PANELS[panel.name] = panel


def course_panels(request, course, progress=None) -> list[dict]:
    """The panels to draw on ``course``'s page for this request, in order, with their data."""
    shown = []
    for panel in sorted(_COURSE_PANELS.values(), key=lambda p: (p.order, p.name)):
        if panel.takes_progress:
            data = panel.data(request, course, progress)
        else:
            data = panel.data(request, course)
        if data is not None:
            shown.append({"name": panel.name, "template": panel.template, "data": data})
    return shown


def my_learning_data(request):
    from lms import access

    from .selectors import my_learning

    # The empty state reads differently for someone who assigns training to others.
    return {
        "learning": my_learning(request.user),
        "assigns": access.is_leader(request.user) or access.is_hr(request.user),
    }


def register():
    from . import cache

    cache.connect()  # the shared step trees are dropped when a course or step changes
    register_home_panel(
        HomePanel(
            name="my_learning",
            template="courses/includes/my_learning_panel.html",
            data=my_learning_data,
            order=10,
        )
    )
    register_nav_item(
        NavItem(
            key="catalogue", label=_("Course catalogue"), url="/learn/", visible=_always, order=20
        )
    )


def _always(user):
    return True
