from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from . import checks, legal_review, panels, signals  # noqa: F401

        panels.register()
        legal_review.register()
