"""The team matrix's cells, built in Python: a page has up to 50 people × every assigned
course, and an ``{% include %}`` per cell made rendering the slowest part of the page."""

from functools import lru_cache

from django import template
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext

from ..matrix import CellState, SessionCell

register = template.Library()


@lru_cache(maxsize=4096)
def _date(value, language):
    return formats.date_format(value, "SHORT_DATE_FORMAT")


def _time(value):
    if hasattr(value, "tzinfo") and value.tzinfo is not None:
        value = timezone.localtime(value).date()
    elif hasattr(value, "date"):
        value = value.date()
    return format_html(
        '<time datetime="{}">{}</time>',
        value.isoformat(),
        _date(value, translation.get_language()),
    )


def _state(cell):
    if cell.state == CellState.COMPLETED:
        done = format_html(" {}", _time(cell.completed_at)) if cell.completed_at else ""
        return format_html(
            '<span class="badge badge-ok"><span aria-hidden="true">✓</span> {}</span>{}',
            gettext("Completed"),
            done,
        )
    if cell.state == CellState.OVERDUE:
        days = ngettext("%(days)s day", "%(days)s days", cell.overdue_days) % {
            "days": cell.overdue_days
        }
        return format_html(
            '<span class="badge badge-bad"><span aria-hidden="true">!</span> {}</span> '
            '<span class="overdue">{}</span>',
            gettext("Overdue"),
            days,
        )
    if cell.state == CellState.IN_PROGRESS:
        return format_html(
            '<span class="badge badge-warn"><span aria-hidden="true">◐</span> {}</span> {}%',
            gettext("In progress"),
            cell.percent,
        )
    if cell.state == CellState.NOT_STARTED:
        return format_html(
            '<span class="badge"><span aria-hidden="true">○</span> {}</span>',
            gettext("Not started"),
        )
    return format_html(
        '<span class="empty"><span aria-hidden="true">–</span> {}</span>', gettext("Not assigned")
    )


_FRAGMENTS: dict = {}


def _fragment(cell, language):
    """The visible content of a cell; many cells of a page share it, so it is kept."""
    completed = cell.completed_at
    if completed is not None and getattr(completed, "tzinfo", None) is not None:
        completed = timezone.localtime(completed).date()
    key = (
        language,
        cell.state,
        cell.overdue_days,
        cell.percent,
        completed,
        cell.due_date,
        cell.outside_rule,
    )
    found = _FRAGMENTS.get(key)
    if found is None:
        content = _state(cell)
        if cell.due_date and cell.state != CellState.COMPLETED:
            content = format_html(
                '{}<br><span class="meta">{} {}</span>',
                content,
                gettext("due"),
                _time(cell.due_date),
            )
        if cell.outside_rule:
            content = format_html(
                '{}<br><span class="meta">{}</span>', content, gettext("kept after a move")
            )
        if len(_FRAGMENTS) > 20000:
            _FRAGMENTS.clear()
        found = _FRAGMENTS[key] = str(content)
    return found


@register.simple_tag
def team_cells(person, cells):
    """Every ``<td>`` of one person's row, in one pass: the state in words with an icon
    (never colour alone), the due date, and a link to the person's learning record."""
    language = translation.get_language()
    name = str(person)
    placeholder = 999_999_999
    url = reverse("team_record", args=[person.pk, placeholder])
    parts = []
    for cell in cells:
        if isinstance(cell, SessionCell):
            icon = {"attended": "✓", "booked": "◷", "waiting": "…", "pending": "…"}.get(
                cell.state, "–"
            )
            parts.append(
                format_html(
                    '<td data-label="{}" data-state="session-{}" data-session-course="{}">'
                    '<span class="badge{}"><span aria-hidden="true">{}</span> {}</span></td>',
                    gettext("Session: %(course)s") % {"course": cell.course.title},
                    cell.state,
                    cell.course.pk,
                    " badge-ok" if cell.state == "attended" else "",
                    icon,
                    cell.label,
                )
            )
            continue
        content = _fragment(cell, language)
        if cell.assignment is not None:
            label = gettext("learning record of %(name)s for %(course)s") % {
                "name": name,
                "course": cell.course.title,
            }
            content = (
                f'<a href="{url.replace(str(placeholder), str(cell.course.pk))}">{content}'
                f'<span class="visually-hidden"> – {escape(label)}</span></a>'
            )
        parts.append(
            f'<td data-label="{escape(cell.course.title)}" data-state="{cell.state}" '
            f'data-course="{cell.course.pk}">{content}</td>'
        )
    return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped
