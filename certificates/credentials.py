"""Open Badges 3.0: each certificate as a signed ``AchievementCredential`` (a W3C Verifiable
Credential, JWT-VC) by ``openbadgeslib``, the office's ``did:web`` document and the Bitstring
Status Lists that say which credentials are revoked or suspended.

The signing key comes from the environment: ``KADRA_CREDENTIAL_KEY`` (a PEM private key,
Ed25519 recommended) or ``KADRA_CREDENTIAL_KEY_FILE`` (a path to one). Without either, the
development server generates an Ed25519 key once under ``var/`` and tests use one made for
the process; production refuses to sign.

One status list per purpose (revocation, suspension), each of ``LIST_SIZE`` bits; a
certificate's ``status_index`` picks the list (``index // LIST_SIZE + 1``) and the bit.
"Update required" suspends; revocation revokes; a completed update supersedes, which
lifts the suspension of the old credential.
"""

import functools
import hashlib
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote, urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from openbadgeslib.ob3 import (
    Achievement,
    IdentityObject,
    Issuer,
    OB3Signer,
    OpenBadgeCredential,
    build_did_document,
    build_status_list_credential,
    status_entry,
)
from openbadgeslib.ob3.status_list import DEFAULT_SIZE_BITS

from .issuer import base_url
from .models import Certificate, CertificateStatus

ALGORITHM = "EdDSA"
KEY_FRAGMENT = "key-1"
LIST_SIZE = DEFAULT_SIZE_BITS  # 131,072 bits: the W3C minimum, so one list hides its population
PURPOSES = ("revocation", "suspension")
# A served status list is fresh for this long; verifiers refuse an older copy.
LIST_VALIDITY = timedelta(days=1)
STATUS_LIST_MEDIA_TYPE = "application/vc+jwt"


# --- the key --------------------------------------------------------------------------------


def _generate_pem() -> bytes:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


@functools.cache
def _test_key() -> bytes:
    return _generate_pem()


def dev_key_path() -> Path:
    return Path(settings.VAR_DIR) / "credential-key.pem"


def private_key_pem() -> bytes:
    """The office's signing key (see the module's docstring for where it comes from)."""
    pem = os.environ.get("KADRA_CREDENTIAL_KEY") or getattr(settings, "KADRA_CREDENTIAL_KEY", "")
    if pem:
        return pem.encode() if isinstance(pem, str) else pem
    path = os.environ.get("KADRA_CREDENTIAL_KEY_FILE") or getattr(
        settings, "KADRA_CREDENTIAL_KEY_FILE", ""
    )
    if path:
        return Path(path).read_bytes()
    environment = getattr(settings, "KADRA_ENVIRONMENT", "production")
    if environment == "test":
        return _test_key()
    if environment == "development":
        key_file = dev_key_path()
        if not key_file.exists():
            key_file.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(_generate_pem())
        return key_file.read_bytes()
    raise ImproperlyConfigured(
        "Set KADRA_CREDENTIAL_KEY (a PEM private key) or KADRA_CREDENTIAL_KEY_FILE to sign "
        "Open Badges credentials."
    )


def signer() -> OB3Signer:
    return OB3Signer(private_key_pem(), algorithm=ALGORITHM)


def public_jwk() -> dict:
    return signer()._public_jwk()


def public_key_pem() -> bytes:
    from cryptography.hazmat.primitives import serialization

    key = serialization.load_pem_private_key(private_key_pem(), password=None)
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


# --- the issuer's identity --------------------------------------------------------------------


def issuer_did() -> str:
    """``did:web`` of the platform's host (its document is at ``/.well-known/did.json``)."""
    parts = urlsplit(base_url() or "http://localhost")
    authority = parts.hostname or "localhost"
    if parts.port:
        authority += f":{parts.port}"
    return "did:web:" + quote(authority, safe="")


def key_id() -> str:
    return f"{issuer_did()}#{KEY_FRAGMENT}"


def did_document() -> dict:
    return build_did_document(issuer_did(), [(KEY_FRAGMENT, public_jwk())])


# --- status lists ---------------------------------------------------------------------------


def list_name(purpose: str, number: int) -> str:
    return f"{purpose}-{number}"


def parse_list_name(name: str):
    """(purpose, number) from a list's name such as ``revocation-1``, or None."""
    purpose, _sep, number = name.rpartition("-")
    if purpose not in PURPOSES or not number.isdigit() or len(number) > 6 or int(number) < 1:
        return None
    return purpose, int(number)


def status_list_url(purpose: str, number: int) -> str:
    return base_url() + reverse("credential_status_list", args=[list_name(purpose, number)])


def _position(certificate: Certificate) -> tuple[int, int]:
    return certificate.status_index // LIST_SIZE + 1, certificate.status_index % LIST_SIZE


def set_bits(purpose: str, number: int) -> list[int]:
    """The bits set in one list: revoked certificates, or suspended ones (update required)."""
    status = CertificateStatus.REVOKED if purpose == "revocation" else None
    status = status or CertificateStatus.UPDATE_REQUIRED
    low = (number - 1) * LIST_SIZE
    indices = Certificate.objects.filter(
        status=status, status_index__gte=low, status_index__lt=low + LIST_SIZE
    ).values_list("status_index", flat=True)
    return [index - low for index in indices]


def status_list_jwt(purpose: str, number: int, *, now=None) -> str:
    """The signed BitstringStatusListCredential of one list, as served."""
    now = now or datetime.now(UTC)
    vc = build_status_list_credential(
        issuer_did(),
        status_list_url(purpose, number),
        purpose,
        set_bits(purpose, number),
        size_bits=LIST_SIZE,
        issued=now,
        valid_until=now + LIST_VALIDITY,
    )
    payload = dict(vc, iss=vc["issuer"], jti=vc["id"], nbf=int(now.timestamp()))
    return signer().sign_payload(payload)


# --- the credential -------------------------------------------------------------------------


def _day_start(day) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def recipient_identifier(certificate: Certificate) -> IdentityObject:
    """The holder as a salted SHA-256 of their e-mail address: it proves the credential is
    theirs to whoever knows the address, and tells nobody else who they are."""
    return IdentityObject.create(certificate.user.email.lower(), salt=certificate.recipient_salt)


def achievement_id(certificate: Certificate) -> str:
    return f"urn:kadra:course:{certificate.course_id}"


def credential_payload(certificate: Certificate) -> dict:
    """The JWT payload of the certificate's AchievementCredential."""
    from .pdf import verification_url

    list_number, bit = _position(certificate)
    issued = certificate.issued_at.astimezone(UTC)
    credential = OpenBadgeCredential(
        id=f"urn:uuid:{certificate.uuid}",
        issuer=Issuer(id=issuer_did(), name=certificate.issuer_name, url=base_url() or None),
        recipient_id=None,
        achievement=Achievement(
            id=achievement_id(certificate),
            name=certificate.course_title,
            description=certificate.course_title,
            criteria_narrative=(
                "Completed every lesson of the course and passed its final test."
                if certificate.attempt_id
                else "Completed every step of the course."
            ),
            achievement_type="Certificate",
        ),
        name=certificate.course_title,
        issuance_date=issued,
        expiration_date=(
            _day_start(certificate.valid_until) + timedelta(days=1)
            if certificate.valid_until
            else None
        ),
        identifiers=[recipient_identifier(certificate)],
        credential_status=[
            status_entry(status_list_url(purpose, list_number), purpose, bit)
            for purpose in PURPOSES
        ],
    )
    payload = credential.to_jwt_payload()
    payload["type"] = ["VerifiableCredential", "AchievementCredential"]
    payload["awardedDate"] = _day_start(certificate.awarded_on).isoformat().replace("+00:00", "Z")
    payload["evidence"] = [
        {"id": verification_url(certificate), "type": ["Evidence"], "name": certificate.number}
    ]
    return payload


def credential_jwt(certificate: Certificate) -> str:
    return signer().sign_payload(credential_payload(certificate))


def credential_filename(certificate: Certificate) -> str:
    return certificate.number.replace("/", "-") + ".jwt"


def fingerprint() -> str:
    """A short fingerprint of the public key, shown to administrators."""
    return hashlib.sha256(public_key_pem()).hexdigest()[:16]
