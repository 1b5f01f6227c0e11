"""Uploading, replacing and deleting H5P packages through the Wagtail snippet admin."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from courses import h5p_storage
from courses.models import H5PPackage
from tests.courses.conftest import H5P_DIR, INVALID_DIR, files_under, h5p_body
from tests.factories import CoursePageFactory, H5PPackageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db

ADD_URL = "wagtailsnippets_courses_h5ppackage:add"

VALID = {  # file -> main library it declares
    H5P_DIR / "H5P.Accordion.h5p": "H5P.Accordion",
    H5P_DIR / "H5P.Blanks.h5p": "H5P.Blanks",
    H5P_DIR / "H5P.DragText.h5p": "H5P.DragText",
    H5P_DIR / "H5P.MultiChoice.h5p": "H5P.MultiChoice",
    H5P_DIR / "H5P.TrueFalse.h5p": "H5P.TrueFalse",
    # Two files of the invalid/ folder are in fact valid, as the fixtures' README says.
    INVALID_DIR / "valid2.h5p": "H5P.GreetingCard",
    INVALID_DIR / "valid3-3-images.h5p": "H5P.Agamotto",
}
# Each refused fixture, with the words one form error must contain to name the problem.
INVALID = {
    "corrupt_archive.h5p": ["not a valid H5P package", "not a ZIP archive"],
    "broken-h5p-json.h5p": ["h5p.json", "not valid JSON"],
    "broken-content-json.h5p": ["content/content.json", "not valid JSON"],
    "invalid-h5p-json-schema.h5p": ["h5p.json", "mainLibrary", "missing"],
    "invalid-library-json.h5p": ["H5P.GreetingCard-1.0/library.json", "majorVersion", "missing"],
    "malformed-library-directory.h5p": ["library!", "malformed name"],
    "missing-preloaded-js.h5p": ["H5P.GreetingCard-1.0/greetingcard.js", "preloadedJs", "missing"],
}


def upload(path, name=None):
    return SimpleUploadedFile(name or path.name, path.read_bytes(), "application/zip")


@pytest.fixture
def editor_client(client, org):
    client.force_login(org.editor)
    return client


def file_errors(response):
    assert response.status_code == 200, response.status_code
    errors = response.context["form"].errors
    assert "file" in errors, errors
    return errors["file"]


def test_the_fixture_folders_hold_what_these_tests_expect():
    assert {p.name for p in INVALID_DIR.glob("*.h5p")} == set(INVALID) | {
        "invalid-core-version.h5p",
        "valid2.h5p",
        "valid3-3-images.h5p",
    }
    assert set(H5P_DIR.glob("*.h5p")) <= set(VALID)


@pytest.mark.parametrize("path", list(VALID), ids=lambda p: p.name)
def test_a_valid_package_uploads_and_is_extracted_lazily(editor_client, org, storage, path):
    response = editor_client.post(
        reverse(ADD_URL), {"title": f"Ćwiczenie {path.stem}", "file": upload(path)}
    )
    assert response.status_code in (201, 302), response.context and response.context["form"].errors
    package = H5PPackage.objects.get()
    assert package.title == f"Ćwiczenie {path.stem}"
    assert package.main_library == VALID[path]
    assert package.uploaded_by == org.editor
    assert package.size > 0 and package.metadata["libraries"]
    assert package.file.name == f"h5p/{package.storage_key}.h5p"
    assert (storage.media / package.file.name).read_bytes() == path.read_bytes()
    assert files_under(storage.media) == [storage.media / package.file.name]
    # Nothing is unpacked at upload: each app server extracts on first use.
    assert files_under(storage.h5p) == []
    root = h5p_storage.ensure_extracted(package)
    assert root == storage.h5p / str(package.storage_key)
    assert (root / "h5p.json").is_file() and (root / "content" / "content.json").is_file()
    assert h5p_storage.ensure_extracted(package) == root  # the second call reuses it


@pytest.mark.parametrize("name", sorted(INVALID))
def test_an_invalid_package_is_refused_and_nothing_is_stored(editor_client, storage, name):
    response = editor_client.post(
        reverse(ADD_URL), {"title": "Zły pakiet", "file": upload(INVALID_DIR / name)}
    )
    errors = file_errors(response)
    assert any(
        "This H5P package cannot be used" in error and all(w in error for w in INVALID[name])
        for error in errors
    ), errors
    assert not H5PPackage.objects.exists()
    assert files_under(storage.media, storage.h5p) == []


def test_a_file_without_the_h5p_extension_is_refused(editor_client, storage):
    response = editor_client.post(
        reverse(ADD_URL),
        {"title": "Zip", "file": upload(H5P_DIR / "H5P.TrueFalse.h5p", "truefalse.zip")},
    )
    assert file_errors(response) == ["Choose a file with the .h5p extension."]
    assert not H5PPackage.objects.exists()
    assert files_under(storage.media, storage.h5p) == []


def test_a_library_needing_core_api_1_19_is_accepted(editor_client, storage):
    """invalid-core-version.h5p is a known exception among the "invalid" fixtures.

    Its only problem (for the H5P-Nodejs-library validator it comes from) is that its
    library declares coreApi 1.19. The real hub packages need core API up to 1.27, which
    h5p-standalone provides, so the platform supports up to 1.27 and accepts this package
    by default. A core API above 1.27 is refused (see test_h5p_validation.py).
    """
    path = INVALID_DIR / "invalid-core-version.h5p"
    response = editor_client.post(reverse(ADD_URL), {"title": "Core 1.19", "file": upload(path)})
    assert response.status_code in (201, 302)
    package = H5PPackage.objects.get()
    assert package.main_library == "H5P.GreetingCard"
    assert (storage.media / package.file.name).is_file()


def edit(client, package, path, name=None):
    url = reverse("wagtailsnippets_courses_h5ppackage:edit", args=[package.pk])
    data = {"title": package.title}
    if path is not None:
        data["file"] = upload(path, name)
    return client.post(url, data)


def test_an_invalid_replacement_is_refused_and_the_old_file_stays(
    editor_client, storage, django_capture_on_commit_callbacks
):
    package = H5PPackageFactory(source=H5P_DIR / "H5P.TrueFalse.h5p")
    old_name, old_key = package.file.name, package.storage_key
    h5p_storage.ensure_extracted(package)
    before = sorted(files_under(storage.media, storage.h5p))

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = edit(editor_client, package, INVALID_DIR / "missing-preloaded-js.h5p")
    assert any("preloadedJs" in error for error in file_errors(response))
    assert callbacks == []
    package.refresh_from_db()
    assert (package.file.name, package.storage_key) == (old_name, old_key)
    assert package.main_library == "H5P.TrueFalse"
    assert sorted(files_under(storage.media, storage.h5p)) == before


def test_a_valid_replacement_is_validated_stored_and_the_old_files_removed(
    editor_client, org, storage, django_capture_on_commit_callbacks
):
    package = H5PPackageFactory(source=H5P_DIR / "H5P.TrueFalse.h5p")
    assert package.uploaded_by is None
    old_file = storage.media / package.file.name
    old_root = h5p_storage.ensure_extracted(package)

    with django_capture_on_commit_callbacks(execute=True):
        response = edit(editor_client, package, H5P_DIR / "H5P.MultiChoice.h5p")
    assert response.status_code == 302, response.context and response.context["form"].errors
    package.refresh_from_db()
    assert package.main_library == "H5P.MultiChoice"
    assert package.uploaded_by == org.editor
    assert package.file.name == f"h5p/{package.storage_key}.h5p"
    assert (storage.media / package.file.name).is_file()
    assert not old_file.exists()
    assert not old_root.exists()
    assert files_under(storage.media) == [storage.media / package.file.name]
    assert (h5p_storage.ensure_extracted(package) / "h5p.json").is_file()


def test_editing_only_the_title_keeps_the_files(
    editor_client, storage, django_capture_on_commit_callbacks
):
    package = H5PPackageFactory(source=H5P_DIR / "H5P.TrueFalse.h5p")
    h5p_storage.ensure_extracted(package)
    before = sorted(files_under(storage.media, storage.h5p))
    package.title = "Prawda czy fałsz"
    with django_capture_on_commit_callbacks(execute=True):
        response = edit(editor_client, package, None)
    assert response.status_code == 302
    package.refresh_from_db()
    assert package.title == "Prawda czy fałsz"
    assert sorted(files_under(storage.media, storage.h5p)) == before


def test_deleting_removes_the_files_after_the_transaction_commits(
    editor_client, storage, django_capture_on_commit_callbacks
):
    package = H5PPackageFactory(source=H5P_DIR / "H5P.TrueFalse.h5p")
    h5p_storage.ensure_extracted(package)
    assert files_under(storage.media) and files_under(storage.h5p)
    url = reverse("wagtailsnippets_courses_h5ppackage:delete", args=[package.pk])

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = editor_client.post(url)
        assert response.status_code == 302
        assert not H5PPackage.objects.filter(pk=package.pk).exists()
        # Until the transaction commits, the files stay (a rollback must find them).
        assert files_under(storage.media) and files_under(storage.h5p)
    assert callbacks
    assert files_under(storage.media, storage.h5p) == []


def test_a_package_used_in_a_published_lesson_is_not_deleted(
    editor_client, storage, django_capture_on_commit_callbacks
):
    package = H5PPackageFactory(source=H5P_DIR / "H5P.TrueFalse.h5p")
    LessonPageFactory(parent=CoursePageFactory(), body=h5p_body(package))
    url = reverse("wagtailsnippets_courses_h5ppackage:delete", args=[package.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url)
    assert response.status_code == 302
    assert H5PPackage.objects.filter(pk=package.pk).exists()
    assert (storage.media / package.file.name).is_file()


def test_an_employee_cannot_upload(client, org, storage):
    client.force_login(org.employee)
    response = client.post(
        reverse(ADD_URL), {"title": "X", "file": upload(H5P_DIR / "H5P.TrueFalse.h5p")}
    )
    assert response.status_code in (302, 403)
    assert not H5PPackage.objects.exists()
    assert files_under(storage.media, storage.h5p) == []


def h5p_json_title(path):
    import json
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("h5p.json"))["title"]


@pytest.mark.parametrize("title", ["", "   "], ids=["empty", "spaces"])
def test_an_empty_title_is_taken_from_the_package(editor_client, storage, title):
    path = H5P_DIR / "H5P.MultiChoice.h5p"
    expected = h5p_json_title(path)
    assert expected.strip()
    response = editor_client.post(reverse(ADD_URL), {"title": title, "file": upload(path)})
    assert response.status_code in (201, 302), response.context and response.context["form"].errors
    package = H5PPackage.objects.get()
    assert package.title == expected
    assert package.main_library == "H5P.MultiChoice"


def test_the_title_field_says_it_may_be_left_empty(editor_client):
    response = editor_client.get(reverse(ADD_URL))
    form = response.context["form"]
    assert not form.fields["title"].required
    assert "Leave empty to use the title inside the package" in response.content.decode()


def test_a_given_title_wins_over_the_package_title(editor_client, storage):
    path = H5P_DIR / "H5P.TrueFalse.h5p"
    editor_client.post(reverse(ADD_URL), {"title": " Prawda czy fałsz ", "file": upload(path)})
    assert H5PPackage.objects.get().title == "Prawda czy fałsz"


def test_no_title_and_no_file_is_refused_next_to_the_title(editor_client, storage):
    response = editor_client.post(reverse(ADD_URL), {"title": ""})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "file" in errors
    assert not H5PPackage.objects.exists()


def test_no_title_and_an_invalid_file_shows_only_the_file_problem(editor_client, storage):
    response = editor_client.post(
        reverse(ADD_URL), {"title": "", "file": upload(INVALID_DIR / "corrupt_archive.h5p")}
    )
    errors = response.context["form"].errors
    assert "title" not in errors and "file" in errors
    assert not H5PPackage.objects.exists()


def test_clearing_the_title_on_edit_without_a_new_file_is_refused(editor_client, storage):
    package = H5PPackageFactory(source=H5P_DIR / "H5P.TrueFalse.h5p", title="Stary tytuł")
    url = reverse("wagtailsnippets_courses_h5ppackage:edit", args=[package.pk])
    response = editor_client.post(url, {"title": ""})
    assert response.status_code == 200
    assert response.context["form"].errors["title"] == [
        "Enter a title, or upload a package to take the title from."
    ]
    package.refresh_from_db()
    assert package.title == "Stary tytuł"


def test_clearing_the_title_with_a_replacement_takes_the_new_packages_title(editor_client, storage):
    package = H5PPackageFactory(source=H5P_DIR / "H5P.TrueFalse.h5p", title="Stary tytuł")
    path = H5P_DIR / "H5P.Blanks.h5p"
    url = reverse("wagtailsnippets_courses_h5ppackage:edit", args=[package.pk])
    response = editor_client.post(url, {"title": "", "file": upload(path)})
    assert response.status_code == 302
    package.refresh_from_db()
    assert package.title == h5p_json_title(path)
    assert package.main_library == "H5P.Blanks"
