"""One reader for every JSON request body of the project.

Each JSON endpoint (quiz autosave, xAPI statements, H5P saved state) reads its body through
``read_json``: it checks sign-in, content type and size, parses strictly and refuses what
a database or a later reader would choke on, so a bad body answers 4xx and stores nothing.
"""

import json
import math

from django.http import JsonResponse
from django.utils.translation import gettext as _

DEFAULT_MAX_BYTES = 64 * 1024
MAX_DEPTH = 32


class JSONBodyError(Exception):
    """A request body that cannot be accepted; ``status`` is the HTTP status to answer."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status

    def response(self):
        return JsonResponse({"error": str(self.message)}, status=self.status)


def _refuse_constant(name):
    raise ValueError(f"{name} is not JSON")


def _finite_float(text):
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("number out of range")
    return value


def _check_structure(value):
    """Refuse nesting deeper than MAX_DEPTH and strings that are not valid Unicode."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise JSONBodyError(
                _("The data is nested more than %(depth)s levels deep.") % {"depth": MAX_DEPTH}
            )
        if isinstance(item, str):
            _check_text(item)
        elif isinstance(item, dict):
            for key, child in item.items():
                _check_text(key)
                stack.append((child, depth + 1))
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)


def _check_text(text):
    if "\x00" in text:
        raise JSONBodyError(_("The data contains a null character."))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise JSONBodyError(_("The data contains text that is not valid Unicode.")) from exc


def parse_json(raw: bytes):
    """Parse ``raw`` strictly: UTF-8, no NaN/Infinity, finite numbers, bounded depth."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JSONBodyError(_("The data is not valid UTF-8 JSON.")) from exc
    # Refuse deep nesting before parsing: the parser itself recurses.
    if text.count("[") + text.count("{") > MAX_DEPTH:
        depth = deepest = 0
        in_string = escaped = False
        for char in text:
            if in_string:
                if escaped:
                    escaped = False
                elif char == "\\":
                    escaped = True
                elif char == '"':
                    in_string = False
            elif char == '"':
                in_string = True
            elif char in "[{":
                depth += 1
                deepest = max(deepest, depth)
                if deepest > MAX_DEPTH:
                    break
            elif char in "]}":
                depth -= 1
        if deepest > MAX_DEPTH:
            raise JSONBodyError(
                _("The data is nested more than %(depth)s levels deep.") % {"depth": MAX_DEPTH}
            )
    try:
        value = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
    except (ValueError, RecursionError) as exc:
        raise JSONBodyError(_("The data is not valid JSON.")) from exc
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 2**63:
        raise JSONBodyError(_("A number in the data is out of range."))
    _check_structure(value)
    return value


def read_json(request, *, max_bytes=DEFAULT_MAX_BYTES, expect=dict, sign_in_message=None):
    """The parsed JSON body of ``request``, or JSONBodyError with the status to answer.

    ``expect`` is the type the top-level value must have (``dict`` by default).
    """
    if not request.user.is_authenticated:
        raise JSONBodyError(sign_in_message or _("Sign in again to save your work."), 401)
    if request.content_type != "application/json":
        raise JSONBodyError(_("Send the data as JSON."), 415)
    # Check the declared length before reading: a body over DATA_UPLOAD_MAX_MEMORY_SIZE
    # would raise RequestDataTooBig.
    declared = request.META.get("CONTENT_LENGTH") or "0"
    too_large = JSONBodyError(
        _("The data is larger than %(size)s KB.") % {"size": max_bytes // 1024}, 413
    )
    if not declared.isdigit() or int(declared) > max_bytes:
        raise too_large
    body = request.body
    if len(body) > max_bytes:
        raise too_large
    value = parse_json(body)
    if expect is not None and not isinstance(value, expect):
        raise JSONBodyError(_("The data must be a JSON object."))
    return value
