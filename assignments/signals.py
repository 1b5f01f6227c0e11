"""How the assignments app hears about what happens below it."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from courses.services import course_completed, step_completed
from lms.models import User
from lms.people_import import people_imported

from . import law_change, legal_panels, legal_update, rules, services

# A person's save that may change which rules cover them, or whether they still work here.
RELEVANT_FIELDS = frozenset({"org_unit", "job_title", "hire_date", "is_active", "deactivated_at"})


@receiver(course_completed)
def fulfil_assignments(sender, user, course, **kwargs):
    services.assignments_fulfil(user=user, course=course)


def _people_changed(person_ids):
    person_ids = list(person_ids)
    gone = list(User.objects.filter(pk__in=person_ids, is_active=False))
    for person in gone:
        services.assignments_cancel_for_departure(person=person)
    staying = set(person_ids) - {p.pk for p in gone}
    if staying:
        rules.rules_apply_all(people_ids=staying)
        rules.rules_mark_outside(people_ids=staying)


@receiver(post_save, sender=User)
def person_saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    """Created by HR, moved to another unit, new job title, deactivated: rules and departures
    apply in the same transaction as the change."""
    if raw or (update_fields is not None and not RELEVANT_FIELDS & set(update_fields)):
        return
    _people_changed([instance.pk])


@receiver(people_imported)
def people_imported_apply(sender, person_ids, **kwargs):
    _people_changed(person_ids)


# The legal changes page's navigation entry (registered here, at app start-up).
legal_panels.register()

# Completions of a lesson on a revision older than its newest legal change no longer count
# as current: the courses app asks this floor before keeping a repeated completion.
law_change.register()

# The course page's "update after a legal change" panel and the update check's scope.
legal_update.register()


@receiver(step_completed)
def fulfil_law_change(sender, user, step, completion, **kwargs):
    law_change.on_step_completed(user=user, step=step, completion=completion)
