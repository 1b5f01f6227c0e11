"""Read course content files (see content/README.md) into plain values, checking them.

Nothing here touches the database: ``read_tree`` returns ``CourseSource`` objects whose
values are exactly what the pages, blocks and bank questions will hold, or raises
``ContentError`` naming the file and line of the first problem it finds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from markdown_it import MarkdownIt
from mdit_py_plugins.colon_fence import colon_fence_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

AREAS = ("customer_service", "intercultural", "migration_law", "other")
CALLOUT_KINDS = ("info", "tip", "warning")
LEGAL_REVIEW_PREFIX = "Do potwierdzenia przez zespół prawny"
LESSON_FILE = re.compile(r"^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)(\?)?\s*\}\}")
MONTHS = (
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia"
).split()

# Block tokens and inline tokens that the lesson rich text (courses.blocks.RICH_FEATURES)
# can hold; anything else in a lesson's Markdown is an error.
BLOCK_TOKENS = {
    "paragraph_open",
    "paragraph_close",
    "heading_open",
    "heading_close",
    "inline",
    "bullet_list_open",
    "bullet_list_close",
    "ordered_list_open",
    "ordered_list_close",
    "list_item_open",
    "list_item_close",
    "hr",
}
INLINE_TOKENS = {
    "text",
    "softbreak",
    "strong_open",
    "strong_close",
    "em_open",
    "em_close",
    "link_open",
    "link_close",
}


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


# --- course.yaml -----------------------------------------------------------------------------

COURSE_FIELDS = {
    "slug",
    "title",
    "area",
    "summary",
    "audience",
    "estimated_minutes",
    "objectives",
    "validity_months",
    "retraining_days",
    "session_required",
    "sequential",
    "self_enrolment",
    "legal_content_date",
    "requires_legal_review",
    "quiz",
}
QUIZ_FIELDS = {
    "slug",
    "title",
    "intro",
    "pass_mark",
    "time_limit_minutes",
    "max_attempts",
    "wait_minutes",
    "review_mode",
    "one_per_page",
    "shuffle_questions",
    "draw",
}


def read_course_yaml(path: Path) -> tuple[dict, dict | None]:
    f = Fields(_yaml(path.read_text("utf-8"), path), path, 1, "course.yaml", COURSE_FIELDS)
    slug = f.text("slug")
    if not SLUG.match(slug):
        f.fail("'slug' must be lower-case letters, digits and hyphens")
    if slug != path.parent.name:
        f.fail(f"'slug' {slug!r} must match the folder name {path.parent.name!r}")
    area = f.text("area")
    if area not in AREAS:
        f.fail(f"'area' must be one of {', '.join(AREAS)}")
    values = {
        "slug": slug,
        "title": f.text("title"),
        "area": area,
        "summary": _flow(f.text("summary")),
        "audience": _flow(f.text("audience", required=False)),
        "estimated_minutes": f.number("estimated_minutes", minimum=1),
        "objectives": "\n".join(f.texts("objectives", required=False)),
        "validity_months": f.number("validity_months", default=0),
        "retraining_days": f.number("retraining_days", default=30, minimum=1),
        "session_required": f.flag("session_required", False),
        "sequential": f.flag("sequential", True),
        "self_enrolment": f.flag("self_enrolment", True),
        "legal_content_date": f.date("legal_content_date"),
        "requires_legal_review": f.flag("requires_legal_review", False),
    }
    if values["validity_months"] > 240 or values["retraining_days"] > 365:
        f.fail("'validity_months' is at most 240 and 'retraining_days' at most 365")
    quiz = None
    if f.data.get("quiz") is not None:
        q = Fields(f.data["quiz"], path, 1, "course.yaml quiz", QUIZ_FIELDS)
        quiz = {
            "slug": q.text("slug"),
            "title": q.text("title"),
            "intro": _flow(q.text("intro", required=False)),
            "pass_mark": q.number("pass_mark", default=80, minimum=1),
            "time_limit_minutes": q.number("time_limit_minutes", default=0),
            "max_attempts": q.number("max_attempts", default=3),
            "wait_minutes": q.number("wait_minutes", default=0),
            "review_mode": q.text("review_mode", required=False, default="full"),
            "one_per_page": q.flag("one_per_page", False),
            "shuffle_questions": q.flag("shuffle_questions", True),
            "draw": q.number("draw", minimum=1),
        }
        if quiz["pass_mark"] > 100:
            q.fail("'pass_mark' is a percentage, at most 100")
        if quiz["review_mode"] not in ("score", "wrong", "full"):
            q.fail("'review_mode' must be score, wrong or full")
    return values, quiz


# --- lessons ---------------------------------------------------------------------------------

LESSON_FIELDS = {
    "slug",
    "title",
    "minutes",
    "intro",
    "legal_basis",
    "legal_content_date",
    "reviewed_by",
}


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "typographer": False})
    md.use(front_matter_plugin).use(colon_fence_plugin)
    md.add_render_rule("softbreak", lambda *args, **kwargs: " ")
    return md


MD = _markdown()


def _rich_text(md_tokens, path) -> str:
    for token in md_tokens:
        line = token.map[0] + 1 if token.map else None
        if token.type not in BLOCK_TOKENS:
            raise ContentError(path, f"Markdown {token.type} is not allowed in lesson text", line)
        if token.type == "heading_open" and token.tag not in ("h2", "h3"):
            raise ContentError(path, "use ## or ### for headings (the lesson title is h1)", line)
        for child in token.children or []:
            if child.type not in INLINE_TOKENS:
                raise ContentError(path, f"Markdown {child.type} is not allowed here", line)
    html = MD.renderer.render(md_tokens, MD.options, {})
    return re.sub(r">\s*\n\s*<", "><", html).strip()


def _directive_block(kind: str, data, path, line: int) -> dict:
    if kind == "callout":
        f = Fields(data, path, line, "callout", {"kind", "title", "text"})
        callout_kind = f.text("kind", required=False, default="info")
        if callout_kind not in CALLOUT_KINDS:
            f.fail(f"'kind' must be one of {', '.join(CALLOUT_KINDS)}")
        value = {"kind": callout_kind, "title": f.text("title"), "text": _flow(f.text("text"))}
    elif kind == "scenario":
        f = Fields(data, path, line, "scenario", {"title", "client_says", "answers"})
        answers = f.data.get("answers")
        if not isinstance(answers, list) or len(answers) < 2:
            f.fail("'answers' needs at least two answers")
        value = {
            "title": f.text("title"),
            "client_says": _flow(f.text("client_says")),
            "answers": [],
        }
        for answer in answers:
            a = Fields(answer, path, line, "scenario answer", {"text", "best", "explanation"})
            value["answers"].append(
                {
                    "text": _flow(a.text("text")),
                    "good": a.flag("best", False),
                    "explanation": _flow(a.text("explanation")),
                }
            )
        best = sum(a["good"] for a in value["answers"])
        if best != 1:
            f.fail(f"exactly one answer must have 'best: true' (found {best})")
    elif kind == "key_points":
        f = Fields(data, path, line, "key_points", {"heading", "points"})
        value = {"heading": f.text("heading", required=False), "points": f.texts("points")}
    elif kind == "legal_reference":
        allowed = {"act", "article", "journal", "status_as_of", "note"}
        f = Fields(data, path, line, "legal_reference", allowed)
        value = {
            "act": f.text("act"),
            "article": f.text("article", required=False),
            "journal": f.text("journal", required=False),
            "status_as_of": f.date("status_as_of", required=True).isoformat(),
            "note": _flow(f.text("note", required=False)),
        }
    elif kind == "h5p":
        f = Fields(data, path, line, "h5p", {"package", "instructions"})
        value = {
            "package": f.text("package"),
            "instructions": f.text("instructions", required=False),
        }
    else:
        known = "callout, scenario, key_points, legal_reference, h5p, include"
        raise ContentError(path, f"unknown block '{kind}' (use one of {known})", line)
    return {"type": kind, "value": value}


def _fill(value, variables: dict, path, line):
    """Replace {{ name }} placeholders in a snippet's texts."""
    if isinstance(value, str):

        def sub(match):
            name, optional = match.group(1), match.group(2)
            if name not in variables and optional:
                return ""
            if name not in variables:
                raise ContentError(
                    path, f"the snippet needs '{name}' (give it in the include)", line
                )
            return variables[name]

        return " ".join(PLACEHOLDER.sub(sub, value).split())
    if isinstance(value, list):
        return [_fill(v, variables, path, line) for v in value]
    if isinstance(value, dict):
        return {k: _fill(v, variables, path, line) for k, v in value.items()}
    return value


def parse_body(text: str, path, snippets_dir: Path | None, variables: dict, depth=0) -> list:
    """The lesson body (after the front matter) as StreamField data."""
    lines = text.split("\n")
    tokens = MD.parse(text)
    blocks, pending = [], []

    def flush():
        if pending:
            html = _rich_text(pending, path)
            if html:
                blocks.append({"type": "text", "value": html})
            pending.clear()

    for token in tokens:
        if token.type == "front_matter":
            continue
        if token.type != "colon_fence":
            if token.type == "paragraph_open" and token.map:
                first = lines[token.map[0]].strip()
                if first.startswith(":::"):
                    raise ContentError(path, "a ':::' line outside a block", token.map[0] + 1)
            pending.append(token)
            continue
        flush()
        start, end = token.map
        closing = lines[end - 1].strip() if end - 1 > start else ""
        if not re.fullmatch(r":{3,}", closing):
            raise ContentError(
                path, f"'::: {token.info.strip()}' is not closed by ':::'", start + 1
            )
        kind, _sep, argument = token.info.strip().partition(" ")
        data = _yaml(token.content, path, start + 2) if token.content.strip() else {}
        if kind == "include":
            blocks.extend(
                _include(argument.strip(), data, path, start + 1, snippets_dir, variables, depth)
            )
        else:
            blocks.append(_directive_block(kind, data, path, start + 1))
    flush()
    return blocks


def _include(name, data, path, line, snippets_dir, variables, depth) -> list:
    if not SLUG.match(name or ""):
        raise ContentError(path, "write '::: include <snippet-name>'", line)
    if depth > 2:
        raise ContentError(path, "snippets are nested too deeply", line)
    if data and not isinstance(data, dict):
        raise ContentError(path, "the include's fields must be key: value lines", line)
    snippet = (snippets_dir / f"{name}.md") if snippets_dir else None
    if snippet is None or not snippet.is_file():
        raise ContentError(path, f"no snippet content/snippets/{name}.md", line)
    given = {k: _flow(str(v)) for k, v in (data or {}).items()}
    inner = parse_body(snippet.read_text("utf-8"), snippet, snippets_dir, variables, depth + 1)
    return _fill(inner, {**variables, **given}, path, line)


def read_lesson(path: Path, snippets_dir: Path | None) -> LessonSource:
    match = LESSON_FILE.match(path.name)
    if not match:
        raise ContentError(path, "lesson files are named NN-<slug>.md")
    text = path.read_text("utf-8").replace("\r\n", "\n")
    if not text.startswith("---\n"):
        raise ContentError(path, "a lesson starts with YAML front matter between --- lines", 1)
    front = next((t for t in MD.parse(text) if t.type == "front_matter"), None)
    if front is None:
        raise ContentError(path, "the front matter is not closed by a --- line", 1)
    f = Fields(_yaml(front.content, path, 2), path, 1, "front matter", LESSON_FIELDS)
    slug = f.text("slug")
    if slug != match.group(2):
        f.fail(f"'slug' {slug!r} must match the file name ({match.group(2)!r})")
    legal_date = f.date("legal_content_date")
    variables = {"legal_content_date": polish_date(legal_date)} if legal_date else {}
    body_text = "\n" * front.map[1] + "\n".join(text.split("\n")[front.map[1] :])
    lesson = LessonSource(
        path=path,
        number=int(match.group(1)),
        slug=slug,
        title=f.text("title"),
        estimated_minutes=f.number("minutes", minimum=1),
        intro=_flow(f.text("intro", required=False)),
        legal_basis=f.texts("legal_basis", required=False),
        legal_content_date=legal_date,
        reviewed_by=f.text("reviewed_by", required=False),
        body=parse_body(body_text, path, snippets_dir, variables),
    )
    if not lesson.body:
        raise ContentError(path, "the lesson has no content blocks")
    if lesson.teaches_law and lesson.legal_content_date is None:
        f.fail(
            "a lesson that teaches law (legal_basis or legal_reference) needs 'legal_content_date'"
        )
    return lesson


# --- questions -------------------------------------------------------------------------------

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


# --- the tree --------------------------------------------------------------------------------


def read_course(folder: Path, snippets_dir: Path | None) -> CourseSource:
    course_yaml = folder / "course.yaml"
    if not course_yaml.is_file():
        raise ContentError(folder, "a course folder needs course.yaml")
    values, quiz = read_course_yaml(course_yaml)
    course = CourseSource(folder, values, quiz)
    for path in sorted(folder.glob("*.md")):
        if path.name.upper() == "README.MD":
            continue
        course.lessons.append(read_lesson(path, snippets_dir))
    if not course.lessons:
        raise ContentError(folder, "the course has no lessons (NN-<slug>.md)")
    numbers = [lesson.number for lesson in course.lessons]
    slugs = [lesson.slug for lesson in course.lessons]
    if len(set(numbers)) != len(numbers) or len(set(slugs)) != len(slugs):
        raise ContentError(folder, "two lessons share a number or a slug")
    if quiz is not None:
        if quiz["slug"] in slugs:
            raise ContentError(course_yaml, "the quiz slug is also a lesson slug")
        if (folder / "quiz.gift").is_file():
            course.questions += read_gift(folder / "quiz.gift")
        if (folder / "quiz-ordering.yaml").is_file():
            course.questions += read_ordering(folder / "quiz-ordering.yaml")
        names = [q.name for q in course.questions]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ContentError(folder, f"question names must be unique: {duplicates[0]!r}")
        for question in course.questions:
            if question.lesson not in slugs:
                raise ContentError(
                    question.path,
                    f"no lesson {question.lesson!r} in this course",
                    question.line or None,
                )
        if quiz["draw"] > len(course.questions):
            raise ContentError(
                course_yaml,
                f"quiz 'draw' is {quiz['draw']} but there are "
                f"only {len(course.questions)} questions",
            )
    elif (folder / "quiz.gift").exists():
        raise ContentError(course_yaml, "quiz.gift exists but course.yaml has no 'quiz'")
    if any(lesson.teaches_law for lesson in course.lessons) and not values["legal_content_date"]:
        raise ContentError(course_yaml, "the course teaches law: give 'legal_content_date'")
    return course


def read_tree(root) -> list[CourseSource]:
    """Every course under ``root`` (a content/ folder, its courses/ folder, or one course)."""
    root = Path(root)
    if (root / "course.yaml").is_file():
        folders, snippets = [root], root.parent.parent / "snippets"
    else:
        courses_dir = root / "courses" if (root / "courses").is_dir() else root
        folders = sorted(p for p in courses_dir.iterdir() if p.is_dir())
        snippets = courses_dir.parent / "snippets"
    if not folders:
        raise ContentError(root, "no course folders found")
    courses = [read_course(folder, snippets if snippets.is_dir() else None) for folder in folders]
    slugs = [c.slug for c in courses]
    if len(set(slugs)) != len(slugs):
        raise ContentError(root, "two courses share a slug")
    return courses
