"""Moodle question-bank formats: GIFT (import and export) and Aiken (import). Pure Python.

Questions are the platform's plain dicts (single, multiple, truefalse, matching, short).
Parsers never raise on bad input: every block ends up in ``questions``, ``errors`` or
``skipped`` (kinds the platform lacks), each issue with the 1-based line where it starts.

GIFT decisions (https://docs.moodle.org/en/GIFT_format):

* Blocks are separated by blank lines; full-line ``//`` comments are dropped. ``$CATEGORY:``
  (at the start of a block) sets the category, kept verbatim, for the following questions;
  questions before any category line get "".
* One ``[html]``/``[moodle]``/``[markdown]``/``[plain]`` tag at the start of a text, answer or
  feedback is removed. A question text tagged ``[html]`` is kept as HTML cleaned by nh3
  (``quizzes.html.clean_html``) with ``"text_format": "html"``; other texts are plain text
  (shown escaped). Answers, feedback and names tagged ``[html]`` become their plain text.
  Texts are stripped.
* ``::name::`` gives the name; without it the text's first words, at most 80 characters,
  cut on a word boundary with an ellipsis.
* ``\\~ \\= \\# \\{ \\} \\: \\\\`` give the character, ``\\n`` a newline; other backslashes stay.
* An answer block with text after it is a missing-word question: before + "_____" + after.
* ``####`` starts general feedback, ``#`` an answer's feedback.
* True/false ``{T#a#b}``: per Moodle, the first feedback is shown for a wrong answer and the
  second for the right one, so for T: feedback_false=a, feedback_true=b; for F the reverse.
* Choices (any ``~``) are "multiple" (weight = percentage / 100, correct = weight > 0) when
  there is no ``=`` answer, or when a ``%n%`` weight is given and several answers are
  positive or some weight is neither 0 nor 100 (so partial and negative credit survive).
  Otherwise "single"; several ``=`` answers stay single with each of them correct (as in
  Moodle: any of them gives full marks).
* Only ``=`` answers: "matching" if one contains ``->`` (no feedback or weights, at least two
  pairs with both sides non-empty; ``= -> text``, with nothing on the left, is an extra
  answer that matches no item, kept in "distractors" as Moodle does), else "short" (fraction 0..1; ignore_case=True,
  ignore_diacritics=False, ignore_spaces=True since GIFT cannot say otherwise).
* Skipped: essay ``{}``, numerical ``{#...}``, description (no answer block).
* Percentages must be numbers in [-100, 100]; weights are rounded to 7 decimals (Moodle's).

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
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .html import clean_html, html_to_text
from .text import default_name

BLANK = "_____"
NAME_LENGTH = 80
SHORT_DEFAULTS = {"ignore_case": True, "ignore_diacritics": False, "ignore_spaces": True}
# Escaped characters become private-use placeholders while the structure is parsed.
_PLACEHOLDERS = {c: chr(0xE000 + i) for i, c in enumerate("\\~=#{}:n")}
_RESTORE = str.maketrans({v: ("\n" if k == "n" else k) for k, v in _PLACEHOLDERS.items()})
_ESCAPE_RE = re.compile(r"\\([\\~=#{}:n])")
_SPECIAL_RE = re.compile(r"[\\~=#{}:\n]")
_FORMAT_RE = re.compile(r"\[(?:html|moodle|markdown|plain)\]")
_NUMBER_RE = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)")
_TRUEFALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
_CATEGORY = "$CATEGORY:"


@dataclass
class ImportIssue:
    line: int
    message: str
    question_name: str | None = None

    def __str__(self) -> str:
        return _("Line %(line)s: %(message)s") % {"line": self.line, "message": self.message}


@dataclass
class ImportResult:
    questions: list[dict] = field(default_factory=list)
    errors: list[ImportIssue] = field(default_factory=list)
    skipped: list[ImportIssue] = field(default_factory=list)


class _Problem(Exception):
    def __init__(self, message: str, skip: bool = False):
        super().__init__(message)
        self.message, self.skip = message, skip


@dataclass
class _Answer:
    mark: str  # "=" or "~"
    weight: float | None  # explicit %n% / 100
    text: str  # still protected (placeholders)
    feedback: str | None


# --- shared helpers --------------------------------------------------------------------------


def _lines(text: str) -> list[str]:
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _clean_text(raw: str) -> tuple[str, str]:
    """Strip, drop one leading format tag and restore escaped characters: the text and the
    tag's format ("html", "markdown", ... or "" without a tag)."""
    raw, text_format = raw.strip(), ""
    if tag := _FORMAT_RE.match(raw):
        raw, text_format = raw[tag.end() :].strip(), tag.group()[1:-1]
    return raw.translate(_RESTORE), text_format


def _clean(raw: str) -> str:
    """As ``_clean_text`` for answers, feedback and names: HTML becomes its plain text."""
    text, text_format = _clean_text(raw)
    return html_to_text(text) if text_format == "html" else text


def _default_name(text: str) -> str:
    return default_name(text)


def _question(kind: str, name: str, text: str, category: str, general: str, **fields) -> dict:
    return {"type": kind, "name": name, "text": text, "category": category,
            "general_feedback": general, **fields}  # fmt: skip


# --- GIFT import -----------------------------------------------------------------------------


def _blocks(lines: list[str]):
    """Yield blank-line separated blocks as lists of (line number, line), comments dropped."""
    block: list[tuple[int, str]] = []
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if not stripped:
            if block:
                yield block
            block = []
        elif not stripped.startswith("//"):
            block.append((number, line))
    if block:
        yield block


def _guess_name(body: str) -> str | None:
    if title := re.match(r"\s*::(.*?)::", body, re.S):
        return _clean(title.group(1))
    return _default_name(_clean(body.split("{")[0])) or None


def _percentage(raw: str) -> float:
    value = float(raw) if _NUMBER_RE.fullmatch(raw) else None
    if value is None or not -100 <= value <= 100:
        raise _Problem(_("Bad percentage %(value)s: use a number from -100 to 100, e.g. ~%%50%%.")
                       % {"value": f"%{raw.translate(_RESTORE)}%"})  # fmt: skip
    return round(value / 100, 7)


def _answers(body: str) -> list[_Answer]:
    if body[0] not in "=~":
        raise _Problem(_("Unrecognised answer block: answers must start with = or ~ "
                         "(or use {T}, {F}, {#...} or {})."))  # fmt: skip
    parts = re.split(r"([=~])", body)
    answers = []
    for mark, content in zip(parts[1::2], parts[2::2], strict=True):
        content, weight = content.lstrip(), None
        if content.startswith("%"):
            end = content.find("%", 1)
            if end < 0:
                raise _Problem(_("Bad percentage: the weight after %(mark)s has no closing %%.")
                               % {"mark": mark})  # fmt: skip
            weight, content = _percentage(content[1:end].strip()), content[end + 1 :]
        text, sep, feedback = content.partition("#")
        answers.append(_Answer(mark, weight, text, feedback if sep else None))
    return answers


def _choices(q: dict, answers: list[_Answer]) -> dict:
    if len(answers) < 2:
        raise _Problem(_("A multiple-choice question needs at least two answers."))
    weights = [a.weight if a.weight is not None else float(a.mark == "=") for a in answers]
    positive = sum(w > 0 for w in weights)
    if not positive:
        raise _Problem(_("No correct answer: mark one with = or give it a positive weight."))
    explicit = any(a.weight not in (None, float(a.mark == "=")) for a in answers)
    odd = any(w not in (0.0, 1.0) for w in weights)
    multiple = all(a.mark == "~" for a in answers) or (explicit and (positive > 1 or odd))
    choices = []
    for a, w in zip(answers, weights, strict=True):
        text = _clean(a.text)
        if not text:
            raise _Problem(_("An answer is empty."))
        choice = {"text": text, "correct": w > 0, "feedback": _clean(a.feedback or "")}
        choices.append({**choice, "weight": w} if multiple else choice)
    if multiple:
        return {**q, "type": "multiple", "scoring": "partial", "choices": choices}
    return {**q, "type": "single", "choices": choices}


def _matching(q: dict, answers: list[_Answer]) -> dict:
    pairs, distractors = [], []
    for a in answers:
        if a.feedback is not None or a.weight not in (None, 1.0):
            raise _Problem(_("Matching pairs cannot have feedback (#) or percentage weights."))
        left, sep, right = a.text.partition("->")
        left, right = _clean(left), _clean(right)
        if not (sep and right):
            raise _Problem(
                _(
                    "Every matching pair needs a right side: =left -> right "
                    "(or = -> right for an extra answer that matches nothing)."
                )
            )
        if left:
            pairs.append([left, right])
        else:
            distractors.append(right)
    if len(pairs) < 2:
        raise _Problem(_("A matching question needs at least two pairs."))
    q = {**q, "type": "matching", "pairs": pairs}
    return {**q, "distractors": distractors} if distractors else q


def _short(q: dict, answers: list[_Answer]) -> dict:
    result = []
    for a in answers:
        fraction = 1.0 if a.weight is None else a.weight
        if fraction < 0:
            raise _Problem(_("Short-answer percentages must be between 0 and 100."))
        text = _clean(a.text)
        if not text:
            raise _Problem(_("An answer is empty."))
        result.append({"text": text, "fraction": fraction, "feedback": _clean(a.feedback or "")})
    if not any(a["fraction"] > 0 for a in result):
        raise _Problem(_("No correct answer: every short answer is worth 0 percent."))
    return {**q, "type": "short", "answers": result, **SHORT_DEFAULTS}


def _parse_question(body: str, category: str) -> dict:
    """Parse one protected block (escapes already replaced by placeholders)."""
    rest, name = body.strip(), None
    if rest.startswith("::"):
        end = rest.find("::", 2)
        if end < 0:
            raise _Problem(_("The question title is not closed with ::."))
        name, rest = _clean(rest[2:end]), rest[end + 2 :]
    start, stray = rest.find("{"), rest.find("}")
    if 0 <= stray < start or (start < 0 and stray >= 0):
        raise _Problem(_("Found } without a matching {."))
    if start < 0:
        raise _Problem(_("Description (text without an answer block) is not supported."), True)
    end = rest.find("}", start)
    if end < 0:
        raise _Problem(_("Unclosed brace: the answer block has no closing }."))
    inner, after = rest[start + 1 : end], rest[end + 1 :]
    if "{" in inner or "{" in after or "}" in after:
        raise _Problem(_("More than one answer block: is a blank line missing between questions?"))
    text, text_format = _clean_text(rest[:start] + BLANK + after if after.strip() else rest[:start])
    inner, sep, general = inner.partition("####")
    shown = text
    if text_format == "html":
        text, shown = clean_html(text), html_to_text(text)
    q = _question("", _default_name(shown) if name is None else name, text, category,
                  _clean(general))  # fmt: skip
    if text_format == "html":
        q["text_format"] = "html"
    inner = inner.strip()
    if not inner:
        raise _Problem(_("Essay questions are not supported."), True)
    if inner.startswith("#"):
        raise _Problem(_("Numerical questions are not supported."), True)
    head, *feedback = inner.split("#", 2)
    if head.strip().upper() in _TRUEFALSE:
        answer = _TRUEFALSE[head.strip().upper()]
        wrong, right = [_clean(f) for f in feedback] + [""] * (2 - len(feedback))
        return {**q, "type": "truefalse", "answer": answer,
                "feedback_true": right if answer else wrong,
                "feedback_false": wrong if answer else right}  # fmt: skip
    answers = _answers(inner)
    if any(a.mark == "~" for a in answers):
        return _choices(q, answers)
    if any("->" in a.text for a in answers):
        return _matching(q, answers)
    return _short(q, answers)


def parse_gift(text: str) -> ImportResult:
    """Parse a Moodle GIFT file into question dicts; see the module docstring."""
    result, category = ImportResult(), ""
    for block in _blocks(_lines(text)):
        while block and block[0][1].strip().upper().startswith(_CATEGORY):
            category = block.pop(0)[1].strip()[len(_CATEGORY) :].strip()
        if not block:
            continue
        body = _ESCAPE_RE.sub(lambda m: _PLACEHOLDERS[m.group(1)], "\n".join(b[1] for b in block))
        try:
            result.questions.append(_parse_question(body, category))
        except _Problem as problem:
            issue = ImportIssue(block[0][0], problem.message, _guess_name(body))
            (result.skipped if problem.skip else result.errors).append(issue)
    return result


# --- GIFT export -----------------------------------------------------------------------------


def _escape(text: str, guard: bool = True) -> str:
    """Escape GIFT specials; keep a leading format tag or ``//`` literal via a [moodle] tag."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if guard and (_FORMAT_RE.match(text) or text.startswith("//")):
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
            chunks.append(f"{_CATEGORY} {category}".rstrip())
            current = category
        chunks.append(_export_question(q))
    return "\n\n".join(chunks) + "\n" if chunks else ""


# --- Aiken import ----------------------------------------------------------------------------

_AIKEN_OPTION = re.compile(r"([A-Z])[.)]\s+(\S.*)")
_AIKEN_ANSWER = re.compile(r"ANSWER\s*:\s*(.*)", re.I)


def parse_aiken(text: str) -> ImportResult:
    """Parse Aiken: question line(s), "A. ..." or "A) ..." options, then "ANSWER: X"."""
    result, current = ImportResult(), None

    def fail(line: int, message: str) -> None:
        name = _default_name("\n".join(current["text"])) if current else None
        result.errors.append(ImportIssue(line, message, name or None))

    def finish(line: int, letter: str) -> None:
        options, letters = current["options"], [o[0] for o in current["options"]]
        duplicate = next((o for i, o in enumerate(options) if o[0] in letters[:i]), None)
        if len(options) < 2:
            fail(current["line"], _("The question needs at least two options (A., B., ...)."))
        elif duplicate:
            fail(duplicate[2], _("Option %(letter)s appears twice.") % {"letter": duplicate[0]})
        elif letter not in letters:
            fail(line, _("ANSWER %(answer)r does not name one of the options %(letters)s.")
                 % {"answer": letter, "letters": ", ".join(letters)})  # fmt: skip
        else:
            body = "\n".join(current["text"])
            choices = [{"text": t, "correct": c == letter, "feedback": ""} for c, t, _n in options]
            result.questions.append(_question("single", _default_name(body), body, "", "",
                                              choices=choices))  # fmt: skip

    for number, raw in enumerate(_lines(text), 1):
        line = raw.strip()
        answer = _AIKEN_ANSWER.fullmatch(line)
        if not line:
            if current and not current["options"]:
                fail(current["line"], _("The question has no options (A., B., ...)."))
                current = None
        elif answer:
            if current is None:
                fail(number, _("ANSWER line without a question."))
            else:
                finish(number, answer.group(1).strip().rstrip(".)").upper())
            current = None
        elif current is None:
            current = {"line": number, "text": [line], "options": []}
        elif option := _AIKEN_OPTION.fullmatch(line):
            current["options"].append((option.group(1), option.group(2).strip(), number))
        elif current["options"]:
            fail(current["line"], _("Missing ANSWER line after the options."))
            current = {"line": number, "text": [line], "options": []}
        else:
            current["text"].append(line)
    if current:
        fail(current["line"], _("Missing ANSWER line after the options."))
    return result
