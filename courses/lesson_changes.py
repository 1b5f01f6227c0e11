"""What changed in a lesson between two revisions: its StreamField blocks compared by block
id, with the words changed inside each edited block.

Pure functions on the stream as stored (``revision.content["body"]`` and the live page's
``body.raw_data``: lists of ``{"type", "value", "id"}``). Nothing here reads the database.
Every piece of content is escaped; only the ``<ins>``/``<del>`` marks are markup.
"""

import difflib
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

ADDED, REMOVED, EDITED, MOVED, UNCHANGED = "added", "removed", "edited", "moved", "unchanged"

# Words, runs of punctuation and runs of space: the units of the text-level diff.
_TOKENS = re.compile(r"\w+|[^\w\s]+|\s+")
# Unchanged words shown on each side of a change inside an edited block.
CONTEXT = 12
# Words of a block's text that name it in the list of changes.
SNIPPET_WORDS = 10
# Elements after which rich text reads as a new line.
_BREAKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "div", "ul", "ol"}


@dataclass(frozen=True)
class FieldDiff:
    """One labelled text field of an edited block: the words removed and added, marked."""

    label: str
    html: SafeString
    changed: bool


@dataclass(frozen=True)
class BlockChange:
    block_id: str
    block_type: str
    status: str  # ADDED, REMOVED, EDITED, MOVED or UNCHANGED
    label: str = ""  # the block's kind, as editors name it
    fields: tuple = ()  # FieldDiff, for an edited block
    text: str = ""  # the block's text, for a removed one
    note: str = ""  # H5P: "activity added/removed/replaced"
    snippet: str = ""  # the first words of the block's text, to name it

    @property
    def anchor(self):
        return f"change-{self.block_id}"

    @property
    def is_new(self):
        return self.status == ADDED

    @property
    def is_changed(self):
        return self.status == EDITED


@dataclass
class LessonDiff:
    """The blocks of the newer revision by id (``blocks``) and the blocks it no longer has
    (``removed``, in their old order)."""

    blocks: dict = field(default_factory=dict)  # block id -> BlockChange
    removed: list = field(default_factory=list)

    @property
    def added(self):
        return [c for c in self.blocks.values() if c.status == ADDED]

    @property
    def edited(self):
        return [c for c in self.blocks.values() if c.status == EDITED]

    @property
    def moved(self):
        return [c for c in self.blocks.values() if c.status == MOVED]

    @property
    def has_changes(self) -> bool:
        return bool(self.removed) or any(c.status != UNCHANGED for c in self.blocks.values())

    def for_block(self, block_id):
        return self.blocks.get(block_id)


# --- flattening a block to text ---------------------------------------------------------


class _TextOf(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in _BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _BREAKS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def rich_text_to_text(html: str) -> str:
    """Rich text without its tags: paragraphs and list items on lines of their own."""
    parser = _TextOf()
    parser.feed(html or "")
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _stream_block():
    from .blocks import LessonStreamBlock

    global _STREAM
    if _STREAM is None:
        _STREAM = LessonStreamBlock()
    return _STREAM


_STREAM = None


def block_label(block_type: str) -> str:
    child = _stream_block().child_blocks.get(block_type)
    return str(child.label) if child is not None else block_type


def _child_label(block_type: str, name: str) -> str:
    child = _stream_block().child_blocks.get(block_type)
    sub = getattr(child, "child_blocks", {}).get(name) if child is not None else None
    return str(sub.label) if sub is not None else name


def _text(value) -> str:
    if value is None or isinstance(value, bool):
        return ""
    return " ".join(str(value).split())


def block_fields(block_type: str, value) -> list[tuple[str, str]]:
    """The block's text as ``(label, text)`` pairs, in the order the learner reads them."""
    value = value if value is not None else ""
    if block_type == "text":
        return [(block_label("text"), rich_text_to_text(value))]
    if not isinstance(value, dict):
        return [(block_label(block_type), _text(value))]
    label = lambda name: _child_label(block_type, name)  # noqa: E731
    if block_type == "key_points":
        pairs = [(label("heading"), _text(value.get("heading")))]
        points = [_text(_list_item(p)) for p in value.get("points") or []]
        pairs.append((label("points"), "\n".join(p for p in points if p)))
        return [p for p in pairs if p[1]]
    if block_type == "scenario":
        pairs = [
            (label("title"), _text(value.get("title"))),
            (label("client_says"), _text(value.get("client_says"))),
        ]
        for number, answer in enumerate(value.get("answers") or [], start=1):
            answer = _list_item(answer) or {}
            good = _("good practice") if answer.get("good") else ""
            name = _("Answer %(number)s") % {"number": number}
            pairs.append((name, _text(answer.get("text"))))
            pairs.append(
                (
                    _("%(answer)s: explanation") % {"answer": name},
                    " · ".join(t for t in (good, _text(answer.get("explanation"))) if t),
                )
            )
        return [p for p in pairs if p[1]]
    if block_type == "callout":
        names = ("title", "text")
    elif block_type == "legal_reference":
        names = ("act", "article", "journal", "status_as_of", "note")
    elif block_type == "image":
        names = ("alt_text", "caption")
    elif block_type == "video":
        names = ("title", "transcript")
    elif block_type in ("document", "h5p"):
        names = ("description", "instructions")
    else:
        names = tuple(value)
    return [(label(n), _text(value.get(n))) for n in names if _text(value.get(n))]


def _list_item(item):
    """A ListBlock item as stored since Wagtail 2.16 (``{"type": "item", "value": …}``)
    or as a bare value."""
    if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
        return item["value"]
    return item


# --- the word-level diff -------------------------------------------------------------------


def _trimmed(tokens, *, context, first, last) -> str:
    """Unchanged text around the changes: at most ``context`` words on each side of a
    change, the rest as an ellipsis (the learner reads the whole text in the block)."""
    if context is None:
        return "".join(tokens)
    words = [i for i, t in enumerate(tokens) if not t.isspace()]
    keep_head = 0 if first else context
    keep_tail = 0 if last else context
    if len(words) <= keep_head + keep_tail + 1:
        return "".join(tokens)
    head = "".join(tokens[: words[keep_head - 1] + 1]) if keep_head else ""
    tail = "".join(tokens[words[-keep_tail] :]) if keep_tail else ""
    lead = " " if head and not first else ""
    trail = " " if tail and not last else ""
    return f"{head}{lead}…{trail}{tail}" if (head or tail) else "…"


def word_diff(old: str, new: str, *, context: int | None = None) -> SafeString:
    """``new`` with the words taken out of ``old`` in ``<del>`` and the words put in in
    ``<ins>``; every piece of text escaped. With ``context``, unchanged stretches keep only
    that many words next to each change."""
    a, b = _TOKENS.findall(old or ""), _TOKENS.findall(new or "")
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    opcodes = matcher.get_opcodes()
    out = mark_safe("")
    for index, (op, i1, i2, j1, j2) in enumerate(opcodes):
        removed, added = "".join(a[i1:i2]), "".join(b[j1:j2])
        if op == "equal":
            text = _trimmed(
                b[j1:j2],
                context=context if len(opcodes) > 1 else None,
                first=index == 0,
                last=index == len(opcodes) - 1,
            )
            out += format_html("{}", text)
            continue
        if removed.strip():
            out += format_html("<del>{}</del>", removed)
            if added.strip():
                out += mark_safe(" ")  # the old and the new words read apart
        elif removed and not added:
            out += format_html("{}", removed)
        if added.strip():
            out += format_html("<ins>{}</ins>", added)
        elif added:
            out += format_html("{}", added)
    return out


def _field_diffs(block_type, old_value, new_value) -> tuple:
    old = dict(block_fields(block_type, old_value))
    new = block_fields(block_type, new_value)
    diffs, seen = [], set()
    for label, text in new:
        seen.add(label)
        before = old.get(label, "")
        diffs.append(FieldDiff(label, word_diff(before, text, context=CONTEXT), before != text))
    for label, text in old.items():
        if label not in seen:
            diffs.append(FieldDiff(label, word_diff(text, "", context=CONTEXT), True))
    return tuple(diffs)


# --- the stream ---------------------------------------------------------------------------


def _blocks(stream) -> list[dict]:
    if isinstance(stream, str):
        stream = json.loads(stream or "[]")
    return [b for b in (stream or []) if isinstance(b, dict) and b.get("id")]


def _same(a, b) -> bool:
    return json.dumps(a, sort_keys=True, default=str) == json.dumps(b, sort_keys=True, default=str)


# What a block shows besides its text: another image, document, video or activity is an edit.
_MEDIA_KEYS = ("package", "image", "document", "url", "video", "file", "embed")


def _edited(before: dict, block_type: str, value) -> bool:
    """Whether the block was edited for the learner: another type, other words in one of its
    text fields, or other media. Saving a page in the admin re-serialises blocks nobody
    touched (rich text gains block keys, defaults appear), which is not an edit."""
    old_value = before.get("value")
    if before.get("type") != block_type:
        return True
    if _same(old_value, value):
        return False
    if dict(block_fields(block_type, old_value)) != dict(block_fields(block_type, value)):
        return True
    if isinstance(old_value, dict) and isinstance(value, dict):
        return any(not _same(old_value.get(k), value.get(k)) for k in _MEDIA_KEYS)
    return False


def _package(value):
    return value.get("package") if isinstance(value, dict) else None


def _h5p_note(status, old_value=None, new_value=None, titles=None) -> str:
    titles = titles or {}
    if status == ADDED:
        title = titles.get(_package(new_value))
        return _("Activity added: %(title)s") % {"title": title} if title else _("Activity added.")
    if status == REMOVED:
        title = titles.get(_package(old_value))
        return (
            _("Activity removed: %(title)s") % {"title": title} if title else _("Activity removed.")
        )
    old_title, new_title = titles.get(_package(old_value)), titles.get(_package(new_value))
    if old_title and new_title:
        return _("Activity replaced: %(old)s → %(new)s") % {"old": old_title, "new": new_title}
    return _("Activity replaced by another one.")


def stream_diff(old_stream, new_stream, *, package_titles=None) -> LessonDiff:
    """Compare two lesson bodies by block id: blocks added, removed, edited (same id, another
    value: with the words changed in each of its text fields), moved (same value, another
    place among the blocks both have) and unchanged. ``package_titles`` (package id ->
    title) names H5P activities added, removed or replaced."""
    old, new = _blocks(old_stream), _blocks(new_stream)
    old_by_id = {b["id"]: b for b in old}
    new_ids = {b["id"] for b in new}
    common_old = [b["id"] for b in old if b["id"] in new_ids]
    common_new = [b["id"] for b in new if b["id"] in old_by_id]
    in_place = set()
    matcher = difflib.SequenceMatcher(None, common_old, common_new, autojunk=False)
    for match in matcher.get_matching_blocks():
        in_place.update(common_new[match.b : match.b + match.size])
    diff = LessonDiff()
    for block in new:
        block_id, block_type, value = block["id"], block.get("type", ""), block.get("value")
        label = block_label(block_type)
        before = old_by_id.get(block_id)
        snippet = _snippet(block_type, value)
        if before is None:
            note = _h5p_note(ADDED, new_value=value, titles=package_titles)
            change = BlockChange(
                block_id,
                block_type,
                ADDED,
                label,
                note=note if block_type == "h5p" else "",
                snippet=snippet,
            )
        elif _edited(before, block_type, value):
            note = ""
            if block_type == "h5p" and before.get("type") == "h5p":
                if _package(before.get("value")) != _package(value):
                    note = _h5p_note(EDITED, before.get("value"), value, titles=package_titles)
            fields = _field_diffs(block_type, before.get("value"), value)
            change = BlockChange(
                block_id, block_type, EDITED, label, fields=fields, note=note, snippet=snippet
            )
        elif block_id not in in_place:
            change = BlockChange(block_id, block_type, MOVED, label)
        else:
            change = BlockChange(block_id, block_type, UNCHANGED, label)
        diff.blocks[block_id] = change
    for block in old:
        if block["id"] in new_ids:
            continue
        block_type, value = block.get("type", ""), block.get("value")
        text = "\n".join(t for _label, t in block_fields(block_type, value))
        note = _h5p_note(REMOVED, old_value=value, titles=package_titles)
        diff.removed.append(
            BlockChange(
                block["id"],
                block_type,
                REMOVED,
                block_label(block_type),
                text=text,
                note=note if block_type == "h5p" else "",
            )
        )
    return diff


def _snippet(block_type, value) -> str:
    words = " ".join(t for _label, t in block_fields(block_type, value)).split()
    text = " ".join(words[:SNIPPET_WORDS])
    return f"{text} …" if len(words) > SNIPPET_WORDS else text


def revision_body(revision) -> list:
    """The stream stored in a page revision (``revision.content["body"]``)."""
    body = (revision.content or {}).get("body") if revision is not None else None
    return _blocks(body)


def live_body(page) -> list:
    """The stream of a page as loaded, without turning its blocks into values."""
    return _blocks(list(page.body.raw_data))
