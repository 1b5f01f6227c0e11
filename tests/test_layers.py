"""Dependencies between the project's apps point one way: an app imports only apps below it.

    content        course content as data, load_content, seed_demo
    certificates
    seminars
    assignments
    quizzes
    courses
    lms            project package and organisation core

Imports are read with ``ast`` from every module (migrations excepted), wherever they sit:
at the top of a module or inside a function.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ["lms", "courses", "quizzes", "assignments", "seminars", "certificates", "content"]
RANK = {app: i for i, app in enumerate(LAYERS)}


def modules(app):
    folder = ROOT / app
    for path in sorted(folder.rglob("*.py")):
        if "migrations" not in path.parts:
            yield path


def imported_names(path):
    """Every absolute module name ``path`` imports, with its line number."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the module's package
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            yield name, node.lineno
            for alias in node.names:  # "from courses import views" names a module too
                yield f"{name}.{alias.name}", node.lineno


def upward_imports(app):
    found = []
    for path in modules(app):
        for name, line in imported_names(path):
            top = name.split(".")[0]
            if top in RANK and RANK[top] > RANK[app]:
                found.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    return found


@pytest.mark.parametrize("app", [a for a in LAYERS if (ROOT / a).is_dir()])
def test_apps_import_only_apps_below_them(app):
    assert not upward_imports(app)


def test_the_check_sees_a_violating_import():
    """The reader finds an upward import, also one inside a function."""
    module = ROOT / "lms" / "_layer_probe.py"
    module.write_text("def f():\n    from courses.models import CoursePage\n")
    try:
        assert upward_imports("lms") == ["lms/_layer_probe.py:2 imports courses.models"] + [
            "lms/_layer_probe.py:2 imports courses.models.CoursePage"
        ]
    finally:
        module.unlink()
