"""Template tags of the sessions app, for pages other apps draw (the course page)."""

from django import template

from .. import selectors

register = template.Library()


@register.inclusion_tag("seminars/includes/course_sessions_list.html", takes_context=True)
def course_sessions(context, course):
    """Upcoming sessions linked to ``course`` that the viewer may see and book."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or course is None or not course.pk:
        return {"course_sessions": []}
    return {"course_sessions": list(selectors.upcoming_for_course(user, course)[:10])}
