"""The dry run of a people import: what it would create, change and deactivate, and every
bad line with its number and reason. Writes nothing.

People are matched by employee number (case-insensitive); a row without one may only
update an existing person who has no number either, found by email. An optional
``aktywny`` column (tak/nie) states whether the person may sign in; without it, the
people in the file are active.
"""

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..models import OrgUnit, User, code_validator
from .parse import FIELDS, decode, parse_active, parse_date, read_rows

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
    # What apply_import writes: {"action": "create", "values"} or
    # {"action": "update", "person", "values", "changes"}, one per planned change.
    rows: list[dict] = field(default_factory=list, repr=False)

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


@dataclass
class _Known:
    """What the file is compared with, loaded once, and what earlier lines already used."""

    units: dict[str, OrgUnit]  # by upper-case code
    units_by_pk: dict[int, OrgUnit]
    by_number: dict[str, User]  # by upper-case employee number
    without_number: dict[str, User]  # people with no number, by email
    email_owner: dict[str, User]
    acting_pk: int | None
    seen_numbers: dict[str, int] = field(default_factory=dict)  # number -> first line
    seen_emails: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, acting_user) -> "_Known":
        units = {u.code.upper(): u for u in OrgUnit.objects.only("pk", "code", "name")}
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
        return cls(
            units=units,
            units_by_pk={u.pk: u for u in units.values()},
            by_number={u.employee_number.upper(): u for u in everyone if u.employee_number},
            without_number={u.email: u for u in everyone if not u.employee_number},
            email_owner={u.email: u for u in everyone},
            acting_pk=getattr(acting_user, "pk", None),
        )


def _text_problems(raw: dict) -> list[str]:
    problems = []
    for key in FIELDS:
        control = CONTROL_MULTILINE if key == "job_title" else CONTROL
        if control.search(raw[key]):
            problems.append(_("%(field)s contains a control character") % {"field": LABELS[key]})
    for key, limit in MAX_LENGTHS.items():
        if len(raw[key]) > limit:
            problems.append(
                _("%(field)s is longer than %(limit)s characters")
                % {"field": LABELS[key], "limit": limit}
            )
    return problems


def _match_person(line: int, raw: dict, known: _Known) -> tuple[User | None, list[str]]:
    """The person a row is about (None for someone new), and the problems of its number."""
    number = raw["employee_number"].upper()
    if not number:
        person = known.without_number.get(raw["email"].lower())
        return person, [] if person is not None else [_("employee number is empty")]
    problems = []
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
    if number in known.seen_numbers:
        problems.append(
            _("employee number '%(value)s' already appears on line %(line)s")
            % {"value": number, "line": known.seen_numbers[number]}
        )
    known.seen_numbers.setdefault(number, line)
    return known.by_number.get(number), problems


def _email_problems(line: int, raw: dict, person: User | None, known: _Known) -> list[str]:
    email = raw["email"].lower()
    try:
        validate_email(email)
    except ValidationError:
        return [_("'%(value)s' is not a valid email address") % {"value": raw["email"]}]
    problems = []
    if email in known.seen_emails:
        problems.append(
            _("email '%(value)s' already appears on line %(line)s")
            % {"value": email, "line": known.seen_emails[email]}
        )
    known.seen_emails.setdefault(email, line)
    owner = known.email_owner.get(email)
    if owner is not None and (person is None or owner.pk != person.pk):
        problems.append(_("email '%(value)s' belongs to another person") % {"value": email})
    return problems


def _unit(raw: dict, person: User | None, known: _Known) -> tuple[OrgUnit | None, list[str]]:
    if raw["unit_code"]:
        unit = known.units.get(raw["unit_code"].upper())
        if unit is None:
            return None, [_("unit '%(code)s' does not exist") % {"code": raw["unit_code"]}]
        return unit, []
    if person is None or person.org_unit_id is not None:
        # Only someone who already has no unit may stay without one.
        return None, [_("unit code is empty")]
    return None, []


def _hire_date(raw: dict) -> tuple[date | None, list[str]]:
    try:
        return parse_date(raw["hire_date"]), []
    except ValueError:
        return None, [
            _("hire date '%(value)s' is not a date (use YYYY-MM-DD or DD.MM.YYYY)")
            % {"value": raw["hire_date"]}
        ]


def _active(raw: dict, person: User | None, known: _Known) -> tuple[bool | None, list[str]]:
    active = parse_active(raw.get("active", ""))
    if active is None:
        return None, [
            _("'%(value)s' in the active column is neither 'tak' nor 'nie'")
            % {"value": raw["active"]}
        ]
    if not active and person is not None and known.acting_pk and person.pk == known.acting_pk:
        return active, [_("you cannot deactivate your own account")]
    return active, []


def _read_row(line: int, raw: dict, known: _Known) -> tuple[User | None, dict, list[str]]:
    """The person a row is about, the values it gives them, and every problem of the row."""
    problems = _text_problems(raw)
    person, found = _match_person(line, raw, known)
    problems += found
    problems += [
        _("%(field)s is empty") % {"field": LABELS[key]}
        for key in ("first_name", "last_name")
        if not raw[key]
    ]
    problems += _email_problems(line, raw, person, known)
    unit, found = _unit(raw, person, known)
    problems += found
    hire_date, found = _hire_date(raw)
    problems += found
    active, found = _active(raw, person, known)
    problems += found
    values = {
        # A known person keeps their number as stored (the match ignores case).
        "employee_number": person.employee_number if person else raw["employee_number"].upper(),
        "first_name": raw["first_name"],
        "last_name": raw["last_name"],
        "email": raw["email"].lower(),
        "job_title": raw["job_title"],
        "org_unit": unit,
        "hire_date": hire_date,
        "is_active": active,
    }
    return person, values, problems


def _plan_row(plan: ImportPlan, line: int, person: User | None, values: dict, known: _Known):
    name = f"{values['first_name']} {values['last_name']}"
    if person is None:
        plan.create.append(PlannedChange(line, values["employee_number"], name))
        plan.rows.append({"action": "create", "values": values})
        return
    changes = {}
    for key in COMPARED:
        if key == "org_unit":
            unit = values["org_unit"]
            if person.org_unit_id != (unit.pk if unit else None):
                old = known.units_by_pk.get(person.org_unit_id)
                changes[key] = (old.code if old else "", unit.code if unit else "")
            continue
        old, new = getattr(person, key), values[key]
        if old != new:
            changes[key] = (old, new)
    if not changes:
        plan.unchanged += 1
        return
    change = PlannedChange(line, person.employee_number or "", name, changes)
    if changes.get("is_active") == (True, False):
        plan.deactivate.append(change)
    else:
        plan.update.append(change)
    plan.rows.append({"action": "update", "person": person, "values": values, "changes": changes})


def _plan_missing(plan: ImportPlan, known: _Known):
    """Deactivate the active people with a number who are not in the file (never the
    acting user, who would lock themself out)."""
    for number, person in sorted(known.by_number.items()):
        if number in known.seen_numbers or not person.is_active or person.pk == known.acting_pk:
            continue
        changes = {"is_active": (True, False)}
        plan.deactivate.append(PlannedChange(0, number, person.get_full_name(), changes))
        plan.rows.append(
            {
                "action": "update",
                "person": person,
                "values": {"is_active": False},
                "changes": changes,
            }
        )


def plan_import(data: bytes, *, deactivate_missing: bool = False, acting_user=None) -> ImportPlan:
    """Dry run: what importing ``data`` would do, and every bad line. Writes nothing.

    With ``deactivate_missing``, active people who have an employee number and are not
    in the file are to be deactivated (never ``acting_user``, who would lock themself out).
    """
    plan = ImportPlan()
    text = decode(data)
    known = _Known.load(acting_user)
    for line, raw in read_rows(text):
        person, values, problems = _read_row(line, raw, known)
        if problems:
            plan.errors.append(RowError(line, "; ".join(problems)))
        else:
            _plan_row(plan, line, person, values, known)
    if deactivate_missing:
        _plan_missing(plan, known)
    return plan
