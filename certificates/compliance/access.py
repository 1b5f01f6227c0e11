"""Who may use the HR registry and compliance pages, built on ``lms.access`` and the
assignments app's reach: HR everywhere, a leader for the subtrees they lead.

Only HR revokes, re-issues, exports a person's data (RODO) and anonymises.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from assignments import access as reach
from lms import access


def can_use_compliance(user) -> bool:
    return user.is_authenticated and (access.is_hr(user) or access.is_leader(user))


def require_compliance(user) -> None:
    if not can_use_compliance(user):
        raise PermissionDenied(_("This page is for team leaders and HR."))


def require_hr(user) -> None:
    if not access.is_hr(user):
        raise PermissionDenied(_("This page is for HR."))


def people_in_scope(user):
    """People whose certificates and compliance ``user`` may see (inactive ones included)."""
    return reach.reachable_people(user)


def units_in_scope(user):
    return reach.reachable_units(user)


def certificates_in_scope(user):
    from certificates.models import Certificate

    if access.is_hr(user):
        return Certificate.objects.all()
    return Certificate.objects.filter(user__in=people_in_scope(user).order_by().values("pk"))


def can_view_person(user, person) -> bool:
    """A person's certificate lineage and training record: HR, and leaders of their unit."""
    return can_use_compliance(user) and (
        access.is_hr(user) or access.in_led_subtree(user, person.org_unit)
    )


def can_revoke(user) -> bool:
    return access.is_hr(user)


def can_reissue(user) -> bool:
    return access.is_hr(user)


def can_handle_personal_data(user) -> bool:
    """Export everything held on a person, and anonymise them (RODO)."""
    return access.is_hr(user)
