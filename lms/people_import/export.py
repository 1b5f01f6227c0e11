"""People as CSV in the shape the import reads, so an export imported back changes nothing."""

import csv
import io

from ..selectors import PEOPLE_ORDER
from .parse import EXPORT_HEADER, FORMULA_START


def neutralise_formula(value: str) -> str:
    """``value`` with an apostrophe in front when a spreadsheet would run it as a formula."""
    return f"'{value}" if value.startswith(FORMULA_START) else value


def export_people(queryset) -> str:
    """People as semicolon-separated CSV with a BOM, re-importable as it is."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(EXPORT_HEADER)
    for p in queryset.select_related("org_unit").order_by(*PEOPLE_ORDER):
        writer.writerow(
            [
                neutralise_formula(p.employee_number or ""),
                neutralise_formula(p.first_name),
                neutralise_formula(p.last_name),
                neutralise_formula(p.email),
                neutralise_formula(p.job_title),
                p.org_unit.code if p.org_unit else "",
                p.hire_date.isoformat() if p.hire_date else "",
                "tak" if p.is_active else "nie",
            ]
        )
    return out.getvalue()
