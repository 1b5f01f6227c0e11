"""Forms of the HR registry and compliance pages. Units offered are those in the user's
reach; a crafted value outside it fails like a wrong choice, and the filter is left out."""

from django import forms
from django.utils.translation import gettext_lazy as _

from certificates.models import CertificateStatus, Origin
from certificates.services import REASON_MAX_LENGTH
from courses.models import CoursePage
from lms.fields import IdChoiceField

from . import access
from .matrix import DEFAULT_EXPIRING_DAYS, MAX_EXPIRING_DAYS, MatrixFilters, State
from .registry import RegistryFilters

SEARCH_MAX_LENGTH = 100


class UnitChoiceField(IdChoiceField):
    def label_from_instance(self, obj):
        return f"{'– ' * (obj.depth - 1)}{obj.name} ({obj.code})"


def _courses():
    return CoursePage.objects.live().order_by("title")


class _FilterForm(forms.Form):
    """Bound from the query string; invalid fields are dropped from the filters."""

    def __init__(self, data=None, *, user, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["unit"].queryset = access.units_in_scope(user).order_by("path")
        self.fields["course"].queryset = _courses()

    def valid_data(self) -> dict:
        if not self.is_bound:
            return {}
        self.is_valid()
        return {k: v for k, v in self.cleaned_data.items() if k not in self.errors}


class MatrixFilterForm(_FilterForm):
    unit = UnitChoiceField(
        label=_("Unit"), queryset=None, required=False, empty_label=_("All my units")
    )
    course = IdChoiceField(
        label=_("Course"), queryset=None, required=False, empty_label=_("All required courses")
    )
    expiring_days = forms.IntegerField(
        label=_("“Expiring soon” means within (days)"),
        required=False,
        min_value=0,
        max_value=MAX_EXPIRING_DAYS,
        initial=DEFAULT_EXPIRING_DAYS,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )

    def filters(self, *, with_state=False) -> MatrixFilters:
        data = self.valid_data()
        days = data.get("expiring_days")
        return MatrixFilters(
            unit=data.get("unit"),
            course=data.get("course"),
            expiring_days=DEFAULT_EXPIRING_DAYS if days is None else days,
            state=(data.get("state") or "") if with_state else "",
        )


class NotCompliantFilterForm(MatrixFilterForm):
    state = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any status that is not compliant"))]
        + [(s, State.labels[s]) for s in State.NOT_COMPLIANT],
    )


class RegistryFilterForm(_FilterForm):
    q = forms.CharField(
        label=_("Name or number"), required=False, max_length=SEARCH_MAX_LENGTH, strip=True
    )
    unit = UnitChoiceField(
        label=_("Unit"), queryset=None, required=False, empty_label=_("All my units")
    )
    course = IdChoiceField(
        label=_("Course"), queryset=None, required=False, empty_label=_("All courses")
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any status"))] + list(CertificateStatus.choices),
    )
    expiring_within = forms.IntegerField(
        label=_("Expiring within (days)"),
        required=False,
        min_value=0,
        max_value=MAX_EXPIRING_DAYS,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    issued_from = forms.DateField(
        label=_("Issued from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    issued_to = forms.DateField(
        label=_("Issued until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        data = super().clean()
        start, end = data.get("issued_from"), data.get("issued_to")
        if start and end and start > end:
            self.add_error(
                "issued_to", _("This date is before the “issued from” date. Swap the two dates.")
            )
        return data

    def filters(self) -> RegistryFilters:
        data = self.valid_data()
        return RegistryFilters(
            unit=data.get("unit"),
            course=data.get("course"),
            status=data.get("status") or "",
            expiring_within=data.get("expiring_within"),
            issued_from=data.get("issued_from"),
            issued_to=data.get("issued_to"),
            q=" ".join((data.get("q") or "").split()),
        )


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for revocation"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the certificate's history and sent to the person and their leaders."),
    )


class ReissueForm(forms.Form):
    origin = forms.ChoiceField(
        label=_("Why"),
        choices=[
            (Origin.NAME_CHANGE, Origin.NAME_CHANGE.label),
            (Origin.REISSUE, _("A correction")),
        ],
        widget=forms.RadioSelect,
        initial=Origin.NAME_CHANGE,
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the history of both certificates."),
    )
