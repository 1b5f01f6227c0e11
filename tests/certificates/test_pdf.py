"""The PDF: text with the name (diacritics), number and verification URL; a QR code whose
modules are exactly segno's for that URL; stored on first download and never changed."""

import io
import re

import pytest
import segno
from pypdf import PdfReader

from certificates import pdf
from certificates.models import Certificate

from .conftest import pass_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(world, learner):
    pass_course(learner, world)
    return Certificate.objects.get()


def _matrix_from_svg(svg: str) -> list[list[int]]:
    """Read segno's path ("M x y h n m dx dy ...") back into a matrix of dark modules."""
    view = re.search(r'viewBox="0 0 (\d+) (\d+)"', svg)
    size = int(view.group(1))
    path = re.search(r' d="([^"]+)"', svg).group(1)
    cells = [[0] * size for _ in range(size)]
    x = y = 0.0
    for command, args in re.findall(r"([MmHhVv])([-\d. ]+)", path):
        numbers = [float(n) for n in args.split()]
        if command == "M":
            x, y = numbers
        elif command == "m":
            x, y = x + numbers[0], y + numbers[1]
        elif command == "h":
            for column in range(int(x), int(x + numbers[0])):
                cells[int(y)][column] = 1
            x += numbers[0]
        else:
            raise AssertionError(f"unexpected path command {command}")
    return cells


def test_pdf_text_has_name_number_course_and_verification_url(certificate):
    data = pdf.certificate_pdf(certificate)
    reader = PdfReader(io.BytesIO(data))
    page = reader.pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    text = " ".join(page.extract_text().split())

    assert len(reader.pages) == 1
    assert width > height  # A4 landscape
    assert round(width / 72 * 25.4) == 297 and round(height / 72 * 25.4) == 210
    assert "Łucja Żółkiewska-Gęś" in text
    assert certificate.number in text
    assert "Obsługa cudzoziemców – standardy" in text
    url = pdf.verification_url(certificate)
    assert url.endswith(f"/verify/{certificate.uuid}/")
    assert url in text.replace(" ", "")
    links = [a.get_object()["/A"]["/URI"] for a in page.get("/Annots", [])]
    assert url in links
    fonts = {f for res in [page["/Resources"]["/Font"]] for f in res}
    assert fonts and any(
        "DejaVu" in str(page["/Resources"]["/Font"][f].get_object()["/BaseFont"]) for f in fonts
    )


def test_qr_code_encodes_the_verification_url(certificate):
    url = pdf.verification_url(certificate)
    svg = re.search(r"<svg.*?</svg>", pdf.html(certificate), re.S).group(0)
    expected = segno.make(url, error="m")
    border = 4
    size = len(expected.matrix) + 2 * border
    want = [[0] * size for _ in range(size)]
    for row, line in enumerate(expected.matrix):
        for column, dark in enumerate(line):
            want[row + border][column + border] = 1 if dark else 0
    assert _matrix_from_svg(svg) == want
    other = segno.make(url.replace("verify", "verifx"), error="m")
    assert [list(map(int, r)) for r in other.matrix] != [
        r[border:-border] for r in _matrix_from_svg(svg)[border:-border]
    ]


def test_pdf_is_stored_and_never_changes(certificate, settings):
    first = pdf.certificate_pdf(certificate)
    certificate.refresh_from_db()
    assert certificate.pdf and len(certificate.pdf_sha256) == 64
    # Whatever changes later (the office's name, the person's name), the PDF stays as issued.
    certificate.user.last_name = "Inna"
    certificate.user.save()
    again = pdf.certificate_pdf(Certificate.objects.get(pk=certificate.pk))
    assert again == first
    assert certificate.history.count() == 1  # storing the file is no change of the record
