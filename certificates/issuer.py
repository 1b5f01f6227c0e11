"""The issuing office, read from the site settings (Wagtail admin: Settings → Office)."""

from dataclasses import dataclass

from django.conf import settings
from wagtail.models import Site

from lms.models import OfficeSettings


@dataclass(frozen=True)
class Issuer:
    name: str
    address: str
    logo_id: int | None
    signatory_name: str
    signatory_title: str


def default_site():
    return Site.objects.filter(is_default_site=True).first() or Site.objects.first()


def office_settings(site=None) -> OfficeSettings | None:
    site = site or default_site()
    if site is None:
        return None
    return OfficeSettings.for_site(site)


def current_issuer(site=None) -> Issuer:
    """The office as it is now; a certificate keeps a copy of this from the day of issue."""
    office = office_settings(site)
    if office is None:
        return Issuer(settings.WAGTAIL_SITE_NAME, "", None, "", "")
    return Issuer(
        name=office.office_name or settings.WAGTAIL_SITE_NAME,
        address=office.address or "",
        logo_id=office.logo_id,
        signatory_name=office.signatory_name or "",
        signatory_title=office.signatory_title or "",
    )


def base_url() -> str:
    """The platform's public address (``KADRA_BASE_URL``), without a trailing slash."""
    return (getattr(settings, "KADRA_BASE_URL", "") or settings.WAGTAILADMIN_BASE_URL or "").rstrip(
        "/"
    )
