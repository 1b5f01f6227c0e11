"""How the certificates app hears about what happens below it."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from courses.services import course_completed
from quizzes.models import Attempt

from . import services


@receiver(course_completed)
def issue_on_completion(sender, user, course, progress, **kwargs):
    """In the completion's transaction: a failure to issue rolls the completion back too."""
    services.certificate_issue_for_completion(user=user, course=course, progress=progress)


@receiver(post_save, sender=Attempt)
def attach_passing_attempt(sender, instance, raw=False, **kwargs):
    if not raw and instance.passed and instance.completion_id:
        services.certificate_attach_attempt(attempt=instance)
