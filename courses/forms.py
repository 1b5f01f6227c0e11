import uuid

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .h5p_package import H5PValidationError, validate_package

H5P_MAX_UPLOAD_BYTES = 100 * 1024 * 1024


class H5PPackageForm(WagtailAdminModelForm):
    """Validates every upload (and every replacement) before anything is stored.

    The title may be left empty: the package's own title (``h5p.json``) is used then.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "title" in self.fields:
            self.fields["title"].required = False
            self.fields["title"].help_text = _("Leave empty to use the title inside the package.")

    def clean(self):
        cleaned_data = super().clean()
        if "title" in self.fields and not cleaned_data.get("title"):
            info = getattr(self, "_package_info", None)
            if info is not None:
                max_length = self.instance._meta.get_field("title").max_length
                cleaned_data["title"] = " ".join(info.title.split())[:max_length]
            elif "file" not in self.errors:
                self.add_error(
                    "title", _("Enter a title, or upload a package to take the title from.")
                )
        return cleaned_data

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not isinstance(upload, UploadedFile):
            return upload
        if not upload.name.lower().endswith(".h5p"):
            raise ValidationError(_("Choose a file with the .h5p extension."))
        if upload.size > H5P_MAX_UPLOAD_BYTES:
            raise ValidationError(_("The file is larger than 100 MB."))
        upload.seek(0)
        try:
            info = validate_package(upload)
        except H5PValidationError as exc:
            raise ValidationError(
                [
                    _("This H5P package cannot be used: %(problem)s") % {"problem": m}
                    for m in exc.messages
                ]
            ) from None
        upload.seek(0)
        self._package_info = info
        return upload

    def save(self, commit=True):
        info = getattr(self, "_package_info", None)
        instance = super().save(commit=False)
        if info is not None:
            instance._previous_storage = (
                (instance.storage_key, self.initial.get("file") and str(self.initial["file"]))
                if instance.pk
                else None
            )
            instance.storage_key = uuid.uuid4()
            if getattr(self, "for_user", None) is not None:
                instance.uploaded_by = self.for_user
            instance.main_library = info.main_library
            instance.library_version = info.main_library_version
            instance.size = info.total_size
            instance.metadata = {
                "title": info.title,
                "embed_types": info.embed_types,
                "language": info.language,
                "libraries": [lib.folder for lib in info.libraries],
                "files": len(info.files),
            }
        if commit:
            instance.save()
            self.save_m2m()
        return instance
