"""Writes about the unit tree: add, rename, move, set leaders, delete."""

from collections.abc import Iterable

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ..models import ROLE_GROUPS, OrgUnit, Role, User, validate_not_own_ancestor


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
