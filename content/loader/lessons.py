"""Lesson files: YAML front matter, Markdown (markdown-it-py) and ``::: block`` directives."""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt
from mdit_py_plugins.colon_fence import colon_fence_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from .base import (
    CALLOUT_KINDS,
    LESSON_FILE,
    SLUG,
    ContentError,
    Fields,
    LessonSource,
    _flow,
    _yaml,
    polish_date,
)

PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)(\?)?\s*\}\}")

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
