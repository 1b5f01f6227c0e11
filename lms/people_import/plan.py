"""Import and export of people as CSV, in the shape Polish offices produce it.

Excel's "CSV" in a Polish locale separates fields with semicolons and is saved either
in Windows-1250 or in UTF-8 with a byte-order mark; both are detected. The import is
planned first (a dry run lists what would be created, changed and deactivated, and
every bad line with its number and reason) and applied all-or-nothing.

People are matched by employee number (case-insensitive); a row without one may only
update an existing person who has no number either, found by email. An optional
``aktywny`` column (tak/nie) states whether the person may sign in; without it, the
people in the file are active. The export writes that column too, so an export
imported back changes nothing.
"""

import csv
import hashlib
import io
import re
import secrets
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import ROLE_GROUPS, OrgUnit, Role, User, code_validator
from .selectors import PEOPLE_ORDER

# Sent inside the import's transaction once its people are written in bulk (which sends no
# post_save): ``person_ids`` of everyone created or changed. Apps above lms listen to it.
people_imported = Signal()

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
# Control characters (Unicode category Cc); a job title may span lines (Alt+Enter in Excel).
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
CONTROL_MULTILINE = re.compile(r"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f]")
MAX_LENGTHS = {
    "employee_number": 30,
    "first_name": 150,
    "last_name": 150,
    "email": 254,
    "job_title": 200,
}
LABELS = {
    "employee_number": gettext_lazy("employee number"),
    "first_name": gettext_lazy("first name"),
    "last_name": gettext_lazy("last name"),
    "email": gettext_lazy("email"),
    "job_title": gettext_lazy("job title"),
    "unit_code": gettext_lazy("unit code"),
    "hire_date": gettext_lazy("hire date"),
}
# A cell starting with one of these is a formula to a spreadsheet; the export quotes it
# with an apostrophe (OWASP "CSV injection") and the import takes the apostrophe off.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Fields compared to decide whether a person changes (order = order shown in the preview).
COMPARED = [
    "employee_number",
    "first_name",
    "last_name",
    "email",
    "job_title",
    "org_unit",
    "hire_date",
    "is_active",
]


CHANGE_LABELS = {
    **LABELS,
    "org_unit": gettext_lazy("unit"),
    "is_active": gettext_lazy("active"),
}


def _show(value) -> str:
    if value is True:
        return _("yes")
    if value is False:
        return _("no")
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


class ImportFileError(Exception):
    """The file as a whole cannot be read (encoding, header, size)."""


@dataclass
class RowError:
    line: int
    message: str

    def __str__(self):
        return _("line %(line)s: %(message)s") % {"line": self.line, "message": self.message}


@dataclass
class PlannedChange:
    line: int
    employee_number: str
    name: str
    changes: dict = field(default_factory=dict)  # field -> (old, new)

    def described_changes(self) -> list[tuple[str, str, str]]:
        """(label, old, new) for the preview, with values as a person would write them."""
        return [
            (str(CHANGE_LABELS.get(k, k)), _show(o), _show(n)) for k, (o, n) in self.changes.items()
        ]


@dataclass
class ImportPlan:
    create: list[PlannedChange] = field(default_factory=list)
    update: list[PlannedChange] = field(default_factory=list)
    deactivate: list[PlannedChange] = field(default_factory=list)
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    _rows: list[dict] = field(default_factory=list, repr=False)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def has_changes(self) -> bool:
        return bool(self.create or self.update or self.deactivate)

    def fingerprint(self) -> str:
        """A digest of what the plan would do, to check a confirmation matches its preview."""
        digest = hashlib.sha256()
        for kind in ("create", "update", "deactivate"):
            for change in getattr(self, kind):
                digest.update(repr((kind, change.employee_number, change.name)).encode())
                digest.update(repr(sorted(change.changes.items())).encode())
        digest.update(repr([(e.line, e.message) for e in self.errors]).encode())
        return digest.hexdigest()


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


def _fold(text: str) -> str:
    text = text.strip().lower().replace("ł", "l")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).replace("_", " ")


def _header_map(header: list[str]) -> dict[str, int]:
    aliases = {_fold(a): key for key, names in HEADER_ALIASES.items() for a in names}
    mapping = {}
    for index, name in enumerate(header):
        key = aliases.get(_fold(name))
        if key and key not in mapping:
            mapping[key] = index
    missing = [f for f in FIELDS if f not in mapping]
    if missing:
        raise ImportFileError(
            _("The header row is missing these columns: %(columns)s. Expected: %(expected)s.")
            % {"columns": ", ".join(missing), "expected": ";".join(EXPORT_HEADER[:7])}
        )
    return mapping


def _parse_date(value: str) -> date | None:
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


def _parse_active(value: str) -> bool | None:
    folded = _fold(value)
    if not folded or folded in YES:
        return True
    if folded in NO:
        return False
    return None


def plan_import(data: bytes, *, deactivate_missing: bool = False, acting_user=None) -> ImportPlan:
    """Dry run: what importing ``data`` would do, and every bad line. Writes nothing.

    With ``deactivate_missing``, active people who have an employee number and are not
    in the file are to be deactivated (never ``acting_user``, who would lock themself out).
    """
    plan = ImportPlan()
    text = decode(data)
    units = {u.code.upper(): u for u in OrgUnit.objects.only("pk", "code", "name")}
    units_by_pk = {u.pk: u for u in units.values()}
    everyone = list(
        User.objects.only(
            "pk",
            "employee_number",
            "first_name",
            "last_name",
            "email",
            "job_title",
            "org_unit_id",
            "hire_date",
            "is_active",
            "deactivated_at",
        )
    )
    existing = {u.employee_number.upper(): u for u in everyone if u.employee_number}
    without_number = {u.email: u for u in everyone if not u.employee_number}
    email_owner = {u.email: u for u in everyone}
    seen_numbers: dict[str, int] = {}
    seen_emails: dict[str, int] = {}
    acting_pk = getattr(acting_user, "pk", None)

    for line, raw in read_rows(text):
        problems = []
        number = raw["employee_number"].upper()
        email = raw["email"].lower()
        person = None
        for key in FIELDS:
            control = CONTROL_MULTILINE if key == "job_title" else CONTROL
            if control.search(raw[key]):
                problems.append(
                    _("%(field)s contains a control character") % {"field": LABELS[key]}
                )
        for key, limit in MAX_LENGTHS.items():
            if len(raw[key]) > limit:
                problems.append(
                    _("%(field)s is longer than %(limit)s characters")
                    % {"field": LABELS[key], "limit": limit}
                )
        if number:
            try:
                code_validator(number)
            except ValidationError:
                problems.append(
                    _(
                        "employee number '%(value)s' may contain only letters, digits, "
                        "dots, hyphens and underscores"
                    )
                    % {"value": raw["employee_number"]}
                )
            if number in seen_numbers:
                problems.append(
                    _("employee number '%(value)s' already appears on line %(line)s")
                    % {"value": number, "line": seen_numbers[number]}
                )
            seen_numbers.setdefault(number, line)
            person = existing.get(number)
        else:
            person = without_number.get(email)
            if person is None:
                problems.append(_("employee number is empty"))
        for key in ("first_name", "last_name"):
            if not raw[key]:
                problems.append(_("%(field)s is empty") % {"field": LABELS[key]})
        try:
            validate_email(email)
        except ValidationError:
            problems.append(_("'%(value)s' is not a valid email address") % {"value": raw["email"]})
        else:
            if email in seen_emails:
                problems.append(
                    _("email '%(value)s' already appears on line %(line)s")
                    % {"value": email, "line": seen_emails[email]}
                )
            seen_emails.setdefault(email, line)
            owner = email_owner.get(email)
            if owner is not None and (person is None or owner.pk != person.pk):
                problems.append(_("email '%(value)s' belongs to another person") % {"value": email})
        unit = None
        if raw["unit_code"]:
            unit = units.get(raw["unit_code"].upper())
            if unit is None:
                problems.append(_("unit '%(code)s' does not exist") % {"code": raw["unit_code"]})
        elif person is None or person.org_unit_id is not None:
            # Only someone who already has no unit may stay without one.
            problems.append(_("unit code is empty"))
        try:
            hire_date = _parse_date(raw["hire_date"])
        except ValueError:
            hire_date = None
            problems.append(
                _("hire date '%(value)s' is not a date (use YYYY-MM-DD or DD.MM.YYYY)")
                % {"value": raw["hire_date"]}
            )
        active = _parse_active(raw.get("active", ""))
        if active is None:
            problems.append(
                _("'%(value)s' in the active column is neither 'tak' nor 'nie'")
                % {"value": raw["active"]}
            )
        elif not active and person is not None and acting_pk and person.pk == acting_pk:
            problems.append(_("you cannot deactivate your own account"))
        if problems:
            plan.errors.append(RowError(line, "; ".join(problems)))
            continue
        values = {
            # A known person keeps their number as stored (the match ignores case).
            "employee_number": person.employee_number if person else number,
            "first_name": raw["first_name"],
            "last_name": raw["last_name"],
            "email": email,
            "job_title": raw["job_title"],
            "org_unit": unit,
            "hire_date": hire_date,
            "is_active": active,
        }
        name = f"{values['first_name']} {values['last_name']}"
        if person is None:
            plan.create.append(PlannedChange(line, number, name))
            plan._rows.append({"action": "create", "values": values})
            continue
        changes = {}
        for key in COMPARED:
            if key == "org_unit":
                if person.org_unit_id != (unit.pk if unit else None):
                    old = units_by_pk.get(person.org_unit_id)
                    changes[key] = (old.code if old else "", unit.code if unit else "")
                continue
            old, new = getattr(person, key), values[key]
            if old != new:
                changes[key] = (old, new)
        if not changes:
            plan.unchanged += 1
            continue
        change = PlannedChange(line, person.employee_number or "", name, changes)
        if changes.get("is_active") == (True, False):
            plan.deactivate.append(change)
        else:
            plan.update.append(change)
        plan._rows.append(
            {"action": "update", "person": person, "values": values, "changes": changes}
        )

    if deactivate_missing:
        for number, person in sorted(existing.items()):
            if number in seen_numbers or not person.is_active or person.pk == acting_pk:
                continue
            changes = {"is_active": (True, False)}
            plan.deactivate.append(PlannedChange(0, number, person.get_full_name(), changes))
            plan._rows.append(
                {
                    "action": "update",
                    "person": person,
                    "values": {"is_active": False},
                    "changes": changes,
                }
            )
    return plan


def _created_pks(people: list[User]) -> list[int]:
    if all(p.pk for p in people):  # the database returned the new keys (SQLite, PostgreSQL)
        return [p.pk for p in people]
    numbers = [p.employee_number for p in people]
    pks = []
    for i in range(0, len(numbers), 500):
        chunk = numbers[i : i + 500]
        pks += User.objects.filter(employee_number__in=chunk).values_list("pk", flat=True)
    return pks


@transaction.atomic
def apply_import(plan: ImportPlan, *, acting_user) -> ImportPlan:
    """Apply a plan with no errors: all rows or none."""
    if not plan.ok:
        raise ValidationError(_("The file has errors; nothing was imported."))
    now = timezone.now()
    new_people, changed = [], []
    update_fields = set()
    for row in plan._rows:
        if row["action"] == "create":
            person = User(**row["values"])
            # Unusable (as Django's make_password(None)) until the person resets it.
            person.password = "!" + secrets.token_urlsafe(30)
            person.deactivated_at = None if person.is_active else now
            new_people.append(person)
        else:
            person = row["person"]
            for key in row["changes"]:
                setattr(person, key, row["values"][key])
                update_fields.add(key)
            if "is_active" in row["changes"]:
                person.deactivated_at = None if person.is_active else now
                update_fields.add("deactivated_at")
            changed.append(person)
    created_pks = []
    if new_people:
        User.objects.bulk_create(new_people, batch_size=500)
        group, _created = Group.objects.get_or_create(name=ROLE_GROUPS[Role.EMPLOYEE])
        through = User.groups.through
        created_pks = _created_pks(new_people)
        through.objects.bulk_create(
            [through(user_id=pk, group_id=group.pk) for pk in created_pks],
            batch_size=500,
            ignore_conflicts=True,
        )
    if changed:
        User.objects.bulk_update(changed, sorted(update_fields), batch_size=500)
    # Bulk writes send no signals: the history rows (with who imported) are written here.
    if created_pks:
        User.history.bulk_history_create(
            list(User.objects.filter(pk__in=created_pks)),
            default_user=acting_user,
            default_change_reason="import",
        )
    if changed:
        User.history.bulk_history_create(
            changed, update=True, default_user=acting_user, default_change_reason="import"
        )
    if created_pks or changed:
        people_imported.send(sender=User, person_ids=created_pks + [p.pk for p in changed])
    return plan


def _export_cell(value: str) -> str:
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
                _export_cell(p.employee_number or ""),
                _export_cell(p.first_name),
                _export_cell(p.last_name),
                _export_cell(p.email),
                _export_cell(p.job_title),
                p.org_unit.code if p.org_unit else "",
                p.hire_date.isoformat() if p.hire_date else "",
                "tak" if p.is_active else "nie",
            ]
        )
    return out.getvalue()
