from django import forms
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from . import access
from .fields import IdChoiceField, IdMultipleChoiceField
from .models import OrgUnit, User
from .services import IDENTITY_FIELDS, identity_refusal


def _login_field():
    return forms.CharField(
        label=_("Email or employee number"),
        max_length=254,
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"}),
    )


class SignInForm(AuthenticationForm):
    """Email or employee number, in any case; failures count per account (lms.auth)."""

    username = _login_field()
    error_messages = {
        "invalid_login": _(
            "The email or employee number and password do not match. Check both and try again."
        ),
        "inactive": _("This account has been deactivated. Contact HR if you need access."),
    }


class AdminSignInForm(WagtailLoginForm):
    """The Wagtail admin's sign-in form (``WAGTAILADMIN_USER_LOGIN_FORM``), worded as ours.

    Both forms sign in through the same backend and share one lock-out counter per
    account (``lms.auth.lockout_key``).
    """

    username = _login_field()
    error_messages = {**WagtailLoginForm.error_messages, **SignInForm.error_messages}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].widget.attrs["placeholder"] = _(
            "Enter your email or employee number"
        )

    def get_invalid_login_error(self):
        return ValidationError(self.error_messages["invalid_login"], code="invalid_login")


class ResetPasswordForm(PasswordResetForm):
    """Password reset that also reaches people who have not set a password yet.

    People added by HR or by an import get an unusable password; the reset email is how
    they set their first one. Django's form skips unusable passwords (meant for accounts
    managed elsewhere), which would leave them no way in. Deactivated people get nothing.
    """

    def get_users(self, email):
        return User._default_manager.filter(email__iexact=email.strip(), is_active=True)


class UnitChoiceField(IdChoiceField):
    def label_from_instance(self, obj):
        return f"{'— ' * (obj.depth - 1)}{obj.name} ({obj.code})"


class PersonForm(forms.ModelForm):
    org_unit = UnitChoiceField(
        queryset=OrgUnit.objects.order_by("path"), label=_("Organisational unit")
    )

    class Meta:
        model = User
        fields = [
            "first_name",
            "last_name",
            "email",
            "employee_number",
            "job_title",
            "hire_date",
            "org_unit",
            "preferred_language",
        ]
        widgets = {"hire_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, acting_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.identity_locked = (
            acting_user is not None
            and self.instance.pk is not None
            and not access.can_change_identity(acting_user, self.instance)
        )
        if self.identity_locked:
            # A disabled field keeps its stored value whatever is posted.
            for name in IDENTITY_FIELDS:
                self.fields[name].disabled = True
                self.fields[name].help_text = identity_refusal()

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        clash = User.objects.filter(email__iexact=email).exclude(pk=self.instance.pk)
        if clash.exists():
            raise ValidationError(_("This email address is already used by another person."))
        return email

    def clean_employee_number(self):
        number = (self.cleaned_data.get("employee_number") or "").strip().upper() or None
        if number:
            clash = User.objects.filter(employee_number__iexact=number).exclude(pk=self.instance.pk)
            if clash.exists():
                raise ValidationError(_("This employee number is already used by another person."))
        return number


class PeopleFilterForm(forms.Form):
    """The people list's unit filter: any value that is not a unit's id means no filter."""

    unit = UnitChoiceField(queryset=OrgUnit.objects.all(), required=False)

    def selected_unit(self) -> OrgUnit | None:
        return self.cleaned_data["unit"] if self.is_valid() else None


class UnitForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    code = forms.CharField(
        label=_("Short code"),
        max_length=30,
        help_text=_("Unique, e.g. WSC-1. Used in people imports."),
    )
    parent = UnitChoiceField(
        queryset=OrgUnit.objects.order_by("path"),
        required=False,
        label=_("Parent unit"),
        help_text=_("Leave empty for a top-level unit (the office)."),
    )
    leaders = IdMultipleChoiceField(
        queryset=User.objects.filter(is_active=True),  # Polish alphabetical order (Meta)
        required=False,
        label=_("Leaders"),
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )

    def __init__(self, *args, unit=None, **kwargs):
        self.unit = unit
        super().__init__(*args, **kwargs)

    def clean_code(self):
        code = self.cleaned_data["code"].strip().upper()
        clash = OrgUnit.objects.filter(code__iexact=code)
        if self.unit is not None:
            clash = clash.exclude(pk=self.unit.pk)
        if clash.exists():
            raise ValidationError(_("Another unit already uses this code. Choose a different one."))
        return code

    def clean_parent(self):
        parent = self.cleaned_data.get("parent")
        unit = self.unit
        if unit is not None and parent is not None:
            if parent.pk == unit.pk or parent.path.startswith(unit.path):
                raise ValidationError(
                    _("A unit cannot be placed under itself or one of its own sub-units.")
                )
        return parent


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "Semicolon-separated, UTF-8 or Windows-1250. Columns: employee number, first name, "
            "last name, email, job title, unit code, hire date; optionally active (tak/nie)."
        ),
    )
    deactivate_missing = forms.BooleanField(
        label=_("Deactivate people who are not in the file"),
        required=False,
    )

    def clean_file(self):
        from django.conf import settings

        upload = self.cleaned_data["file"]
        if upload.size > settings.KADRA_IMPORT_MAX_BYTES:
            raise ValidationError(
                _("The file is larger than %(mb)s MB. Split it into smaller files.")
                % {"mb": settings.KADRA_IMPORT_MAX_BYTES // (1024 * 1024)}
            )
        return upload
