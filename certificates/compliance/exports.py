"""The registry and the matrix as CSV (Polish Excel: semicolons, UTF-8 with a BOM, cells
a spreadsheet would run as formulas neutralised) and XLSX (frozen header row, bold header,
dates as dates). Same filters as the pages, every page; a fixed number of queries."""

import csv
import io
from datetime import date, datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from lms.people_import import neutralise_formula as neutralise

from . import matrix
from .registry import registry


def _local_date(value):
    if isinstance(value, datetime):
        return timezone.localtime(value).date()
    return value


def registry_rows(user, filters):
    """The header, then one row per certificate."""
    yield [
        _("Number"),
        _("Last name"),
        _("First name"),
        _("Name as issued"),
        _("Employee number"),
        _("Unit"),
        _("Course"),
        _("Status"),
        _("Issued on"),
        _("Originally awarded on"),
        _("Valid until"),
        _("Revoked on"),
        _("Reason"),
        _("Verification code"),
    ]
    labels = {}
    qs = registry(user, filters)
    for c in qs.iterator(chunk_size=2000):
        if c.status not in labels:
            labels[c.status] = c.get_status_display()
        person, unit = c.user, c.user.org_unit
        yield [
            c.number,
            person.last_name,
            person.first_name,
            c.name_as_issued,
            person.employee_number or "",
            unit.code if unit else "",
            c.course_title,
            labels[c.status],
            c.issued_on,
            c.awarded_on,
            c.valid_until,
            _local_date(c.revoked_at),
            c.revocation_reason or c.status_reason,
            str(c.uuid),
        ]


class _CellTexts:
    """A cell in words, built once per distinct text rather than once per cell."""

    def __init__(self):
        self.cache = {}

    def __call__(self, cell) -> str:
        key = (cell.state, cell.percent)
        found = self.cache.get(key)
        if found is None:
            label = str(cell.label)
            if cell.state == matrix.State.IN_PROGRESS:
                label = _("%(state)s (%(percent)s%%)") % {"state": label, "percent": cell.percent}
            found = self.cache[key] = label
        return found


def matrix_rows(user, filters):
    """The header, then one row per person: for each course its state, the certificate's
    last valid day and the assignment's due date."""
    rules = matrix.active_rules(filters.today)
    people = matrix.matrix_people(user, filters, rules)
    courses = matrix.matrix_courses(people, filters, rules)
    header = [_("Last name"), _("First name"), _("Employee number"), _("Unit"), _("Job title")]
    for course in courses:
        header += [
            _("%(course)s: status") % {"course": course.title},
            _("%(course)s: valid until") % {"course": course.title},
            _("%(course)s: due date") % {"course": course.title},
        ]
    header.append(_("Compliant"))
    yield header
    text = _CellTexts()
    yes, no = _("yes"), _("no")
    for person, cells in matrix.scan(people, courses, rules, filters):
        row = [
            person.last_name,
            person.first_name,
            person.employee_number,
            person.unit_code,
            person.job_title,
        ]
        ok = True
        for cell in cells:
            if not cell.required:
                row += ["", None, None]
                continue
            ok = ok and cell.compliant
            row += [text(cell), cell.until, cell.due_date]
        row.append(yes if ok else no)
        yield row


def count_matrix_rows(user, filters) -> int:
    rules = matrix.active_rules(filters.today)
    return matrix.matrix_people(user, filters, rules).count()


def count_registry_rows(user, filters) -> int:
    return registry(user, filters).count()


def _csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def to_csv(rows) -> str:
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for row in rows:
        writer.writerow([_csv_value(value) for value in row])
    return out.getvalue()


def to_xlsx(rows, *, title: str, progress=None, every=500) -> bytes:
    """A write-only workbook (rows are streamed); a ``date`` gets a date format by itself.
    ``progress(rows_done)`` is called every ``every`` rows (for the background export)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    for index, row in enumerate(rows):
        if index == 0:
            header = []
            for value in row:
                cell = WriteOnlyCell(sheet, value=neutralise(value))
                cell.font = bold
                header.append(cell)
            sheet.append(header)
            continue
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


EXPORTS = {
    # name: (rows, count, sheet title, file name stem)
    "matrix": (matrix_rows, count_matrix_rows, "compliance-matrix"),
    "registry": (registry_rows, count_registry_rows, "certificates"),
}


def sheet_title(name: str) -> str:
    return _("Compliance") if name == "matrix" else _("Certificates")


def filename(name: str, ext: str) -> str:
    return f"{EXPORTS[name][2]}-{timezone.localdate().isoformat()}.{ext}"
