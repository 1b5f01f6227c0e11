"""Production settings pass ``check --deploy`` and refuse to start without their secrets."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]


def environment(tmp_path, **overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DATABASE_URL",
            "KADRA_BASE_URL",
            "CSRF_TRUSTED_ORIGINS",
            "SECURE_SSL_REDIRECT",
            "DJANGO_ALLOW_ASYNC_UNSAFE",  # set by the browser tests while they run
            "SECURE_HSTS_SECONDS",
        }
    }
    env.update(
        DJANGO_SETTINGS_MODULE="lms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="kadra.uw.example.gov.pl",
        DATABASE_URL=f"sqlite:///{tmp_path / 'prod.sqlite3'}",
        KADRA_BASE_URL="https://kadra.uw.example.gov.pl",
        KADRA_VAR_DIR=str(tmp_path),
        PYTHONWARNINGS="ignore::DeprecationWarning",
    )
    for key, value in overrides.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def check(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", "check", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_passes_without_warnings(tmp_path):
    result = check(environment(tmp_path), "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_catches_an_insecure_setting(tmp_path):
    """The check really runs with production settings: switching HTTPS redirect off warns."""
    env = environment(tmp_path, SECURE_SSL_REDIRECT="false")
    result = check(env, "--deploy", "--fail-level", "WARNING")
    assert result.returncode != 0
    assert "security.W008" in result.stdout + result.stderr


@pytest.mark.parametrize(
    "missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "KADRA_BASE_URL"]
)
def test_refuses_to_start_without_required_setting(tmp_path, missing):
    result = check(environment(tmp_path, **{missing: None}))
    assert result.returncode != 0
    assert f"Set the {missing} environment variable for production." in result.stderr
    assert "ImproperlyConfigured" in result.stderr


@pytest.mark.parametrize(
    "key", ["short-key", "dev-only-insecure-key-change-me" + "x" * 40, " " * 60]
)
def test_refuses_a_weak_secret_key(tmp_path, key):
    result = check(environment(tmp_path, SECRET_KEY=key))
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
