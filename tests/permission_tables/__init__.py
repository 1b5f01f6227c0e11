"""Per-app parts of the permission table (``tests/test_permissions.py``).

Each module here gives ``EXPECTED`` (URL name -> cases, as in the main table) and
``targets(org)`` returning the objects its cases name. The main test merges them, so an app
adds its URLs without editing the main table; a key defined twice fails the suite.
"""

import importlib
import pkgutil


def modules():
    return [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in pkgutil.iter_modules(__path__)
        if not info.name.startswith("_")
    ]
