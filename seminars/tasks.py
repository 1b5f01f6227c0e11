"""Background work of the sessions app (django-tasks; ``manage.py db_worker`` runs it)."""

from django_tasks import task


@task()
def send_invitations(kind: str, object_id: int, method: str, user_ids: list[int] | None = None):
    """Build and send the calendar invitations of one booking, date or event change."""
    from .invites import deliver

    deliver(kind, object_id, method, user_ids)
