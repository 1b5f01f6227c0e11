"""The demo certificates: realistic statuses through the real services, idempotent."""

import io
from datetime import timedelta

import pytest
from django.utils import timezone

from certificates.demo import seed_certificates
from certificates.models import Certificate, CertificateStatus, Origin
from tests.factories import UserFactory

from .conftest import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_world(org):
    for slug, months in [
        ("standardy-obslugi", 24),
        ("praca-z-tlumaczem", 24),
        ("dostepnosc-i-pjm", 24),
    ]:
        make_course(slug=slug, title=slug, validity_months=months)
    people = {"hr@demo.kadra": org.hr, "employee@demo.kadra": org.employee}
    for n in range(10):
        people[f"osoba{n}@demo.kadra"] = UserFactory(org_unit=org.team_a)
    return people


def test_seed_issues_a_realistic_registry_once(demo_world, org):
    out = io.StringIO()
    message = seed_certificates(demo_world, out)
    assert "issued now" in out.getvalue() and message in out.getvalue()
    today = timezone.localdate()
    certificates = Certificate.objects.all()
    assert certificates.filter(status=CertificateStatus.REVOKED).count() == 1
    assert certificates.get(status=CertificateStatus.REVOKED).revocation_reason
    assert certificates.filter(status=CertificateStatus.EXPIRED).count() == 1
    renamed = certificates.get(origin=Origin.NAME_CHANGE)
    assert renamed.supersedes.status == CertificateStatus.SUPERSEDED
    soon = certificates.filter(
        status=CertificateStatus.VALID,
        valid_until__gte=today,
        valid_until__lte=today + timedelta(days=30),
    )
    assert soon.count() >= 3
    assert soon.filter(user=org.employee).exists()
    # numbers follow the issue years, without gaps
    for year in set(certificates.values_list("year", flat=True)):
        sequences = sorted(certificates.filter(year=year).values_list("sequence", flat=True))
        assert sequences == list(range(1, len(sequences) + 1))
    assert all(c.issued_on.year == c.year for c in certificates)

    count = certificates.count()
    seed_certificates(demo_world, io.StringIO())
    assert Certificate.objects.count() == count
