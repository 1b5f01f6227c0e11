"""Production settings: every secret and host comes from the environment.

Required: SECRET_KEY, ALLOWED_HOSTS (comma separated), DATABASE_URL, KADRA_BASE_URL.
Optional: EMAIL_URL-style settings below, MEDIA_ROOT, H5P_ROOT, CSRF_TRUSTED_ORIGINS.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from lms.caching import cache_settings, redis_url_from_env

from .base import *  # noqa: F403


def _require(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable for production.")
    return value


DEBUG = False
SECRET_KEY = _require("SECRET_KEY")
if SECRET_KEY.startswith("dev-only") or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("SECRET_KEY must be a random string of at least 50 characters.")
ALLOWED_HOSTS = [h.strip() for h in _require("ALLOWED_HOSTS").split(",") if h.strip()]
_require("DATABASE_URL")
WAGTAILADMIN_BASE_URL = _require("KADRA_BASE_URL")
CSRF_TRUSTED_ORIGINS = [
    o.strip()
    for o in os.environ.get("CSRF_TRUSTED_ORIGINS", WAGTAILADMIN_BASE_URL).split(",")
    if o.strip()
]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SESSION_COOKIE_SECURE = True
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
X_FRAME_OPTIONS = "DENY"

# Redis (REDIS_URL) is the shared cache; without it, the database cache table
# (``manage.py createcachetable``) is the fallback, so throttles hold across workers.
CACHES = cache_settings(
    redis_url_from_env(),
    fallback={
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "kadra_cache",
    },
)
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"

EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "false").lower() == "true"
SERVER_EMAIL = DEFAULT_FROM_EMAIL  # noqa: F405

LOGGING["root"]["level"] = "INFO"  # noqa: F405
KADRA_ENVIRONMENT = "production"
