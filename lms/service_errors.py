"""How a view shows a service's ``ValidationError``: on its form, or as a message.

Services validate on their own (``full_clean``, access rules) and raise
``ValidationError`` in dict form (``{"email": [...]}``) or list form. A view that called
one with a form's data puts the errors back on the form with
:func:`apply_validation_error`; a view with no form (a button) shows them with
:func:`message_validation_error`. Every app's views use these two.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS, FieldDoesNotExist, ValidationError
from django.http import HttpRequest
from django.utils.text import capfirst
from django.utils.translation import gettext as _


def apply_validation_error(form: forms.BaseForm, exc: ValidationError) -> None:
    """Add ``exc`` to ``form``: each message about a field the form has on that field,
    everything else (other fields, ``__all__``, a list-form error) as non-field errors,
    named by the model's label for the field when the form is a model form.

    Unlike ``form.add_error(None, exc)``, a message about a field the form does not show
    (a model field it leaves out) is kept as a non-field error instead of raising
    ``ValueError``.
    """
    if not hasattr(exc, "error_dict"):
        form.add_error(None, exc)
        return
    for field, errors in exc.error_dict.items():
        if field in form.fields and field != NON_FIELD_ERRORS:
            form.add_error(field, ValidationError(errors))
            continue
        label = _model_field_label(form, field)
        for error in ValidationError(errors):  # iterating gives the rendered messages
            form.add_error(
                None,
                _("%(field)s: %(message)s") % {"field": label, "message": error}
                if label
                else error,
            )


def _model_field_label(form: forms.BaseForm, field: str) -> str:
    """The model's name for ``field`` when ``form`` is a model form and has one, else ""."""
    model = getattr(getattr(form, "_meta", None), "model", None)
    if model is None or field == NON_FIELD_ERRORS:
        return ""
    try:
        return capfirst(model._meta.get_field(field).verbose_name)
    except FieldDoesNotExist:
        return ""


def message_validation_error(request: HttpRequest, exc: ValidationError) -> None:
    """Show every message of ``exc`` as one error message on the next page."""
    messages.error(request, " ".join(exc.messages))
