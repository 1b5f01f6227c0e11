"""The certificate journey in a browser: a person who completed a course (its final quiz
passed) finds the certificate on My certificates, downloads the PDF, and the verification
address printed in it opens, in a fresh context without signing in, the public page saying
the certificate is valid. axe checks every new page."""

import io
import re

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.e2e.conftest import axe_violations, format_violations, login
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.e2e


@pytest.fixture
def certified(live_server, settings, django_db_serialized_rollback):
    from certificates.models import Certificate
    from tests.certificates.conftest import make_course, pass_course

    settings.KADRA_BASE_URL = live_server.url
    person = UserFactory(
        first_name="Łucja", last_name="Żółkiewska", email="lucja@example.gov.pl", password=PASSWORD
    )
    world = make_course(title="Obsługa cudzoziemców – standardy")
    attempt = pass_course(person, world)
    assert attempt.passed
    return person, Certificate.objects.get(user=person)


def test_download_the_certificate_and_verify_it_without_signing_in(
    page, browser, live_server, certified
):
    person, certificate = certified
    login(page, live_server, person.email, PASSWORD)
    page.goto(f"{live_server.url}/certificates/")
    expect(page.get_by_role("heading", level=2, name=certificate.course_title)).to_be_visible()
    assert format_violations(axe_violations(page)) == ""

    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("PDF")).first.click()
    download = download_info.value
    data = open(download.path(), "rb").read()
    text = " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())
    assert "Łucja Żółkiewska" in text and certificate.number in text
    match = re.search(r"(http://\S+/verify/[0-9a-f-]{36}/)", text.replace(" /", "/"))
    assert match, text
    url = match.group(1)
    assert url == f"{live_server.url}/verify/{certificate.uuid}/"

    stranger = browser.new_context(locale="pl-PL", viewport={"width": 390, "height": 844})
    try:
        phone = stranger.new_page()
        phone.goto(url)
        expect(phone.get_by_role("heading", level=2)).to_have_text(
            re.compile("(Ten certyfikat jest ważny|This certificate is valid)")
        )
        body = phone.locator("main").inner_text()
        assert "Łucja Ż." in body and "Żółkiewska" not in body
        assert person.email not in phone.content()
        assert format_violations(axe_violations(phone)) == ""
        phone.goto(f"{live_server.url}/verify/")
        phone.locator("input[name=number]").fill(certificate.number)
        with phone.expect_navigation():
            phone.locator("main form [type=submit]").click()
        assert phone.url == url
        phone.goto(f"{live_server.url}/verify/")
        assert format_violations(axe_violations(phone)) == ""
    finally:
        stranger.close()
