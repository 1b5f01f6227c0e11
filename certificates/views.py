"""Certificate pages: the holder's list and downloads, public verification, and the Open
Badges endpoints (status lists, the issuer's DID document).

Views ask ``certificates.access``; a certificate someone may not see answers 404, exactly
as one that does not exist. Public pages show only the fields verification needs.
"""

import json
import uuid

from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET

from lms.access import access_required

from . import access, credentials, pdf, selectors
from .forms import VerifyForm
from .models import Certificate

# The number form: at most this many look-ups per address in the window.
VERIFY_LIMIT = 10
VERIFY_WINDOW_SECONDS = 600


def _parse_code(code: str):
    try:
        return uuid.UUID(code) if len(code) <= 36 else None
    except ValueError:
        return None


def _own_or_404(request, code) -> Certificate:
    parsed = _parse_code(code)
    if parsed is None:
        raise Http404
    certificate = get_object_or_404(
        Certificate.objects.select_related("user", "course"), uuid=parsed
    )
    if not access.can_download(request.user, certificate):
        raise Http404
    return certificate


@access_required("signed_in")
def my_certificates(request):
    certificates = list(selectors.my_certificates(request.user))
    today = timezone.localdate()
    expiring_ids = set(selectors.expiring(request.user, today=today).values_list("pk", flat=True))
    for certificate in certificates:
        certificate.expiring_soon = certificate.pk in expiring_ids
        certificate.days_to_expiry = certificate.days_left(today)
        certificate.share_url = pdf.verification_url(certificate)
    current = [c for c in certificates if c.is_current or c.is_revoked]
    history = [c for c in certificates if not (c.is_current or c.is_revoked)]
    return render(
        request,
        "certificates/my_certificates.html",
        {
            "current": current,
            "history": history,
            "expiring": [c for c in certificates if c.expiring_soon],
            "active_nav": "certificates",
        },
    )


@access_required("signed_in")
def certificate_pdf(request, code):
    certificate = _own_or_404(request, code)
    data = pdf.certificate_pdf(certificate)
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{pdf.filename(certificate)}"'
    response["Cache-Control"] = "private, no-store"
    return response


@access_required("signed_in")
def certificate_credential(request, code):
    """The certificate as a signed Open Badges 3.0 AchievementCredential (JWT-VC)."""
    certificate = _own_or_404(request, code)
    if certificate.is_revoked or certificate.is_superseded:
        # A credential is not handed out for a certificate that is no longer the holder's.
        raise Http404
    token = credentials.credential_jwt(certificate)
    response = HttpResponse(token, content_type="application/vc+jwt")
    filename = credentials.credential_filename(certificate)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _public_context(certificate: Certificate) -> dict:
    current = selectors.current_of(certificate) if certificate.is_superseded else None
    return {
        "certificate": certificate,
        "current": current if current and current.pk != certificate.pk else None,
        "today": timezone.localdate(),
    }


@never_cache
@require_GET
def verify(request, code):
    """The public page the QR code opens: status, course, dates, first name and initial.
    Unknown and malformed codes answer the same."""
    parsed = _parse_code(code)
    certificate = (
        Certificate.objects.select_related("course").filter(uuid=parsed).first() if parsed else None
    )
    if certificate is None:
        return render(request, "certificates/verify_unknown.html", status=404)
    return render(request, "certificates/verify.html", _public_context(certificate))


def _client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _throttled(request) -> bool:
    key = f"certificates:verify:{_client_address(request)}"
    cache.add(key, 0, VERIFY_WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, VERIFY_WINDOW_SECONDS)
        count = 1
    return count > VERIFY_LIMIT


@never_cache
def verify_form(request):
    """Type a certificate's number to check it (look-ups are limited per address)."""
    form = VerifyForm(request.POST or None)
    status = 200  # a number that is unknown or malformed answers the same (404)
    if request.method == "POST":
        if _throttled(request):
            form.add_error(
                None,
                _("Too many checks from your address. Wait ten minutes and try again."),
            )
            status = 429
        elif form.is_valid():
            certificate = Certificate.objects.filter(number=form.cleaned_data["number"]).first()
            if certificate is not None:
                return redirect("certificate_verify", code=str(certificate.uuid))
            form.add_error(
                "number",
                _(
                    "No certificate has this number. Check the number on the certificate, or "
                    "scan its QR code."
                ),
            )
            status = 404
        else:
            status = 404
    return render(request, "certificates/verify_form.html", {"form": form}, status=status)


@require_GET
@cache_control(public=True, max_age=300)
def status_list(request, name):
    """A signed Bitstring Status List (JWT-VC): ``revocation-<n>`` or ``suspension-<n>``."""
    parsed = credentials.parse_list_name(name)
    if parsed is None:
        raise Http404
    purpose, number = parsed
    token = credentials.status_list_jwt(purpose, number)
    response = HttpResponse(token, content_type=credentials.STATUS_LIST_MEDIA_TYPE)
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
@cache_control(public=True, max_age=3600)
def did_document(request):
    """The issuer's ``did:web`` document with the public key that signs its credentials."""
    response = HttpResponse(
        json.dumps(credentials.did_document(), indent=2), content_type="application/did+json"
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response
