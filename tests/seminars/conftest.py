import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def english(settings):
    """Assert on the English source strings, whatever catalogues are compiled."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield
