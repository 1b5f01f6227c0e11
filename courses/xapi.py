"""The shape of the xAPI statements the H5P player sends, checked before anything is stored.

The body has already been parsed strictly by ``lms.json_body`` (no NaN/Infinity, bounded
depth, valid Unicode). Here every field the xAPI specification gives a type to must have that
type, and the fields the server reads (verb, object, score) must be usable. Anything else
refuses the statement with a translated message and a 400 answer; nothing is stored.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from lms.json_body import JSONBodyError

VERBS = {
    "http://adlnet.gov/expapi/verbs/answered",
    "http://adlnet.gov/expapi/verbs/completed",
    "http://adlnet.gov/expapi/verbs/passed",
    "http://adlnet.gov/expapi/verbs/failed",
    "http://adlnet.gov/expapi/verbs/attempted",
    "http://adlnet.gov/expapi/verbs/interacted",
    "http://adlnet.gov/expapi/verbs/experienced",
    "http://adlnet.gov/expapi/verbs/progressed",
    "http://adlnet.gov/expapi/verbs/initialized",
    "http://adlnet.gov/expapi/verbs/terminated",
    "http://adlnet.gov/expapi/verbs/scored",
    "http://id.tincanapi.com/verb/viewed",
}
FINISHING_VERBS = {
    "http://adlnet.gov/expapi/verbs/answered",
    "http://adlnet.gov/expapi/verbs/completed",
    "http://adlnet.gov/expapi/verbs/passed",
}
SUBCONTENT_EXTENSION = "http://h5p.org/x-api/h5p-subContentId"
MAX_NUMBER = 10**15


@dataclass
class Statement:
    verb: str
    top_level: bool
    score_raw: float | None
    score_max: float | None

    @property
    def finishes(self) -> bool:
        return self.top_level and self.verb in FINISHING_VERBS


def _fail(field: str):
    raise JSONBodyError(
        _("The xAPI statement is not valid: %(field)s has the wrong type.") % {"field": field}
    )


def _number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _opt(data: dict, key: str, kind, path: str):
    """``data[key]`` if present; refuse it when it is not of ``kind``."""
    if key not in data or data[key] is None:
        return None
    value = data[key]
    ok = _number(value) if kind == "number" else isinstance(value, kind)
    if kind is int and isinstance(value, bool):
        ok = False
    if not ok:
        _fail(f"{path}.{key}")
    return value


def _language_map(data: dict, key: str, path: str) -> None:
    value = _opt(data, key, dict, path)
    if value is not None and not all(isinstance(v, str) for v in value.values()):
        _fail(f"{path}.{key}")


def _numbers_in_range(value, path="statement") -> None:
    stack = [value]
    while stack:
        item = stack.pop()
        if _number(item) and abs(item) > MAX_NUMBER:
            raise JSONBodyError(_("A number in the xAPI statement is out of range."))
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _agent(data: dict, key: str, path: str) -> None:
    agent = _opt(data, key, dict, path)
    if agent is None:
        return
    here = f"{path}.{key}"
    for field in ("objectType", "name", "mbox", "mbox_sha1sum", "openid"):
        _opt(agent, field, str, here)
    account = _opt(agent, "account", dict, here)
    if account is not None:
        _opt(account, "homePage", str, f"{here}.account")
        _opt(account, "name", str, f"{here}.account")
    members = _opt(agent, "member", list, here)
    for i, member in enumerate(members or []):
        if not isinstance(member, dict):
            _fail(f"{here}.member[{i}]")


def _interaction_components(definition: dict, path: str) -> None:
    for key in ("choices", "scale", "source", "target", "steps"):
        items = _opt(definition, key, list, path)
        for i, item in enumerate(items or []):
            here = f"{path}.{key}[{i}]"
            if not isinstance(item, dict):
                _fail(here)
            _opt(item, "id", str, here)
            _language_map(item, "description", here)


def _definition(activity: dict, path: str) -> dict:
    definition = _opt(activity, "definition", dict, path) or {}
    here = f"{path}.definition"
    _language_map(definition, "name", here)
    _language_map(definition, "description", here)
    for key in ("type", "moreInfo", "interactionType"):
        _opt(definition, key, str, here)
    pattern = _opt(definition, "correctResponsesPattern", list, here)
    if pattern is not None and not all(isinstance(p, str) for p in pattern):
        _fail(f"{here}.correctResponsesPattern")
    _interaction_components(definition, here)
    _opt(definition, "extensions", dict, here)
    return definition


def _activity(data: dict, path: str) -> None:
    _opt(data, "id", str, path)
    _opt(data, "objectType", str, path)
    _definition(data, path)


def _context(statement: dict) -> None:
    context = _opt(statement, "context", dict, "statement")
    if context is None:
        return
    for key in ("registration", "revision", "platform", "language"):
        _opt(context, key, str, "context")
    _agent(context, "instructor", "context")
    _agent(context, "team", "context")
    _opt(context, "extensions", dict, "context")
    activities = _opt(context, "contextActivities", dict, "context")
    for kind, value in (activities or {}).items():
        here = f"context.contextActivities.{kind}"
        items = value if isinstance(value, list) else [value]
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                _fail(f"{here}[{i}]")
            _activity(item, f"{here}[{i}]")


def _result(statement: dict) -> tuple[float | None, float | None]:
    result = _opt(statement, "result", dict, "statement")
    if result is None:
        return None, None
    _opt(result, "success", bool, "result")
    _opt(result, "completion", bool, "result")
    _opt(result, "response", str, "result")
    _opt(result, "duration", str, "result")
    _opt(result, "extensions", dict, "result")
    score = _opt(result, "score", dict, "result")
    if score is None:
        return None, None
    raw, max_ = (_opt(score, key, "number", "result.score") for key in ("raw", "max"))
    for key in ("min", "scaled"):
        _opt(score, key, "number", "result.score")
    if raw is None or max_ is None:
        return None, None
    return float(raw), float(max_)


def parse_statement(statement) -> Statement:
    """The checked statement, or JSONBodyError (400) naming the first field that is wrong."""
    if not isinstance(statement, dict):
        raise JSONBodyError(_("An xAPI statement must be a JSON object."))
    _numbers_in_range(statement)
    verb = statement.get("verb")
    if not isinstance(verb, dict) or verb.get("id") not in VERBS:
        raise JSONBodyError(_("This xAPI verb is not accepted."))
    _language_map(verb, "display", "verb")
    obj = statement.get("object")
    if not isinstance(obj, dict):
        raise JSONBodyError(_("The statement has no object."))
    _activity(obj, "object")
    _agent(statement, "actor", "statement")
    _agent(statement, "authority", "statement")
    for key in ("id", "timestamp", "stored", "version"):
        _opt(statement, key, str, "statement")
    _context(statement)
    score_raw, score_max = _result(statement)
    extensions = (obj.get("definition") or {}).get("extensions") or {}
    return Statement(
        verb=verb["id"],
        top_level=SUBCONTENT_EXTENSION not in extensions,
        score_raw=score_raw,
        score_max=score_max,
    )
