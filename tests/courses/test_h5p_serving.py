"""The sandboxed H5P player: the lesson's frame, the player document ("h5p_player") and the
package files ("h5p_content"), authorised by a signed token in the URL, not by the session."""

import time
from html.parser import HTMLParser

import pytest
from django.core import signing
from django.http import Http404
from django.test import Client
from django.urls import reverse

from courses import h5p_player
from courses.models import CourseProgress, LessonActivity, LessonPage
from tests.courses.conftest import H5P_DIR, h5p_body
from tests.factories import H5PPackageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db

SVG_FILE = "H5P.Image-1.1/placeholder.svg"  # in H5P.MultiChoice.h5p
PLATFORM = "http://testserver"


def token_for(user, lesson, package, block_id="act-1", origin=PLATFORM):
    return h5p_player.make_token(
        user=user, lesson=lesson, block_id=block_id, package=package, platform_origin=origin
    )


def player_url(token):
    return reverse("h5p_player", args=[token])


def files(package):
    """The files token the player document puts in its package's file URLs."""
    return h5p_player.make_files_token(package)


def content_url(token, path="h5p.json"):
    # reverse() would quote the path: build it by hand to send "../" and "%2e" as they are.
    return reverse("h5p_content", args=[token, "x"])[:-1] + path


def get(client, url, **extra):
    """GET and read the whole (streamed) body; the test client closes the file at its end."""
    response = client.get(url, **extra)
    if getattr(response, "streaming", False):
        response.body = b"".join(response.streaming_content)
    else:
        response.body = response.content
    return response


def directives(response):
    policy = response["Content-Security-Policy"]
    return dict(
        (part.split(" ", 1) + [""])[:2] for part in (p.strip() for p in policy.split(";")) if part
    )


class Frames(HTMLParser):
    def __init__(self):
        super().__init__()
        self.frames = []

    def handle_starttag(self, tag, attrs):
        if tag == "iframe":
            self.frames.append(dict(attrs))


def lesson_frames(client, lesson):
    response = client.get(lesson.url)
    assert response.status_code == 200
    parser = Frames()
    parser.feed(response.content.decode())
    return parser.frames


@pytest.fixture
def anonymous():
    """A client without a session, as the sandboxed frame's requests are."""
    return Client()


def test_the_lesson_embeds_each_activity_in_a_sandboxed_frame(client, world):
    client.force_login(world.people.employee)
    frames = lesson_frames(client, world.lesson)
    assert len(frames) == 1
    frame = frames[0]
    assert frame["sandbox"] == "allow-scripts"  # no allow-same-origin: an opaque origin
    assert frame["title"].endswith(world.package.title)
    src, _hash, fragment = frame["src"].partition("#")
    assert src.startswith("http://testserver/learning/h5p/") and src.endswith("/")
    assert fragment.startswith("channel=") and len(fragment) > 20
    # Each page view gets new channels and tokens.
    again = lesson_frames(client, world.lesson)[0]["src"].partition("#")[2]
    assert again != fragment
    # The lesson page no longer loads the player's code itself.
    page = client.get(world.lesson.url).content.decode()
    assert "main.bundle.js" not in page and "frame.bundle.js" not in page


def test_the_player_document_needs_only_its_token(client, anonymous, world):
    client.force_login(world.people.employee)
    src = lesson_frames(client, world.lesson)[0]["src"].split("#")[0]
    response = anonymous.get(src)
    assert response.status_code == 200
    html = response.content.decode()
    assert "h5p-frame-config" in html and "js/h5p-frame.js" in html
    assert "<script>" not in html  # no inline code
    assert "X-Frame-Options" not in response  # framing is ruled by frame-ancestors
    assert response["Cache-Control"] == "no-store"
    policy = directives(response)
    assert policy["sandbox"] == "allow-scripts"
    assert policy["default-src"] == "'none'"
    assert policy["frame-ancestors"] == PLATFORM
    files_base = PLATFORM + content_url(files(world.package), "")
    assert policy["connect-src"] == files_base  # nothing else of the platform
    assert policy["script-src"].split() == [
        "http://testserver/static/",
        files_base,
        "'unsafe-eval'",
    ]
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-inline'" in policy["style-src"]


def test_only_packages_that_compile_code_get_unsafe_eval(anonymous, world):
    # TrueFalse has no EmbeddedJS library (MultiChoice has, above).
    user = world.people.editor
    token = token_for(user, world.assigned_lesson, world.other_package)
    response = anonymous.get(player_url(token))
    assert response.status_code == 200
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_package_files_are_served_with_the_token_and_safe_headers(anonymous, world):
    token = files(world.package)
    response = get(anonymous, content_url(token))
    assert response.status_code == 200
    assert b'"mainLibrary"' in response.body and b"H5P.MultiChoice" in response.body
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Access-Control-Allow-Origin"] == "*"  # the frame's origin is opaque
    assert response["Cross-Origin-Resource-Policy"] == "cross-origin"
    policy = directives(response)
    assert "sandbox" in policy and policy["default-src"] == "'none'"
    js = get(anonymous, content_url(token, "H5P.MultiChoice-1.14/js/multichoice.js"))
    assert js.status_code == 200 and b"H5P.MultiChoice" in js.body
    assert "sandbox" in js["Content-Security-Policy"]


def test_an_svg_is_served_as_an_attachment(anonymous, world):
    token = files(world.package)
    response = get(anonymous, content_url(token, SVG_FILE))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"<svg" in response.body


def test_a_forged_or_changed_token_gives_404(anonymous, world):
    token = token_for(world.people.employee, world.lesson, world.package)
    forged = signing.dumps(
        {"u": world.people.employee.pk, "l": world.lesson.pk, "b": "act-1", "p": "x", "o": "x"},
        salt="another salt",
    )
    files_token = files(world.package)
    forged_files = signing.Signer(salt="another salt").sign_object(
        {"k": world.package.storage_key.hex, "w": int(time.time() // 3600)}
    )
    for bad in [token[:-2] + "xx", "x", "a" * 2000, forged]:
        assert anonymous.get(player_url(bad)).status_code == 404, bad
    for bad in [files_token[:-2] + "xx", "x", "a" * 2000, forged_files, token]:
        assert get(anonymous, content_url(bad)).status_code == 404, bad


def test_the_session_does_not_replace_the_token(client, world):
    client.force_login(world.people.editor)
    assert client.get(player_url("not-a-token")).status_code == 404
    assert get(client, content_url("not-a-token")).status_code == 404


def test_a_token_names_one_package_lesson_and_block(anonymous, world):
    employee = world.people.employee
    # The token of the MultiChoice activity does not open the TrueFalse package or another
    # block; a token naming the TrueFalse package on the MultiChoice lesson is refused.
    assert (
        anonymous.get(player_url(token_for(employee, world.lesson, world.package))).status_code
        == 200
    )
    assert (
        anonymous.get(
            player_url(token_for(employee, world.lesson, world.other_package))
        ).status_code
        == 404
    )
    assert (
        anonymous.get(
            player_url(token_for(employee, world.lesson, world.package, block_id="act-2"))
        ).status_code
        == 404
    )


class OldSigner(signing.TimestampSigner):
    def timestamp(self):
        return signing.b62_encode(int(time.time()) - h5p_player.TOKEN_MAX_AGE - 60)


def test_an_expired_token_asks_for_a_reload(anonymous, world):
    payload = {
        "u": world.people.employee.pk,
        "l": world.lesson.pk,
        "b": "act-1",
        "p": world.package.storage_key.hex,
        "o": PLATFORM,
    }
    old = OldSigner(salt=h5p_player.TOKEN_SALT).sign_object(payload)
    response = anonymous.get(player_url(old))
    assert response.status_code == 403
    assert b"Reload the lesson page" in response.content
    assert "sandbox" in response["Content-Security-Policy"]
    fresh_token = OldSigner.__mro__[1](salt=h5p_player.TOKEN_SALT).sign_object(payload)
    assert anonymous.get(player_url(fresh_token)).status_code == 200


def test_unpublishing_the_lesson_withdraws_the_token(anonymous, world):
    token = token_for(world.people.employee, world.lesson, world.package)
    assert anonymous.get(player_url(token)).status_code == 200
    LessonPage.objects.get(pk=world.lesson.pk).unpublish()
    assert anonymous.get(player_url(token)).status_code == 404


def test_a_deactivated_person_loses_the_token(anonymous, world):
    employee = world.people.colleague
    token = token_for(employee, world.lesson, world.package)
    assert anonymous.get(player_url(token)).status_code == 200
    type(employee).objects.filter(pk=employee.pk).update(is_active=False)
    assert anonymous.get(player_url(token)).status_code == 404


def test_an_assigned_only_course_keeps_its_access_rule(anonymous, world):
    people, lesson, package = world.people, world.assigned_lesson, world.other_package
    token = token_for(people.employee, lesson, package)
    assert anonymous.get(player_url(token)).status_code == 404  # not enrolled
    progress = CourseProgress.objects.create(user=people.employee, course=world.assigned)
    assert anonymous.get(player_url(token)).status_code == 200
    progress.delete()
    assert anonymous.get(player_url(token)).status_code == 404
    # Editors, HR and leaders may look at every course.
    for person in (people.editor, people.hr, people.leader):
        assert anonymous.get(player_url(token_for(person, lesson, package))).status_code == 200
    assert anonymous.get(player_url(token_for(people.outsider, lesson, package))).status_code == 404


def test_paths_outside_the_package_give_404(anonymous, world):
    """The package's folder sits beside other packages' folders: no path may climb out."""
    token = files(world.package)
    other_token = files(world.other_package)
    assert get(anonymous, content_url(other_token)).status_code == 200  # unpacked now
    other = world.other_package.storage_key
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
        response = get(anonymous, content_url(token, path))
        assert response.status_code == 404, path


@pytest.mark.parametrize(
    "path",
    [
        "content/content.json%00.png",
        "content/content.json%00",
        "%00",
        "content%2fcontent.json%00",
        "content%5ccontent.json",
        "content\\content.json",
        "..%5ch5p.json",
        "%2fetc%2fpasswd",
        "content/" + "a" * 300 + ".json",
        "content/" + "a/" * 200 + "x.json",
        "a" * 5000,
        "content/%0acontent.json",
        "content/%ff%fe.json",
        "content/%c0%ae%c0%ae/h5p.json",
    ],
)
def test_odd_paths_give_404_not_500(anonymous, world, path):
    token = files(world.package)
    response = get(anonymous, content_url(token, path))
    assert response.status_code == 404, path


def test_a_path_inside_the_package_is_normalised(anonymous, world):
    token = files(world.package)
    response = get(anonymous, content_url(token, "content/../h5p.json"))
    assert response.status_code == 200 and b"H5P.MultiChoice" in response.body


def test_a_package_on_no_live_lesson_is_not_played(anonymous, world):
    package = H5PPackageFactory(source=H5P_DIR / "H5P.Accordion.h5p")
    token = token_for(world.people.editor, world.lesson, package)
    assert anonymous.get(player_url(token)).status_code == 404


def test_an_activity_not_yet_published_shows_a_notice_instead_of_a_frame(client, world):
    """A block whose package is not in the live activity index (a preview of a draft)."""
    lesson = LessonPageFactory(parent=world.course, body=h5p_body(world.package))
    LessonActivity.objects.filter(lesson=lesson).delete()
    client.force_login(world.people.editor)
    response = client.get(LessonPage.objects.get(pk=lesson.pk).url)
    assert response.status_code == 200
    assert b"can be played once the lesson is published" in response.content
    assert b"<iframe" not in response.content


class TestSeparateContentOrigin:
    ORIGIN = "https://h5p.kadra.example"

    @pytest.fixture(autouse=True)
    def content_origin(self, settings):
        settings.H5P_CONTENT_ORIGIN = self.ORIGIN

    def test_frames_and_files_come_from_the_content_origin(self, client, anonymous, world):
        client.force_login(world.people.employee)
        src = lesson_frames(client, world.lesson)[0]["src"].split("#")[0]
        assert src.startswith(self.ORIGIN + "/learning/h5p/")
        path = src[len(self.ORIGIN) :]
        response = anonymous.get(path, HTTP_HOST="h5p.kadra.example", secure=True)
        assert response.status_code == 200
        policy = directives(response)
        assert policy["frame-ancestors"] == PLATFORM
        assert policy["connect-src"] == self.ORIGIN + content_url(files(world.package), "")
        assert policy["script-src"].startswith(self.ORIGIN + "/static/ ")
        files_url = content_url(files(world.package))
        assert self.ORIGIN + files_url.rsplit("/", 1)[0] in response.content.decode()
        served = get(anonymous, files_url, HTTP_HOST="h5p.kadra.example")
        assert served.status_code == 200

    def test_the_platform_host_does_not_serve_the_player(self, client, anonymous, world):
        client.force_login(world.people.employee)
        src = lesson_frames(client, world.lesson)[0]["src"].split("#")[0]
        path = src[len(self.ORIGIN) :]
        assert anonymous.get(path).status_code == 404  # testserver is the platform host
        assert get(anonymous, content_url(files(world.package))).status_code == 404


def test_files_cost_no_query_and_answer_304_to_their_etag(
    anonymous, world, django_assert_num_queries
):
    url = content_url(files(world.package), "H5P.MultiChoice-1.14/js/multichoice.js")
    assert get(anonymous, url).status_code == 200  # unpacked on this server now
    with django_assert_num_queries(0):
        response = get(anonymous, url)
    assert response.status_code == 200 and response["Cache-Control"] == "private, max-age=3600"
    again = get(anonymous, url, HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304 and not again.body


def test_the_files_token_lasts_its_hour_and_the_next(world):
    now = 1_800_000_000.0
    token = h5p_player.make_files_token(world.package, now=now)
    assert token == h5p_player.make_files_token(world.package, now=now + 1)  # cacheable URLs
    assert h5p_player.read_files_token(token, now=now + 3600) == world.package.storage_key.hex
    with pytest.raises(Http404):
        h5p_player.read_files_token(token, now=now + 2 * 3600 + 1)


def test_with_a_proxy_the_file_is_handed_to_it(anonymous, world, settings):
    settings.H5P_ACCEL_REDIRECT = "/_h5p_files/"
    response = get(anonymous, content_url(files(world.package), "h5p.json"))
    key = world.package.storage_key.hex
    assert response.status_code == 200 and response.body == b""
    assert response["X-Accel-Redirect"] == f"/_h5p_files/{key}/h5p.json"
    assert response["Content-Type"] == "application/json"


def test_the_player_document_points_its_files_at_the_files_token(anonymous, world):
    token = token_for(world.people.employee, world.lesson, world.package)
    html = anonymous.get(player_url(token)).content.decode()
    assert files(world.package) in html and token not in html.split("h5pJsonPath")[1][:400]
