"""How the assignments app hears about what happens below it."""

from django.dispatch import receiver

from courses.services import course_completed

from . import services


@receiver(course_completed)
def fulfil_assignments(sender, user, course, **kwargs):
    services.assignments_fulfil(user=user, course=course)
