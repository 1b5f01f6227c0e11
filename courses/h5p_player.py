"""The sandboxed H5P player: signed links, the player document and the package files.

An activity's JavaScript comes from an editor's upload and is treated as hostile. It runs in
a frame with ``sandbox="allow-scripts"`` and no ``allow-same-origin``, so its origin is
opaque: it has no cookies, no storage of the platform and no access to the lesson page;
optionally it is also served from a separate, cookieless host (``H5P_CONTENT_ORIGIN``).
Requests from such a frame carry no session, so the player document and the package files
are authorised by a signed, expiring token in their URL, bound to the learner, the lesson,
the block and the package. Every request checks the token and the access rule again (only
people who may see a live lesson using the package).

The player document checks the token and the access rule; the 30–60 files it then loads are
authorised by a second, package-only token in their URL (``make_files_token``), checked by
its signature alone: serving a file runs no query. That token is the same for a whole hour
(plus an hour's grace), so the browser's cache and the ETag work across page views. With
``H5P_ACCEL_REDIRECT`` set, the proxy sends the file (``X-Accel-Redirect``).

The player document sets its own Content-Security-Policy (the site-wide middleware leaves
responses that carry one alone): scripts only from the static files and this package's
files, requests only to this package's files, framing only by the platform.
"""

import hashlib
import mimetypes
import posixpath
import secrets
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.http import FileResponse, Http404, HttpResponse, HttpResponseNotModified
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
FILES_SALT = "courses.h5p.files"
# The files token names one hour; it is accepted during that hour and the next.
FILES_WINDOW = 60 * 60
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


def make_files_token(package, *, now: float | None = None) -> str:
    """The token in the URLs of one package's files, the same for the whole current hour."""
    window = int((time.time() if now is None else now) // FILES_WINDOW)
    return signing.Signer(salt=FILES_SALT).sign_object({"k": package.storage_key.hex, "w": window})


def read_files_token(token: str, *, now: float | None = None) -> str:
    """The package's storage key (hex) of a files token; Http404 when forged or too old.
    Checked by its signature alone: no query."""
    if len(token) > 300:
        raise Http404
    try:
        data = signing.Signer(salt=FILES_SALT).unsign_object(token)
        key, window = uuid.UUID(str(data["k"])).hex, int(data["w"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as exc:
        raise Http404 from exc
    current = int((time.time() if now is None else now) // FILES_WINDOW)
    if not current - 1 <= window <= current:
        raise Http404
    return key


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
    files_token = make_files_token(grant.package)
    files_url = base + reverse("h5p_content", args=[files_token, "h5p.json"]).rsplit("/", 1)[0]
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


def _package_root(key: str) -> Path:
    """The extracted files of the package with this storage key (extracted on first use on
    this server, which needs the database once)."""
    root = Path(settings.H5P_ROOT) / str(uuid.UUID(key))
    if not (root / "h5p.json").is_file():
        package = h5p_storage.package_for_key(key)
        if package is None:
            raise Http404
        root = h5p_storage.ensure_extracted(package)
    return root.resolve()


@require_safe
def h5p_content(request, token, path):
    """A file of the package named by the files token, for the player document that loads it.
    No query: the token's signature is the authorisation (see the module's note)."""
    _check_host(request)
    relative = clean_path(path)
    if relative is None:
        raise Http404
    key = read_files_token(token)
    try:
        root = _package_root(key)
        file_path = (root / relative).resolve()
        if not file_path.is_relative_to(root) or not file_path.is_file():
            raise Http404
        stat = file_path.stat()
    except (OSError, ValueError) as exc:
        raise Http404 from exc
    # A package's files never change under one storage key (a replaced package gets a new
    # key), so the key, path, size and time make a strong validator.
    digest = hashlib.sha256(f"{key}/{relative}/{stat.st_size}/{stat.st_mtime_ns}".encode())
    etag = f'"{digest.hexdigest()[:32]}"'
    content_type, _encoding = mimetypes.guess_type(file_path.name)
    suffix = file_path.suffix.lower()
    if suffix in {".html", ".htm", ".xml", ".xhtml"}:
        content_type = "application/octet-stream"
    content_type = content_type or "application/octet-stream"
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponseNotModified()
    elif settings.H5P_ACCEL_REDIRECT:
        # The proxy serves the file from its internal location (nginx: an ``internal``
        # location aliased to H5P_ROOT).
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = f"{settings.H5P_ACCEL_REDIRECT.rstrip('/')}/{key}/{relative}"
    else:
        response = FileResponse(open(file_path, "rb"), content_type=content_type)
    response["ETag"] = etag
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = H5P_FILE_CSP
    # The player document has an opaque origin: its fetches (JSON, fonts) are cross-origin
    # and carry no credentials. The token in the URL is what authorises them.
    response["Access-Control-Allow-Origin"] = "*"
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    response["Cache-Control"] = f"private, max-age={FILES_WINDOW}"
    response["Referrer-Policy"] = "no-referrer"
    if suffix == ".svg":
        response["Content-Disposition"] = "attachment"
    return response
