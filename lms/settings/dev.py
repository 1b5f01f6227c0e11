import os

from .base import *  # noqa: F403
from .base import VAR_DIR

# Debug pages list every URL pattern and settings; set KADRA_DEBUG=1 to see them. By default
# the development server shows the same error pages as production.
DEBUG = os.environ.get("KADRA_DEBUG", "") == "1"
# Static files straight from the source folders, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Images are public media in development; documents and H5P uploads never are.
KADRA_SERVE_IMAGES = True
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
VAR_DIR.mkdir(parents=True, exist_ok=True)
# No worker runs beside the development server: run background tasks (search indexing,
# mail) at once. Production runs `manage.py db_worker` with the database backend.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
