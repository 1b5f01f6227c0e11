"""Writing an import plan: every row or none, in bulk, with history naming who imported."""

import secrets

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import ROLE_GROUPS, Role, User
from .plan import ImportPlan

# Sent inside the import's transaction once its people are written in bulk (which sends no
# post_save): ``person_ids`` of everyone created or changed. Apps above lms listen to it.
people_imported = Signal()


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
    for row in plan.rows:
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
