"""What the GIFT and Aiken readers and the GIFT writer share: the result types, question
dicts, line splitting and the text clean-up of GIFT's escapes and format tags."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from ..html import html_to_text

BLANK = "_____"
SHORT_DEFAULTS = {"ignore_case": True, "ignore_diacritics": False, "ignore_spaces": True}
CATEGORY = "$CATEGORY:"
FORMAT_TAG = re.compile(r"\[(?:html|moodle|markdown|plain)\]")
# Escaped characters become private-use placeholders while the structure is parsed.
PLACEHOLDERS = {c: chr(0xE000 + i) for i, c in enumerate("\\~=#{}:n")}
RESTORE = str.maketrans({v: ("\n" if k == "n" else k) for k, v in PLACEHOLDERS.items()})


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


def split_lines(text: str) -> list[str]:
    """The lines of a file's text, without a byte-order mark, whatever the line endings."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def clean_text(raw: str) -> tuple[str, str]:
    """Strip, drop one leading format tag and restore escaped characters: the text and the
    tag's format ("html", "markdown", ... or "" without a tag)."""
    raw, text_format = raw.strip(), ""
    if tag := FORMAT_TAG.match(raw):
        raw, text_format = raw[tag.end() :].strip(), tag.group()[1:-1]
    return raw.translate(RESTORE), text_format


def clean(raw: str) -> str:
    """As ``clean_text`` for answers, feedback and names: HTML becomes its plain text."""
    text, text_format = clean_text(raw)
    return html_to_text(text) if text_format == "html" else text


def question(kind: str, name: str, text: str, category: str, general: str, **fields) -> dict:
    return {"type": kind, "name": name, "text": text, "category": category,
            "general_feedback": general, **fields}  # fmt: skip
