"""The team matrix as CSV (Polish Excel: semicolons, UTF-8 with BOM, formulas neutralised)
and as XLSX (frozen header row, dates as dates). Same filters as the page, all pages.

A fixed number of queries whatever the size: people, columns, assignments, progress.
"""

import csv
import io
from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from lms.people_import import neutralise_formula as neutralise

from . import matrix
from .matrix import CellState


def _header(courses) -> list[str]:
    header = [_("Last name"), _("First name"), _("Employee number"), _("Unit"), _("Job title")]
    for course in courses:
        header += [
            _("%(course)s: status") % {"course": course.title},
            _("%(course)s: due date") % {"course": course.title},
            _("%(course)s: completed on") % {"course": course.title},
        ]
    return header


class _StatusTexts:
    """Cell status in words, translated once per distinct text rather than once per cell."""

    def __init__(self):
        self.labels = {state: str(label) for state, label in CellState.choices}
        self.cache = {}

    def __call__(self, cell) -> str:
        if cell.state == CellState.OVERDUE:
            key = (cell.state, cell.overdue_days)
            if key not in self.cache:
                self.cache[key] = _("Overdue (%(days)s days)") % {"days": cell.overdue_days}
            return self.cache[key]
        if cell.state == CellState.IN_PROGRESS:
            key = (cell.state, cell.percent)
            if key not in self.cache:
                self.cache[key] = _("In progress (%(percent)s%%)") % {"percent": cell.percent}
            return self.cache[key]
        return self.labels[cell.state]


def _local_date(value):
    if isinstance(value, datetime):
        return timezone.localtime(value).date()
    return value


def rows(user, filters):
    """The header, then one row per person: text, and dates as ``date`` objects."""
    people = matrix.team_people(user, filters)
    courses = matrix.team_courses(people, filters)
    yield _header(courses)
    current, progress = matrix.cell_sources(people.order_by().values("pk"), [c.pk for c in courses])
    status_text = _StatusTexts()
    for person in people.iterator(chunk_size=2000):
        row = [
            person.last_name,
            person.first_name,
            person.employee_number or "",
            person.org_unit.code if person.org_unit else "",
            person.job_title,
        ]
        for course in courses:
            key = (person.pk, course.pk)
            cell = matrix.cell_for(course, current.get(key), progress.get(key), filters.today)
            row += [status_text(cell), cell.due_date, _local_date(cell.completed_at)]
        yield row


def _csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    return value.isoformat()


def team_csv(user, filters) -> str:
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for row in rows(user, filters):
        writer.writerow([_csv_value(value) for value in row])
    return out.getvalue()


def team_xlsx(user, filters, *, progress=None, every=500) -> bytes:
    """Write-only workbook: rows are streamed; a ``date`` value gets a date format by itself.
    ``progress(rows_done)`` is called every ``every`` rows (for the background export)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Team"))
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    for index, row in enumerate(rows(user, filters)):
        if index == 0:
            header = []
            for title in row:
                cell = WriteOnlyCell(sheet, value=neutralise(title))
                cell.font = bold
                header.append(cell)
            sheet.append(header)
        else:
            sheet.append(
                [
                    neutralise(value) if isinstance(value, str) and value else (value or None)
                    for value in row
                ]
            )
            if progress is not None and index % every == 0:
                progress(index)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
