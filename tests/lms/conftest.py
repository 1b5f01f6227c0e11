import pytest
from django.utils import translation

from lms.people_import import EXPORT_HEADER


@pytest.fixture(autouse=True)
def english(settings):
    """Assert on the English source strings, whatever catalogues are compiled."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


def make_csv(rows, *, header=None, encoding="cp1250", bom=False, delimiter=";", newline="\r\n"):
    """Bytes of a people CSV as Excel in a Polish locale saves it."""
    lines = [delimiter.join(header or EXPORT_HEADER)]
    lines += [delimiter.join(str(cell) for cell in row) for row in rows]
    data = (newline.join(lines) + newline).encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


@pytest.fixture
def csv_bytes():
    return make_csv
