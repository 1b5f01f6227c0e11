"""Serving the files of H5P packages (URL "h5p_content") to the people allowed to play them."""

import pytest
from django.urls import reverse

from courses.models import CourseProgress, LessonPage
from tests.courses.conftest import H5P_DIR
from tests.factories import H5PPackageFactory

pytestmark = pytest.mark.django_db

SVG_FILE = "H5P.Image-1.1/placeholder.svg"  # in H5P.MultiChoice.h5p


def content_url(package, path="h5p.json"):
    # reverse() would quote the path: build it by hand to send "../" and "%2e" as they are.
    return reverse("h5p_content", args=[package.storage_key, "x"])[:-1] + path


def get(client, url):
    """GET and read the whole (streamed) body; the test client closes the file at its end."""
    response = client.get(url)
    if getattr(response, "streaming", False):
        response.body = b"".join(response.streaming_content)
    return response


def test_a_learner_who_may_see_the_lesson_gets_the_files_with_safe_headers(client, world):
    client.force_login(world.people.employee)  # not enrolled: the course is open to all
    response = get(client, content_url(world.package))
    assert response.status_code == 200
    assert b'"mainLibrary"' in response.body and b"H5P.MultiChoice" in response.body
    assert response["X-Content-Type-Options"] == "nosniff"
    csp = response["Content-Security-Policy"]
    assert "sandbox" in csp.split("; ") and "default-src 'none'" in csp
    assert "attachment" not in response.get("Content-Disposition", "")

    js = get(client, content_url(world.package, "H5P.MultiChoice-1.14/js/multichoice.js"))
    assert js.status_code == 200 and b"H5P.MultiChoice" in js.body
    assert js["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in js["Content-Security-Policy"]


def test_an_svg_is_served_as_an_attachment(client, world):
    client.force_login(world.people.employee)
    response = get(client, content_url(world.package, SVG_FILE))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert b"<svg" in response.body


def test_anonymous_visitors_are_sent_to_sign_in(client, world):
    response = client.get(content_url(world.package))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_a_package_used_by_no_live_lesson_is_hidden_from_learners_not_editors(client, world):
    package = H5PPackageFactory(source=H5P_DIR / "H5P.Accordion.h5p")
    client.force_login(world.people.employee)
    assert get(client, content_url(package)).status_code == 404
    client.force_login(world.people.editor)
    assert get(client, content_url(package)).status_code == 200


def test_unpublishing_the_lesson_withdraws_access(client, world):
    client.force_login(world.people.employee)
    assert get(client, content_url(world.package)).status_code == 200
    LessonPage.objects.get(pk=world.lesson.pk).unpublish()
    assert get(client, content_url(world.package)).status_code == 404
    client.force_login(world.people.editor)
    assert get(client, content_url(world.package)).status_code == 200


def test_an_assigned_only_course_gives_access_to_enrolled_people_only(client, world):
    people, package = world.people, world.other_package
    for person in (people.employee, people.outsider):
        client.force_login(person)
        assert get(client, content_url(package)).status_code == 404
    CourseProgress.objects.create(user=people.employee, course=world.assigned)
    client.force_login(people.employee)
    assert get(client, content_url(package)).status_code == 200
    client.force_login(people.outsider)
    assert get(client, content_url(package)).status_code == 404
    # Editors (and leaders and HR, who assign and check courses) may always look.
    for person in (people.editor, people.hr, people.leader):
        client.force_login(person)
        assert get(client, content_url(package)).status_code == 200


def test_paths_outside_the_package_give_404(client, world):
    """The employee may read the MultiChoice package but not the assigned-only TrueFalse one,
    whose files are unpacked beside it: no path may climb out of the package's folder."""
    client.force_login(world.people.employee)
    other = world.other_package.storage_key
    client.force_login(world.people.editor)
    assert get(client, content_url(world.other_package)).status_code == 200  # unpacked now
    client.force_login(world.people.employee)
    assert get(client, content_url(world.other_package)).status_code == 404
    for path in [
        "../h5p.json",
        "content/../../h5p.json",
        "%2e%2e/h5p.json",
        f"../{other}/h5p.json",
        f"content/../../{other}/h5p.json",
        f"content/%2e%2e/%2e%2e/{other}/h5p.json",
        f"..%2f{other}%2fh5p.json",
        f"/../{other}/h5p.json",
        "content/missing.json",
        "content",
        ".",
    ]:
        response = get(client, content_url(world.package, path))
        assert response.status_code == 404, path


def test_a_path_inside_the_package_is_normalised(client, world):
    client.force_login(world.people.employee)
    response = get(client, content_url(world.package, "content/../h5p.json"))
    assert response.status_code == 200 and b"H5P.MultiChoice" in response.body


def test_an_unknown_package_gives_404(client, world):
    client.force_login(world.people.editor)
    response = get(client, "/learning/h5p-content/00000000-0000-0000-0000-000000000000/h5p.json")
    assert response.status_code == 404
