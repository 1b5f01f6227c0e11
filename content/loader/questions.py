"""Quiz questions: Moodle GIFT (through the project's importer) and ordering questions in YAML."""

from __future__ import annotations

import re
from pathlib import Path

from .base import ContentError, Fields, QuestionSource, _flow, _yaml

META = re.compile(r"^//\s*([a-z_]+)\s*:\s*(.*?)\s*$")
SHORT_FLAGS = ("ignore_case", "ignore_diacritics", "ignore_spaces")


def _gift_blocks(text: str):
    """Blank-line separated blocks of a GIFT file as (first line number, lines)."""
    block, first = [], 0
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            if not block:
                first = number
            block.append(line)
        elif block:
            yield first, block
            block = []
    if block:
        yield first, block


def read_gift(path: Path) -> list[QuestionSource]:
    from quizzes.formats import parse_gift

    questions = []
    text = path.read_text("utf-8").removeprefix("\ufeff").replace("\r\n", "\n")
    for first, block in _gift_blocks(text):
        meta, rest = {}, []
        for offset, line in enumerate(block):
            found = META.match(line.strip())
            if found and not rest:
                meta[found.group(1)] = (found.group(2), first + offset)
            elif line.strip().startswith("//") and not rest:
                continue
            else:
                rest.append(line)
        if not rest:
            continue
        line = first + len(block) - len(rest)
        if any(r.strip().upper().startswith("$CATEGORY:") for r in rest):
            raise ContentError(path, "no $CATEGORY lines: every course has one category", line)
        result = parse_gift("\n".join(rest))
        if result.errors or result.skipped:
            issue = (result.errors or result.skipped)[0]
            raise ContentError(path, f"GIFT: {issue.message}", line + issue.line - 1)
        if len(result.questions) != 1:
            raise ContentError(path, "separate questions with a blank line", line)
        data = result.questions[0]
        data.pop("category", None)
        if not rest[0].lstrip().startswith("::"):
            raise ContentError(path, "give the question a name: ::Name:: text {...}", line)
        lesson = meta.pop("lesson", ("", None))[0]
        if not lesson:
            raise ContentError(path, "put '// lesson: <lesson-slug>' above the question", line)
        for key, (value, meta_line) in meta.items():
            if key not in SHORT_FLAGS or data["type"] != "short":
                raise ContentError(path, f"unknown comment field '{key}'", meta_line)
            if value not in ("true", "false"):
                raise ContentError(path, f"'{key}' is true or false", meta_line)
            data[key] = value == "true"
        questions.append(QuestionSource(path, line, lesson, data))
    return questions


def read_ordering(path: Path) -> list[QuestionSource]:
    items = _yaml(path.read_text("utf-8"), path) or []
    if not isinstance(items, list):
        raise ContentError(path, "the file is a list of questions (- name: ...)", 1)
    questions = []
    for number, entry in enumerate(items, 1):
        allowed = {"name", "lesson", "text", "items", "feedback", "scoring"}
        f = Fields(entry, path, None, f"ordering question {number}", allowed)
        data = {
            "type": "ordering",
            "name": f.text("name"),
            "text": _flow(f.text("text")),
            "items": f.texts("items"),
            "general_feedback": _flow(f.text("feedback", required=False)),
            "scoring": f.text("scoring", required=False, default="all_or_nothing"),
        }
        if len(data["items"]) < 3 or len(set(data["items"])) != len(data["items"]):
            f.fail("'items' needs at least three different steps")
        if data["scoring"] not in ("all_or_nothing", "partial"):
            f.fail("'scoring' is all_or_nothing or partial")
        questions.append(QuestionSource(path, 0, f.text("lesson"), data))
    return questions
