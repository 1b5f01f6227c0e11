"""Validation and safe extraction of H5P packages (.h5p, a ZIP archive), following the H5P
specification plus ZIP safety rules and checks that each file's bytes match its extension."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from xml.parsers import expat

from django.conf import settings
from django.utils.translation import gettext as _

SUPPORTED_CORE_API = (1, 27)
EMBED_TYPES = ("div", "iframe")
VERSION_KEYS = ("majorVersion", "minorVersion")
CONTENT_EXTENSIONS = frozenset(
    "json png jpg jpeg gif bmp tif tiff svg eot ttf woff woff2 otf webm mp4 ogg mp3 m4a wav "
    "txt pdf rtf doc docx xls xlsx ppt pptx odt ods odp xml csv diff patch swf md textile "
    "vtt webvtt".split()
)
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | {"js", "css"}
DEFAULT_LIMITS = {
    "KADRA_H5P_MAX_FILES": 5000,
    "KADRA_H5P_MAX_FILE_BYTES": 50 * 1024 * 1024,
    "KADRA_H5P_MAX_TOTAL_BYTES": 200 * 1024 * 1024,
    "KADRA_H5P_MAX_COMPRESSION_RATIO": 100,
}
RATIO_FLOOR_BYTES = 1024 * 1024  # smaller files are never refused for their ratio alone
CHUNK_BYTES = 64 * 1024
HEAD_BYTES = 1024  # enough for every signature below (a PDF header may sit within 1 KiB)

MACHINE_NAME_RE = re.compile(r"^[\w\-.]{1,255}$")
LIBRARY_FOLDER_RE = re.compile(r"^[\w\-.]{1,255}-\d{1,5}\.\d{1,5}$")
VERSION_TEXT_RE = re.compile(r"^\d{1,5}$")


def _starts(*prefixes: bytes):
    return lambda head: head.startswith(prefixes)


_SIGNATURES = {  # extension -> test of the file's first bytes
    "png": _starts(b"\x89PNG\r\n\x1a\n"),
    "gif": _starts(b"GIF87a", b"GIF89a"),
    "bmp": _starts(b"BM"),
    "pdf": lambda head: b"%PDF-" in head,
    "webm": _starts(b"\x1a\x45\xdf\xa3"),
    "ogg": _starts(b"OggS"),
    "mp3": lambda head: head[:3] == b"ID3" or (head[:1] == b"\xff" and head[1:2] >= b"\xe0"),
    "wav": lambda head: head[:4] == b"RIFF" and head[8:12] == b"WAVE",
    "woff": _starts(b"wOFF"),
    "woff2": _starts(b"wOF2"),
    "eot": lambda head: head[34:36] == b"LP",
    **dict.fromkeys(("jpg", "jpeg"), _starts(b"\xff\xd8\xff")),
    **dict.fromkeys(("tif", "tiff"), _starts(b"II*\x00", b"MM\x00*")),
    **dict.fromkeys(("mp4", "m4a"), lambda head: head[4:8] == b"ftyp"),
    **dict.fromkeys(("ttf", "otf"), _starts(b"\x00\x01\x00\x00", b"OTTO", b"true", b"ttcf")),
    **dict.fromkeys(("doc", "xls", "ppt"), _starts(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")),
    **dict.fromkeys(("docx", "xlsx", "pptx", "odt", "ods", "odp"), _starts(b"PK\x03\x04")),
}


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_machine_name(value) -> bool:
    return isinstance(value, str) and bool(MACHINE_NAME_RE.match(value))


H5P_JSON_FIELDS = {  # required field -> test of its value
    "title": lambda v: isinstance(v, str) and v.strip(),
    "mainLibrary": _is_machine_name,
    "language": lambda v: isinstance(v, str) and v.strip(),
    "embedTypes": lambda v: isinstance(v, list) and v and all(t in EMBED_TYPES for t in v),
    "preloadedDependencies": lambda v: isinstance(v, list) and bool(v),
}
LIBRARY_JSON_FIELDS = {
    "title": lambda v: isinstance(v, str) and v.strip(),
    "machineName": _is_machine_name,
    "majorVersion": _is_int,
    "minorVersion": _is_int,
    "patchVersion": _is_int,
    "runnable": lambda v: _is_int(v) and v in (0, 1),
}


class H5PValidationError(Exception):
    """The package was refused; ``messages`` lists every problem found."""

    def __init__(self, messages: list[str]):
        self.messages = list(messages)
        super().__init__("\n".join(self.messages))


@dataclass(frozen=True)
class LibraryRef:
    machine_name: str
    major: int
    minor: int

    @property
    def folder(self) -> str:
        return f"{self.machine_name}-{self.major}.{self.minor}"


@dataclass
class PackageInfo:
    title: str
    main_library: str
    main_library_version: str
    embed_types: list[str]
    language: str | None
    libraries: list[LibraryRef]
    preloaded_dependencies: list[LibraryRef]
    content: dict
    h5p_json: dict
    files: list[str]
    total_size: int


def _limit(name: str) -> int:
    return int(getattr(settings, name, DEFAULT_LIMITS[name]))


def _ext(name: str) -> str:
    return PurePosixPath(name).suffix[1:].lower()


def _skipped(name: str) -> bool:
    """Harmless clutter (macOS resource forks, dot-files) is neither checked nor extracted."""
    parts = name.split("/")
    return parts[0] == "__MACOSX" or any(part.startswith(".") for part in parts)


class _TooLarge(Exception):
    """Raised while reading a member that exceeds a size limit."""


def _copy_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, write) -> int:
    """Decompress a member chunk by chunk into ``write``; raise _TooLarge past ``cap`` bytes."""
    size = 0
    with zf.open(info) as source:
        while chunk := source.read(CHUNK_BYTES):
            size += len(chunk)
            if size > cap:
                raise _TooLarge
            write(chunk)
    return size


class _Validator:
    def __init__(self, zf: zipfile.ZipFile):
        self.zf = zf
        self.errors: list[str] = []
        self.members: dict[str, zipfile.ZipInfo] = {}  # files to extract, by name
        self.json: dict[str, object] = {}  # parsed JSON files, by name
        self.folders: set[str] = set()  # top-level folders
        self.dependencies: dict[str, list[LibraryRef]] = {}  # file -> preloadedDependencies
        self.total = 0
        self.max_file = _limit("KADRA_H5P_MAX_FILE_BYTES")
        self.max_total = _limit("KADRA_H5P_MAX_TOTAL_BYTES")

    def error(self, message: str, **params) -> None:
        self.errors.append(message % params if params else message)

    def invalid(self, file: str, field: str) -> None:
        self.error(_("%(file)s: the field %(field)s has an invalid value."), file=file, field=field)

    def check_fields(self, file: str, data: dict, fields: dict) -> bool:
        """Report missing or invalid required fields; True if there is none."""
        for key, is_valid in fields.items():
            if key not in data:
                msg = _("%(file)s: the required field %(field)s is missing.")
                self.error(msg, file=file, field=key)
            elif not is_valid(data[key]):
                self.invalid(file, key)
        return all(key in data and is_valid(data[key]) for key, is_valid in fields.items())

    def check_entries(self) -> None:
        infos = self.zf.infolist()
        if not infos:
            raise H5PValidationError([_("The H5P package is empty.")])
        if len(infos) > (most := _limit("KADRA_H5P_MAX_FILES")):
            msg = _("The package contains %(count)d files; at most %(max)d are allowed.")
            raise H5PValidationError([msg % {"count": len(infos), "max": most}])
        seen: set[str] = set()
        for info in infos:
            name = info.filename
            if name in seen:
                self.error(_("The package contains the file %(file)s more than once."), file=name)
            elif self.is_safe(info) and not _skipped(name):
                if "/" in name:
                    self.folders.add(name.split("/", 1)[0])
                if not info.is_dir():
                    self.members[name] = info
            seen.add(name)

    def is_safe(self, info: zipfile.ZipInfo) -> bool:
        name, parts = info.filename, info.filename.rstrip("/").split("/")
        problems = (
            ("\\" in name, _("it contains a backslash")),
            (name.startswith("/"), _("it is an absolute path")),
            (bool(re.match(r"^[A-Za-z]:", name)), _("it starts with a drive letter")),
            (".." in parts, _("it points outside the package")),
            (any(part in ("", ".") for part in parts), _("it contains an empty path segment")),
            (stat.S_ISLNK(info.external_attr >> 16), _("it is a symbolic link")),
            (bool(info.flag_bits & 0x1), _("it is encrypted")),
        )
        if problem := next((problem for found, problem in problems if found), None):
            msg = _("Unsafe entry %(file)s in the package: %(problem)s.")
            self.error(msg, file=name, problem=problem)
        return problem is None

    def check_files(self) -> None:
        for name in list(self.members):  # first the file types: no need to unpack for that
            in_library = "/" in name and not name.startswith("content/")
            if _ext(name) not in (LIBRARY_EXTENSIONS if in_library else CONTENT_EXTENSIONS):
                msg = _("The file %(file)s is of a type not allowed in H5P packages.")
                self.error(msg, file=name)
                del self.members[name]
        for name, info in self.members.items():
            if (data := self.read(info, whole=_ext(name) in ("json", "svg"))) is not None:
                self.check_content(name, _ext(name), data)

    def read(self, info: zipfile.ZipInfo, whole: bool) -> bytes | None:
        """Decompress a member within the limits; return all of it or only its first bytes."""
        name, room = info.filename, self.max_total - self.total
        too_large = _("The file %(file)s is too large (the limit is %(max)d bytes).")
        if info.file_size > self.max_file:  # the header says so already
            self.error(too_large, file=name, max=self.max_file)
            return None
        ratio = _limit("KADRA_H5P_MAX_COMPRESSION_RATIO")
        ratio_cap = max(RATIO_FLOOR_BYTES, ratio * info.compress_size)
        cap, data = min(self.max_file, ratio_cap, room), bytearray()

        def keep(chunk: bytes) -> None:
            data.extend(chunk if whole else chunk[: max(0, HEAD_BYTES - len(data))])

        try:
            self.total += _copy_member(self.zf, info, cap, keep)
        except _TooLarge:
            if cap == room:  # stop: nothing more may be unpacked
                msg = _("The package is too large once unpacked (the limit is %(max)d bytes).")
                raise H5PValidationError([*self.errors, msg % {"max": self.max_total}]) from None
            if cap == ratio_cap:
                msg = _("The file %(file)s is compressed suspiciously well (a ZIP bomb?).")
                self.error(msg, file=name)
            else:
                self.error(too_large, file=name, max=self.max_file)
            return None
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError):
            self.error(_("The file %(file)s in the package is damaged or unreadable."), file=name)
            return None
        return bytes(data)

    def check_content(self, name: str, ext: str, data: bytes) -> None:
        if ext == "json":
            try:
                self.json[name] = json.loads(data.decode("utf-8-sig"))
            except json.JSONDecodeError as exc:
                msg = _("The file %(file)s is not valid JSON (line %(line)d, column %(col)d).")
                self.error(msg, file=name, line=exc.lineno, col=exc.colno)
            except (UnicodeDecodeError, RecursionError):
                self.error(_("The file %(file)s is not valid JSON."), file=name)
        elif ext == "svg" and (problem := _svg_problem(data)):
            msg = _("The file %(file)s is not a valid SVG image: %(problem)s.")
            self.error(msg, file=name, problem=problem)
        elif ext in _SIGNATURES and not _SIGNATURES[ext](data):
            msg = _("The content of %(file)s does not match its file type (.%(ext)s).")
            self.error(msg, file=name, ext=ext)

    def load_json(self, name: str, missing: str) -> dict | None:
        """The parsed JSON object in file ``name``; report ``missing`` if there is no such file."""
        if name not in self.members:
            self.error(missing)
        elif name in self.json:  # if not, its broken JSON has been reported
            if isinstance(data := self.json[name], dict):
                return data
            self.error(_("The file %(file)s must contain a JSON object."), file=name)
        return None

    def record_dependencies(self, file: str, data: dict) -> None:
        """Keep the valid {machineName, majorVersion, minorVersion} items of a file's list."""
        value = data.get("preloadedDependencies", [])
        refs = self.dependencies.setdefault(file, [])
        for index, dep in enumerate(value if isinstance(value, list) else [None]):
            dep = dep if isinstance(dep, dict) else {}
            name = dep.get("machineName")
            versions = [dep.get(key) for key in VERSION_KEYS]
            # Exports write these versions as numbers or as strings of digits.
            if _is_machine_name(name) and all(
                _is_int(v) or (isinstance(v, str) and VERSION_TEXT_RE.match(v)) for v in versions
            ):
                refs.append(LibraryRef(name, int(versions[0]), int(versions[1])))
            else:
                self.invalid(file, f"preloadedDependencies[{index}]")

    def check_library(self, folder: str) -> LibraryRef | None:
        path = f"{folder}/library.json"
        if not LIBRARY_FOLDER_RE.match(folder):
            msg = _("The library folder %(folder)s has a malformed name (not like H5P.Name-1.0).")
            self.error(msg, folder=folder)
        missing = _("The library folder %(folder)s has no library.json file.") % {"folder": folder}
        if (data := self.load_json(path, missing)) is None:
            return None
        ok = self.check_fields(path, data, LIBRARY_JSON_FIELDS)
        core = data.get("coreApi", {"majorVersion": 0, "minorVersion": 0})
        core = [core.get(key) for key in VERSION_KEYS] if isinstance(core, dict) else []
        if len(core) != 2 or not all(_is_int(v) for v in core):
            self.invalid(path, "coreApi")
        elif tuple(core) > SUPPORTED_CORE_API:
            msg = _(
                "The library %(library)s requires H5P core API (coreApi) %(required)s, "
                "but this platform supports up to %(supported)s."
            )
            supported = ".".join(map(str, SUPPORTED_CORE_API))
            self.error(msg, library=folder, required="{}.{}".format(*core), supported=supported)
        for key in ("preloadedJs", "preloadedCss"):
            entries = data.get(key, [])
            for entry in entries if isinstance(entries, list) else [None]:
                file = entry.get("path") if isinstance(entry, dict) else None
                if not isinstance(file, str):
                    self.invalid(path, key)
                elif f"{folder}/{file}" not in self.members:
                    msg = _("%(file)s lists %(missing)s in %(field)s, but that file is missing.")
                    self.error(msg, file=path, missing=f"{folder}/{file}", field=key)
        self.record_dependencies(path, data)
        if not ok:
            return None
        ref = LibraryRef(data["machineName"], data["majorVersion"], data["minorVersion"])
        if LIBRARY_FOLDER_RE.match(folder) and ref.folder != folder:
            msg = _("The library folder %(folder)s does not match its library.json (%(expected)s).")
            self.error(msg, folder=folder, expected=ref.folder)
        return ref

    def run(self) -> PackageInfo:
        self.check_entries()
        self.check_files()
        h5p = self.load_json("h5p.json", _("The package has no h5p.json file at its root."))
        if h5p is not None and not self.check_fields("h5p.json", h5p, H5P_JSON_FIELDS):
            h5p = None
        if h5p is not None:
            self.record_dependencies("h5p.json", h5p)
        no_content = _("The package has no content/content.json file.")
        content = self.load_json("content/content.json", no_content)
        folders = sorted(self.folders - {"content"})
        libraries = [ref for folder in folders if (ref := self.check_library(folder))]
        bundled = {folder for folder in folders if f"{folder}/library.json" in self.members}
        for file, deps in self.dependencies.items():
            for dep in deps:
                if dep.folder not in bundled:
                    msg = _("%(file)s requires the library %(library)s, which is missing.")
                    self.error(msg, file=file, library=dep.folder)
        preloaded = self.dependencies.get("h5p.json", [])
        if h5p is not None:
            main = [ref for ref in preloaded + libraries if ref.machine_name == h5p["mainLibrary"]]
            if not main:
                msg = _("h5p.json: the main library %(library)s is not included in the package.")
                self.error(msg, library=h5p["mainLibrary"])
        if self.errors:
            raise H5PValidationError(self.errors)
        return PackageInfo(
            title=h5p["title"],
            main_library=h5p["mainLibrary"],
            main_library_version=f"{main[0].major}.{main[0].minor}",
            embed_types=list(h5p["embedTypes"]),
            language=h5p["language"],
            libraries=libraries,
            preloaded_dependencies=preloaded,
            content=content,
            h5p_json=h5p,
            files=[name for name in self.members if name == "h5p.json" or "/" in name],
            total_size=self.total,
        )


# Elements that run code or embed other documents in an SVG.
SVG_ACTIVE_ELEMENTS = {
    "script",
    "foreignobject",
    "iframe",
    "embed",
    "object",
    "handler",
    "listener",
}
SVG_ANIMATION_ELEMENTS = {"animate", "set", "animatemotion", "animatetransform", "animatecolor"}
# What browsers treat as a script link once whitespace and control characters are dropped.
_SCRIPT_URL = re.compile(
    r"^[\x00-\x20]*(?:j[\s]*a[\s]*v[\s]*a[\s]*s[\s]*c[\s]*r[\s]*i[\s]*p[\s]*t|vbscript|data)[\s]*:",
    re.IGNORECASE,
)


def _svg_problem(data: bytes) -> str | None:
    """Why ``data`` is not a harmless SVG document, or None if it is one."""
    elements: list[str] = []

    def start(name, attributes):
        element = name.rsplit(":", 1)[-1].lower()
        elements.append(element)
        if element in SVG_ACTIVE_ELEMENTS:
            raise ValueError(
                _("it contains scripts or embedded documents (<%(e)s>)") % {"e": element}
            )
        for attribute, value in attributes.items():
            local = attribute.rsplit(":", 1)[-1].lower()
            if local.startswith("on"):
                raise ValueError(_("it contains scripts"))
            if local == "href" and _SCRIPT_URL.match(value):
                raise ValueError(_("it contains scripts (a javascript: or data: link)"))
            if (
                element in SVG_ANIMATION_ELEMENTS
                and local == "attributename"
                and (value.rsplit(":", 1)[-1].strip().lower() == "href")
            ):
                raise ValueError(_("it animates a link, which can turn it into a script"))

    def entity(*args):  # entity declarations allow "billion laughs" attacks
        raise ValueError(_("it declares XML entities"))

    parser = expat.ParserCreate()
    parser.StartElementHandler, parser.EntityDeclHandler = start, entity
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        return _("it is not well-formed XML (%(detail)s)") % {"detail": exc}
    except ValueError as exc:
        return str(exc)
    return None if elements[:1] == ["svg"] else _("its root element is not <svg>")


def _open_zip(fileobj) -> zipfile.ZipFile:
    try:
        fileobj.seek(0)
        return zipfile.ZipFile(fileobj)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
        msg = _("The file is not a valid H5P package (not a ZIP archive).")
        raise H5PValidationError([msg]) from None


def validate_package(fileobj) -> PackageInfo:
    """Check an uploaded .h5p file; raise H5PValidationError listing every problem found."""
    with _open_zip(fileobj) as zf:
        return _Validator(zf).run()


def extract_package(fileobj, dest: Path) -> PackageInfo:
    """Validate the package, then unpack its files into a temporary folder beside ``dest``
    that is renamed to ``dest`` at the end: on any error nothing is left behind."""
    dest = Path(dest)
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise FileExistsError(f"H5P destination {dest} exists and is not an empty folder")
    info = validate_package(fileobj)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent))
    try:
        os.chmod(tmp, 0o755)
        remaining = info.total_size
        with _open_zip(fileobj) as zf:
            for name in info.files:
                target = tmp.joinpath(*name.split("/"))  # names were checked: no "..", no "/x"
                target.parent.mkdir(parents=True, exist_ok=True)
                with open(target, "xb") as out:
                    try:
                        remaining -= _copy_member(zf, zf.getinfo(name), remaining, out.write)
                    except _TooLarge:
                        msg = _("The file %(file)s changed while it was being unpacked.")
                        raise H5PValidationError([msg % {"file": name}]) from None
        tmp.replace(dest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return info
