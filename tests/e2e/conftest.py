"""Browser-test infrastructure: Playwright's sync API driving Debian's chromium.

One chromium process serves the whole session; every test gets a fresh browser context
(cookies, storage) and page. The Django side is pytest-django's ``live_server`` with a
transactional database. Tests never download browsers: ``playwright install`` cannot
reach the network here, so the system chromium is used and its absence is a failure,
not a skip.
"""

import io
import json
import os
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("KADRA_E2E_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_JS = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
DEMO_PASSWORD = "kadra-demo"
E2E_DIR = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items):
    """Every test under tests/e2e is a browser journey, marked or not."""
    for item in items:
        if E2E_DIR in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """On SQLite, the browser tests' database is a file, not Django's in-memory default.

    The live server answers the browser from several threads at once (the H5P frame's
    xAPI statement and saved state arrive together). With an in-memory database every
    thread shares one shared-cache connection, and a concurrent write fails at once with
    "database table is locked". A file gives each thread its own connection with the
    settings' busy timeout and IMMEDIATE transactions, as the development server has.
    """
    import tempfile

    from django.conf import settings

    db = settings.DATABASES["default"]
    if db["ENGINE"] == "django.db.backends.sqlite3":
        db.setdefault("OPTIONS", {}).update(
            {
                "timeout": 20,
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL;",
            }
        )
        db.setdefault("TEST", {})["NAME"] = str(
            Path(tempfile.mkdtemp(prefix="kadra-e2e-")) / "e2e.sqlite3"
        )


@pytest.fixture(scope="session")
def playwright_driver():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - environment problem
        pytest.fail(
            f"The Python 'playwright' package is not importable ({exc}). "
            "Install the test extras: pip install -e '.[test]'.",
            pytrace=False,
        )
    # Playwright's sync API keeps an asyncio event loop running in the main thread, so
    # Django's async-safety guard would raise SynchronousOnlyOperation for database access
    # from test code (fixtures, assertions). Django reads the variable on every check, so
    # it is only switched off while a browser driver exists, not for the whole test run.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    driver = sync_playwright().start()
    try:
        yield driver
    finally:
        driver.stop()
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="session")
def browser(playwright_driver):
    """One headless chromium for the whole session."""
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(
            f"Chromium not found at {CHROMIUM}. The browser tests use Debian's chromium "
            "(apt-get install chromium) or the path in KADRA_E2E_CHROMIUM; "
            "they never download a browser.",
            pytrace=False,
        )
    try:
        browser = playwright_driver.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
    except Exception as exc:
        pytest.fail(f"Chromium at {CHROMIUM} failed to start: {exc}", pytrace=False)
    yield browser
    browser.close()


@pytest.fixture
def page(browser, live_server, django_db_serialized_rollback):
    """A fresh context (no cookies) and page per test, Polish locale, desktop viewport.

    Transactional tests flush every table afterwards, which would also wipe rows that
    migrations created (Wagtail's root page and site, the course catalogue, role groups);
    serialized rollback restores them before each browser test.
    """
    context = browser.new_context(
        locale="pl-PL",
        viewport={"width": 1280, "height": 900},
        base_url=live_server.url,
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


# The database right after the session's first seed_demo, in Django's serialized-rollback
# format. Seeding from scratch publishes dozens of Wagtail pages (~3.5 s); restoring the
# snapshot gives the same rows, primary keys included, in a fraction of that. (Re-running
# seed_demo instead would also add course-progress history rows on every run.)
_demo_snapshot: dict[str, str] = {}


@pytest.fixture
def demo_office(live_server, django_db_serialized_rollback):
    """The demo voivodeship office (units, people, seed courses) in the live-server database."""
    from django.core.management import call_command
    from django.db import connection

    snapshot = _demo_snapshot.get(connection.alias)
    if snapshot is None:
        call_command("seed_demo", stdout=io.StringIO())
        _demo_snapshot[connection.alias] = connection.creation.serialize_db_to_string()
    else:
        # Start from empty tables (without post_migrate re-creating content types), so the
        # snapshot's rows go back exactly, whatever earlier transactional tests left.
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        connection.creation.deserialize_db_from_string(snapshot)
        # Rows came back with their primary keys: move sequences past them (PostgreSQL),
        # or the next insert would reuse a key.
        from django.apps import apps
        from django.core.management.color import no_style

        statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
        if statements:
            with connection.cursor() as cursor:
                for sql in statements:
                    cursor.execute(sql)


def login(page, live_server, email, password=DEMO_PASSWORD):
    """Sign in through the real form; returns once the page the form posts to has loaded."""
    page.goto(f"{live_server.url}/accounts/login/")
    page.locator("input[name=username]").fill(email)
    page.locator("input[name=password]").fill(password)
    with page.expect_navigation():
        page.locator("form:has(input[name=password]) [type=submit]").click()
    return page


def axe_violations(page, impacts=("serious", "critical")):
    """Run axe-core's WCAG 2.0/2.1 A and AA rules on the current page."""
    if not AXE_JS.is_file():
        pytest.fail(f"axe-core not found at {AXE_JS}; run npm ci.", pytrace=False)
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol, not as a <script> tag: the pages' CSP
        # (rightly) refuses inline scripts, and the test must not weaken it.
        page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    result = page.evaluate(
        """(tags) => axe.run(document, {runOnly: {type: "tag", values: tags}})""", AXE_TAGS
    )
    return [v for v in result["violations"] if v.get("impact") in impacts]


def format_violations(violations):
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} [{v['impact']}]: {v['help']} ({v.get('helpUrl', '')})")
        for node in v["nodes"]:
            target = json.dumps(node["target"], ensure_ascii=False)
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            lines.append(f"    {target} {summary}".rstrip())
    return "\n".join(lines)


def assert_no_serious_axe_violations(page):
    violations = axe_violations(page)
    if violations:
        pytest.fail(
            f"axe found {len(violations)} serious/critical WCAG violation(s) on {page.url}:\n"
            + format_violations(violations),
            pytrace=False,
        )
