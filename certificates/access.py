"""Who may see, download and act on which certificates, built on ``lms.access``.

The holder sees their own; HR sees everyone's; a leader sees those of the people in the units
they lead. Public verification needs no rule: it shows only what the page allows anyone.
"""

from lms import access


def can_view_certificate(user, certificate) -> bool:
    if not user.is_authenticated:
        return False
    return certificate.user_id == user.pk or access.can_view_person(user, certificate.user)


def can_download(user, certificate) -> bool:
    """The PDF and the Open Badges credential."""
    return can_view_certificate(user, certificate)


def can_revoke(user, certificate=None) -> bool:
    return access.is_hr(user)


def can_reissue(user, certificate=None) -> bool:
    return access.is_hr(user)


def has_certificates_page(user) -> bool:
    return user.is_authenticated
