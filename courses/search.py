"""Catalogue search that any input survives, with or without Polish diacritics.

Queries are reduced to words (so quotes, operators and control characters never reach the
search backend's query syntax) and capped in length. Pages are indexed twice: as written, and
folded to ASCII (``folded_text``), so "obsluga" finds "obsługa" on SQLite and PostgreSQL.
"""

import re
import unicodedata

MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 12

# Letters NFKD does not decompose to an ASCII base.
_EXTRA_FOLDS = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "Ø": "O", "đ": "d"})
_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """``text`` without diacritics: "Obsługa cudzoziemców" → "Obsluga cudzoziemcow"."""
    text = (text or "").translate(_EXTRA_FOLDS)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def clean_query(raw: str) -> str:
    """The words of a search box entry, safe for every backend; '' when there are none."""
    words = _WORD.findall((raw or "")[: MAX_QUERY_CHARS * 2])
    words = [w for w in words if w.strip("_")][:MAX_QUERY_WORDS]
    return " ".join(words)[:MAX_QUERY_CHARS]


def folded_query(raw: str) -> str:
    return fold(clean_query(raw))


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("id", "type"):
                yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


_TAG = re.compile(r"<[^>]+>")


def page_text(*parts) -> str:
    """The plain text of strings and StreamField values, tags removed, folded."""
    texts = []
    for part in parts:
        raw = getattr(part, "raw_data", part)
        texts.extend(_TAG.sub(" ", s) for s in _strings(list(raw) if raw is not part else raw))
    return fold(" ".join(texts))
