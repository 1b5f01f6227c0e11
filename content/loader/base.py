"""Shared pieces of the content reader: the error type, the values read from the files,
and typed access to YAML."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

AREAS = ("customer_service", "intercultural", "migration_law", "other")
CALLOUT_KINDS = ("info", "tip", "warning")
LEGAL_REVIEW_PREFIX = "Do potwierdzenia przez zespół prawny"
LESSON_FILE = re.compile(r"^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MONTHS = (
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia"
).split()


class ContentError(Exception):
    """A problem in a content file, with the file and (1-based) line where it is."""

    def __init__(self, path, message: str, line: int | None = None):
        self.path, self.message, self.line = Path(path), message, line
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(f"{where}: {message}")


@dataclass
class LessonSource:
    path: Path
    number: int
    slug: str
    title: str
    estimated_minutes: int
    intro: str
    legal_basis: list[str]
    legal_content_date: dt.date | None
    reviewed_by: str
    body: list[dict]  # StreamField data: [{"type": ..., "value": ...}], h5p by package name

    @property
    def teaches_law(self) -> bool:
        return bool(self.legal_basis) or any(b["type"] == "legal_reference" for b in self.body)

    def page_values(self) -> dict:
        return {
            "title": self.title,
            "slug": self.slug,
            "intro": self.intro,
            "estimated_minutes": self.estimated_minutes,
            "body": self.body,
        }

    @property
    def content_hash(self) -> str:
        extra = {
            "legal_basis": self.legal_basis,
            "legal_content_date": self.legal_content_date,
            "reviewed_by": self.reviewed_by,
        }
        return digest({**self.page_values(), **extra})


@dataclass
class QuestionSource:
    path: Path
    line: int
    lesson: str
    data: dict  # the interchange dict of quizzes.bank.question_from_dict

    @property
    def name(self) -> str:
        return self.data["name"]

    @property
    def content_hash(self) -> str:
        return digest({**self.data, "lesson": self.lesson})


@dataclass
class CourseSource:
    path: Path
    values: dict  # CoursePage fields
    quiz: dict | None  # QuizPage fields plus "draw"
    lessons: list[LessonSource] = field(default_factory=list)
    questions: list[QuestionSource] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return self.values["slug"]

    @property
    def title(self) -> str:
        return self.values["title"]

    @property
    def content_hash(self) -> str:
        return digest(self.values)

    @property
    def quiz_hash(self) -> str:
        return digest({"quiz": self.quiz, "questions": [q.content_hash for q in self.questions]})


def digest(value) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def polish_date(value: dt.date) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year} r."


# --- YAML helpers ----------------------------------------------------------------------------


def _yaml(text: str, path, first_line: int = 1):
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = first_line + mark.line if mark is not None else first_line
        problem = getattr(error, "problem", None) or str(error)
        raise ContentError(path, f"YAML: {problem}", line) from None


class Fields:
    """Typed access to a YAML mapping that reports unknown and missing keys."""

    def __init__(self, data, path, line, what: str, allowed: set[str]):
        if not isinstance(data, dict):
            raise ContentError(path, f"{what}: expected key: value lines", line)
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise ContentError(path, f"{what}: unknown field(s) {', '.join(unknown)}", line)
        self.data, self.path, self.line, self.what = data, path, line, what

    def fail(self, message):
        raise ContentError(self.path, f"{self.what}: {message}", self.line)

    def text(self, key, required=True, default="") -> str:
        value = self.data.get(key)
        if value is None or value == "":
            if required:
                self.fail(f"'{key}' is required")
            return default
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            self.fail(f"'{key}' must be text")
        return str(value).strip()

    def number(self, key, default=None, minimum=0) -> int:
        value = self.data.get(key, default)
        if value is None:
            self.fail(f"'{key}' is required")
        if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
            self.fail(f"'{key}' must be a whole number of at least {minimum}")
        return value

    def flag(self, key, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            self.fail(f"'{key}' must be true or false")
        return value

    def date(self, key, required=False) -> dt.date | None:
        value = self.data.get(key)
        if value is None or value == "":
            if required:
                self.fail(f"'{key}' is required (YYYY-MM-DD)")
            return None
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            self.fail(f"'{key}' must be a date written YYYY-MM-DD")
        return value

    def texts(self, key, required=True) -> list[str]:
        value = self.data.get(key)
        if value in (None, []):
            if required:
                self.fail(f"'{key}' needs at least one item")
            return []
        if not isinstance(value, list):
            self.fail(f"'{key}' must be a list of texts (lines starting with '- ')")
        for number, item in enumerate(value, 1):
            if isinstance(item, dict):
                self.fail(
                    f"item {number} of '{key}' reads as 'key: value' (YAML): put the "
                    "text in quotes when it contains ': '"
                )
            if not isinstance(item, str) or not item.strip():
                self.fail(f"item {number} of '{key}' must be a non-empty text")
        return [" ".join(v.split()) for v in value]


def _flow(text: str) -> str:
    """A YAML text as one paragraph (folded scalars keep a trailing newline)."""
    return " ".join(text.split())
