"""Import and export of people as CSV, in the shape Polish offices produce it.

Excel's "CSV" in a Polish locale separates fields with semicolons and is saved either
in Windows-1250 or in UTF-8 with a byte-order mark; both are detected. The import is
planned first (a dry run lists what would be created, changed and deactivated, and
every bad line with its number and reason) and applied all-or-nothing.
"""

import csv
import io
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _

from .models import ROLE_GROUPS, OrgUnit, Role, User, code_validator

FIELDS = [
    "employee_number",
    "first_name",
    "last_name",
    "email",
    "job_title",
    "unit_code",
    "hire_date",
]
EXPORT_HEADER = [
    "numer_pracownika",
    "imie",
    "nazwisko",
    "email",
    "stanowisko",
    "kod_komorki",
    "data_zatrudnienia",
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
}
DATE_FORMATS = ["%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y"]
MAX_LENGTHS = {
    "employee_number": 30,
    "first_name": 150,
    "last_name": 150,
    "email": 254,
    "job_title": 200,
}


class ImportFileError(Exception):
    """The file as a whole cannot be read (encoding, header, size)."""


@dataclass
class RowError:
    line: int
    message: str


@dataclass
class PlannedChange:
    line: int
    employee_number: str
    name: str
    changes: dict = field(default_factory=dict)  # field -> (old, new)


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


def decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1250")


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
            % {"columns": ", ".join(missing), "expected": ";".join(EXPORT_HEADER)}
        )
    return mapping


def _parse_date(value: str) -> date | None:
    if not value:
        return None
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError


def read_rows(text: str):
    """Yield (line number, dict of FIELDS) for each data row."""
    sample = text[:4096]
    first_line = sample.splitlines()[0] if sample.strip() else ""
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFileError(_("The file is empty. Export the list of people again.")) from None
    mapping = _header_map(header)
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        yield (
            reader.line_num,
            {key: (row[idx].strip() if idx < len(row) else "") for key, idx in mapping.items()},
        )


def plan_import(data: bytes, *, deactivate_missing: bool = False) -> ImportPlan:
    plan = ImportPlan()
    try:
        text = decode(data)
    except UnicodeDecodeError:
        raise ImportFileError(
            _("The file is neither UTF-8 nor Windows-1250 text. Save it as CSV and try again.")
        ) from None
    units = {u.code.upper(): u for u in OrgUnit.objects.only("pk", "code", "name")}
    existing = {
        u.employee_number.upper(): u
        for u in User.objects.exclude(employee_number=None).select_related("org_unit")
    }
    email_owner = dict(User.objects.values_list("email", "employee_number"))
    seen_numbers: dict[str, int] = {}
    seen_emails: dict[str, int] = {}

    for line, raw in read_rows(text):
        problems = []
        number = raw["employee_number"].upper()
        email = raw["email"].lower()
        for key, limit in MAX_LENGTHS.items():
            if len(raw[key]) > limit:
                problems.append(
                    _("%(field)s is longer than %(limit)s characters")
                    % {"field": key, "limit": limit}
                )
        if not number:
            problems.append(_("employee number is empty"))
        else:
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
        for key, label in (("first_name", _("first name")), ("last_name", _("last name"))):
            if not raw[key]:
                problems.append(_("%(field)s is empty") % {"field": label})
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
            owner = email_owner.get(email, number)
            if (owner or "").upper() != number:
                problems.append(_("email '%(value)s' belongs to another person") % {"value": email})
        unit = None
        if raw["unit_code"]:
            unit = units.get(raw["unit_code"].upper())
            if unit is None:
                problems.append(_("unit '%(code)s' does not exist") % {"code": raw["unit_code"]})
        else:
            problems.append(_("unit code is empty"))
        try:
            hire_date = _parse_date(raw["hire_date"])
        except ValueError:
            hire_date = None
            problems.append(
                _("hire date '%(value)s' is not a date (use YYYY-MM-DD or DD.MM.YYYY)")
                % {"value": raw["hire_date"]}
            )
        if problems:
            plan.errors.append(RowError(line, "; ".join(problems)))
            continue
        values = {
            "employee_number": number,
            "first_name": raw["first_name"],
            "last_name": raw["last_name"],
            "email": email,
            "job_title": raw["job_title"],
            "org_unit": unit,
            "hire_date": hire_date,
            "is_active": True,
        }
        name = f"{values['first_name']} {values['last_name']}"
        person = existing.get(number)
        if person is None:
            plan.create.append(PlannedChange(line, number, name))
            plan._rows.append({"action": "create", "values": values})
            continue
        changes = {}
        for key, new in values.items():
            old = getattr(person, key)
            if key == "org_unit":
                if (old.pk if old else None) != unit.pk:
                    changes[key] = (old.code if old else "", unit.code)
            elif old != new:
                changes[key] = (old, new)
        if changes:
            plan.update.append(PlannedChange(line, number, name, changes))
            plan._rows.append({"action": "update", "person": person, "values": values})
        else:
            plan.unchanged += 1

    if deactivate_missing:
        for number, person in sorted(existing.items()):
            if number not in seen_numbers and person.is_active:
                plan.deactivate.append(PlannedChange(0, number, person.get_full_name()))
                plan._rows.append({"action": "deactivate", "person": person})
    return plan


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
            person.password = "!" + get_random_string(40)  # unusable until a reset
            new_people.append(person)
        elif row["action"] == "update":
            person = row["person"]
            for key, value in row["values"].items():
                setattr(person, key, value)
            if person.deactivated_at and person.is_active:
                person.deactivated_at = None
            changed.append(person)
            update_fields.update(row["values"].keys())
            update_fields.add("deactivated_at")
        elif row["action"] == "deactivate":
            person = row["person"]
            if person.pk == acting_user.pk:
                continue
            person.is_active = False
            person.deactivated_at = now
            changed.append(person)
            update_fields.update({"is_active", "deactivated_at"})
    if new_people:
        User.objects.bulk_create(new_people, batch_size=500)
        group, _created = Group.objects.get_or_create(name=ROLE_GROUPS[Role.EMPLOYEE])
        created = User.objects.filter(
            employee_number__in=[p.employee_number for p in new_people]
        ).values_list("pk", flat=True)
        User.groups.through.objects.bulk_create(
            [User.groups.through(user_id=pk, group_id=group.pk) for pk in created],
            batch_size=500,
            ignore_conflicts=True,
        )
    if changed:
        User.objects.bulk_update(changed, sorted(update_fields), batch_size=500)
    return plan


def export_people(queryset) -> str:
    """People as semicolon-separated CSV with a BOM, re-importable as it is."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(EXPORT_HEADER)
    for p in queryset.select_related("org_unit").order_by("employee_number", "pk"):
        writer.writerow(
            [
                p.employee_number or "",
                p.first_name,
                p.last_name,
                p.email,
                p.job_title,
                p.org_unit.code if p.org_unit else "",
                p.hire_date.isoformat() if p.hire_date else "",
            ]
        )
    return out.getvalue()
