"""Every HTML page carries a Content-Security-Policy; the admin's is looser only where Wagtail
needs it; responses with their own policy keep it."""

import re

import pytest

pytestmark = pytest.mark.django_db


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def test_site_page_has_a_strict_policy_with_a_nonce(client_for):
    response = client_for("employee").get("/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["style-src"] == ["'self'"]


def _nonce_page(rf):
    """A page whose template uses the nonce for an inline script, as templates may."""
    from django.http import HttpResponse
    from django.template import engines

    from lms.csp import KadraCSPMiddleware

    template = engines["django"].from_string('<script nonce="{{ request.csp_nonce }}">1</script>')

    def view(request):
        return HttpResponse(template.render({}, request))

    response = KadraCSPMiddleware(view)(rf.get("/"))
    nonce = re.search(r'nonce="([^"]+)"', response.content.decode()).group(1)
    return nonce, directives(response["Content-Security-Policy"])


def test_an_inline_script_runs_only_with_the_requests_nonce(rf):
    nonce, policy = _nonce_page(rf)
    assert re.fullmatch(r"[A-Za-z0-9+/=]{16,}", nonce)
    assert f"'nonce-{nonce}'" in policy["script-src"]
    assert "'unsafe-inline'" not in policy["script-src"]


def test_nonce_changes_on_every_request(rf):
    assert _nonce_page(rf)[0] != _nonce_page(rf)[0]


def test_sign_in_page_has_the_policy(client):
    response = client.get("/accounts/login/")
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_no_inline_style_or_script_in_site_templates():
    """The strict policy would block them: templates use CSS classes and static JS files."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "templates"
    offenders = []
    for template in root.rglob("*.html"):
        text = template.read_text()
        if re.search(r"\sstyle=\"|\son[a-z]+=\"", text):
            offenders.append(str(template.relative_to(root)))
        for script in re.findall(r"<script(?![^>]*\ssrc=)[^>]*>", text):
            if "nonce=" not in script and "application/json" not in script:
                offenders.append(f"{template.relative_to(root)}: {script}")
    assert not offenders, offenders


def test_admin_keeps_working_with_its_own_policy(client_for):
    response = client_for("editor").get("/admin/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" in policy["style-src"]
    assert not any(s.startswith("'nonce-") for s in policy["script-src"])


def test_error_pages_have_the_policy(client_for):
    response = client_for("employee").get("/no-such-page/")
    assert response.status_code == 404
    assert "default-src 'self'" in response["Content-Security-Policy"]


def test_a_response_with_its_own_policy_keeps_it(rf):
    from django.http import HttpResponse

    from lms.csp import KadraCSPMiddleware

    own = "default-src 'none'; sandbox"

    def view(request):
        response = HttpResponse("x")
        response["Content-Security-Policy"] = own
        return response

    request = rf.get("/learning/h5p/some/file.js")
    response = KadraCSPMiddleware(view)(request)
    assert response["Content-Security-Policy"] == own
