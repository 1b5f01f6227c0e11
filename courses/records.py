"""One rule for every record that is evidence of learning.

Progress rows, opened and finished steps, H5P states and statements, quiz attempts and the
questions they asked all inherit :class:`LearningRecord`, which gives each of them:

- the ``is_learning_record`` marker (the admin refuses to delete pages such records rest on,
  and ``tests/courses/test_learning_records.py`` walks every marked model);
- history with django-simple-history (``HistoricalRecords(inherit=True)``: each concrete
  record gets its own ``Historical<Name>`` model, in its own app);
- links that protect what they point at (``on_delete=PROTECT``): deleting a person, a page or
  a revision never deletes or rewrites evidence. A link that only points somewhere (the next
  step to take) and is not evidence is named in ``non_evidence_links`` and sets itself to
  NULL instead; the system check below refuses any other kind of link.
"""

from django.core import checks
from django.db import models
from simple_history.models import HistoricalRecords


class LearningRecordHistory(HistoricalRecords):
    """History for learning records. A record keeps bulky or fast-changing fields out of its
    history by naming them in ``history_excluded_fields`` (simple-history's
    ``excluded_fields``, read per model because one instance serves every subclass)."""

    @staticmethod
    def excluded_for(model) -> set[str]:
        return set(getattr(model, "history_excluded_fields", ()))

    def fields_included(self, model):
        excluded = self.excluded_for(model)
        return [field for field in model._meta.fields if field.name not in excluded]

    def create_history_model(self, model, inherited):
        history_model = super().create_history_model(model, inherited)
        history_model._history_excluded_fields = sorted(self.excluded_for(model))
        return history_model


class LearningRecord(models.Model):
    """Abstract base of every learning record (see the module's documentation)."""

    is_learning_record = True
    # Links that are pointers, not evidence: they may be SET_NULL (never CASCADE).
    non_evidence_links: tuple[str, ...] = ()
    # Fields kept out of the history (e.g. an H5P activity's saved state).
    history_excluded_fields: tuple[str, ...] = ()

    history = LearningRecordHistory(inherit=True)

    class Meta:
        abstract = True

    @classmethod
    def check(cls, **kwargs):
        return [*super().check(**kwargs), *_check_links(cls)]


def unprotected_links(model) -> list[str]:
    """The names of ``model``'s links that break the rule: not PROTECT, and not a declared
    non-evidence link that sets itself to NULL."""
    found = []
    allowed = set(getattr(model, "non_evidence_links", ()))
    for field in model._meta.get_fields():
        if not (field.concrete and field.is_relation and (field.many_to_one or field.one_to_one)):
            continue
        on_delete = field.remote_field.on_delete
        if on_delete is models.PROTECT:
            continue
        if field.name in allowed and on_delete is models.SET_NULL and field.null:
            continue
        found.append(field.name)
    return found


def _check_links(model) -> list:
    return [
        checks.Error(
            f"{model.__name__}.{name} is a learning record's link that does not protect "
            "what it points at.",
            hint="Use on_delete=models.PROTECT, or name a mere pointer in "
            "non_evidence_links and let it SET_NULL.",
            obj=model,
            id="courses.E101",
        )
        for name in unprotected_links(model)
    ]
