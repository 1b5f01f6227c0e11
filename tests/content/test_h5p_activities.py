"""The Polish H5P activities of content/h5p/: built on the real library packages, valid for
the upload validator, fully translated, and placed in the lessons by load_content."""

import io
import json
import zipfile
from pathlib import Path

import pytest

from content.loader import ContentError, load_content, read_tree
from content.loader.h5p import build_package, read_activities, read_activity
from courses.h5p_package import validate_package
from courses.models import H5PPackage, LessonActivity, LessonPage
from tests.courses.conftest import H5P_DIR

from .conftest import CONTENT

ACTIVITIES = read_activities(CONTENT)


def ui_defaults(fields, path=()):
    """(path, English default) of every text field with a default in a library's semantics."""
    for field in fields:
        here = (*path, field["name"])
        if field.get("type") == "group":
            yield from ui_defaults(field.get("fields", []), here)
        elif field.get("type") == "text" and field.get("default") and here[0] != "behaviour":
            yield here, field["default"]


def lookup(content, path):
    for key in path:
        if not isinstance(content, dict) or key not in content:
            return None
        content = content[key]
    return content


def test_there_is_an_activity_for_every_seed_course():
    used = {
        block["value"]["package"]: course.slug
        for course in read_tree(CONTENT)
        for lesson in course.lessons
        for block in lesson.body
        if block["type"] == "h5p"
    }
    assert set(used) <= set(ACTIVITIES), "a lesson names an activity without content/h5p/*.yaml"
    for slug in ("standardy-obslugi", "obsluga-miedzykulturowa", "prawo-migracyjne"):
        assert slug in used.values(), f"{slug} has no H5P activity"


@pytest.mark.parametrize("name", sorted(ACTIVITIES))
def test_every_activity_builds_into_a_valid_polish_package(name):
    source = ACTIVITIES[name]
    data = build_package(source, H5P_DIR)
    info = validate_package(io.BytesIO(data))
    with zipfile.ZipFile(H5P_DIR / source.base) as base:
        base_main = json.loads(base.read("h5p.json"))["mainLibrary"]
        folder = next(lib for lib in info.libraries if lib.machine_name == base_main).folder
        semantics = json.loads(base.read(f"{folder}/semantics.json"))
    assert info.main_library == base_main
    assert info.title == source.title and info.language == "pl"
    assert info.content == source.content
    assert not [f for f in info.files if f.startswith("content/") and f != "content/content.json"]
    untranslated = [
        ".".join(path)
        for path, english in ui_defaults(semantics)
        if lookup(source.content, path) in (None, "", english)
    ]
    assert not untranslated, f"{name}: UI strings left in English: {untranslated}"


def test_an_activity_on_a_missing_base_package_is_reported(tmp_path):
    path = tmp_path / "proba.yaml"
    path.write_text("base: H5P.Nieznany.h5p\ntitle: Próba\ncontent:\n  question: x\n", "utf-8")
    with pytest.raises(ContentError, match="no H5P package H5P.Nieznany.h5p"):
        build_package(read_activity(path), tmp_path)
    path.write_text("base: ../H5P.TrueFalse.h5p\ntitle: Próba\ncontent:\n  a: b\n", "utf-8")
    with pytest.raises(ContentError, match="'base' is the file name"):
        read_activity(path)


@pytest.mark.django_db
def test_lessons_get_their_activities_once_the_packages_can_be_built(content_copy, storage):
    root = content_copy("prawo-migracyjne")

    report = load_content(root)  # no library folder: loaded without the activities
    assert any("kpa-terminy left out" in note for note in report.notes)
    assert not H5PPackage.objects.exists()
    assert not LessonActivity.objects.exists()

    report = load_content(root, h5p_dir=H5P_DIR)
    lesson = LessonPage.objects.get(slug="kpa-terminy")
    assert f"lesson prawo-migracyjne/{lesson.slug}" in report.updated
    [activity] = LessonActivity.objects.filter(lesson=lesson)
    assert activity.package.metadata["content_name"] == "kpa-terminy"
    assert activity.block_id == "h5p-kpa-terminy"
    assert activity.package.main_library == "H5P.TrueFalse"
    assert H5PPackage.objects.count() == len(ACTIVITIES)  # every activity of content/h5p/

    assert not load_content(root, h5p_dir=H5P_DIR).changed  # nothing rebuilt or republished
    assert not load_content(root).changed  # the built packages are found without the folder
    assert H5PPackage.objects.count() == len(ACTIVITIES)


@pytest.fixture
def storage(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.H5P_ROOT = tmp_path / "h5p-cache"
    return Path(settings.MEDIA_ROOT)
