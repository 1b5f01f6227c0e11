"""Reads of the organisation core."""

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from .collation import polish
from .models import Notification, OrgUnit, User

# Polish alphabetical order: Dąbrowska before Dudek, Lis before Łukasik before Malinowski.
PEOPLE_ORDER = (polish("last_name"), polish("first_name"), "pk")


def _subtree_headcount():
    counts = (
        User.objects.filter(is_active=True, org_unit__path__startswith=OuterRef("path"))
        .order_by()
        .values("is_active")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counts, output_field=IntegerField()), 0)


def units_with_headcounts(units):
    """Units annotated with ``headcount`` (active people in the subtree) and ``direct``."""
    return units.annotate(
        headcount=_subtree_headcount(),
        direct=Count("members", filter=Q(members__is_active=True), distinct=True),
    ).order_by("path")


def led_units(user):
    return units_with_headcounts(user.led_units.all())


def organisation_overview():
    people = User.objects.aggregate(
        total=Count("pk"),
        active=Count("pk", filter=Q(is_active=True)),
        inactive=Count("pk", filter=Q(is_active=False)),
        without_unit=Count("pk", filter=Q(org_unit=None, is_active=True)),
    )
    return {"people": people, "units": units_with_headcounts(OrgUnit.objects.all())}


def notifications_for(user):
    """The person's own notifications, newest first."""
    return Notification.objects.filter(recipient=user)


def people_list(queryset, *, query: str = "", unit: OrgUnit | None = None, status: str = ""):
    qs = queryset.select_related("org_unit")
    if query:
        for word in query.split():
            qs = qs.filter(
                Q(first_name__icontains=word)
                | Q(last_name__icontains=word)
                | Q(email__icontains=word)
                | Q(employee_number__icontains=word)
                | Q(job_title__icontains=word)
            )
    if unit is not None:
        qs = qs.filter(org_unit__path__startswith=unit.path)
    if status == "active":
        qs = qs.filter(is_active=True)
    elif status == "inactive":
        qs = qs.filter(is_active=False)
    return qs.order_by(*PEOPLE_ORDER)


HISTORY_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "employee_number",
    "job_title",
    "hire_date",
    "org_unit",
    "is_active",
    "preferred_language",
)


def person_history(person, *, limit=50):
    """The person's record of changes, newest first: when, who, what happened and which
    fields changed (an import is named as such)."""
    records = list(
        person.history.select_related("history_user").order_by("-history_date", "-history_id")[
            : limit + 1
        ]
    )
    entries = []
    for index, record in enumerate(records[:limit]):
        previous = records[index + 1] if index + 1 < len(records) else None
        changed = []
        if previous is not None and record.history_type == "~":
            delta = record.diff_against(previous, included_fields=list(HISTORY_FIELDS))
            changed = [User._meta.get_field(c.field).verbose_name for c in delta.changes]
        entries.append(
            {
                "date": record.history_date,
                "by": record.history_user,
                "type": record.history_type,
                "import": record.history_change_reason == "import",
                "changed": changed,
            }
        )
    return entries
