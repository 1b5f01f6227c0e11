"""The holder's page, the home panel and navigation, and the public verification pages."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from certificates import services
from certificates.models import CertificateStatus
from tests.factories import UserFactory

from .factories import CertificateFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def clear_throttle():
    cache.clear()


@pytest.fixture
def holder(db):
    return UserFactory(first_name="Zażółć", last_name="Gęślą", email="zazolc@example.gov.pl")


def test_my_certificates_lists_downloads_share_link_and_what_expires(client, holder):
    soon = CertificateFactory(user=holder, valid_until=timezone.localdate() + timedelta(days=20))
    later = CertificateFactory(user=holder, valid_until=timezone.localdate() + timedelta(days=400))
    client.force_login(holder)
    response = client.get("/certificates/")
    body = response.content.decode()
    assert response.status_code == 200
    for certificate in (soon, later):
        assert f"/certificates/{certificate.uuid}/pdf/" in body
        assert f"/certificates/{certificate.uuid}/credential/" in body
        assert f"/verify/{certificate.uuid}/" in body
    assert "1 certificate expires soon" in body
    assert "20 days left" in body
    assert 'href="/certificates/" aria-current="page"' in body


def test_my_certificates_queries_do_not_grow(client, holder, django_assert_max_num_queries):
    client.force_login(holder)
    for _ in range(2):
        CertificateFactory(user=holder)
    client.get("/certificates/")
    with django_assert_max_num_queries(12) as first:
        client.get("/certificates/")
    for _ in range(10):
        CertificateFactory(user=holder)
    with django_assert_max_num_queries(len(first.captured_queries)):
        client.get("/certificates/")


def test_someone_else_sees_only_their_own(client, holder):
    CertificateFactory(user=holder, course_title="Kurs tajny")
    client.force_login(UserFactory())
    body = client.get("/certificates/").content.decode()
    assert "Kurs tajny" not in body
    assert "You have no certificates yet" in body


def test_home_shows_expiring_certificates(client, holder):
    CertificateFactory(
        user=holder,
        course_title="Prawo migracyjne",
        valid_until=timezone.localdate() + timedelta(days=10),
    )
    CertificateFactory(user=holder, course_title="Daleko", valid_until=None)
    client.force_login(holder)
    body = client.get("/").content.decode()
    assert "Certificates expiring soon" in body
    assert "Prawo migracyjne" in body and "10 days left" in body
    assert "Daleko" not in body


def test_home_without_expiring_certificates_has_no_panel(client, holder):
    client.force_login(holder)
    assert "Certificates expiring soon" not in client.get("/").content.decode()


def test_verification_page_shows_only_what_it_must(client, holder):
    certificate = CertificateFactory(
        user=holder, valid_until=timezone.localdate() + timedelta(days=30)
    )
    response = client.get(f"/verify/{certificate.uuid}/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "This certificate is valid." in body
    assert "Zażółć G." in body
    assert "Gęślą" not in body and holder.email not in body
    assert holder.employee_number not in body
    assert certificate.course_title in body and certificate.number in body
    assert 'name="robots" content="noindex' in body


def test_verification_of_revoked_expired_superseded_and_update_required(client, holder, org):
    revoked = CertificateFactory(user=holder)
    services.certificate_revoke(certificate=revoked, reason="Błąd", acting_user=org.hr)
    body = client.get(f"/verify/{revoked.uuid}/").content.decode()
    assert "This certificate was revoked on" in body
    assert "Błąd" not in body  # the reason is HR's, not the public's

    expired = CertificateFactory(user=holder, status=CertificateStatus.EXPIRED)
    assert "has expired" in client.get(f"/verify/{expired.uuid}/").content.decode()

    update = CertificateFactory(user=holder, status=CertificateStatus.UPDATE_REQUIRED)
    assert "requires an update" in client.get(f"/verify/{update.uuid}/").content.decode()

    old = CertificateFactory(user=holder)
    new = services.certificate_reissue(certificate=old, reason="Nazwisko", acting_user=org.hr)
    body = client.get(f"/verify/{old.uuid}/").content.decode()
    assert "replaced by a newer one" in body
    assert f"/verify/{new.uuid}/" in body


def test_unknown_and_malformed_codes_answer_the_same(client):
    unknown = client.get("/verify/00000000-0000-4000-8000-000000000000/")
    malformed = client.get("/verify/' OR 1=1 --/")
    too_long = client.get("/verify/" + "a" * 500 + "/")
    assert unknown.status_code == malformed.status_code == too_long.status_code == 404

    def main(response):  # the page apart from the language form's return path
        body = response.content.decode()
        return body[body.index("<main") : body.index("</main>")]

    assert main(unknown) == main(malformed) == main(too_long)
    assert "No certificate matches this link." in main(unknown)


def test_number_form_finds_the_certificate(client, holder):
    certificate = CertificateFactory(user=holder)
    response = client.post("/verify/", {"number": certificate.number.lower()})
    assert response.status_code == 302
    assert response["Location"] == f"/verify/{certificate.uuid}/"


def test_number_form_unknown_and_malformed_answer_the_same(client):
    unknown = client.post("/verify/", {"number": "KADRA/2026/999999"})
    malformed = client.post("/verify/", {"number": "<script>"})
    assert unknown.status_code == malformed.status_code == 404
    assert "No certificate has this number" in unknown.content.decode()
    assert "No certificate has this number" in malformed.content.decode()
    assert "&lt;script&gt;" in malformed.content.decode()


def test_number_form_is_throttled(client, holder):
    certificate = CertificateFactory(user=holder)
    for n in range(10):
        client.post("/verify/", {"number": f"KADRA/2026/{n:06d}"})
    response = client.post("/verify/", {"number": certificate.number})
    assert response.status_code == 429
    assert "Too many checks" in response.content.decode()
    # another address is not affected
    other = client.post("/verify/", {"number": certificate.number}, REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


def test_no_credential_for_a_revoked_certificate(client, holder, org):
    certificate = CertificateFactory(user=holder)
    services.certificate_revoke(certificate=certificate, reason="Błąd", acting_user=org.hr)
    client.force_login(holder)
    assert client.get(f"/certificates/{certificate.uuid}/credential/").status_code == 404
    assert "Download PDF" not in client.get("/certificates/").content.decode()
