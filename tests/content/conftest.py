import shutil
from pathlib import Path

import pytest
from django.utils import translation

CONTENT = Path(__file__).resolve().parents[2] / "content"
COURSE_DIRS = sorted(p for p in (CONTENT / "courses").iterdir() if p.is_dir())


@pytest.fixture(autouse=True)
def english(settings):
    """Assert on the English source strings, whatever catalogues are compiled."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def content_copy(tmp_path):
    """A writable copy of the snippets, H5P activities and the given courses, laid out as
    content/."""

    def copy(*slugs) -> Path:
        root = tmp_path / "content"
        shutil.copytree(CONTENT / "snippets", root / "snippets", dirs_exist_ok=True)
        shutil.copytree(CONTENT / "h5p", root / "h5p", dirs_exist_ok=True)
        for slug in slugs:
            shutil.copytree(CONTENT / "courses" / slug, root / "courses" / slug)
        return root

    return copy
