"""Polish H5P activities: ``content/h5p/<name>.yaml`` names a real library package (``base``,
a ``.h5p`` file in the H5P library folder) and gives the activity's ``content/content.json``
in Polish, UI strings included. The builder copies the base package with that content.json
(and the title and language in ``h5p.json``), drops the base package's example media, and
passes the result through the same validator as an editor's upload.

No library code lives in the repository: only these YAML files. Without the library folder
the activities cannot be built, and lessons are loaded without them (the report says so).
"""

from __future__ import annotations

import hashlib
import io
import json
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.core.files.base import ContentFile

from courses.h5p_package import H5PValidationError, validate_package
from courses.models import H5PPackage

from .parse import SLUG, ContentError, Fields, _yaml, digest

ACTIVITY_FIELDS = {"base", "title", "content"}


@dataclass
class ActivitySource:
    path: Path
    name: str
    base: str
    title: str
    content: dict

    def content_hash(self, base_file: Path) -> str:
        base_digest = hashlib.sha256(base_file.read_bytes()).hexdigest()
        return digest({"base": base_digest, "title": self.title, "content": self.content})


def read_activity(path: Path) -> ActivitySource:
    f = Fields(_yaml(path.read_text("utf-8"), path), path, 1, "H5P activity", ACTIVITY_FIELDS)
    if not SLUG.match(path.stem):
        f.fail("the file name must be lower-case letters, digits and hyphens")
    base = f.text("base")
    if "/" in base or "\\" in base or not base.endswith(".h5p"):
        f.fail("'base' is the file name of a .h5p package in the H5P library folder")
    if not isinstance(f.data.get("content"), dict) or not f.data["content"]:
        f.fail("'content' is the activity's content.json (key: value lines)")
    return ActivitySource(path, path.stem, base, f.text("title"), f.data["content"])


def read_activities(content_root: Path) -> dict[str, ActivitySource]:
    folder = content_root / "h5p"
    if not folder.is_dir():
        return {}
    return {a.name: a for a in map(read_activity, sorted(folder.glob("*.yaml")))}


def build_package(source: ActivitySource, library_dir: Path) -> bytes:
    """The base package with the activity's content.json, as the bytes of a .h5p file."""
    base = library_dir / source.base
    if not base.is_file():
        raise ContentError(source.path, f"no H5P package {source.base} in {library_dir}")
    out = io.BytesIO()
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename.startswith("content/") or info.is_dir():
                continue  # the example's content.json and media
            data = zin.read(info)
            if info.filename == "h5p.json":
                h5p = json.loads(data)
                h5p.update(title=source.title, language="pl", defaultLanguage="pl")
                data = json.dumps(h5p, ensure_ascii=False).encode()
            zout.writestr(info.filename, data)
        zout.writestr("content/content.json", json.dumps(source.content, ensure_ascii=False))
    return out.getvalue()


def activity_package(source: ActivitySource, library_dir: Path, *, user=None) -> tuple:
    """The H5PPackage for ``source``, built and validated if new or changed; returns
    (package, "created" | "updated" | "unchanged")."""
    content_hash = source.content_hash(library_dir / source.base)
    package = H5PPackage.objects.filter(metadata__content_name=source.name).first()
    if package is not None and package.metadata.get("content_hash") == content_hash:
        return package, "unchanged"
    data = build_package(source, library_dir)
    try:
        info = validate_package(io.BytesIO(data))
    except H5PValidationError as error:
        raise ContentError(
            source.path, "the built package is invalid: " + "; ".join(error.messages)
        ) from None
    state = "updated" if package is not None else "created"
    if package is None:
        package = H5PPackage()
    else:
        package._previous_storage = (package.storage_key, package.file.name)
        package.storage_key = uuid.uuid4()
    package.title = source.title
    package.main_library = info.main_library
    package.library_version = info.main_library_version
    package.size = info.total_size
    package.uploaded_by = user
    package.metadata = {
        "title": info.title,
        "embed_types": info.embed_types,
        "language": info.language,
        "libraries": [lib.folder for lib in info.libraries],
        "files": len(info.files),
        "content_name": source.name,
        "content_hash": content_hash,
    }
    package.file.save(f"{source.name}.h5p", ContentFile(data), save=True)
    return package, state
