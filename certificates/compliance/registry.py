"""The HR registry: every certificate in the user's reach, filtered (reads only)."""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Q
from django.utils import timezone

from certificates.models import CertificateStatus
from courses.models import CoursePage
from lms.models import OrgUnit

from . import access

# "Expiring within N days" looks at certificates still counted as held.
EXPIRING_STATUSES = (CertificateStatus.VALID, CertificateStatus.UPDATE_REQUIRED)


@dataclass
class RegistryFilters:
    unit: OrgUnit | None = None
    course: CoursePage | None = None
    status: str = ""
    expiring_within: int | None = None
    issued_from: date | None = None
    issued_to: date | None = None
    q: str = ""
    today: date = field(default_factory=timezone.localdate)


def registry(user, filters: RegistryFilters):
    """Certificates ``user`` may see, filtered, newest first."""
    qs = access.certificates_in_scope(user).select_related("user__org_unit", "course")
    if filters.unit is not None:
        qs = qs.filter(user__org_unit__path__startswith=filters.unit.path)
    if filters.course is not None:
        qs = qs.filter(course=filters.course)
    if filters.status:
        qs = qs.filter(status=filters.status)
    if filters.expiring_within is not None:
        qs = qs.filter(
            status__in=EXPIRING_STATUSES,
            valid_until__gte=filters.today,
            valid_until__lte=filters.today + timedelta(days=filters.expiring_within),
        )
    if filters.issued_from is not None:
        qs = qs.filter(issued_on__gte=filters.issued_from)
    if filters.issued_to is not None:
        qs = qs.filter(issued_on__lte=filters.issued_to)
    if filters.q:
        words = filters.q.split()
        for word in words[:5]:
            qs = qs.filter(
                Q(number__icontains=word)
                | Q(name_as_issued__icontains=word)
                | Q(user__last_name__icontains=word)
                | Q(user__employee_number__iexact=word)
            )
    return qs.order_by("-issued_at", "-pk")
