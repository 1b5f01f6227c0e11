"""The sandboxed H5P player: signed links, the player document and the package files.

An activity's JavaScript comes from an editor's upload and is treated as hostile. It runs in
a frame with ``sandbox="allow-scripts"`` and no ``allow-same-origin``, so its origin is
opaque: it has no cookies, no storage of the platform and no access to the lesson page;
optionally it is also served from a separate, cookieless host (``H5P_CONTENT_ORIGIN``).
Requests from such a frame carry no session, so the player document and the package files
are authorised by a signed, expiring token in their URL, bound to the learner, the lesson,
the block and the package. Every request checks the token and the access rule again (only
people who may see a live lesson using the package).

The player document sets its own Content-Security-Policy (the site-wide middleware leaves
responses that carry one alone): scripts only from the static files and this package's
files, requests only to this package's files, framing only by the platform.
"""

import mimetypes
import posixpath
import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from . import access as course_access
from . import h5p_storage
from .models import H5PPackage, LessonActivity, LessonPage

TOKEN_SALT = "courses.h5p.player"
# A lesson left open longer than this needs a reload before its activities load again.
TOKEN_MAX_AGE = 4 * 60 * 60
MAX_PATH_LENGTH = 255
# Served package files never run as documents of any origin.
H5P_FILE_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox"
# Libraries that compile code from strings at run time: EmbeddedJS (templates of
# H5P.JoubelUI, used by MultiChoice) calls eval(). Packages with one of them get 'unsafe-eval';
# it gives a package no power its own script files do not already have in the sandbox.
EVAL_LIBRARIES = ("EmbeddedJS",)
# Opaque-origin frames report "null" as the origin of their messages.
FRAME_MESSAGE_ORIGIN = "null"


@dataclass
class Grant:
    """What a valid token allows: one user playing one activity of one lesson."""

    user: object
    lesson: LessonPage
    activity: LessonActivity
    package: H5PPackage
    platform_origin: str


class TokenExpired(Exception):
    """A genuine player link that is past its lifetime: the learner reloads the lesson."""


def request_origin(request) -> str:
    return f"{request.scheme}://{request.get_host()}"


def content_origin(request) -> str:
    """Where player documents and package files are served from."""
    return settings.H5P_CONTENT_ORIGIN or request_origin(request)


def make_token(*, user, lesson, block_id: str, package, platform_origin: str) -> str:
    payload = {
        "u": user.pk,
        "l": lesson.pk,
        "b": block_id,
        "p": package.storage_key.hex,
        "o": platform_origin,
    }
    return signing.dumps(payload, salt=TOKEN_SALT)


def read_token(token: str) -> Grant:
    """The grant of a token; Http404 when it is forged or no longer allowed, TokenExpired
    when it is genuine but too old."""
    if len(token) > 1000:
        raise Http404
    try:
        data = signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.SignatureExpired as exc:
        raise TokenExpired from exc
    except signing.BadSignature as exc:
        raise Http404 from exc
    try:
        user_id, lesson_id, block_id = int(data["u"]), int(data["l"]), str(data["b"])
        package_key, origin = str(data["p"]), str(data["o"])
    except (KeyError, TypeError, ValueError) as exc:
        raise Http404 from exc
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
    if user is None or lesson is None:
        raise Http404
    activity = (
        LessonActivity.objects.filter(
            lesson=lesson, block_id=block_id, package__storage_key=package_key
        )
        .select_related("package")
        .first()
    )
    if activity is None:
        raise Http404
    course = lesson.get_parent().specific
    if not course_access.can_view_step(user, lesson, course):
        raise Http404
    return Grant(user, lesson, activity, activity.package, origin)


def _check_host(request) -> None:
    """With a separate content origin, player and files are served on that host only."""
    if settings.H5P_CONTENT_ORIGIN:
        if urlsplit(settings.H5P_CONTENT_ORIGIN).netloc != request.get_host():
            raise Http404


def frame_for(request, *, lesson, activity) -> dict:
    """The data the lesson page needs to embed one activity's sandboxed frame."""
    token = make_token(
        user=request.user,
        lesson=lesson,
        block_id=activity.block_id,
        package=activity.package,
        platform_origin=request_origin(request),
    )
    channel = secrets.token_urlsafe(16)
    src = content_origin(request) + reverse("h5p_player", args=[token])
    return {"src": f"{src}#channel={channel}", "channel": channel}


def _absolute(base: str, url: str) -> str:
    return url if urlsplit(url).scheme else base + url


def _source(url: str) -> str:
    """A CSP source expression for everything under ``url`` (a folder URL)."""
    return url if url.endswith("/") else url.rsplit("/", 1)[0] + "/"


def needs_eval(package) -> bool:
    return any(
        folder.split("-", 1)[0] in EVAL_LIBRARIES for folder in h5p_storage.library_folders(package)
    )


def player_csp(
    *, files_url: str, static_url: str, platform_origin: str, allow_eval: bool = False
) -> str:
    """The player document's policy.

    H5P libraries write ``style`` attributes and inline ``<style>`` (so styles need
    'unsafe-inline'); only packages with an EVAL_LIBRARIES library get 'unsafe-eval'. The
    document is also sandboxed by its own policy, so opened outside its frame it still has an
    opaque origin.
    """
    files, static_files = _source(files_url), _source(static_url)
    scripts = f"{static_files} {files}" + (" 'unsafe-eval'" if allow_eval else "")
    directives = [
        ("default-src", "'none'"),
        ("script-src", scripts),
        ("style-src", f"{static_files} {files} 'unsafe-inline'"),
        ("img-src", f"{static_files} {files} data: blob:"),
        ("font-src", f"{static_files} {files} data:"),
        ("media-src", f"{files} data: blob:"),
        ("connect-src", files),
        ("frame-src", "'none'"),
        ("worker-src", "'none'"),
        ("object-src", "'none'"),
        ("base-uri", "'none'"),
        ("form-action", "'none'"),
        ("frame-ancestors", platform_origin),
        ("sandbox", "allow-scripts"),
    ]
    return "; ".join(f"{name} {value}" for name, value in directives)


@xframe_options_exempt
@require_safe
def h5p_player(request, token):
    """The document inside an activity's sandboxed frame (authorised by its token only)."""
    _check_host(request)
    try:
        grant = read_token(token)
    except TokenExpired:
        response = render(
            request,
            "courses/h5p_expired.html",
            {"message": _("This activity has expired. Reload the lesson page to continue.")},
            status=403,
        )
        response["Content-Security-Policy"] = (
            "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; sandbox"
        )
        response["Cache-Control"] = "no-store"
        return response
    base = content_origin(request)
    files_url = base + reverse("h5p_content", args=[token, "h5p.json"]).rsplit("/", 1)[0]
    static_base = _absolute(base, settings.STATIC_URL)
    config = {
        "id": grant.activity.block_id,
        "title": grant.package.title,
        "h5pJsonPath": files_url,
        "frameJs": _absolute(base, static("vendor/h5p-standalone/frame.bundle.js")),
        "frameCss": _absolute(base, static("vendor/h5p-standalone/styles/h5p.css")),
        "parentOrigin": grant.platform_origin,
        "xAPIObjectIRI": f"{grant.platform_origin}{grant.lesson.url}#{grant.activity.block_id}",
    }
    response = render(
        request,
        "courses/h5p_player.html",
        {
            "config": config,
            "title": grant.package.title,
            "main_js": _absolute(base, static("vendor/h5p-standalone/main.bundle.js")),
            "frame_js": _absolute(base, static("js/h5p-frame.js")),
        },
    )
    response["Content-Security-Policy"] = player_csp(
        files_url=files_url + "/",
        static_url=static_base,
        platform_origin=grant.platform_origin,
        allow_eval=needs_eval(grant.package),
    )
    response["Cache-Control"] = "no-store"
    response["Referrer-Policy"] = "no-referrer"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def clean_path(path: str) -> str | None:
    """The package-relative path asked for, or None when it is not a plain relative path."""
    if not path or len(path) > MAX_PATH_LENGTH:
        return None
    if any(ord(char) < 32 or char in "\\\x7f" for char in path):
        return None
    normal = posixpath.normpath(path)
    if normal.startswith(("/", "..")) or normal in ("", "."):
        return None
    if any(len(part.encode("utf-8")) > 200 for part in normal.split("/")):
        return None
    return normal


@require_safe
def h5p_content(request, token, path):
    """A file of the package named by the token, for the player document that loads it."""
    _check_host(request)
    relative = clean_path(path)
    if relative is None:
        raise Http404
    try:
        grant = read_token(token)
    except TokenExpired as exc:
        raise Http404 from exc
    try:
        file_path = h5p_storage.file_path(grant.package, relative)
    except (OSError, ValueError) as exc:
        raise Http404 from exc
    if file_path is None:
        raise Http404
    content_type, _encoding = mimetypes.guess_type(file_path.name)
    suffix = file_path.suffix.lower()
    if suffix in {".html", ".htm", ".xml", ".xhtml"}:
        content_type = "application/octet-stream"
    response = FileResponse(
        open(file_path, "rb"), content_type=content_type or "application/octet-stream"
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = H5P_FILE_CSP
    # The player document has an opaque origin: its fetches (JSON, fonts) are cross-origin
    # and carry no credentials. The token in the URL is what authorises them.
    response["Access-Control-Allow-Origin"] = "*"
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    response["Cache-Control"] = "private, max-age=3600"
    response["Referrer-Policy"] = "no-referrer"
    if suffix == ".svg":
        response["Content-Disposition"] = "attachment"
    return response
