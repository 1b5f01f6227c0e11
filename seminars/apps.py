from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeminarsConfig(AppConfig):
    name = "seminars"
    verbose_name = _("Internal training sessions")

    def ready(self):
        from datetime import timedelta

        from courses.services import COMPLETION_REQUIREMENTS
        from lms.schedule import register_every

        from . import panels
        from .attendance import session_requirement_met

        if session_requirement_met not in COMPLETION_REQUIREMENTS:
            COMPLETION_REQUIREMENTS.append(session_requirement_met)
        panels.register()
        panels.register_course()
        from assignments.matrix import register_session_provider

        from .team import session_states

        register_session_provider(session_states)
        # Reminders the day and the hour before a session (lms.schedule; or cron).
        register_every("seminars.reminders.send_session_reminders", every=timedelta(minutes=10))
