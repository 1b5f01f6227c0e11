"""Writes of the organisation core, one module per area (as Zulip's ``zerver/actions``).

Each is ``<entity>_<action>(*, ..., acting_user)`` with typed keyword arguments: it
validates, saves inside ``transaction.atomic``, records history with the acting user as
its author and sends mail on commit. ``people`` (add, change, deactivate, delete),
``people_import`` (dry run and apply), ``units`` (the unit tree). Import from this package:
``from lms import services; services.person_create(...)``.
"""

from .people import (
    IDENTITY_FIELDS,
    UNSET,
    Unset,
    identity_refusal,
    person_create,
    person_deactivate,
    person_delete,
    person_has_learning_records,
    person_reactivate,
    person_update,
    require_identity_change,
)
from .people_import import people_import_apply, people_import_plan
from .units import unit_create, unit_delete, unit_update

__all__ = [
    "IDENTITY_FIELDS",
    "UNSET",
    "Unset",
    "identity_refusal",
    "people_import_apply",
    "people_import_plan",
    "person_create",
    "person_deactivate",
    "person_delete",
    "person_has_learning_records",
    "person_reactivate",
    "person_update",
    "require_identity_change",
    "unit_create",
    "unit_delete",
    "unit_update",
]
