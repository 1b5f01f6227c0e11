"""The matrix's cells, built in Python (a page has up to 50 people × every required
course; a template include per cell would make rendering the slowest part of the page).
Each state is shown in words with a symbol, never by colour alone; many cells share the
same content, so it is built once per distinct cell and kept."""

from functools import lru_cache

from django.urls import reverse
from django.utils import formats, translation
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from .matrix import State

BADGES = {
    State.VALID: "badge-ok",
    State.EXPIRING: "badge-warn",
    State.EXPIRED: "badge-bad",
    State.UPDATE_REQUIRED: "badge-warn",
    State.MISSING: "badge-bad",
    State.IN_PROGRESS: "badge-warn",
}


@lru_cache(maxsize=4096)
def _date(value, language):
    return formats.date_format(value, "SHORT_DATE_FORMAT")


def _time(value, language):
    return format_html('<time datetime="{}">{}</time>', value.isoformat(), _date(value, language))


_FRAGMENTS: dict = {}


def fragment(cell, language) -> str:
    key = (language, cell.state, cell.until, cell.due_date, cell.percent)
    found = _FRAGMENTS.get(key)
    if found is not None:
        return found
    if cell.state == State.NOT_REQUIRED:
        content = format_html(
            '<span class="empty"><span aria-hidden="true">–</span> {}</span>',
            gettext("Not required"),
        )
    else:
        content = format_html(
            '<span class="badge {}"><span aria-hidden="true">{}</span> {}</span>',
            BADGES[cell.state],
            cell.icon,
            str(State.labels[cell.state]),
        )
        if cell.state == State.IN_PROGRESS:
            content = format_html("{} {}%", content, cell.percent)
        if cell.until is not None:
            content = format_html(
                '{}<br><span class="meta">{} {}</span>',
                content,
                gettext("until"),
                _time(cell.until, language),
            )
        elif cell.state == State.VALID:
            content = format_html(
                '{}<br><span class="meta">{}</span>', content, gettext("no expiry")
            )
        if cell.due_date is not None and not cell.compliant:
            content = format_html(
                '{}<br><span class="meta">{} {}</span>',
                content,
                gettext("due"),
                _time(cell.due_date, language),
            )
    if len(_FRAGMENTS) > 20000:
        _FRAGMENTS.clear()
    found = _FRAGMENTS[key] = str(content)
    return found


def row_html(person, cells, courses) -> str:
    """Every ``<td>`` of one person's row; a required cell links to the person's page."""
    language = translation.get_language()
    url = reverse("compliance_person", args=[person.pk])
    name = str(person)
    parts = []
    for cell, course in zip(cells, courses, strict=True):
        content = fragment(cell, language)
        if cell.required:
            label = gettext("certificates of %(name)s for %(course)s") % {
                "name": name,
                "course": course.title,
            }
            content = (
                f'<a href="{url}#course-{course.pk}">{content}'
                f'<span class="visually-hidden"> – {escape(label)}</span></a>'
            )
        parts.append(
            f'<td data-label="{escape(course.title)}" data-state="{cell.state}" '
            f'data-course="{course.pk}">{content}</td>'
        )
    return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped


def legend() -> list[tuple[str, str, str]]:
    """(state, symbol, words) for the key under the matrix."""
    return [(state, State.ICONS[state], label) for state, label in State.choices]
