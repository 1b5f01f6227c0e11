from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    """Course content as data (``content/courses``, ``content/h5p``) and the commands that load
    it and the demo office. The top of the layers: it may use every app below."""

    name = "content"
    verbose_name = _("Course content")
