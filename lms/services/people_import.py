"""Writes of the people import: the dry run and its application, with the identity rule
on top of :mod:`lms.people_import` (who may change whose sign-in)."""

from django.db import transaction
from django.utils.translation import gettext as _

from .. import access
from ..models import User
from ..people_import import ImportPlan, PlannedChange, RowError, apply_import, plan_import
from .people import email_changed_message, send_on_commit

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
        email_changed_message(
            person=row["person"], old_email=row["changes"]["email"][0], acting_user=acting_user
        )
        for row in plan.rows
        if row["action"] == "update" and "email" in row["changes"]
    ]
    send_on_commit(notices)
    return plan
