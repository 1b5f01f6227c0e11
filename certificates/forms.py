import re

from django import forms
from django.utils.translation import gettext_lazy as _

NUMBER_RE = re.compile(r"^[A-Z0-9]{1,20}/\d{4}/\d{6}$")


class VerifyForm(forms.Form):
    number = forms.CharField(
        label=_("Certificate number"),
        max_length=40,
        help_text=_("As printed on the certificate, e.g. KADRA/2026/000123."),
    )

    def clean_number(self):
        number = "".join(self.cleaned_data["number"].split()).upper()
        if not NUMBER_RE.match(number):
            raise forms.ValidationError(
                _(
                    "No certificate has this number. Check the number on the certificate, or scan its QR code."
                )
            )
        return number
