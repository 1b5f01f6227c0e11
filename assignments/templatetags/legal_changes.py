"""The course outline's "updated on <date>: <summary>" notes of lessons a person must redo
after a legal change (``templates/assignments/legal/outline_note.html``)."""

from django import template

from ..law_change import outline_notes

register = template.Library()


@register.simple_tag(takes_context=True)
def legal_change_notes(context, page):
    """The notes of ``page`` for the viewer, read once per course page (a query or three,
    and none for someone with no active assignment and no re-opened lesson)."""
    request = context.get("request")
    progress = context.get("progress")
    course = context.get("course")
    reopened = context.get("reopened_steps") or ()
    if request is None or course is None or progress is None:
        return []
    if progress.due_date is None and not reopened:
        return []
    cache = getattr(request, "_kadra_legal_notes", None)
    if cache is None:
        cache = request._kadra_legal_notes = {}
    if course.pk not in cache:
        cache[course.pk] = outline_notes(user=request.user, course=course, reopened=reopened)
    return cache[course.pk].get(page.pk, [])
