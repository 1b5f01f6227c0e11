"""Moodle GIFT export.

Export: a ``$CATEGORY:`` line whenever the category changes (order is kept, so input sorted
by category comes out grouped); ``::name::`` when the name is non-empty; one answer a line;
specials escaped; a text starting with a format tag or ``//`` gets a ``[moodle]`` tag first,
one starting with ``%`` an explicit weight. Multiple choices without "weight" get the
grader's defaults (+-1/number of correct). Raises ValueError for what GIFT cannot express:
ordering (and unknown) types, under two choices, no correct answer, ``->`` in a matching
left side or a short answer, multi-line categories.

Round trip: ``parse_gift(export_gift(qs)).questions == qs`` holds exactly for questions
shaped like parser output: keys type, name, text, category, general_feedback plus the
type's own keys; stripped texts without ``\\r``; non-empty names; multiple with
scoring "partial", a weight on every choice and correct == (weight > 0); weights and
fractions with at most 7 decimals; short with the default ignore_* flags.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from .base import BLANK, CATEGORY, FORMAT_TAG

_SPECIAL_RE = re.compile(r"[\\~=#{}:\n]")


def _escape(text: str, guard: bool = True) -> str:
    """Escape GIFT specials; keep a leading format tag or ``//`` literal via a [moodle] tag."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if guard and (FORMAT_TAG.match(text) or text.startswith("//")):
        text = "[moodle]" + text
    return _SPECIAL_RE.sub(lambda m: "\\n" if m.group() == "\n" else "\\" + m.group(), text)


def _percent(weight: float) -> str:
    return f"{round(weight * 100, 5):.5f}".rstrip("0").rstrip(".")


def _answer_line(mark: str, weight: float | None, text: str, feedback: str = "") -> str:
    body = _escape(text)
    if weight is None and body.startswith("%"):
        weight = float(mark == "=")
    prefix = "" if weight is None else f"%{_percent(weight)}%"
    return mark + prefix + body + (f" #{_escape(feedback)}" if feedback else "")


def _export_choices(q: dict) -> list[str]:
    choices = q["choices"]
    if len(choices) < 2:
        raise ValueError(_("A choice question needs at least two choices."))
    if q["type"] == "multiple":
        step = 1 / max(sum(bool(c["correct"]) for c in choices), 1)
        weights = [c.get("weight", round(step if c["correct"] else -step, 7)) for c in choices]
        if not any(w > 0 for w in weights):
            raise ValueError(_("A multiple-answer question needs a choice with positive weight."))
        return [
            _answer_line("~", w, c["text"], c.get("feedback", ""))
            for c, w in zip(choices, weights, strict=True)
        ]
    if not any(c["correct"] for c in choices):
        raise ValueError(_("A single-choice question needs a correct choice."))
    return [
        _answer_line("=" if c["correct"] else "~", None, c["text"], c.get("feedback", ""))
        for c in choices
    ]


def _export_truefalse(q: dict) -> list[str]:
    feedback = (q.get("feedback_true", ""), q.get("feedback_false", ""))
    right, wrong = feedback[:: 1 if q["answer"] else -1]
    line = "TRUE" if q["answer"] else "FALSE"
    if wrong or right:
        line += "#" + _escape(wrong)
    return [line + ("#" + _escape(right) if right else "")]


def _export_matching(q: dict) -> list[str]:
    lines = []
    for left, right in q["pairs"]:
        if "->" in left:
            raise ValueError(_("A matching left side cannot contain -> in GIFT."))
        if not left.strip():
            raise ValueError(_("A matching pair needs a left side."))
        lines.append(_answer_line("=", None, left) + " -> " + _escape(right))
    for right in q.get("distractors") or []:
        if not right.strip():
            raise ValueError(_("An extra matching answer needs its text."))
        lines.append("= -> " + _escape(right))
    return lines


def _export_short(q: dict) -> list[str]:
    lines = []
    for a in q["answers"]:
        a = {"text": a, "fraction": 1.0} if isinstance(a, str) else a
        if "->" in a["text"]:
            raise ValueError(_("A short answer cannot contain -> in GIFT."))
        weight = None if a["fraction"] == 1 else a["fraction"]
        lines.append(_answer_line("=", weight, a["text"], a.get("feedback", "")))
    return lines


_WRITERS = {"single": _export_choices, "multiple": _export_choices, "short": _export_short,
            "truefalse": _export_truefalse, "matching": _export_matching}  # fmt: skip


def _export_question(q: dict) -> str:
    writer = _WRITERS.get(q.get("type"))
    if writer is None:
        raise ValueError(
            _("Question %(name)r: %(type)s questions cannot be expressed in GIFT.")
            % {"name": q.get("name", ""), "type": q.get("type")}
        )
    lines = writer(q)
    if q.get("general_feedback"):
        lines.append("####" + _escape(q["general_feedback"]))
    text, name = q.get("text", ""), q.get("name", "")
    before, blank, after = text.partition(BLANK)
    if not (blank and after.strip()):
        before, after = text, ""
    head = f"::{_escape(name)}:: " if name else ""
    if q.get("text_format") == "html":
        head += "[html]"
        before = _escape(before, guard=False)
    else:
        before = _escape(before)
    answers = "".join(f"\t{line}\n" for line in lines)
    gap = " " if before and not after else ""  # cosmetic: "Text? {" (stripped on import)
    return f"{head}{before}{gap}{{\n{answers}}}{_escape(after, guard=False)}"


def export_gift(questions: list[dict]) -> str:
    """Write questions as GIFT; raises ValueError for questions GIFT cannot express."""
    chunks, current = [], ""
    for q in questions:
        category = q.get("category", "")
        if "\n" in category or "\r" in category:
            raise ValueError(_("A category cannot span several lines."))
        if category != current:
            chunks.append(f"{CATEGORY} {category}".rstrip())
            current = category
        chunks.append(_export_question(q))
    return "\n\n".join(chunks) + "\n" if chunks else ""
