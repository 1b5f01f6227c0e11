"""Course content as data: read ``content/`` (see content/README.md) and load it into pages."""

from .load import LoadReport, load_content
from .parse import ContentError, read_tree

__all__ = ["ContentError", "LoadReport", "load_content", "read_tree"]
