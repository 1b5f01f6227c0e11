"""Moodle GIFT import. Decisions (https://docs.moodle.org/en/GIFT_format):

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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from ..html import clean_html, html_to_text
from ..text import default_name
from .base import (
    BLANK,
    CATEGORY,
    PLACEHOLDERS,
    RESTORE,
    SHORT_DEFAULTS,
    ImportIssue,
    ImportResult,
    clean,
    clean_text,
    question,
    split_lines,
)

_ESCAPE_RE = re.compile(r"\\([\\~=#{}:n])")
_NUMBER_RE = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)")
_TRUEFALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}


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
        return clean(title.group(1))
    return default_name(clean(body.split("{")[0])) or None


def _percentage(raw: str) -> float:
    value = float(raw) if _NUMBER_RE.fullmatch(raw) else None
    if value is None or not -100 <= value <= 100:
        raise _Problem(_("Bad percentage %(value)s: use a number from -100 to 100, e.g. ~%%50%%.")
                       % {"value": f"%{raw.translate(RESTORE)}%"})  # fmt: skip
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
        text = clean(a.text)
        if not text:
            raise _Problem(_("An answer is empty."))
        choice = {"text": text, "correct": w > 0, "feedback": clean(a.feedback or "")}
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
        left, right = clean(left), clean(right)
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
        text = clean(a.text)
        if not text:
            raise _Problem(_("An answer is empty."))
        result.append({"text": text, "fraction": fraction, "feedback": clean(a.feedback or "")})
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
        name, rest = clean(rest[2:end]), rest[end + 2 :]
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
    text, text_format = clean_text(rest[:start] + BLANK + after if after.strip() else rest[:start])
    inner, sep, general = inner.partition("####")
    shown = text
    if text_format == "html":
        text, shown = clean_html(text), html_to_text(text)
    q = question("", default_name(shown) if name is None else name, text, category,
                  clean(general))  # fmt: skip
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
        wrong, right = [clean(f) for f in feedback] + [""] * (2 - len(feedback))
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
    for block in _blocks(split_lines(text)):
        while block and block[0][1].strip().upper().startswith(CATEGORY):
            category = block.pop(0)[1].strip()[len(CATEGORY) :].strip()
        if not block:
            continue
        body = _ESCAPE_RE.sub(lambda m: PLACEHOLDERS[m.group(1)], "\n".join(b[1] for b in block))
        try:
            result.questions.append(_parse_question(body, category))
        except _Problem as problem:
            issue = ImportIssue(block[0][0], problem.message, _guess_name(body))
            (result.skipped if problem.skip else result.errors).append(issue)
    return result
