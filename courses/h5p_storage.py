"""Where validated H5P packages live.

The uploaded ``.h5p`` file is kept in the default storage (media, or object storage in
production). Each app server extracts it on first use into ``H5P_ROOT/<storage_key>/``,
a local cache that can be deleted at any time; nothing there must be shared.
"""

import logging
import shutil
import threading
import uuid
from pathlib import Path

from django.conf import settings

from .h5p_package import extract_package

logger = logging.getLogger("kadra.h5p")
_lock = threading.Lock()


def package_for_key(key):
    from .models import H5PPackage

    try:
        return H5PPackage.objects.filter(storage_key=uuid.UUID(str(key))).first()
    except ValueError:
        return None


def ensure_extracted(package) -> Path:
    dest = package.extracted_path
    if (dest / "h5p.json").is_file():
        return dest
    with _lock:
        if not (dest / "h5p.json").is_file():
            Path(settings.H5P_ROOT).mkdir(parents=True, exist_ok=True)
            if dest.exists():
                shutil.rmtree(dest, ignore_errors=True)
            with package.file.open("rb") as fh:
                extract_package(fh, dest)
    return dest


def file_path(package, relative: str) -> Path | None:
    root = ensure_extracted(package).resolve()
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root) or not candidate.is_file():
        return None
    return candidate


def library_folders(package) -> list[str]:
    """The folders of the package's libraries (``H5P.MultiChoice-1.14``, ...)."""
    root = ensure_extracted(package)
    return sorted(p.name for p in root.iterdir() if p.is_dir() and p.name != "content")


def remove_extracted(storage_key) -> None:
    path = Path(settings.H5P_ROOT) / str(storage_key)
    shutil.rmtree(path, ignore_errors=True)


def remove_all_files(storage_key, file_name: str | None) -> None:
    """Delete the stored package and its extracted cache (run after commit)."""
    from django.core.files.storage import default_storage

    remove_extracted(storage_key)
    if file_name:
        try:
            default_storage.delete(file_name)
        except OSError:
            logger.warning("could not delete %s", file_name)
