"""Writes of the organisation core. Each validates, saves atomically and keeps history."""

from django.apps import apps
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import ProtectedError
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import ROLE_GROUPS, OrgUnit, Role, User, validate_not_own_ancestor


def _ensure_employee_group(user: User) -> None:
    group, _created = Group.objects.get_or_create(name=ROLE_GROUPS[Role.EMPLOYEE])
    user.groups.add(group)


@transaction.atomic
def person_create(*, acting_user, password: str | None = None, **fields) -> User:
    person = User(**fields)
    if password:
        person.set_password(password)
    else:
        person.set_unusable_password()
    person.full_clean(exclude=["password"])
    person.save()
    _ensure_employee_group(person)
    return person


@transaction.atomic
def person_update(*, person: User, acting_user, **fields) -> User:
    for name, value in fields.items():
        setattr(person, name, value)
    person.full_clean(exclude=["password"])
    person.save()
    return person


@transaction.atomic
def person_deactivate(*, person: User, acting_user) -> User:
    if person.pk == acting_user.pk:
        raise ValidationError(_("You cannot deactivate your own account."))
    person.is_active = False
    person.deactivated_at = timezone.now()
    person.save(update_fields=["is_active", "deactivated_at"])
    return person


@transaction.atomic
def person_reactivate(*, person: User, acting_user) -> User:
    person.is_active = True
    person.deactivated_at = None
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
def person_delete(*, person: User, acting_user) -> None:
    if person.pk == acting_user.pk:
        raise ValidationError(_("You cannot delete your own account."))
    if person_has_learning_records(person):
        raise ValidationError(
            _(
                "This person has learning records, which must be kept as evidence. "
                "Deactivate the account instead."
            )
        )
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


@transaction.atomic
def unit_create(*, acting_user, parent: OrgUnit | None, name: str, code: str) -> OrgUnit:
    unit = OrgUnit(name=name, code=code)
    unit.full_clean(exclude=["path", "depth", "numchild"])
    if parent is None:
        return OrgUnit.add_root(instance=unit)
    parent.refresh_from_db(fields=["path", "depth", "numchild"])
    return parent.add_child(instance=unit)


@transaction.atomic
def unit_update(
    *, unit: OrgUnit, acting_user, name: str, code: str, parent: OrgUnit | None, leaders=None
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
    if leaders is not None:
        unit.leaders.set(leaders)
        leader_group, _created = Group.objects.get_or_create(name=ROLE_GROUPS[Role.LEADER])
        leader_group.user_set.add(*leaders)
    return unit


@transaction.atomic
def unit_delete(*, unit: OrgUnit, acting_user) -> None:
    unit.refresh_from_db(fields=["path", "depth", "numchild"])
    if unit.get_descendants().exists() or User.objects.filter(org_unit__in=unit.subtree()).exists():
        raise ValidationError(
            _("Move this unit's people and sub-units elsewhere before deleting it.")
        )
    unit.delete()
