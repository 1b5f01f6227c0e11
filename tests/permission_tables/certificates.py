"""Certificates: the holder's pages, downloads, public verification and Open Badges endpoints.

A certificate's PDF and credential: the holder, HR, and the leaders of the holder's unit;
for anyone else it does not exist (404). Verification, the status lists and the DID document
are public; unknown codes are 404 for everyone.
"""

from tests.permission_tables._cases import LOGIN, Case, row

EXPECTED = {
    "my_certificates": [Case(None, "get", row(LOGIN, 200, 200, 200, 200))],
    # the employee's certificate (in the leader's team) / the outsider's (in another team)
    "certificate_pdf": [
        Case("cert_employee", "get", row(LOGIN, 200, 200, 200, 404)),
        Case("cert_outsider", "get", row(LOGIN, 404, 404, 200, 404)),
        Case("cert_malformed", "get", row(LOGIN, 404, 404, 404, 404)),
    ],
    "certificate_credential": [
        Case("cert_employee", "get", row(LOGIN, 200, 200, 200, 404)),
        Case("cert_outsider", "get", row(LOGIN, 404, 404, 200, 404)),
    ],
    "certificate_verify": [
        Case("cert_employee", "get", row(200, 200, 200, 200, 200)),
        Case("cert_unknown", "get", row(404, 404, 404, 404, 404)),
        Case("cert_malformed", "get", row(404, 404, 404, 404, 404)),
    ],
    "certificate_verify_form": [
        Case(None, "get", row(200, 200, 200, 200, 200)),
        Case("cert_known_number", "post", row(*[">/verify/"] * 5)),
        Case("cert_unknown_number", "post", row(404, 404, 404, 404, 404)),
    ],
    "credential_status_list": [
        Case("cert_revocation_list", "get", row(200, 200, 200, 200, 200)),
        Case("cert_bad_list", "get", row(404, 404, 404, 404, 404)),
    ],
    "did_document": [
        Case(None, "get", row(200, 200, 200, 200, 200)),
        Case(None, "post", row(405, 405, 405, 405, 405)),
    ],
}


def targets(org):
    from tests.certificates.factories import CertificateFactory

    mine = CertificateFactory(user=org.employee)
    theirs = CertificateFactory(user=org.outsider)
    return {
        "cert_employee": {"code": str(mine.uuid)},
        "cert_outsider": {"code": str(theirs.uuid)},
        "cert_unknown": {"code": "00000000-0000-4000-8000-000000000000"},
        "cert_malformed": {"code": "not-a-code"},
        "cert_known_number": ({}, {"number": mine.number}),
        "cert_unknown_number": ({}, {"number": "KADRA/2026/999999"}),
        "cert_revocation_list": {"name": "revocation-1"},
        "cert_bad_list": {"name": "revocation-0"},
    }
