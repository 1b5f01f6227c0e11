"""Reading a people file: its encoding, delimiter and header, then its rows one by one.

Excel's "CSV" in a Polish locale separates fields with semicolons and is saved either
in Windows-1250 or in UTF-8 with a byte-order mark; both are detected. Header names are
matched in Polish or English, with or without diacritics.
"""

import csv
import io
import re
import unicodedata
from datetime import date, datetime

from django.utils.translation import gettext as _

FIELDS = [
    "employee_number",
    "first_name",
    "last_name",
    "email",
    "job_title",
    "unit_code",
    "hire_date",
]
OPTIONAL_FIELDS = ["active"]
EXPORT_HEADER = [
    "numer_pracownika",
    "imie",
    "nazwisko",
    "email",
    "stanowisko",
    "kod_komorki",
    "data_zatrudnienia",
    "aktywny",
]
HEADER_ALIASES = {
    "employee_number": {
        "numer pracownika",
        "nr pracownika",
        "numer ewidencyjny",
        "employee number",
        "employee_number",
        "numer_pracownika",
        "nr ewidencyjny",
    },
    "first_name": {"imie", "first name", "first_name"},
    "last_name": {"nazwisko", "last name", "last_name", "surname"},
    "email": {"email", "e-mail", "adres email", "adres e-mail"},
    "job_title": {"stanowisko", "job title", "job_title"},
    "unit_code": {
        "kod komorki",
        "kod_komorki",
        "komorka",
        "kod jednostki",
        "unit code",
        "unit_code",
        "unit",
    },
    "hire_date": {"data zatrudnienia", "data_zatrudnienia", "hire date", "hire_date"},
    "active": {"aktywny", "aktywna", "czy aktywny", "active", "is active"},
}
YES = {"tak", "t", "yes", "y", "true", "1", "aktywny", "aktywna"}
NO = {"nie", "n", "no", "false", "0", "nieaktywny", "nieaktywna"}
DATE_FORMATS = ["%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y"]
ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
POLISH_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
# A cell starting with one of these is a formula to a spreadsheet; the export quotes it
# with an apostrophe (OWASP "CSV injection") and the import takes the apostrophe off.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ImportFileError(Exception):
    """The file as a whole cannot be read (encoding, header, size)."""


def decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(
            _(
                'The file is saved as UTF-16 ("Unicode text"). Save it as "CSV (semicolon '
                'separated)" or "CSV UTF-8" and try again.'
            )
        )
    try:
        if data.startswith(b"\xef\xbb\xbf"):
            return data[3:].decode("utf-8")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1250")
    except UnicodeDecodeError:
        raise ImportFileError(
            _("The file is neither UTF-8 nor Windows-1250 text. Save it as CSV and try again.")
        ) from None


def fold(text: str) -> str:
    """``text`` stripped, in lower case, without diacritics and with spaces for underscores."""
    text = text.strip().lower().replace("ł", "l")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).replace("_", " ")


def _header_map(header: list[str]) -> dict[str, int]:
    aliases = {fold(a): key for key, names in HEADER_ALIASES.items() for a in names}
    mapping = {}
    for index, name in enumerate(header):
        key = aliases.get(fold(name))
        if key and key not in mapping:
            mapping[key] = index
    missing = [f for f in FIELDS if f not in mapping]
    if missing:
        raise ImportFileError(
            _("The header row is missing these columns: %(columns)s. Expected: %(expected)s.")
            % {"columns": ", ".join(missing), "expected": ";".join(EXPORT_HEADER[:7])}
        )
    return mapping


def parse_date(value: str) -> date | None:
    """The date in a cell (None when empty); ValueError when it is not a date."""
    if not value:
        return None
    # The two usual forms without strptime, which is slow (an import has thousands).
    if match := ISO_DATE.fullmatch(value):
        year, month, day = match.groups()
        return date(int(year), int(month), int(day))  # ValueError for 2024-02-31
    if match := POLISH_DATE.fullmatch(value):
        day, month, year = match.groups()
        return date(int(year), int(month), int(day))
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError


def parse_active(value: str) -> bool | None:
    """The ``aktywny`` cell: True when empty or yes, False for no, None for anything else."""
    folded = fold(value)
    if not folded or folded in YES:
        return True
    if folded in NO:
        return False
    return None


def _cell(value: str) -> str:
    value = unicodedata.normalize("NFC", value.strip())
    if value[:1] == "'" and value[1:2] and value[1] in FORMULA_START:
        value = value[1:]
    return value


def read_rows(text: str):
    """Yield (line number, dict of FIELDS) for each data row.

    The line number is the physical line where the row starts (the header is line 1),
    as a spreadsheet or text editor shows it, even when a quoted cell spans lines.
    """
    sample = text[:4096]
    first_line = sample.splitlines()[0] if sample.strip() else ""
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFileError(_("The file is empty. Export the list of people again.")) from None
    except csv.Error as exc:
        raise ImportFileError(
            _("Line %(line)s cannot be read as CSV: %(error)s") % {"line": 1, "error": exc}
        ) from None
    mapping = _header_map(header)
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ImportFileError(
                _("Line %(line)s cannot be read as CSV: %(error)s") % {"line": start, "error": exc}
            ) from None
        if not any(cell.strip() for cell in row):
            continue
        yield (
            start,
            {key: (_cell(row[idx]) if idx < len(row) else "") for key, idx in mapping.items()},
        )
