"""The Polish catalogue is complete, well-formed, compiled and in step with the templates.

The UI is Polish by default (LANGUAGE_CODE "pl"); the source strings are English. These
tests read locale/pl/LC_MESSAGES/django.po with a small parser (no extra dependency) and
check what msgfmt does not: every entry is translated and not fuzzy, and each translation
keeps exactly the placeholders of its source. They also check that the committed .mo
files match their .po files, that Polish actually shows at runtime, and that every string
marked for translation in a template is in the catalogue (a new string without a
translation shows up here, not in front of a user).

After adding strings, from the project root:

    python manage.py makemessages -l pl -l en --no-obsolete --ignore=.venv \\
        --ignore=node_modules --ignore=var --ignore=tests --ignore=bench

translate the new (empty or fuzzy) entries in locale/pl/LC_MESSAGES/django.po, then run
``python manage.py compilemessages --ignore=.venv --ignore=node_modules`` and commit the
.po and .mo files together. Run makemessages from the project root only: run from a
sub-folder with --no-obsolete it drops every entry found outside that folder.
"""

import gettext as gettext_module
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.utils import translation

BASE_DIR = Path(__file__).resolve().parents[1]
LOCALE = BASE_DIR / "locale"
PL_PO = LOCALE / "pl" / "LC_MESSAGES" / "django.po"
PL_MO = PL_PO.with_suffix(".mo")
EN_PO = LOCALE / "en" / "LC_MESSAGES" / "django.po"
EN_MO = EN_PO.with_suffix(".mo")
TEMPLATE_DIRS = [BASE_DIR / "templates"]
MSGFMT = shutil.which("msgfmt")
needs_msgfmt = pytest.mark.skipif(MSGFMT is None, reason="GNU gettext (msgfmt) is not installed")


# --- a minimal .po parser ------------------------------------------------------------------


@dataclass
class Entry:
    msgid: str = ""
    msgid_plural: str | None = None
    msgctxt: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)  # index 0 for a singular entry
    flags: set[str] = field(default_factory=set)
    line: int = 0

    @property
    def key(self):
        return (self.msgctxt, self.msgid)

    def __str__(self):
        ctx = f"[{self.msgctxt}] " if self.msgctxt is not None else ""
        return f"line {self.line}: {ctx}{self.msgid!r}"


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}
_KEYWORD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+"(.*)"\s*$')
_CONTINUATION = re.compile(r'^"(.*)"\s*$')


def _unquote(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), "\\" + m.group(1)), text)


def parse_po(path: Path) -> tuple[dict[str, str], list[Entry]]:
    """Return (header fields, entries). Obsolete (#~) entries and comments are skipped."""
    entries: list[Entry] = []
    entry = Entry()
    target = None  # (attribute name, msgstr index) the next continuation line extends

    def finish():
        nonlocal entry, target
        if entry.line:
            entries.append(entry)
        entry, target = Entry(), None

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line:
            finish()
            continue
        if line.startswith("#~"):
            continue
        if line.startswith("#"):
            if target and target[0] == "msgstr":
                finish()  # comments after a msgstr begin the next entry
            if line.startswith("#,"):
                entry.flags.update(f.strip() for f in line[2:].split(",") if f.strip())
            continue
        if match := _KEYWORD.match(line):
            keyword, index, text = match.groups()
            text = _unquote(text)
            if keyword in ("msgctxt", "msgid") and target and target[0] == "msgstr":
                finish()  # a new entry without a blank line before it
            entry.line = entry.line or number
            if keyword.startswith("msgstr"):
                target = ("msgstr", int(index or 0))
                entry.msgstr[target[1]] = text
            else:
                target = (keyword, None)
                setattr(entry, keyword, text)
            continue
        if match := _CONTINUATION.match(line):
            if target is None:
                raise ValueError(f"{path}:{number}: continuation line outside an entry")
            text = _unquote(match.group(1))
            if target[0] == "msgstr":
                entry.msgstr[target[1]] += text
            else:
                setattr(entry, target[0], getattr(entry, target[0]) + text)
            continue
        raise ValueError(f"{path}:{number}: cannot parse {raw!r}")
    finish()

    header: dict[str, str] = {}
    messages = []
    for e in entries:
        if e.msgid == "" and e.msgctxt is None:
            for row in e.msgstr.get(0, "").splitlines():
                name, _, value = row.partition(":")
                header[name.strip()] = value.strip()
        else:
            messages.append(e)
    return header, messages


# Printf-style placeholders as Python's % operator reads them: %(name)s, %s, %5.2f, and
# the escaped percent sign %% (counted too, so "50%%" cannot turn into a lone "%").
_PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[#0 +-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa%]")
_BRACE = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
_HTML = re.compile(r"</?[A-Za-z][^>]*>|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")


def placeholders(text: str, flags: set[str]) -> Counter:
    """Placeholders, HTML tags and entities; a % is a placeholder only in python-format."""
    found = Counter(_PLACEHOLDER.findall(text) if "python-format" in flags else ())
    if "python-brace-format" in flags:
        found.update(_BRACE.findall(text))
    found.update(_HTML.findall(text))
    return found


@pytest.fixture(scope="module")
def pl_catalogue():
    assert PL_PO.is_file(), f"{PL_PO} is missing: run makemessages (see the module docstring)"
    return parse_po(PL_PO)


# --- the .po file ---------------------------------------------------------------------------


def test_parser_reads_multiline_and_plural_entries(tmp_path):
    po = tmp_path / "django.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: pl\\n"\n"Plural-Forms: nplurals=3; plural=0;\\n"\n\n'
        "#: a.py:1\n#, python-format\n"
        'msgid ""\n"Long %(a)s "\n"text \\"quoted\\""\nmsgstr ""\n"Długi %(a)s "\n"tekst"\n\n'
        'msgctxt "person"\nmsgid "Name"\nmsgstr "Imię"\n\n'
        'msgid "%(n)s day"\nmsgid_plural "%(n)s days"\n'
        'msgstr[0] "%(n)s dzień"\nmsgstr[1] "%(n)s dni"\nmsgstr[2] ""\n\n'
        '#~ msgid "Old"\n#~ msgstr "Stary"\n',
        encoding="utf-8",
    )
    header, entries = parse_po(po)
    assert header["Language"] == "pl"
    assert [e.key for e in entries] == [
        (None, 'Long %(a)s text "quoted"'),
        ("person", "Name"),
        (None, "%(n)s day"),
    ]
    assert entries[0].msgstr == {0: "Długi %(a)s tekst"} and "python-format" in entries[0].flags
    assert entries[2].msgid_plural == "%(n)s days" and entries[2].msgstr[2] == ""


def test_polish_header_and_plural_rule(pl_catalogue):
    header, _ = pl_catalogue
    assert header["Language"] == "pl"
    assert header["Content-Type"] == "text/plain; charset=UTF-8"
    rule = header["Plural-Forms"]
    match = re.fullmatch(r"nplurals=(\d+);\s*plural=(.+?);?", rule)
    assert match, rule
    assert match.group(1) == "3"
    plural = gettext_module.c2py(match.group(2))
    # 1 → "1 podejście", 2–4 → "podejścia" (but 12–14 → "podejść"), the rest → "podejść".
    expected = {1: 0, 2: 1, 3: 1, 4: 1, 5: 2, 11: 2, 12: 2, 13: 2, 14: 2, 21: 2, 22: 1}
    expected |= {24: 1, 25: 2, 0: 2, 100: 2, 102: 1, 112: 2, 114: 2, 122: 1, 1000: 2}
    assert {n: plural(n) for n in expected} == expected


def test_every_entry_is_translated(pl_catalogue):
    _, entries = pl_catalogue
    assert len(entries) > 100, "the Polish catalogue looks truncated"
    problems = []
    for e in entries:
        wanted = range(3) if e.msgid_plural is not None else range(1)
        if sorted(e.msgstr) != list(wanted):
            problems.append(f"{e}: msgstr forms {sorted(e.msgstr)}, expected {list(wanted)}")
        elif not all(e.msgstr[i].strip() for i in wanted):
            problems.append(f"{e}: empty translation")
    assert not problems, "Untranslated entries:\n" + "\n".join(problems)


def test_no_fuzzy_entries(pl_catalogue):
    _, entries = pl_catalogue
    fuzzy = [str(e) for e in entries if "fuzzy" in e.flags]
    assert not fuzzy, "Fuzzy entries (check the translation, then drop the flag):\n" + "\n".join(
        fuzzy
    )


def test_translations_keep_placeholders(pl_catalogue):
    _, entries = pl_catalogue
    problems = []
    for e in entries:
        sources = [e.msgid] if e.msgid_plural is None else [e.msgid, e.msgid_plural]
        source_sets = [placeholders(s, e.flags) for s in sources]
        # Singular and plural sources must agree with each other, too.
        if len({tuple(sorted(s.items())) for s in source_sets}) > 1:
            problems.append(f"{e}: msgid and msgid_plural differ in placeholders")
        for index, text in sorted(e.msgstr.items()):
            if not text:
                continue
            found = placeholders(text, e.flags)
            if found != source_sets[0]:
                missing = source_sets[0] - found
                extra = found - source_sets[0]
                problems.append(
                    f"{e}: msgstr[{index}] missing {sorted(missing.elements())}, "
                    f"extra {sorted(extra.elements())}"
                )
    assert not problems, "Placeholder mismatches:\n" + "\n".join(problems)


def test_english_catalogue_exists_and_uses_the_source():
    assert EN_PO.is_file(), f"{EN_PO} is missing: run makemessages (see the module docstring)"
    header, entries = parse_po(EN_PO)
    assert header["Language"] == "en"
    assert entries
    assert not [str(e) for e in entries if "fuzzy" in e.flags]


# --- compiled catalogues --------------------------------------------------------------------


@needs_msgfmt
@pytest.mark.parametrize("po", [PL_PO, EN_PO], ids=["pl", "en"])
def test_msgfmt_check_passes(po):
    result = subprocess.run(
        [MSGFMT, "--check", "-o", "/dev/null", str(po)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def _catalog(mo: Path) -> dict:
    with mo.open("rb") as handle:
        return dict(gettext_module.GNUTranslations(handle)._catalog)


@needs_msgfmt
@pytest.mark.parametrize("po", [PL_PO, EN_PO], ids=["pl", "en"])
def test_committed_mo_matches_po(po, tmp_path):
    mo = po.with_suffix(".mo")
    assert mo.is_file(), f"{mo} is missing: run manage.py compilemessages"
    fresh = tmp_path / "django.mo"
    subprocess.run([MSGFMT, "--check-format", "-o", str(fresh), str(po)], check=True)
    committed, expected = _catalog(mo), _catalog(fresh)
    stale = sorted(str(k) for k in expected.keys() ^ committed.keys())
    stale += sorted(
        str(k) for k in expected.keys() & committed.keys() if expected[k] != committed[k]
    )
    assert not stale, (
        f"{mo} is out of date; run manage.py compilemessages. Differences: {stale[:10]}"
    )


def test_polish_is_used_at_runtime():
    with translation.override("pl"):
        assert translation.gettext("My learning") == "Moja nauka"
        assert translation.gettext("Sign in") == "Zaloguj się"
        assert translation.gettext("Course catalogue") == "Katalog szkoleń"
        assert translation.gettext("Team leader") == "Lider zespołu"
        assert translation.pgettext("person", "Name") == "Imię i nazwisko"
        assert translation.gettext("Name") == "Nazwa"
        forms = {
            n: translation.ngettext("%(n)s course", "%(n)s courses", n) % {"n": n}
            for n in (1, 3, 5, 14, 22)
        }
    assert forms == {
        1: "1 szkolenie",
        3: "3 szkolenia",
        5: "5 szkoleń",
        14: "14 szkoleń",
        22: "22 szkolenia",
    }


def test_english_shows_the_source_strings():
    with translation.override("en"):
        assert translation.gettext("My learning") == "My learning"
        assert translation.ngettext("%(n)s course", "%(n)s courses", 2) == "%(n)s courses"


# --- templates against the catalogue --------------------------------------------------------

_STRING = r"""(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')"""
_TRANSLATE_TAG = re.compile(
    r"{%-?\s*(?:translate|trans)\s+" + _STRING + r"(?P<rest>[^%]*?)-?%}", re.DOTALL
)
_CONTEXT = re.compile(r"\bcontext\s+" + _STRING)
_UNDERSCORE = re.compile(r"{%[^%]*?\b_\(\s*" + _STRING + r"\s*\)[^%]*?%}", re.DOTALL)
_BLOCK = re.compile(
    r"{%-?\s*(?:blocktranslate|blocktrans)\b(?P<args>[^%]*?)-?%}(?P<body>.*?)"
    r"{%-?\s*(?:endblocktranslate|endblocktrans)\s*-?%}",
    re.DOTALL,
)
_PLURAL_TAG = re.compile(r"{%-?\s*plural\s*-?%}")
_VARIABLE = re.compile(r"{{\s*([A-Za-z_][A-Za-z0-9_]*)\s*}}")


def _blocktranslate_msgids(args: str, body: str) -> tuple[str | None, list[str]]:
    context = _CONTEXT.search(args)
    parts = _PLURAL_TAG.split(body, maxsplit=1)
    msgids = []
    for part in parts:
        if re.search(r"\btrimmed\b", args):
            part = translation.trim_whitespace(part)
        msgids.append(_VARIABLE.sub(r"%(\1)s", part.replace("%", "%%")))
    return (context and (context.group(1) or context.group(2))), msgids


def template_msgids() -> list[tuple[str, str | None, str]]:
    """(template path, msgctxt, msgid) for every string marked in the templates."""
    found = []
    for directory in TEMPLATE_DIRS:
        for path in sorted([*directory.rglob("*.html"), *directory.rglob("*.txt")]):
            text = path.read_text(encoding="utf-8")
            where = str(path.relative_to(BASE_DIR))
            for match in _TRANSLATE_TAG.finditer(text):
                # makemessages doubles % in {% translate %} literals (see templatize()).
                msgid = match.group(1) if match.group(1) is not None else match.group(2)
                msgid = msgid.replace("%", "%%")
                context = _CONTEXT.search(match.group("rest"))
                ctx = context and (context.group(1) or context.group(2))
                found.append((where, ctx, msgid))
            for match in _UNDERSCORE.finditer(text):
                msgid = match.group(1) if match.group(1) is not None else match.group(2)
                found.append((where, None, _unquote(msgid)))
            for match in _BLOCK.finditer(text):
                ctx, msgids = _blocktranslate_msgids(match.group("args"), match.group("body"))
                found.append((where, ctx, msgids[0]))
    return found


def test_template_scan_finds_strings():
    found = template_msgids()
    assert ("templates/courses/includes/my_learning_panel.html", None, "My learning") in found
    assert ("templates/lms/home.html", None, "Hello, %(name)s") in found
    assert ("templates/lms/people/list.html", "person", "Name") in found


def test_every_template_string_is_in_the_catalogue(pl_catalogue):
    _, entries = pl_catalogue
    known = {e.key for e in entries}
    missing = sorted(
        {
            f"{where}: {msgid!r}" + (f" (context {ctx!r})" if ctx else "")
            for where, ctx, msgid in template_msgids()
            if (ctx, msgid) not in known
        }
    )
    assert not missing, (
        "Strings in templates but not in locale/pl/LC_MESSAGES/django.po "
        "(run makemessages and translate them, see the module docstring):\n" + "\n".join(missing)
    )
