"""Background work of the certificates app (django-tasks; ``manage.py db_worker`` runs it)."""

from django_tasks import task


@task()
def expire_certificates() -> dict:
    """The daily certificate job (see ``certificates.expiry``)."""
    from .expiry import run

    return run()


def daily() -> dict:
    """Entry point of the daily schedule (``lms.schedule``)."""
    from .expiry import run

    return run()
