"""Browser journey of HR's compliance pages: the demo HR person opens the compliance matrix,
filters it, opens the certificates registry and revokes a certificate with a reason. axe on
every page of the compliance area."""

import pytest

from tests.e2e.conftest import assert_no_serious_axe_violations, login

pytestmark = pytest.mark.e2e


def _valid_certificate():
    from certificates.models import Certificate

    certificate = (
        Certificate.objects.filter(status="valid", user__is_active=True)
        .select_related("user__org_unit")
        .order_by("pk")
        .first()
    )
    if certificate is None:
        pytest.fail("seed_demo issued no valid certificate")
    return certificate


def test_hr_filters_the_matrix_and_revokes_a_certificate(page, live_server, demo_office):
    from certificates.models import Certificate
    from lms.models import Notification, User

    certificate = _valid_certificate()
    unit = certificate.user.org_unit

    login(page, live_server, "hr@demo.kadra")
    page.goto(f"{live_server.url}/compliance/")
    assert page.locator("table.compliance-matrix tbody tr[data-person]").count() > 0
    assert_no_serious_axe_violations(page)

    page.locator("select[name=unit]").select_option(str(unit.pk))
    page.locator("input[name=expiring_days]").fill("60")
    with page.expect_navigation():
        page.locator("form.filters button[type=submit]").click()
    assert f"unit={unit.pk}" in page.url
    shown = {
        int(pk)
        for pk in page.locator("table.compliance-matrix tbody tr[data-person]").evaluate_all(
            "rows => rows.map(r => r.dataset.person)"
        )
    }
    in_unit = set(
        User.objects.filter(is_active=True, org_unit__path__startswith=unit.path).values_list(
            "pk", flat=True
        )
    )
    assert certificate.user_id in shown
    assert shown <= in_unit
    states = page.locator("table.compliance-matrix td[data-state]").evaluate_all(
        "cells => cells.map(c => c.dataset.state)"
    )
    assert set(states) - {"not_required"}  # some course is required of the team
    assert_no_serious_axe_violations(page)

    page.goto(f"{live_server.url}/compliance/certificates/?q={certificate.number}")
    assert certificate.number in page.locator("table.registry").inner_text()
    assert_no_serious_axe_violations(page)
    with page.expect_navigation():
        page.locator(f'a[href$="/compliance/certificates/{certificate.pk}/revoke/"]').click()
    assert_no_serious_axe_violations(page)

    # The reason is required: an empty one is refused by the server, nothing is written.
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert page.locator(".errorlist").count() > 0
    assert Certificate.objects.get(pk=certificate.pk).status == "valid"
    assert_no_serious_axe_violations(page)

    before = Notification.objects.filter(kind="certificate_revoked").count()
    page.locator("textarea[name=reason]").fill("Certyfikat wydany na podstawie błędnych danych")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert page.url.endswith(f"/compliance/people/{certificate.user_id}/")
    revoked = Certificate.objects.get(pk=certificate.pk)
    assert revoked.status == "revoked"
    assert revoked.revocation_reason == "Certyfikat wydany na podstawie błędnych danych"
    assert Notification.objects.filter(kind="certificate_revoked").count() > before
    assert "Certyfikat wydany na podstawie błędnych danych" in page.locator("main").inner_text()
    assert_no_serious_axe_violations(page)


@pytest.mark.parametrize("width", [1280, 320])
def test_every_compliance_page_is_accessible(page, live_server, demo_office, width):
    certificate = _valid_certificate()
    page.set_viewport_size({"width": width, "height": 900})
    login(page, live_server, "hr@demo.kadra")
    for path in (
        "/compliance/",
        "/compliance/rates/",
        "/compliance/not-compliant/",
        "/compliance/certificates/",
        f"/compliance/certificates/{certificate.pk}/reissue/",
        f"/compliance/people/{certificate.user_id}/",
        f"/compliance/people/{certificate.user_id}/rodo/anonymise/",
    ):
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        assert_no_serious_axe_violations(page)
