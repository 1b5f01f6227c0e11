"""Moodle Aiken import: question line(s), "A. ..." or "A) ..." options, then "ANSWER: X"."""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from ..text import default_name
from .base import ImportIssue, ImportResult, question, split_lines

_AIKEN_OPTION = re.compile(r"([A-Z])[.)]\s+(\S.*)")
_AIKEN_ANSWER = re.compile(r"ANSWER\s*:\s*(.*)", re.I)


def parse_aiken(text: str) -> ImportResult:
    """Parse Aiken: question line(s), "A. ..." or "A) ..." options, then "ANSWER: X"."""
    result, current = ImportResult(), None

    def fail(line: int, message: str) -> None:
        name = default_name("\n".join(current["text"])) if current else None
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
            result.questions.append(question("single", default_name(body), body, "", "",
                                              choices=choices))  # fmt: skip

    for number, raw in enumerate(split_lines(text), 1):
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
