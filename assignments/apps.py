from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssignmentsConfig(AppConfig):
    name = "assignments"
    verbose_name = _("Assignments")

    def ready(self):
        from datetime import time

        from lms.schedule import register_daily

        from . import panels, signals  # noqa: F401

        panels.register()
        # Reminders go out once a day at this local time (lms.schedule; cron may run
        # ``send_reminders`` instead: each reminder is sent once either way).
        register_daily("assignments.reminders.send_reminders", at=time(7, 0))
