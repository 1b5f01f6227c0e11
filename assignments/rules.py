"""Assignment rules: who matches, what a new rule would do now, applying them.

A rule assigns its course once per person: whoever already got an assignment from it
(whatever became of that assignment), already has the course active, or has completed it
is left alone, so running rules again, re-importing a file or editing a person changes
nothing for them.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lms.models import User

from . import access
from .models import Assignment, AssignmentRule, DueFrom, Source
from .selectors import assignment_preview
from .services import MAX_DUE_IN_DAYS, assignment_create_bulk

RULE_FIELDS = (
    "name",
    "course",
    "unit",
    "job_title",
    "hired_within_days",
    "due_in_days",
    "due_from",
)


def rule_matches(rule: AssignmentRule, *, people_ids=None, today=None):
    """Active people the rule covers, whether or not it has assigned them already."""
    today = today or timezone.localdate()
    qs = User.objects.filter(is_active=True, org_unit__path__startswith=rule.unit.path)
    if rule.job_title:
        qs = qs.filter(job_title__iexact=rule.job_title)
    if rule.hired_within_days is not None:
        qs = qs.filter(hire_date__gte=today - timedelta(days=rule.hired_within_days))
    if people_ids is not None:
        qs = qs.filter(pk__in=list(people_ids))
    return qs


def rule_pending(rule: AssignmentRule, *, people_ids=None, today=None) -> list[User]:
    """The people the rule would assign now."""
    qs = rule_matches(rule, people_ids=people_ids, today=today)
    if rule.pk is not None:
        qs = qs.exclude(pk__in=Assignment.objects.filter(rule=rule).values("user_id"))
    ids = list(qs.order_by().values_list("pk", flat=True))
    if not ids:
        return []
    [preview] = assignment_preview(courses=[rule.course], people=ids)
    return preview.to_assign


def rule_due_dates(rule: AssignmentRule, people, *, today=None) -> dict:
    today = today or timezone.localdate()
    days = timedelta(days=rule.due_in_days)
    hire_dates = dict(
        User.objects.filter(pk__in=[p.pk for p in people]).values_list("pk", "hire_date")
    )
    due = {}
    for person in people:
        hired = hire_dates.get(person.pk)
        if rule.due_from == DueFrom.HIRE_DATE and hired is not None:
            # Never already overdue on the day it is assigned.
            due[person.pk] = max(hired + days, today)
        else:
            due[person.pk] = today + days
    return due


@transaction.atomic
def rule_apply(rule: AssignmentRule, *, people_ids=None, dry_run=False) -> list[User]:
    """Assign the rule's course to everyone it now covers who has not had it from this rule.

    Returns the people assigned (or, with ``dry_run``, who would be), writing nothing then.
    """
    if not rule.is_active or not rule.course.live:
        return []
    pending = rule_pending(rule, people_ids=people_ids)
    if dry_run or not pending:
        return pending
    result = assignment_create_bulk(
        courses=[rule.course],
        people=[p.pk for p in pending],
        due_dates=rule_due_dates(rule, pending),
        acting_user=rule.created_by,
        source=Source.RULE,
        rule=rule,
    )
    assigned = {a.user_id for a in result.created}
    return [p for p in pending if p.pk in assigned]


def rules_apply_all(*, people_ids=None, dry_run=False) -> list[tuple[AssignmentRule, list]]:
    """Every active rule, for everyone or for the given people (after an import or an edit)."""
    results = []
    for rule in AssignmentRule.objects.filter(is_active=True).select_related("course", "unit"):
        results.append((rule, rule_apply(rule, people_ids=people_ids, dry_run=dry_run)))
    return results


@transaction.atomic
def rules_mark_outside(*, people_ids) -> int:
    """Mark (or unmark) the active rule assignments of these people that their rule no longer
    covers: after a move, a new job title or a hire-date window passing they keep the course,
    and the mark tells their new leader why. One query per rule involved. Returns how many
    assignments changed."""
    from simple_history.utils import bulk_update_with_history

    from .models import Status

    active = list(
        Assignment.objects.select_for_update()
        .filter(user_id__in=list(people_ids), status=Status.ACTIVE, rule__isnull=False)
        .select_related("rule__unit")
    )
    by_rule = {}
    for assignment in active:
        by_rule.setdefault(assignment.rule_id, []).append(assignment)
    now = timezone.now()
    changed = []
    for assignments in by_rule.values():
        rule = assignments[0].rule
        covered = set(
            rule_matches(rule, people_ids=[a.user_id for a in assignments]).values_list(
                "pk", flat=True
            )
        )
        for assignment in assignments:
            outside = assignment.user_id not in covered
            if outside != (assignment.outside_rule_since is not None):
                assignment.outside_rule_since = now if outside else None
                changed.append(assignment)
    if changed:
        bulk_update_with_history(
            changed,
            Assignment,
            ["outside_rule_since"],
            default_change_reason=_("The rule no longer covers the person, who keeps the course"),
            default_date=now,
        )
    return len(changed)


@dataclass
class RulePreview:
    rule: AssignmentRule
    pending: list
    matched: int

    @property
    def job_title_matches_nobody(self) -> bool:
        return bool(self.rule.job_title) and self.matched == 0


def _clean_rule(*, acting_user, **fields) -> AssignmentRule:
    unknown = set(fields) - set(RULE_FIELDS)
    if unknown:
        raise TypeError(f"rule fields that cannot be set here: {sorted(unknown)}")
    errors = {}
    name = " ".join((fields.get("name") or "").split())
    course = fields.get("course")
    unit = fields.get("unit")
    if not name:
        errors["name"] = _("Give the rule a name.")
    if course is None:
        errors["course"] = _("Choose the course the rule assigns.")
    elif not course.live:
        errors["course"] = _("This course is not published. Choose a published course.")
    if unit is None:
        errors["unit"] = _("Choose the unit the rule covers.")
    elif not access.can_act_for_unit(acting_user, unit):
        errors["unit"] = _("This unit is outside the units you lead. Choose one of yours.")
    due = fields.get("due_in_days")
    if due is None or not 1 <= due <= MAX_DUE_IN_DAYS:
        errors["due_in_days"] = _("Give a number of days between 1 and %(max)s.") % {
            "max": MAX_DUE_IN_DAYS
        }
    hired = fields.get("hired_within_days")
    if hired is not None and not 1 <= hired <= MAX_DUE_IN_DAYS:
        errors["hired_within_days"] = _("Give a number of days between 1 and %(max)s.") % {
            "max": MAX_DUE_IN_DAYS
        }
    if errors:
        raise ValidationError(errors)
    return AssignmentRule(
        name=name,
        course=course,
        unit=unit,
        job_title=" ".join((fields.get("job_title") or "").split()),
        hired_within_days=hired,
        due_in_days=due,
        due_from=fields.get("due_from") or DueFrom.MATCHED,
        created_by=acting_user,
    )


def rule_preview(*, acting_user, **fields) -> RulePreview:
    """What a new rule would do now (writes nothing): who it assigns and how many it covers."""
    rule = _clean_rule(acting_user=acting_user, **fields)
    return RulePreview(rule=rule, pending=rule_pending(rule), matched=rule_matches(rule).count())


@transaction.atomic
def rule_create(*, acting_user, **fields) -> tuple[AssignmentRule, list]:
    """Save a new rule and apply it to everyone it covers now; all or nothing."""
    rule = _clean_rule(acting_user=acting_user, **fields)
    rule._history_user = acting_user
    rule.save()
    return rule, rule_apply(rule)


@transaction.atomic
def rule_set_active(*, rule: AssignmentRule, is_active: bool, acting_user) -> AssignmentRule:
    """Switch a rule off (it assigns no one new; assignments made stay) or on again."""
    if not access.can_act_for_unit(acting_user, rule.unit):
        raise ValidationError(_("This rule covers a unit outside the units you lead."))
    rule.is_active = is_active
    rule._history_user = acting_user
    rule.save(update_fields=["is_active"])
    if is_active:
        rule_apply(rule)
    return rule


def rules_for(user):
    """Rules ``user`` may see and manage: all for HR, those on units in a leader's reach."""
    units = access.reachable_units(user)
    return AssignmentRule.objects.filter(unit__in=units).select_related("course", "unit")
