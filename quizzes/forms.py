from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from lms.fields import IdChoiceField

from .bank import TRUEFALSE_KEY_MISSING, validate_options
from .models import QuestionCategory


class QuestionForm(WagtailAdminModelForm):
    """Checks that the answers fit the question type before anything is saved."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("options")
        if formset is None or not formset.is_valid():
            return cleaned
        options = [
            f.cleaned_data
            for f in formset.forms
            if f.cleaned_data and not f.cleaned_data.get("DELETE")
        ]
        kind = cleaned.get("kind", "")
        for problem in validate_options(kind, options, correct_true=cleaned.get("correct_true")):
            field = "correct_true" if problem == str(TRUEFALSE_KEY_MISSING) else None
            self.add_error(field, problem)
        return cleaned


class ImportForm(forms.Form):
    FORMAT_CHOICES = [("gift", "GIFT (Moodle)"), ("aiken", "Aiken")]

    format = forms.ChoiceField(label=_("Format"), choices=FORMAT_CHOICES, initial="gift")
    file = forms.FileField(label=_("File"), help_text=_("A text file in UTF-8, at most 2 MB."))
    category = IdChoiceField(
        queryset=QuestionCategory.objects.all(),
        required=False,
        label=_("Category"),
        help_text=_("For Aiken files, and for GIFT questions without a $CATEGORY line."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > 2 * 1024 * 1024:
            raise ValidationError(_("The file is larger than 2 MB."))
        data = upload.read()
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError(_("Save the file as UTF-8 text and upload it again.")) from None


class ExportForm(forms.Form):
    category = IdChoiceField(
        queryset=QuestionCategory.objects.all(),
        label=_("Category"),
        help_text=_("Questions of this category and its sub-categories."),
    )
