"""Server-side grading of quiz questions from frozen snapshots (no models, no database).

A snapshot is the question as asked, frozen in the attempt: a dict whose "type" is single,
multiple, truefalse, matching, ordering or short. For one posted answer::

    result = grade(snapshot, clean_response(snapshot, posted, key=key))  # InvalidResponse if tampered

Scoring:
* single, truefalse: 1 or 0.
* multiple: "all_or_nothing" (default) gives 1 only if the ticked set is the correct set.
  "partial" sums the ticked choices' weights, clamped to [0, 1]; a choice without a "weight"
  weighs +1/num_correct if correct and -1/num_correct if wrong, so each wrong tick cancels
  a right one and ticking everything earns nothing unless correct choices outnumber wrong.
* matching: correct matches / pairs; an option with the pair's right-hand text counts.
* ordering: all_or_nothing by default; "partial" = share of items in the right position.
* short: best fraction among accepted answers equal to the response after normalising.

The browser never sees the snapshot's ids of choices, matching options or ordering items:
``public_view`` gives them opaque ids, a keyed HMAC of the snapshot, the id and a ``key``
that is different for every question of every attempt (see ``services.public_key``), and
``clean_response`` (given the same key) maps them back. Otherwise option ids in authored
order could betray which choice is right, posting {"p1": "p1", ...} would always win, item
ids could betray the order, and ids seen in one attempt would work in another.
Cleaned responses and ``correct_response`` use snapshot ids.
"""

from __future__ import annotations

import hashlib
import json
import random
import unicodedata
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

MAX_TEXT_LENGTH = 500
ZERO = Decimal(0)
ONE = Decimal(1)
_QUANTUM = Decimal("0.0001")
_TYPES = ("single", "multiple", "truefalse", "matching", "ordering", "short")
_NO_DECOMPOSITION = str.maketrans({"ł": "l", "Ł": "L"})  # ł/Ł survive NFKD untouched
_ALLOWED_CONTROL = frozenset("\t\n\r")
_HMAC_SALT = "kadra.quizzes.grading.public-id"


class InvalidResponse(Exception):
    """The posted response cannot have come from our form (tampered or ill-formed)."""


@dataclass
class Grade:
    fraction: Decimal  # 0..1, quantised to 4 decimal places
    is_correct: bool  # fraction == 1
    answered: bool
    feedback: list[str] = field(default_factory=list)  # chosen answers' feedback, general last


# --- helpers -----------------------------------------------------------------------------


def _kind(snapshot: dict) -> str:
    kind = snapshot.get("type")
    if kind not in _TYPES:
        raise ValueError(f"Unknown question type: {kind!r}")
    return kind


def _is_empty(value) -> bool:
    return value is None or (isinstance(value, (str, list, tuple, dict)) and not value)


def _clamp(value: Decimal) -> Decimal:
    return min(max(value, ZERO), ONE).quantize(_QUANTUM, rounding=ROUND_HALF_UP)


def _decimal(value, default: Decimal) -> Decimal:
    return default if value is None else Decimal(str(value))


def _texts(*texts) -> list[str]:
    return [t for t in texts if isinstance(t, str) and t.strip()]


def _str_list(raw) -> bool:
    return isinstance(raw, (list, tuple)) and all(isinstance(x, str) for x in raw)


def snapshot_digest(snapshot: dict) -> str:
    """A digest of the whole snapshot, part of every public id: the same for every attempt
    that asks this question version, so callers may keep it per version."""
    blob = json.dumps(snapshot, ensure_ascii=False, sort_keys=True, default=str).encode()
    return hashlib.sha256(blob).hexdigest()


def _public_ids(snapshot: dict, key: str, digest: str | None = None) -> dict[str, str]:
    """Opaque public ids, by internal id, of the entries whose ids the browser sees: choices,
    matching right-hand options (pairs and distractors) and ordering items."""
    kind = snapshot["type"]
    if kind in ("single", "multiple"):
        ids = [c["id"] for c in snapshot["choices"]]
    elif kind == "matching":
        ids = [p["id"] for p in snapshot["pairs"]]
        ids += [d["id"] for d in snapshot.get("distractors") or []]
    elif kind == "ordering":
        ids = [i["id"] for i in snapshot["items"]]
    else:
        return {}
    if not isinstance(key, str) or not key:
        raise ValueError("public ids need the attempt's key")
    digest = digest or snapshot_digest(snapshot)
    return {
        own: "o"
        + salted_hmac(_HMAC_SALT, f"{key}:{digest}:{own}", algorithm="sha256").hexdigest()[:20]
        for own in ids
    }


def normalise_text(text: str, snapshot: dict) -> str:
    """Normalise a short answer with the question's ignore_* options (NFC and trim always)."""
    text = unicodedata.normalize("NFC", text).strip()
    if snapshot.get("ignore_spaces"):
        text = " ".join(text.split())  # collapse runs of (Unicode) whitespace to one space
    if snapshot.get("ignore_diacritics"):
        decomposed = unicodedata.normalize("NFKD", text.translate(_NO_DECOMPOSITION))
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
        text = unicodedata.normalize("NFC", text)
    if snapshot.get("ignore_case"):
        text = text.casefold()
    return text


# --- cleaning ------------------------------------------------------------------------------


def _clean_single(snapshot, raw, key):
    if not isinstance(raw, str):
        raise InvalidResponse(_("Choose one of the options."))
    internal = {pub: own for own, pub in _public_ids(snapshot, key).items()}
    if raw not in internal:
        raise InvalidResponse(_("Unknown option."))
    return internal[raw]


def _clean_multiple(snapshot, raw, key):
    if not _str_list(raw):
        raise InvalidResponse(_("The answer must be a list of options."))
    internal = {pub: own for own, pub in _public_ids(snapshot, key).items()}
    if not set(raw) <= internal.keys():
        raise InvalidResponse(_("Unknown option."))
    chosen = {internal[pub] for pub in raw}
    if len(chosen) != len(raw):
        raise InvalidResponse(_("Each option may be chosen only once."))
    return [c["id"] for c in snapshot["choices"] if c["id"] in chosen]


def _clean_truefalse(snapshot, raw, key):
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in ("true", "false"):
        return raw.strip().lower() == "true"
    raise InvalidResponse(_("The answer must be true or false."))


def _clean_matching(snapshot, raw, key):
    if not isinstance(raw, dict):
        raise InvalidResponse(_("The answer must match items to options."))
    internal = {pub: own for own, pub in _public_ids(snapshot, key).items()}
    lefts = [p["id"] for p in snapshot["pairs"]]
    cleaned = {}
    for left, right in raw.items():
        if left not in lefts:
            raise InvalidResponse(_("Unknown item."))
        if _is_empty(right):
            continue
        if not isinstance(right, str) or right not in internal:
            raise InvalidResponse(_("Unknown option."))
        cleaned[left] = internal[right]
    return {left: cleaned[left] for left in lefts if left in cleaned} or None


def _clean_ordering(snapshot, raw, key):
    if not _str_list(raw):
        raise InvalidResponse(_("The answer must be a list of items."))
    internal = {pub: own for own, pub in _public_ids(snapshot, key).items()}
    if len(set(raw)) != len(raw):
        raise InvalidResponse(_("Each item may appear only once."))
    if not set(raw) <= internal.keys():
        raise InvalidResponse(_("Unknown item."))
    if len(raw) != len(internal):
        raise InvalidResponse(_("Put all the items in order."))
    return [internal[x] for x in raw]


def _clean_short(snapshot, raw, key):
    if not isinstance(raw, str):
        raise InvalidResponse(_("The answer must be text."))
    if len(raw) > MAX_TEXT_LENGTH:
        raise InvalidResponse(
            _("The answer is too long (at most %(max)d characters).") % {"max": MAX_TEXT_LENGTH}
        )
    if any(
        unicodedata.category(c) in ("Cc", "Cs") and c not in _ALLOWED_CONTROL for c in raw
    ):  # NUL and lone surrogates cannot even be stored in PostgreSQL jsonb
        raise InvalidResponse(_("The answer contains invalid characters."))
    return unicodedata.normalize("NFC", raw).strip() or None


_CLEANERS = {
    "single": _clean_single,
    "multiple": _clean_multiple,
    "truefalse": _clean_truefalse,
    "matching": _clean_matching,
    "ordering": _clean_ordering,
    "short": _clean_short,
}


def clean_response(snapshot: dict, raw, *, key: str):
    """Validate what the browser posted; return the normalised response or None if unanswered.

    ``key`` is the one the page was rendered with (``public_view``): ids shown with another
    key (another attempt) are unknown. Raises InvalidResponse (with a translated message) for
    anything our form cannot produce.
    """
    kind = _kind(snapshot)
    if _is_empty(raw):
        return None
    return _CLEANERS[kind](snapshot, raw, key)


# --- grading -------------------------------------------------------------------------------


def _grade_single(snapshot, response):
    choice = next((c for c in snapshot["choices"] if c["id"] == response), None)
    if choice is None:
        return ZERO, []
    return (ONE if choice.get("correct") else ZERO), [choice.get("feedback")]


def _grade_multiple(snapshot, response):
    chosen = set(response)
    ticked = [c for c in snapshot["choices"] if c["id"] in chosen]
    feedback = [c.get("feedback") for c in ticked]
    correct = {c["id"] for c in snapshot["choices"] if c.get("correct")}
    if snapshot.get("scoring", "all_or_nothing") != "partial":
        return (ONE if {c["id"] for c in ticked} == correct else ZERO), feedback
    step = ONE / max(len(correct), 1)
    weights = (_decimal(c.get("weight"), step if c.get("correct") else -step) for c in ticked)
    return sum(weights, ZERO), feedback


def _grade_truefalse(snapshot, response):
    feedback = snapshot.get("feedback_true") if response is True else snapshot.get("feedback_false")
    return (ONE if response is bool(snapshot["answer"]) else ZERO), [feedback]


def _grade_matching(snapshot, response):
    pairs = snapshot["pairs"]
    text_of = {p["id"]: p["right"] for p in pairs}
    text_of.update({d["id"]: d["right"] for d in snapshot.get("distractors") or []})
    hits = sum(1 for p in pairs if text_of.get(response.get(p["id"])) == p["right"])
    return Decimal(hits) / max(len(pairs), 1), []


def _grade_ordering(snapshot, response):
    ids = [i["id"] for i in snapshot["items"]]
    if snapshot.get("scoring", "all_or_nothing") == "partial":
        hits = sum(1 for expected, given in zip(ids, response, strict=False) if expected == given)
        return Decimal(hits) / max(len(ids), 1), []
    return (ONE if list(response) == ids else ZERO), []


def _grade_short(snapshot, response):
    given = normalise_text(response, snapshot)
    best = None
    for answer in snapshot.get("answers") or []:
        if normalise_text(answer["text"], snapshot) == given:
            fraction = _decimal(answer.get("fraction"), ONE)
            if best is None or fraction > best[0]:
                best = (fraction, answer.get("feedback"))
    return (ZERO, []) if best is None else (best[0], [best[1]])


_GRADERS = {
    "single": _grade_single,
    "multiple": _grade_multiple,
    "truefalse": _grade_truefalse,
    "matching": _grade_matching,
    "ordering": _grade_ordering,
    "short": _grade_short,
}


def grade(snapshot: dict, response) -> Grade:
    """Grade a response that has already been through ``clean_response``."""
    kind = _kind(snapshot)
    general = snapshot.get("general_feedback")
    if _is_empty(response):
        return Grade(_clamp(ZERO), False, False, _texts(general))
    fraction, feedback = _GRADERS[kind](snapshot, response)
    fraction = _clamp(fraction)
    return Grade(fraction, fraction == ONE, True, _texts(*feedback, general))


def correct_response(snapshot: dict):
    """The correct answer in (cleaned) response format, for review screens."""
    kind = _kind(snapshot)
    if kind == "single":
        return next((c["id"] for c in snapshot["choices"] if c.get("correct")), None)
    if kind == "multiple":
        return [c["id"] for c in snapshot["choices"] if c.get("correct")]
    if kind == "truefalse":
        return bool(snapshot["answer"])
    if kind == "matching":
        return {p["id"]: p["id"] for p in snapshot["pairs"]}
    if kind == "ordering":
        return [i["id"] for i in snapshot["items"]]
    answers = snapshot.get("answers") or []
    best = max(answers, key=lambda a: _decimal(a.get("fraction"), ONE), default=None)
    return None if best is None else best["text"]


# --- what the browser may see ----------------------------------------------------------------


def _scramble(entries: list[dict], rng: random.Random | None) -> list[dict]:
    """Always mix: shuffle with the seed, or without one sort by the opaque id."""
    if rng is None:
        return sorted(entries, key=lambda e: e["id"])
    rng.shuffle(entries)
    return entries


def public_view(
    snapshot: dict, *, shuffle_seed: int | None, key: str, digest: str | None = None
) -> dict:
    """The question without anything that reveals the answer (built from a whitelist).

    Every id shown is opaque and depends on ``key``. With a seed, choices (and matching's
    left column) are shuffled by random.Random(seed) unless the snapshot says "shuffle":
    False (then the authored order, as the editor asked). Matching options and ordering
    items are always mixed, since showing them in authored order would give the answer away.
    ``digest``: the snapshot's ``snapshot_digest`` when the caller keeps it.
    """
    kind = _kind(snapshot)
    rng = None if shuffle_seed is None else random.Random(shuffle_seed)
    choice_rng = rng if snapshot.get("shuffle", True) is not False else None
    public = _public_ids(snapshot, key, digest)
    view = {"type": kind, "text": snapshot.get("text", "")}
    if snapshot.get("text_format") == "html":
        view["text_format"] = "html"
    if kind in ("single", "multiple"):
        view["choices"] = [{"id": public[c["id"]], "text": c["text"]} for c in snapshot["choices"]]
        if choice_rng is not None:
            choice_rng.shuffle(view["choices"])
    elif kind == "matching":
        view["left"] = [{"id": p["id"], "text": p["left"]} for p in snapshot["pairs"]]
        if choice_rng is not None:
            choice_rng.shuffle(view["left"])
        options = [{"id": public[p["id"]], "text": p["right"]} for p in snapshot["pairs"]]
        options += [
            {"id": public[d["id"]], "text": d["right"]} for d in snapshot.get("distractors") or []
        ]
        view["options"] = _scramble(options, rng)
    elif kind == "ordering":
        items = [{"id": public[i["id"]], "text": i["text"]} for i in snapshot["items"]]
        view["items"] = _scramble(items, rng)
    elif kind == "short":
        view["max_length"] = MAX_TEXT_LENGTH
    if kind in ("multiple", "ordering"):
        view["scoring"] = snapshot.get("scoring", "all_or_nothing")
    return view


def public_response(snapshot: dict, response, *, key: str, digest: str | None = None):
    """A cleaned response expressed with the public ids the browser knows (to refill forms)."""
    if response is None:
        return None
    kind = _kind(snapshot)
    public = _public_ids(snapshot, key, digest)
    if kind == "single":
        return public.get(response)
    if kind == "multiple":
        return [public[choice] for choice in response if choice in public]
    if kind == "matching":
        return {left: public[right] for left, right in response.items() if right in public}
    if kind == "ordering":
        return [public[item] for item in response if item in public]
    return response
