"""Writes about people: add, change, deactivate, reactivate, delete.

A person's sign-in identity (email, employee number, password, active flag) is changed
only by those ``access.can_change_identity`` allows; a new email is announced to the old
address once the change is saved.
"""

import enum
from datetime import date

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import ProtectedError
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .. import access
from ..models import ROLE_GROUPS, OrgUnit, Role, User
from ..notifications import deliver

# How a person signs in. For editors, staff and superusers only a superuser changes these.
IDENTITY_FIELDS = ("email", "employee_number")


def identity_refusal() -> str:
    return _(
        "Only an administrator (superuser) may change the email, employee number, password "
        "or active status of an editor or administrator, or delete their account. "
        "Ask an administrator to do it."
    )


def require_identity_change(*, acting_user: User, person: User, field: str | None = None) -> None:
    """Raise ValidationError unless ``acting_user`` may change ``person``'s sign-in identity."""
    if not access.can_change_identity(acting_user, person):
        message = identity_refusal()
        raise ValidationError({field: message} if field else message)


def _normalised_identity(field: str, value):
    if field == "email":
        return (value or "").strip().lower()
    return (value or "").strip() or None


def email_changed_message(*, person: User, old_email: str, acting_user: User) -> EmailMessage:
    """The notice to the old address that the account's email changed, and by whom."""
    context = {
        "person": person,
        "old_email": old_email,
        "new_email": person.email,
        "changed_by": acting_user.get_full_name() or acting_user.email,
        "changed_at": timezone.localtime(),
    }
    with translation.override(person.preferred_language or settings.LANGUAGE_CODE):
        subject = render_to_string("lms/people/email_changed_subject.txt", context)
        body = render_to_string("lms/people/email_changed_email.txt", context)
    return EmailMessage(" ".join(subject.split()), body, to=[old_email])


def send_on_commit(messages: list[EmailMessage]) -> None:
    """After commit; a refusing mail server is logged, never a failed request."""
    if messages:
        transaction.on_commit(lambda: deliver(messages))


def _ensure_employee_group(user: User) -> None:
    group, _created = Group.objects.get_or_create(name=ROLE_GROUPS[Role.EMPLOYEE])
    user.groups.add(group)


class Unset(enum.Enum):
    """The default of ``person_update``'s details: "leave it as it is"."""

    UNSET = enum.auto()


UNSET = Unset.UNSET


@transaction.atomic
def person_create(
    *,
    acting_user: User,
    email: str,
    first_name: str,
    last_name: str,
    employee_number: str | None = None,
    job_title: str = "",
    hire_date: date | None = None,
    org_unit: OrgUnit | None = None,
    preferred_language: str | None = None,
    password: str | None = None,
) -> User:
    """Add a person with the employee role. Without ``password`` they have none until they
    reset it; without ``preferred_language`` they get the model's default. Roles, staff and
    superuser status are granted elsewhere."""
    person = User(
        email=_normalised_identity("email", email),
        employee_number=_normalised_identity("employee_number", employee_number),
        first_name=first_name,
        last_name=last_name,
        job_title=job_title,
        hire_date=hire_date,
        org_unit=org_unit,
    )
    if preferred_language is not None:
        person.preferred_language = preferred_language
    if password:
        person.set_password(password)
    else:
        person.set_unusable_password()
    person.full_clean(exclude=["password"])
    person._history_user = acting_user
    person.save()
    _ensure_employee_group(person)
    return person


@transaction.atomic
def person_update(
    *,
    person: User,
    acting_user: User,
    email: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    employee_number: str | None | Unset = UNSET,
    job_title: str | Unset = UNSET,
    hire_date: date | None | Unset = UNSET,
    org_unit: OrgUnit | None | Unset = UNSET,
    preferred_language: str | Unset = UNSET,
    password: str | None = None,
) -> User:
    """Change the details given (the others stay as they are). The sign-in identity (email,
    employee number, password) changes only if ``acting_user`` may change it
    (``access.can_change_identity``); a new email is announced to the old address once the
    change is saved. Roles, staff and superuser status are granted elsewhere."""
    given = {
        "email": email,
        "first_name": first_name,
        "last_name": last_name,
        "employee_number": employee_number,
        "job_title": job_title,
        "hire_date": hire_date,
        "org_unit": org_unit,
        "preferred_language": preferred_language,
    }
    fields = {
        name: _normalised_identity(name, value) if name in IDENTITY_FIELDS else value
        for name, value in given.items()
        if value is not UNSET
    }
    # The caller's copy may already hold the new values (a bound ModelForm writes them to
    # its instance): compare with what is stored.
    stored = User.objects.select_for_update().values(*IDENTITY_FIELDS).get(pk=person.pk)
    changed = [
        name
        for name in IDENTITY_FIELDS
        if name in fields and fields[name] != _normalised_identity(name, stored[name])
    ]
    if password:
        changed.append("password")
    if changed:
        field = changed[0] if changed[0] in IDENTITY_FIELDS else None
        require_identity_change(acting_user=acting_user, person=person, field=field)
    for name, value in fields.items():
        setattr(person, name, value)
    if password:
        person.set_password(password)
    person.full_clean(exclude=["password"])
    person._history_user = acting_user
    person.save()
    if "email" in changed:
        send_on_commit(
            [
                email_changed_message(
                    person=person, old_email=stored["email"], acting_user=acting_user
                )
            ]
        )
    return person


@transaction.atomic
def person_deactivate(*, person: User, acting_user: User) -> User:
    if person.pk == acting_user.pk:
        raise ValidationError(_("You cannot deactivate your own account."))
    require_identity_change(acting_user=acting_user, person=person)
    person.is_active = False
    person.deactivated_at = timezone.now()
    person._history_user = acting_user
    person.save(update_fields=["is_active", "deactivated_at"])
    return person


@transaction.atomic
def person_reactivate(*, person: User, acting_user: User) -> User:
    require_identity_change(acting_user=acting_user, person=person)
    person.is_active = True
    person.deactivated_at = None
    person._history_user = acting_user
    person.save(update_fields=["is_active", "deactivated_at"])
    return person


def _learning_record_links():
    """(model, field name) of every learning-record field pointing at a person.

    Walks all models rather than the person's reverse relations: a foreign key declared
    with ``related_name="+"`` (e.g. raw xAPI statements) has no reverse accessor and
    would otherwise be missed.
    """
    links = []
    for model in apps.get_models():
        if not getattr(model, "is_learning_record", False):
            continue
        for f in model._meta.get_fields():
            if (f.many_to_one or f.one_to_one) and f.concrete and f.related_model is User:
                links.append((model, f.name))
    return links


def person_has_learning_records(person: User) -> bool:
    """True when deleting the person would destroy training evidence."""
    return any(
        model._default_manager.filter(**{name: person}).exists()
        for model, name in _learning_record_links()
    )


@transaction.atomic
def person_delete(*, person: User, acting_user: User) -> None:
    if person.pk == acting_user.pk:
        raise ValidationError(_("You cannot delete your own account."))
    require_identity_change(acting_user=acting_user, person=person)
    if person_has_learning_records(person):
        raise ValidationError(
            _(
                "This person has learning records, which must be kept as evidence. "
                "Deactivate the account instead."
            )
        )
    person._history_user = acting_user
    try:
        person.delete()
    except ProtectedError:
        # Something else that must be kept still points at the person.
        raise ValidationError(
            _(
                "Other records still refer to this person, so they cannot be deleted. "
                "Deactivate the account instead."
            )
        ) from None
