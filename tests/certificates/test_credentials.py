"""Open Badges 3.0: the credential verifies with openbadgeslib's own verifier (signature via
the did:web document, status via the published lists), and stops verifying once revoked or
suspended; a completed update lifts the suspension."""

from datetime import timedelta
from urllib.parse import urlsplit

import jwt
import pytest
from openbadgeslib.ob3 import OB3VerificationError, OB3Verifier

from certificates import credentials, services
from certificates.models import Certificate

from .conftest import pass_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def fetch(client):
    """What a verifier downloads, answered by the platform itself (no network)."""
    fetched = []

    def download(url):
        fetched.append(url)
        parts = urlsplit(url)
        response = client.get(parts.path)
        assert response.status_code == 200, (url, response.status_code)
        return response.content

    download.fetched = fetched
    return download


@pytest.fixture
def certificate(world, learner):
    pass_course(learner, world)
    return Certificate.objects.get()


def _verify(token, fetch):
    did = jwt.decode(token, options={"verify_signature": False})["iss"]
    verifier = OB3Verifier.for_issuer_did(did, download=fetch)
    return verifier.verify(token, check_status=True, download=fetch)


def test_downloaded_credential_verifies_then_fails_once_revoked(certificate, client, fetch, org):
    client.force_login(certificate.user)
    response = client.get(f"/certificates/{certificate.uuid}/credential/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    token = response.content.decode()
    client.logout()  # a verifier is anyone: the lists and the DID document are public

    verified = _verify(token, fetch)
    assert verified.achievement.name == certificate.course_title
    assert verified.issuer.id == credentials.issuer_did()
    assert verified.id == f"urn:uuid:{certificate.uuid}"
    raw = verified.raw
    assert "AchievementCredential" in raw["type"]
    assert raw["awardedDate"].startswith(certificate.awarded_on.isoformat())
    # valid through the whole last day
    assert raw["validUntil"].startswith((certificate.valid_until + timedelta(days=1)).isoformat())
    identifier = raw["credentialSubject"]["identifier"][0]
    assert identifier["hashed"] is True and identifier["salt"] == certificate.recipient_salt
    assert certificate.user.email not in token and certificate.user.last_name not in str(raw)
    assert any(url.endswith("/.well-known/did.json") for url in fetch.fetched)
    assert any("/credentials/status/revocation-1/" in url for url in fetch.fetched)
    assert any("/credentials/status/suspension-1/" in url for url in fetch.fetched)

    services.certificate_revoke(
        certificate=certificate, reason="Issued by mistake", acting_user=org.hr
    )
    with pytest.raises(OB3VerificationError, match="revocation"):
        _verify(token, fetch)


def test_update_required_suspends_and_a_completed_update_lifts_it(certificate, fetch, world):
    from courses.services import course_restart

    token = credentials.credential_jwt(certificate)
    services.certificates_require_update(certificates=[certificate], reason="Act amended")
    with pytest.raises(OB3VerificationError, match="suspension"):
        _verify(token, fetch)

    course_restart(user=certificate.user, course=world.course, reason="Update")
    pass_course(certificate.user, world)
    certificate.refresh_from_db()
    assert certificate.is_superseded
    _verify(token, fetch)  # no longer suspended: the newer certificate is the current one
    newer = certificate.superseded_by
    _verify(credentials.credential_jwt(newer), fetch)


def test_a_tampered_credential_fails(certificate, fetch):
    token = credentials.credential_jwt(certificate)
    header, payload, signature = token.split(".")
    forged = ".".join(
        [header, payload, signature[:-4] + ("AAAA" if signature[-4:] != "AAAA" else "BBBB")]
    )
    with pytest.raises(OB3VerificationError):
        _verify(forged, fetch)


def test_status_list_names_outside_the_scheme_are_404(client):
    for name in ["revocation-0", "other-1", "revocation-x", "revocation-99999999", "-1"]:
        assert client.get(f"/credentials/status/{name}/").status_code == 404, name


def test_did_document_publishes_the_signing_key(client):
    document = client.get("/.well-known/did.json").json()
    assert document["id"] == credentials.issuer_did()
    assert document["verificationMethod"][0]["publicKeyJwk"] == credentials.public_jwk()
    assert "d" not in document["verificationMethod"][0]["publicKeyJwk"]
