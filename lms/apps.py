from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = _("Organisation")

    def ready(self):
        from datetime import time

        from django.db.models.signals import post_migrate

        from . import access, sites
        from .caching import install_wagtail_memo
        from .panels import NavItem, register_nav_item
        from .schedule import register_daily

        install_wagtail_memo()
        sites.install()
        register_daily("lms.notifications.send_digests", at=time(6, 30))
        post_migrate.connect(_schedule_daily_jobs, sender=self)

        for item in (
            NavItem(key="home", label=_("My learning"), url="home", visible=_signed_in, order=10),
            NavItem(key="units", label=_("Units"), url="unit_list", visible=_leads_or_hr, order=40),
            NavItem(
                key="people", label=_("People"), url="people_list", visible=access.is_hr, order=50
            ),
            NavItem(
                key="admin",
                label=_("Content editing"),
                url="wagtailadmin_home",
                visible=access.is_editor,
                order=90,
            ),
        ):
            register_nav_item(item)


def _schedule_daily_jobs(sender, using="default", **kwargs):
    """After migrate, the task queue has the next run of every daily job (lms.schedule)."""
    from django.db import connections
    from django_tasks_db.models import DBTaskResult

    from .schedule import ensure_scheduled

    if DBTaskResult._meta.db_table in connections[using].introspection.table_names():
        ensure_scheduled()


def _signed_in(user):
    return user.is_authenticated


def _leads_or_hr(user):
    from . import access

    return access.is_leader(user) or access.is_hr(user)
