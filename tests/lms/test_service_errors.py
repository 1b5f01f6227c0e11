"""A service's ValidationError on the create/edit form of people and units, or as a message."""

import pytest
from django import forms
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.test import RequestFactory
from django.urls import reverse

from lms.forms import PersonForm, UnitForm
from lms.models import OrgUnit, User
from lms.service_errors import apply_validation_error, message_validation_error


class NameForm(forms.Form):
    name = forms.CharField()


def bound(form_class=NameForm, **data):
    form = form_class(data or {"name": "x"})
    assert form.is_valid(), form.errors
    return form


def test_a_field_the_form_has_gets_its_messages():
    form = bound()
    apply_validation_error(form, ValidationError({"name": ["Too short.", "Not a name."]}))
    assert form.errors == {"name": ["Too short.", "Not a name."]}
    assert "name" not in form.cleaned_data


def test_a_field_the_form_lacks_becomes_a_non_field_error():
    """form.add_error(None, exc) raises ValueError here, which answered 500."""
    form = bound()
    exc = ValidationError({"name": "Too short.", "parent": "Not under itself."})
    with pytest.raises(ValueError):
        bound().add_error(None, exc)
    apply_validation_error(form, exc)
    assert form.errors["name"] == ["Too short."]
    assert form.non_field_errors() == ["Not under itself."]


@pytest.mark.django_db
def test_a_model_form_names_the_field_it_lacks_by_the_models_label(org):
    form = PersonForm(
        {
            "first_name": "Ewa",
            "last_name": "Nowa",
            "email": "ewa.nowa@example.gov.pl",
            "org_unit": org.team_a.pk,
            "preferred_language": "pl",
        }
    )
    assert form.is_valid(), form.errors
    apply_validation_error(form, ValidationError({"is_active": "Not allowed."}))
    assert form.non_field_errors() == ["Active: Not allowed."]


def test_all_and_list_errors_are_non_field_errors_with_their_parameters():
    form = bound()
    apply_validation_error(form, ValidationError({NON_FIELD_ERRORS: ["Whole form."]}))
    apply_validation_error(
        form,
        ValidationError(
            [ValidationError("%(n)s left.", params={"n": 3}), ValidationError("Try later.")]
        ),
    )
    assert form.non_field_errors() == ["Whole form.", "3 left.", "Try later."]
    assert form.cleaned_data == {"name": "x"}


@pytest.mark.django_db
def test_message_validation_error_shows_every_message_once():
    request = RequestFactory().get("/")
    request.session = {}
    request._messages = FallbackStorage(request)
    message_validation_error(request, ValidationError(["First.", "Second."]))
    assert [m.message for m in get_messages(request)] == ["First. Second."]


@pytest.mark.django_db
def test_the_unit_form_shows_the_services_refusal_next_to_the_field(client_for, org):
    """The form lets 'WSC C/1' through; the model's validator refuses it in the service."""
    data = {"name": "Zespół C", "code": "WSC C/1", "parent": ""}
    assert UnitForm(data).is_valid()
    response = client_for("hr").post(reverse("unit_create"), data)
    assert response.status_code == 200
    assert response.context["form"].errors["code"] == [
        "Use letters, digits, dots, hyphens or underscores, starting with a letter or digit."
    ]
    assert not OrgUnit.objects.filter(name="Zespół C").exists()


@pytest.mark.django_db
def test_refusals_without_a_form_become_a_message(client_for, org):
    client = client_for("hr")
    response = client.post(reverse("person_deactivate", args=[org.hr.pk]), follow=True)
    assert [str(m) for m in response.context["messages"]] == [
        "You cannot deactivate your own account."
    ]
    assert User.objects.get(pk=org.hr.pk).is_active
