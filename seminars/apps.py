from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeminarsConfig(AppConfig):
    name = "seminars"
    verbose_name = _("Internal training sessions")

    def ready(self):
        from courses.services import COMPLETION_REQUIREMENTS

        from . import panels
        from .attendance import session_requirement_met

        if session_requirement_met not in COMPLETION_REQUIREMENTS:
            COMPLETION_REQUIREMENTS.append(session_requirement_met)
        panels.register()
