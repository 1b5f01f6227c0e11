"""The certificate as a PDF: WeasyPrint from a Django template, A4 landscape, with a QR code
(segno, inline SVG) to the public verification page.

The PDF is rendered from what the certificate row kept on the day of issue (name, course,
issuer, signatory, dates), stored the first time it is asked for, and served from storage
after that: the PDF of an issuance never changes.
"""

import base64
import hashlib

import segno
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .issuer import base_url
from .models import Certificate

DEFAULT_LANGUAGE = "pl"


def verification_url(certificate: Certificate) -> str:
    return base_url() + reverse("certificate_verify", args=[certificate.uuid])


def qr_svg(url: str) -> str:
    """The QR code of ``url`` as inline SVG (sized by the stylesheet through its viewBox)."""
    return segno.make(url, error="m").svg_inline(
        scale=1, border=4, omitsize=True, svgclass="qr-code", lineclass="qr-line"
    )


def _logo_data_uri(certificate: Certificate) -> str:
    image = certificate.issuer_logo
    if image is None:
        return ""
    try:
        with image.file.open("rb") as handle:
            data = handle.read()
    except (OSError, ValueError):
        return ""
    kind = {"png": "png", "gif": "gif", "svg": "svg+xml", "webp": "webp"}.get(
        image.file.name.rsplit(".", 1)[-1].lower(), "jpeg"
    )
    return f"data:image/{kind};base64,{base64.b64encode(data).decode('ascii')}"


def html(certificate: Certificate) -> str:
    """The certificate's HTML, as WeasyPrint lays it out."""
    url = verification_url(certificate)
    language = certificate.user.preferred_language or DEFAULT_LANGUAGE
    with translation.override(language):
        return render_to_string(
            "certificates/pdf/certificate.html",
            {
                "certificate": certificate,
                "verification_url": url,
                "qr_svg": qr_svg(url),
                "logo": _logo_data_uri(certificate),
                "language": language,
            },
        )


def render(certificate: Certificate) -> bytes:
    from weasyprint import CSS, HTML

    stylesheet = CSS(string=render_to_string("certificates/pdf/certificate.css"))
    return HTML(string=html(certificate), base_url=None).write_pdf(stylesheets=[stylesheet])


def filename(certificate: Certificate) -> str:
    return certificate.number.replace("/", "-") + ".pdf"


def certificate_pdf(certificate: Certificate) -> bytes:
    """The certificate's PDF: rendered and stored the first time, read back ever after."""
    if certificate.pdf:
        with certificate.pdf.open("rb") as handle:
            return handle.read()
    data = render(certificate)
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.pdf:  # stored by someone else meanwhile: theirs is the one
            certificate.pdf, certificate.pdf_sha256 = locked.pdf, locked.pdf_sha256
            with locked.pdf.open("rb") as handle:
                return handle.read()
        digest = hashlib.sha256(data).hexdigest()
        locked.pdf.save(f"{locked.uuid}-{digest[:16]}.pdf", ContentFile(data), save=False)
        locked.pdf_sha256 = digest
        # The stored file is not part of the certificate's audit history.
        locked.save_without_historical_record(update_fields=["pdf", "pdf_sha256"])
        certificate.pdf, certificate.pdf_sha256 = locked.pdf, digest
    return data
