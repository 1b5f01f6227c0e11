import base64
import hashlib

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lms import access, selectors, services
from lms.access import access_required
from lms.forms import ImportForm, PeopleFilterForm, PersonForm
from lms.models import OrgUnit, User
from lms.panels import person_panels
from lms.people_import import ImportFileError, export_people
from lms.service_errors import apply_validation_error, message_validation_error

SESSION_IMPORT_KEY = "kadra_people_import"


@access_required("people.manage")
def people_list(request):
    unit = PeopleFilterForm(request.GET).selected_unit()
    qs = selectors.people_list(
        access.visible_people(request.user),
        query=request.GET.get("q", "").strip(),
        unit=unit,
        status=request.GET.get("status", "active"),
    )
    page = Paginator(qs, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "lms/people/list.html",
        {
            "page": page,
            "units": OrgUnit.objects.order_by("path"),
            "selected_unit": unit,
            "status": request.GET.get("status", "active"),
            "q": request.GET.get("q", ""),
        },
    )


@access_required("signed_in")
def person_detail(request, pk):
    person = get_object_or_404(User.objects.select_related("org_unit"), pk=pk)
    if not access.can_view_person(request.user, person):
        raise Http404  # do not reveal whether the person exists
    return render(
        request,
        "lms/people/detail.html",
        {
            "person": person,
            "can_manage": access.allowed(request.user, "people.manage"),
            "can_change_identity": access.can_change_identity(request.user, person),
            "panels": person_panels(request, person),
            "history": selectors.person_history(person)
            if access.can_view_person_history(request.user, person)
            else None,
        },
    )


def _details(form: PersonForm) -> dict:
    """The person's details from a valid form, as the services' keyword arguments."""
    data = form.cleaned_data
    return {
        "email": data["email"],
        "first_name": data["first_name"],
        "last_name": data["last_name"],
        "employee_number": data["employee_number"],
        "job_title": data["job_title"],
        "hire_date": data["hire_date"],
        "org_unit": data["org_unit"],
        "preferred_language": data["preferred_language"],
    }


@access_required("people.manage")
def person_create(request):
    form = PersonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            person = services.person_create(acting_user=request.user, **_details(form))
        except ValidationError as exc:
            apply_validation_error(form, exc)
        else:
            messages.success(request, _("%(name)s has been added.") % {"name": person})
            return redirect("person_detail", pk=person.pk)
    return render(request, "lms/people/form.html", {"form": form, "person": None})


@access_required("people.manage")
def person_edit(request, pk):
    person = get_object_or_404(User, pk=pk)
    form = PersonForm(request.POST or None, instance=person, acting_user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.person_update(person=person, acting_user=request.user, **_details(form))
        except ValidationError as exc:
            apply_validation_error(form, exc)
        else:
            messages.success(request, _("Changes to %(name)s have been saved.") % {"name": person})
            return redirect("person_detail", pk=person.pk)
    return render(request, "lms/people/form.html", {"form": form, "person": person})


@require_POST
@access_required("people.manage")
def person_deactivate(request, pk):
    person = get_object_or_404(User, pk=pk)
    try:
        services.person_deactivate(person=person, acting_user=request.user)
    except ValidationError as exc:
        message_validation_error(request, exc)
    else:
        messages.success(request, _("%(name)s has been deactivated.") % {"name": person})
    return redirect("person_detail", pk=person.pk)


@require_POST
@access_required("people.manage")
def person_reactivate(request, pk):
    person = get_object_or_404(User, pk=pk)
    try:
        services.person_reactivate(person=person, acting_user=request.user)
    except ValidationError as exc:
        message_validation_error(request, exc)
    else:
        messages.success(request, _("%(name)s can sign in again.") % {"name": person})
    return redirect("person_detail", pk=person.pk)


@access_required("people.manage")
def person_delete(request, pk):
    person = get_object_or_404(User, pk=pk)
    if not access.can_change_identity(request.user, person):
        messages.error(request, services.identity_refusal())
        return redirect("person_detail", pk=person.pk)
    if request.method == "POST":
        try:
            services.person_delete(person=person, acting_user=request.user)
        except ValidationError as exc:
            message_validation_error(request, exc)
            return redirect("person_detail", pk=person.pk)
        messages.success(request, _("%(name)s has been deleted.") % {"name": person})
        return redirect("people_list")
    return render(request, "lms/people/confirm_delete.html", {"person": person})


@access_required("people.manage")
def people_import(request):
    """Upload → dry run (the file kept in the session) → confirm. All rows or none.

    The confirmation plans the stored file again and applies it only if the result is
    what the preview showed; if the data changed meanwhile, the new preview is shown.
    """
    plan = None
    form = ImportForm()
    if request.method == "POST" and "confirm" in request.POST:
        stored = request.session.get(SESSION_IMPORT_KEY)
        if not stored or stored["digest"] != request.POST.get("digest"):
            messages.error(request, _("The preview has expired. Upload the file again."))
            return redirect("people_import")
        data = base64.b64decode(stored["data"])
        try:
            plan, kept = services.people_import_plan(
                data=data, deactivate_missing=stored["deactivate_missing"], acting_user=request.user
            )
        except ImportFileError as exc:
            messages.error(request, str(exc))
            return redirect("people_import")
        if plan.ok and plan.fingerprint() == stored.get("plan"):
            services.people_import_apply(plan=plan, acting_user=request.user)
            del request.session[SESSION_IMPORT_KEY]
            messages.success(
                request,
                _(
                    "Import finished: %(created)s added, %(updated)s changed, "
                    "%(deactivated)s deactivated."
                )
                % {
                    "created": len(plan.create),
                    "updated": len(plan.update),
                    "deactivated": len(plan.deactivate),
                },
            )
            return redirect("people_list")
        messages.error(
            request,
            _("The data changed since the preview. Check the new preview and confirm again."),
        )
        stored["plan"] = plan.fingerprint()
        request.session[SESSION_IMPORT_KEY] = stored
        return render(
            request,
            "lms/people/import.html",
            {"form": form, "plan": plan, "kept": kept, "digest": stored["digest"]},
        )
    elif request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            data = form.cleaned_data["file"].read()
            deactivate_missing = form.cleaned_data["deactivate_missing"]
            try:
                plan, kept = services.people_import_plan(
                    data=data, deactivate_missing=deactivate_missing, acting_user=request.user
                )
            except ImportFileError as exc:
                form.add_error("file", str(exc))
            else:
                digest = hashlib.sha256(data).hexdigest()
                request.session[SESSION_IMPORT_KEY] = {
                    "digest": digest,
                    "data": base64.b64encode(data).decode("ascii"),
                    "deactivate_missing": deactivate_missing,
                    "plan": plan.fingerprint(),
                }
                return render(
                    request,
                    "lms/people/import.html",
                    {"form": form, "plan": plan, "kept": kept, "digest": digest},
                )
    return render(request, "lms/people/import.html", {"form": form, "plan": plan})


@access_required("people.manage")
def people_export(request):
    qs = selectors.people_list(
        access.visible_people(request.user), status=request.GET.get("status", "")
    )
    response = HttpResponse(export_people(qs), content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="kadra-osoby-{stamp}.csv"'
    return response
