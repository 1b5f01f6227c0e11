from django_tasks import task


@task()
def close_attempt(attempt_id: int) -> None:
    """Close an attempt at its deadline even if the learner never returns."""
    from .models import Attempt
    from .services import close_if_expired

    attempt = Attempt.objects.filter(pk=attempt_id).first()
    if attempt is not None:
        close_if_expired(attempt)


@task()
def close_expired() -> int:
    from .services import close_expired_attempts

    return close_expired_attempts()
