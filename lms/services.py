"""Writes of the organisation core. Each validates, saves atomically and keeps history."""

import enum
from collections.abc import Iterable
from datetime import date

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import ProtectedError
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from . import access
from .models import ROLE_GROUPS, OrgUnit, Role, User, validate_not_own_ancestor
from .people_import import ImportPlan, PlannedChange, RowError, apply_import, plan_import

# How a person signs in. For editors, staff and superusers only a superuser changes these.
IDENTITY_FIELDS = ("email", "employee_number")


def identity_refusal() -> str:
    return _(
        "Only an administrator (superuser) may change the email, employee number, password "
        "or active status of an editor or administrator, or delete their account. "
        "Ask an administrator to do it."
    )


def require_identity_change(*, acting_user: User, person: User, field: str | None = None) -> None:
    """Raise ValidationError unless ``acting_user`` may change ``person``'s sign-in identity."""
    if not access.can_change_identity(acting_user, person):
        message = identity_refusal()
        raise ValidationError({field: message} if field else message)


def _normalised_identity(field: str, value):
    if field == "email":
        return (value or "").strip().lower()
    return (value or "").strip() or None


def _email_changed_message(*, person: User, old_email: str, acting_user: User) -> EmailMessage:
    """The notice to the old address that the account's email changed, and by whom."""
    context = {
        "person": person,
        "old_email": old_email,
        "new_email": person.email,
        "changed_by": acting_user.get_full_name() or acting_user.email,
        "changed_at": timezone.localtime(),
    }
    with translation.override(person.preferred_language or settings.LANGUAGE_CODE):
        subject = render_to_string("lms/people/email_changed_subject.txt", context)
        body = render_to_string("lms/people/email_changed_email.txt", context)
    return EmailMessage(" ".join(subject.split()), body, to=[old_email])


def _send_on_commit(messages: list[EmailMessage]) -> None:
    if messages:
        transaction.on_commit(lambda: get_connection().send_messages(messages))


def _ensure_employee_group(user: User) -> None:
    group, _created = Group.objects.get_or_create(name=ROLE_GROUPS[Role.EMPLOYEE])
    user.groups.add(group)


class Unset(enum.Enum):
    """The default of ``person_update``'s details: "leave it as it is"."""

    UNSET = enum.auto()


UNSET = Unset.UNSET


@transaction.atomic
def person_create(
    *,
    acting_user: User,
    email: str,
    first_name: str,
    last_name: str,
    employee_number: str | None = None,
    job_title: str = "",
    hire_date: date | None = None,
    org_unit: OrgUnit | None = None,
    preferred_language: str | None = None,
    password: str | None = None,
) -> User:
    """Add a person with the employee role. Without ``password`` they have none until they
    reset it; without ``preferred_language`` they get the model's default. Roles, staff and
    superuser status are granted elsewhere."""
    person = User(
        email=_normalised_identity("email", email),
        employee_number=_normalised_identity("employee_number", employee_number),
        first_name=first_name,
        last_name=last_name,
        job_title=job_title,
        hire_date=hire_date,
        org_unit=org_unit,
    )
    if preferred_language is not None:
        person.preferred_language = preferred_language
    if password:
        person.set_password(password)
    else:
        person.set_unusable_password()
    person.full_clean(exclude=["password"])
    person._history_user = acting_user
    person.save()
    _ensure_employee_group(person)
    return person


@transaction.atomic
def person_update(
    *,
    person: User,
    acting_user: User,
    email: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    employee_number: str | None | Unset = UNSET,
    job_title: str | Unset = UNSET,
    hire_date: date | None | Unset = UNSET,
    org_unit: OrgUnit | None | Unset = UNSET,
    preferred_language: str | Unset = UNSET,
    password: str | None = None,
) -> User:
    """Change the details given (the others stay as they are). The sign-in identity (email,
    employee number, password) changes only if ``acting_user`` may change it
    (``access.can_change_identity``); a new email is announced to the old address once the
    change is saved. Roles, staff and superuser status are granted elsewhere."""
    given = {
        "email": email,
        "first_name": first_name,
        "last_name": last_name,
        "employee_number": employee_number,
        "job_title": job_title,
        "hire_date": hire_date,
        "org_unit": org_unit,
        "preferred_language": preferred_language,
    }
    fields = {
        name: _normalised_identity(name, value) if name in IDENTITY_FIELDS else value
        for name, value in given.items()
        if value is not UNSET
    }
    # The caller's copy may already hold the new values (a bound ModelForm writes them to
    # its instance): compare with what is stored.
    stored = User.objects.select_for_update().values(*IDENTITY_FIELDS).get(pk=person.pk)
    changed = [
        name
        for name in IDENTITY_FIELDS
        if name in fields and fields[name] != _normalised_identity(name, stored[name])
    ]
    if password:
        changed.append("password")
    if changed:
        field = changed[0] if changed[0] in IDENTITY_FIELDS else None
        require_identity_change(acting_user=acting_user, person=person, field=field)
    for name, value in fields.items():
        setattr(person, name, value)
    if password:
        person.set_password(password)
    person.full_clean(exclude=["password"])
    person._history_user = acting_user
    person.save()
    if "email" in changed:
        _send_on_commit(
            [
                _email_changed_message(
                    person=person, old_email=stored["email"], acting_user=acting_user
                )
            ]
        )
    return person


@transaction.atomic
def person_deactivate(*, person: User, acting_user: User) -> User:
    if person.pk == acting_user.pk:
        raise ValidationError(_("You cannot deactivate your own account."))
    require_identity_change(acting_user=acting_user, person=person)
    person.is_active = False
    person.deactivated_at = timezone.now()
    person._history_user = acting_user
    person.save(update_fields=["is_active", "deactivated_at"])
    return person


@transaction.atomic
def person_reactivate(*, person: User, acting_user: User) -> User:
    require_identity_change(acting_user=acting_user, person=person)
    person.is_active = True
    person.deactivated_at = None
    person._history_user = acting_user
    person.save(update_fields=["is_active", "deactivated_at"])
    return person


def _learning_record_links():
    """(model, field name) of every learning-record field pointing at a person.

    Walks all models rather than the person's reverse relations: a foreign key declared
    with ``related_name="+"`` (e.g. raw xAPI statements) has no reverse accessor and
    would otherwise be missed.
    """
    links = []
    for model in apps.get_models():
        if not getattr(model, "is_learning_record", False):
            continue
        for f in model._meta.get_fields():
            if (f.many_to_one or f.one_to_one) and f.concrete and f.related_model is User:
                links.append((model, f.name))
    return links


def person_has_learning_records(person: User) -> bool:
    """True when deleting the person would destroy training evidence."""
    return any(
        model._default_manager.filter(**{name: person}).exists()
        for model, name in _learning_record_links()
    )


@transaction.atomic
def person_delete(*, person: User, acting_user: User) -> None:
    if person.pk == acting_user.pk:
        raise ValidationError(_("You cannot delete your own account."))
    require_identity_change(acting_user=acting_user, person=person)
    if person_has_learning_records(person):
        raise ValidationError(
            _(
                "This person has learning records, which must be kept as evidence. "
                "Deactivate the account instead."
            )
        )
    person._history_user = acting_user
    try:
        person.delete()
    except ProtectedError:
        # Something else that must be kept still points at the person.
        raise ValidationError(
            _(
                "Other records still refer to this person, so they cannot be deleted. "
                "Deactivate the account instead."
            )
        ) from None


# Columns of a people import that change how a person signs in.
IMPORT_IDENTITY_CHANGES = frozenset({"email", "employee_number", "is_active"})


def _restrict_import_plan(plan: ImportPlan, *, acting_user: User) -> list[PlannedChange]:
    """Take out of ``plan`` what ``acting_user`` may not do to sign-in identities.

    A line that would change an editor's or administrator's email, employee number or
    active flag becomes an error of that line. People the "deactivate those not in the
    file" option would deactivate are left active instead, and returned, so the preview
    can list them.
    """
    if acting_user.is_superuser:
        return []
    protected = None
    changes = {
        id(c.changes): (kind, c) for kind in ("update", "deactivate") for c in getattr(plan, kind)
    }
    kept, rows = [], []
    for row in plan.rows:
        if row["action"] == "update" and IMPORT_IDENTITY_CHANGES & set(row["changes"]):
            if protected is None:
                protected = set(
                    access.people_with_protected_identity().values_list("pk", flat=True)
                )
            if row["person"].pk in protected or not access.is_hr(acting_user):
                kind, change = changes[id(row["changes"])]
                getattr(plan, kind).remove(change)
                if change.line:
                    plan.errors.append(RowError(change.line, _import_refusal(change.name)))
                else:
                    kept.append(change)
                continue
        rows.append(row)
    plan.rows = rows
    plan.errors.sort(key=lambda error: error.line)
    return kept


def _import_refusal(name: str) -> str:
    return _(
        "%(name)s is an editor or administrator: only an administrator (superuser) may "
        "change their email, employee number or active status. Keep these columns as they "
        "are, or ask an administrator"
    ) % {"name": name}


def people_import_plan(
    *, data: bytes, deactivate_missing: bool, acting_user: User
) -> tuple[ImportPlan, list[PlannedChange]]:
    """Dry run of a people import by ``acting_user``: the plan, and who is kept active.

    Writes nothing. See :func:`lms.people_import.plan_import` and
    :func:`_restrict_import_plan`.
    """
    plan = plan_import(data, deactivate_missing=deactivate_missing, acting_user=acting_user)
    kept = _restrict_import_plan(plan, acting_user=acting_user)
    return plan, kept


@transaction.atomic
def people_import_apply(*, plan: ImportPlan, acting_user: User) -> ImportPlan:
    """Apply a plan from :func:`people_import_plan`: all rows or none. Every changed email
    is announced to the old address once the import is saved."""
    _restrict_import_plan(plan, acting_user=acting_user)
    apply_import(plan, acting_user=acting_user)
    notices = [
        _email_changed_message(
            person=row["person"], old_email=row["changes"]["email"][0], acting_user=acting_user
        )
        for row in plan.rows
        if row["action"] == "update" and "email" in row["changes"]
    ]
    _send_on_commit(notices)
    return plan


def _set_leaders(unit: OrgUnit, leaders: Iterable[User]) -> None:
    """Make ``leaders`` the unit's leaders, each with the leader role."""
    leaders = list(leaders)
    unit.leaders.set(leaders)
    leader_group, _created = Group.objects.get_or_create(name=ROLE_GROUPS[Role.LEADER])
    leader_group.user_set.add(*leaders)


@transaction.atomic
def unit_create(
    *,
    acting_user: User,
    parent: OrgUnit | None,
    name: str,
    code: str,
    leaders: Iterable[User] = (),
) -> OrgUnit:
    unit = OrgUnit(name=name, code=code)
    unit.full_clean(exclude=["path", "depth", "numchild"])
    unit._history_user = acting_user
    if parent is None:
        unit = OrgUnit.add_root(instance=unit)
    else:
        parent.refresh_from_db(fields=["path", "depth", "numchild"])
        unit = parent.add_child(instance=unit)
    leaders = list(leaders)
    if leaders:
        _set_leaders(unit, leaders)
    return unit


@transaction.atomic
def unit_update(
    *,
    unit: OrgUnit,
    acting_user: User,
    name: str,
    code: str,
    parent: OrgUnit | None,
    leaders: Iterable[User] | None = None,
) -> OrgUnit:
    # Tree positions shift when siblings are added or moved: never trust a caller's copy.
    unit.refresh_from_db(fields=["path", "depth", "numchild"])
    if parent is not None:
        parent.refresh_from_db(fields=["path", "depth", "numchild"])
    validate_not_own_ancestor(unit, parent)
    renamed = unit.name != name
    unit.name = name
    unit.code = code
    unit.full_clean(exclude=["path", "depth", "numchild"])
    unit._history_user = acting_user
    unit.save()
    current_parent = unit.get_parent(update=True)
    moved = (current_parent.pk if current_parent else None) != (parent.pk if parent else None)
    if moved or renamed:
        # Siblings are kept in name order (node_order_by): a new name means a new place.
        if parent is not None:
            unit.move(parent, pos="sorted-child")
        else:
            other_root = OrgUnit.get_root_nodes().exclude(pk=unit.pk).first()
            if other_root is not None:
                unit.move(other_root, pos="sorted-sibling")
        unit.refresh_from_db()
        if moved:  # a move rewrites paths with queries: record the new place by hand
            OrgUnit.history.bulk_history_create([unit], update=True, default_user=acting_user)
    if leaders is not None:
        _set_leaders(unit, leaders)
    return unit


@transaction.atomic
def unit_delete(*, unit: OrgUnit, acting_user: User) -> None:
    unit.refresh_from_db(fields=["path", "depth", "numchild"])
    if unit.get_descendants().exists() or User.objects.filter(org_unit__in=unit.subtree()).exists():
        raise ValidationError(
            _("Move this unit's people and sub-units elsewhere before deleting it.")
        )
    unit._history_user = acting_user
    unit.delete()
