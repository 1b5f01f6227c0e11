"""Forms of legal changes: the editor's marking of a publish."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .law_change import BASIS_MAX_LENGTH, SUMMARY_MAX_LENGTH


class MarkForm(forms.Form):
    summary = forms.CharField(
        label=_("What changed"),
        max_length=SUMMARY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Learners and their leaders read this in the notice and on the outline."),
    )
    legal_basis = forms.CharField(
        label=_("Legal basis (act and article)"), max_length=BASIS_MAX_LENGTH, required=False
    )
    applies_from = forms.DateField(
        label=_("The new rule applies from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    retraining_days = forms.IntegerField(
        label=_("Days allowed for retraining"),
        required=False,
        min_value=1,
        max_value=3650,
        help_text=_("Leave empty to use the course's setting."),
    )

    def clean_summary(self):
        summary = " ".join(self.cleaned_data["summary"].split())
        if not summary:
            raise forms.ValidationError(_("Say what changed: learners and their leaders read it."))
        return summary
