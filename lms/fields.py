"""Form fields that choose database rows by id and survive any posted value.

Django's model choice fields pass a posted id straight to the database: a number beyond
64 bits (``99999999999999999999``) made SQLite raise OverflowError and PostgreSQL an
out-of-range error, so the form answered 500 instead of saying the choice is invalid.
These fields refuse such ids as an invalid choice before any query.
"""

from django import forms
from django.core.exceptions import ValidationError

MAX_ID = 2**63 - 1


def _is_id(value) -> bool:
    if isinstance(value, bool):
        return False
    if hasattr(value, "pk"):  # a model instance, e.g. an initial value
        return True
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return False
    return 0 < number <= MAX_ID


class IdChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        if value not in self.empty_values and not _is_id(value):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class IdMultipleChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        for item in value:
            if not _is_id(item):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": str(item)[:50]},
                )
        return super()._check_values(value)
