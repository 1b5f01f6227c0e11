"""Settings shared by every environment. Environment-specific modules import * from here."""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE
from django.utils.translation import gettext_lazy as _

from lms.caching import cache_settings, redis_url_from_env

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("KADRA_VAR_DIR", BASE_DIR / "var"))

SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-change-me")
DEBUG = False
ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    "lms",
    "courses",
    "quizzes",
    "assignments",
    "seminars",
    "certificates",
    "content",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "simple_history",
    "csp",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "lms.caching.RequestMemoMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "lms.csp.KadraCSPMiddleware",
    "lms.middleware.AdminBadIdentifierMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "lms.context_processors.navigation",
                "csp.context_processors.nonce",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'kadra.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "lms.User"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "lms.auth.EmailOrEmployeeNumberBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"

LANGUAGE_CODE = "pl"
LANGUAGES = [("pl", _("Polish")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Warsaw"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Front-end packages installed by npm; only their distributable folders are exposed.
NODE_MODULES = BASE_DIR / "node_modules"
# A missing folder is reported by the system check courses.E001 (run `npm ci`), not dropped.
NPM_STATIC = {"h5p-standalone": NODE_MODULES / "h5p-standalone" / "dist"}
STATICFILES_DIRS += [(f"vendor/{name}", path) for name, path in NPM_STATIC.items()]
if (NODE_MODULES / "axe-core").is_dir():  # browser tests only
    STATICFILES_DIRS += [("vendor/axe-core", NODE_MODULES / "axe-core")]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# Extracted H5P packages live outside MEDIA_ROOT so they are never served directly.
H5P_ROOT = Path(os.environ.get("H5P_ROOT", VAR_DIR / "h5p"))
# H5P activities run in sandboxed frames (an opaque origin). In production they may also be
# served from a separate cookieless host, e.g. "https://h5p.kadra.example.gov.pl"; empty means
# the platform's own host.
H5P_CONTENT_ORIGIN = os.environ.get("H5P_CONTENT_ORIGIN", "").rstrip("/")
# With a proxy in front (nginx), H5P package files are sent by it: the internal location
# that maps to H5P_ROOT, e.g. "/_h5p_files/" (see README). Empty: Django streams them.
H5P_ACCEL_REDIRECT = os.environ.get("H5P_ACCEL_REDIRECT", "").strip()

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Sessions, cookies, CSRF
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 10
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Polish titles make ASCII slugs ("cudzoziemcow", not "cudzoziemc%C3%B3w").
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# django-axes: lock an account/IP pair after repeated failures
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours (15 minutes)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_FORM_FIELD = "username"
# One counter per account whatever the spelling of the login and whichever form is used
# (site, Wagtail admin): a login that names a person counts as that person.
AXES_USERNAME_CALLABLE = "lms.auth.lockout_key"
AXES_LOCKOUT_CALLABLE = "lms.views.auth.lockout"
AXES_RESET_ON_SUCCESS = True

# Background tasks
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# The shared cache: Redis when REDIS_URL is set (production), else this process's memory.
CACHES = cache_settings(
    redis_url_from_env(),
    fallback={"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
)

# Wagtail
WAGTAIL_SITE_NAME = "Kadra"
WAGTAILADMIN_BASE_URL = os.environ.get("KADRA_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "txt", "rtf"]
# Documents go through the serve view (so the access hook applies); only PDF and plain text
# open in the browser, everything else is downloaded.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
# No avatars from gravatar.com: it would tell a third party who works in the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Sign-in identities change only through HR's people pages (with the notice to the old
# address), never on the admin's account page.
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
# The admin signs in like the site: email or employee number, one lock-out counter per account.
WAGTAILADMIN_USER_LOGIN_FORM = "lms.forms.AdminSignInForm"

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "kadra@localhost")

DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
KADRA_IMPORT_MAX_BYTES = 5 * 1024 * 1024
# A course's legal check ("legal content current to") older than this is listed for review.
KADRA_LEGAL_REVIEW_MONTHS = int(os.environ.get("KADRA_LEGAL_REVIEW_MONTHS", "6"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"kadra": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}
KADRA_ENVIRONMENT = "development"

# Content-Security-Policy on every page (lms/csp.py adjusts it for the Wagtail admin).
_FRAME_SOURCES = ["'self'"] + ([H5P_CONTENT_ORIGIN] if H5P_CONTENT_ORIGIN else [])
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        # H5P player frames, and the video services editors may embed in lessons.
        "frame-src": _FRAME_SOURCES
        + [
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
