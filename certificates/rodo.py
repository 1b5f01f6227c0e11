"""People's data under RODO (the GDPR): HR exports everything the platform holds on one
person, and anonymises a person who left longer ago than the retention period.

Anonymising replaces the person's names, e-mail, employee number and sign-in, in their
account, its history and their certificates (whose public pages then show an anonymised
holder); their learning records and certificates stay, so statistics still count them.
Every export and anonymisation leaves a history row on the person with the acting user as
its author and the reason.
"""

import io
import json
import zipfile

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.db.models import Q, Value
from django.db.models.functions import Replace
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates.issuer import office_settings
from certificates.models import ANONYMISED_NAME, Certificate
from certificates.policy import add_months
from lms import access
from lms.models import Notification, User

# The apps whose rows can be about a person (the platform's own, not Django's or Wagtail's).
OWN_APPS = ("lms", "courses", "quizzes", "assignments", "seminars", "certificates")
# Foreign keys that name the person a row is about (not someone who acted on it).
SUBJECT_FIELDS = ("user", "recipient")
ANONYMISED_DOMAIN = "anonymised.invalid"  # RFC 2606: never routable
ANONYMISED_FIRST_NAME = ANONYMISED_NAME
DEFAULT_RETENTION_MONTHS = 60


class RodoError(ValidationError):
    """A request about a person's data that cannot be done; the message says why."""


def anonymised_email(person) -> str:
    return f"osoba-{person.pk}@{ANONYMISED_DOMAIN}"


def is_anonymised(person) -> bool:
    return (person.email or "").endswith("@" + ANONYMISED_DOMAIN)


def retention_months() -> int:
    office = office_settings()
    if office is None or office.retention_months is None:
        return DEFAULT_RETENTION_MONTHS
    return office.retention_months


def may_anonymise_from(person):
    """The first day the person may be anonymised, or None when they have not left."""
    if person.is_active or person.deactivated_at is None:
        return None
    left = timezone.localdate(person.deactivated_at)
    return add_months(left, retention_months())


# Export -------------------------------------------------------------------------------


def _value(obj, f):
    value = f.value_from_object(obj)
    if isinstance(f, models.FileField):
        return value.name if value else ""
    return value


def _row(obj, exclude=()) -> dict:
    return {
        f.attname: _value(obj, f)
        for f in obj._meta.concrete_fields
        if f.name not in exclude and f.attname not in exclude
    }


def _history(model, pks) -> list[dict]:
    history = getattr(model, "history", None)
    if history is None or not pks or not hasattr(history, "model"):
        return []
    pk_name = model._meta.pk.attname
    rows = history.model.objects.filter(**{f"{pk_name}__in": pks}).order_by("history_date")
    return [_row(h) for h in rows]


def _subject_links():
    """(model, field name) of every model of ours with a row about a person."""
    links = []
    for model in apps.get_models():
        if model._meta.app_label not in OWN_APPS or model is User:
            continue
        if model.__name__.startswith("Historical"):
            continue
        for f in model._meta.concrete_fields:
            if f.is_relation and f.related_model is User and f.name in SUBJECT_FIELDS:
                links.append((model, f.name))
    return links


def person_data(person) -> dict:
    """Everything the platform holds on ``person``, as JSON-ready data."""
    unit = person.org_unit
    data = {
        "exported_at": timezone.now(),
        "profile": {
            **_row(person, exclude=("password",)),
            "roles": sorted(person.groups.values_list("name", flat=True)),
            "leads_units": list(person.led_units.order_by("path").values_list("code", flat=True)),
        },
        "unit": None
        if unit is None
        else {
            "code": unit.code,
            "name": unit.name,
            "path": [u.name for u in unit.get_ancestors()] + [unit.name],
        },
        "records": {},
        "history": {"person": _history(User, [person.pk])},
    }
    for model, name in sorted(_subject_links(), key=lambda m: m[0]._meta.label):
        rows = list(model._default_manager.filter(**{name: person}).order_by("pk"))
        if not rows:
            continue
        exclude = ("token_hash",) if model._meta.model_name == "calendarfeedtoken" else ()
        label = model._meta.label_lower
        data["records"][label] = [_row(r, exclude=exclude) for r in rows]
        history = _history(model, [r.pk for r in rows])
        if history:
            data["history"][label] = history
    attempt_model = apps.get_model("quizzes", "Attempt")
    question_model = apps.get_model("quizzes", "AttemptQuestion")
    questions = question_model.objects.filter(
        attempt__in=attempt_model.objects.filter(user=person)
    ).order_by("attempt_id", "position")
    data["records"]["quizzes.attemptquestion"] = [_row(q) for q in questions]
    return data


def _audit(person, *, acting_user, reason: str) -> None:
    User.history.bulk_history_create(
        [person], update=True, default_user=acting_user, default_change_reason=reason[:100]
    )


def _require_hr(acting_user) -> None:
    if not access.is_hr(acting_user):
        raise RodoError(_("Only HR may export or anonymise a person's data."))


def person_export(*, person, acting_user) -> bytes:
    """A ZIP of ``data.json`` (everything held on the person) and their training record
    PDF. The export is written to the person's history, with who made it."""
    from certificates.compliance import record

    _require_hr(acting_user)
    data = person_data(person)
    pdf = record.render(person)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "data.json", json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        )
        archive.writestr(record.filename(person), pdf)
    with transaction.atomic():
        _audit(person, acting_user=acting_user, reason=_("Personal data exported (RODO)"))
    return out.getvalue()


def export_filename(person) -> str:
    return f"rodo-{person.employee_number or person.pk}-{timezone.localdate().isoformat()}.zip"


# Anonymisation --------------------------------------------------------------------------


def anonymise_refusal(person, *, acting_user, today=None) -> str | None:
    """Why ``person`` may not be anonymised by ``acting_user`` now, or None."""
    today = today or timezone.localdate()
    if not access.is_hr(acting_user):
        return _("Only HR may anonymise a person.")
    if person.pk == acting_user.pk:
        return _("You cannot anonymise your own account.")
    if is_anonymised(person):
        return _("This person has already been anonymised. Nothing was changed.")
    if not access.can_change_identity(acting_user, person) or access.is_hr(person):
        return _(
            "This is an editor's, HR or administrator's account: HR cannot change its sign-in "
            "details. Ask an administrator."
        )
    if person.is_active:
        return _(
            "This person is still active. Deactivate them when they leave; they can be "
            "anonymised once the retention period has passed."
        )
    earliest = may_anonymise_from(person)
    if earliest is None:
        return _(
            "This person has no leaving date, so the retention period cannot be counted. "
            "Reactivate and deactivate them to record it."
        )
    if today < earliest:
        return _(
            "This person left on %(left)s: the office keeps their data for %(months)s months, "
            "so they can be anonymised from %(date)s."
        ) % {
            "left": timezone.localdate(person.deactivated_at).strftime("%d.%m.%Y"),
            "months": retention_months(),
            "date": earliest.strftime("%d.%m.%Y"),
        }
    return None


def _replace_in_notifications(old: str, new: str) -> None:
    if len(old) < 3:
        return
    Notification.objects.filter(Q(subject__contains=old) | Q(body__contains=old)).update(
        subject=Replace("subject", Value(old), Value(new)),
        body=Replace("body", Value(old), Value(new)),
    )


@transaction.atomic
def person_anonymise(*, person, acting_user, today=None) -> User:
    """Replace the person's identifying data everywhere it is kept; keep their learning
    records and certificates (counted in statistics). All or nothing."""
    person = User.objects.select_for_update().get(pk=person.pk)
    refusal = anonymise_refusal(person, acting_user=acting_user, today=today)
    if refusal:
        raise RodoError(refusal)
    old_names = [
        name
        for name in {
            f"{person.first_name} {person.last_name}".strip(),
            f"{person.last_name} {person.first_name}".strip(),
        }
        if name
    ]
    old_logins = [v for v in (person.email, person.employee_number) if v]
    first, last = ANONYMISED_FIRST_NAME, f"#{person.pk}"
    new_name = f"{first} {last}"
    replacement = {
        "first_name": first,
        "last_name": last,
        "email": anonymised_email(person),
        "employee_number": None,
    }
    # Earlier history rows held the old values: they are replaced as well.
    User.history.model.objects.filter(id=person.pk).update(**replacement)
    for field, value in replacement.items():
        setattr(person, field, value)
    person.set_unusable_password()
    person._history_user = acting_user
    person._change_reason = _("Anonymised (RODO)")
    person.save()

    certificates = list(Certificate.objects.select_for_update().filter(user=person))
    names = {"name_as_issued": new_name, "first_name_as_issued": first, "last_name_as_issued": ""}
    for certificate in certificates:
        for field, value in names.items():
            setattr(certificate, field, value)
        certificate._history_user = acting_user
        certificate._change_reason = _("Holder anonymised (RODO)")
        certificate.save(update_fields=list(names))
        if certificate.pdf:
            # The stored PDF shows the old name: it goes, and is rendered anew if asked for.
            certificate.pdf.delete(save=False)
    ids = [c.pk for c in certificates]
    Certificate.history.model.objects.filter(id__in=ids).update(**names)
    Certificate.objects.filter(pk__in=ids).update(pdf="", pdf_sha256="")
    for old in old_names:
        _replace_in_notifications(old, new_name)
    _forget_sign_in_attempts(old_logins)
    return person


def _forget_sign_in_attempts(logins) -> None:
    """Sign-in failure records name the account by what was typed (e-mail or number)."""
    if not logins or not apps.is_installed("axes"):
        return
    q = Q(pk__in=[])
    for login in logins:
        q |= Q(username__iexact=login)
    for name in ("AccessAttempt", "AccessLog", "AccessFailureLog"):
        try:
            model = apps.get_model("axes", name)
        except LookupError:
            continue
        model.objects.filter(q).delete()
