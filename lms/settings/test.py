import os
import tempfile
from pathlib import Path

from lms.caching import cache_settings, redis_url_from_env

from .base import *  # noqa: F403

DEBUG = False
# Assertions read the English source strings; Polish is tested with translation.override
# and by the browser tests, whose pl-PL browser gets the Polish interface.
LANGUAGE_CODE = "en"
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# A real Redis when REDIS_URL is set (CI's PostgreSQL run), else this process's memory; the
# suite passes with both. tests/conftest.py empties the cache before every test.
CACHES = cache_settings(
    redis_url_from_env(),
    fallback={"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    key_prefix=f"kadra-test-{os.getpid()}",
)
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
AXES_ENABLED = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
_tmp = Path(tempfile.mkdtemp(prefix="kadra-test-"))
MEDIA_ROOT = _tmp / "media"
H5P_ROOT = _tmp / "h5p"
STATIC_ROOT = _tmp / "static"
STATIC_ROOT.mkdir()
if "DATABASE_URL" not in os.environ:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": _tmp / "test.sqlite3"}}
KADRA_ENVIRONMENT = "test"
