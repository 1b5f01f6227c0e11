"""GIFT/Aiken import (with a preview) and GIFT export, inside the Wagtail admin."""

import hashlib

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from lms import access

from . import formats
from .bank import category_for_path, question_from_dict, question_to_dict
from .forms import ExportForm, ImportForm
from .models import Question

SESSION_KEY = "kadra_question_import"


def _require_editor(request):
    if not access.is_editor(request.user):
        raise PermissionDenied


def _parse(text, kind):
    return formats.parse_gift(text) if kind == "gift" else formats.parse_aiken(text)


def question_import(request):
    _require_editor(request)
    form = ImportForm()
    result = None
    if request.method == "POST" and "confirm" in request.POST:
        stored = request.session.get(SESSION_KEY)
        if not stored or stored["digest"] != request.POST.get("digest"):
            messages.error(request, _("The preview has expired. Upload the file again."))
            return redirect("quizzes_import")
        result = _parse(stored["text"], stored["format"])
        default = stored.get("category") or _("Imported")
        try:
            with transaction.atomic():
                for data in result.questions:
                    category = category_for_path(data.get("category") or default)
                    question_from_dict(data, category=category, acting_user=request.user)
        except ValidationError as exc:
            messages.error(
                request, _("Nothing was imported: %(error)s") % {"error": " ".join(exc.messages)}
            )
            return redirect("quizzes_import")
        del request.session[SESSION_KEY]
        messages.success(request, _("%(n)s questions imported.") % {"n": len(result.questions)})
        return redirect("wagtailsnippets_quizzes_question:list")
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            text = form.cleaned_data["file"]
            result = _parse(text, form.cleaned_data["format"])
            digest = hashlib.sha256(text.encode()).hexdigest()
            category = form.cleaned_data["category"]
            request.session[SESSION_KEY] = {
                "digest": digest,
                "text": text,
                "format": form.cleaned_data["format"],
                "category": category.name if category else "",
            }
            return TemplateResponse(
                request,
                "quizzes/admin/import.html",
                {
                    "form": form,
                    "result": result,
                    "digest": digest,
                },
            )
    return TemplateResponse(request, "quizzes/admin/import.html", {"form": form, "result": result})


def question_export(request):
    _require_editor(request)
    form = ExportForm(request.GET or None)
    if request.GET and form.is_valid():
        category = form.cleaned_data["category"]
        questions = (
            Question.objects.filter(category.subtree_q(prefix="category__"))
            .select_related("category")
            .prefetch_related("options")
            .order_by("category__name", "pk")
        )
        exportable = [q for q in questions if q.kind != "ordering"]
        skipped = len(questions) - len(exportable)
        text = formats.export_gift([question_to_dict(q) for q in exportable])
        response = HttpResponse(text, content_type="text/plain; charset=utf-8")
        name = slugify(category.name) or "questions"
        response["Content-Disposition"] = f'attachment; filename="{name}.gift.txt"'
        if skipped:
            response["X-Kadra-Skipped"] = str(skipped)
        return response
    return TemplateResponse(request, "quizzes/admin/export.html", {"form": form})
