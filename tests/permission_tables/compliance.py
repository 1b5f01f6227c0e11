"""HR registry and compliance (``/compliance/``): HR everywhere, leaders for the people of
the units they lead; only HR revokes, re-issues and handles personal data (RODO). A person
or certificate outside a leader's reach does not exist for them (404)."""

from tests.permission_tables._cases import LOGIN, Case, row

LISTS = row(LOGIN, 403, 200, 200, 403)
HR_ONLY = row(LOGIN, 403, 403, 200, 403)

EXPECTED = {
    "compliance_matrix": [Case(None, "get", LISTS)],
    "compliance_matrix_csv": [Case(None, "get", LISTS)],
    "compliance_matrix_xlsx": [Case(None, "get", LISTS)],
    "compliance_rates": [Case(None, "get", LISTS)],
    "compliance_not_compliant": [Case(None, "get", LISTS)],
    "compliance_registry": [Case(None, "get", LISTS)],
    "compliance_registry_csv": [Case(None, "get", LISTS)],
    "compliance_registry_xlsx": [Case(None, "get", LISTS)],
    "compliance_certificate_revoke": [
        Case("compliance_cert_team", "get", HR_ONLY),
        Case("compliance_cert_outsider", "get", HR_ONLY),
        Case("compliance_cert_missing", "get", row(LOGIN, 403, 403, 404, 403)),
    ],
    "compliance_certificate_reissue": [
        Case("compliance_cert_team", "get", HR_ONLY),
        Case("compliance_cert_missing", "get", row(LOGIN, 403, 403, 404, 403)),
    ],
    "compliance_person": [
        Case("compliance_team_member", "get", LISTS),
        Case("compliance_outsider", "get", row(LOGIN, 403, 404, 200, 403)),
    ],
    "compliance_person_record": [
        Case("compliance_team_member", "get", LISTS),
        Case("compliance_outsider", "get", row(LOGIN, 403, 404, 200, 403)),
    ],
    "compliance_person_rodo_export": [
        Case("compliance_team_member", "post", HR_ONLY),
        Case("compliance_team_member", "get", row(405, 405, 405, 405, 405)),
    ],
    "compliance_person_anonymise": [
        Case("compliance_team_member", "get", HR_ONLY),
        Case("compliance_missing_person", "get", row(LOGIN, 403, 403, 404, 403)),
    ],
}


def targets(org):
    from tests.certificates.factories import CertificateFactory

    mine = CertificateFactory(user=org.employee)
    theirs = CertificateFactory(user=org.outsider)
    return {
        "compliance_cert_team": {"pk": mine.pk},
        "compliance_cert_outsider": {"pk": theirs.pk},
        "compliance_cert_missing": {"pk": 999_999},
        "compliance_team_member": {"pk": org.employee.pk},
        "compliance_outsider": {"pk": org.outsider.pk},
        "compliance_missing_person": {"pk": 999_999},
    }
