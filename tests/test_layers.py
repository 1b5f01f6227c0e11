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

Models know nothing of views: a page owns its context (``get_context``, ``get_template``)
and no ``models`` module imports a views module, of the project or of anyone else.
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


def models_modules(app):
    """The app's ``models.py``, or every module of its ``models`` package."""
    folder = ROOT / app
    return [p for p in modules(app) if "models" in p.relative_to(folder).with_suffix("").parts]


def is_views_module(name: str) -> bool:
    """``views``, a module inside a ``views`` package, or one named like ``admin_views``."""
    return any(part == "views" or part.endswith("_views") for part in name.split("."))


def view_imports(app):
    return [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in models_modules(app)
        for name, line in imported_names(path)
        if is_views_module(name)
    ]


@pytest.mark.parametrize("app", [a for a in LAYERS if (ROOT / a).is_dir()])
def test_no_models_module_imports_a_views_module(app):
    assert not view_imports(app)


def test_every_app_with_models_is_read():
    """The check reads the models of the apps whose pages and records matter most."""
    read = {p.relative_to(ROOT).as_posix() for app in LAYERS for p in models_modules(app)}
    assert {"lms/models.py", "courses/models.py", "quizzes/models.py"} <= read


@pytest.mark.parametrize(
    "source, found",
    [
        ("def serve(self, request):\n    from ..views import lesson_view\n", "courses.views"),
        ("from .views import lesson_view\n", "courses._layer_probe.views"),
        ("from courses import views\n", "courses.views"),
        ("from django.contrib.auth.views import redirect_to_login\n", "django.contrib.auth.views"),
        ("import quizzes.admin_views\n", "quizzes.admin_views"),
    ],
)
def test_the_check_sees_a_model_importing_a_view(source, found):
    """A models module that imports a view, at the top or inside a method, is reported."""
    package = ROOT / "courses" / "_layer_probe"
    module = package / "models.py"
    package.mkdir()
    module.write_text(source)
    try:
        assert any(f"imports {found}" in hit for hit in view_imports("courses")), view_imports(
            "courses"
        )
    finally:
        module.unlink()
        package.rmdir()
