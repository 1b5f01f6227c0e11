from datetime import time

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from . import panels, signals  # noqa: F401

        panels.register()
        from .compliance.panels import register as register_compliance

        register_compliance()
        try:
            from lms.schedule import register_daily
        except ImportError:  # a checkout without the daily schedule: cron runs the command
            return
        register_daily("certificates.tasks.daily", at=time(6, 30))
