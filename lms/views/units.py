from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from lms import access, selectors, services
from lms.access import access_required
from lms.forms import UnitForm
from lms.models import OrgUnit
from lms.service_errors import apply_validation_error, message_validation_error


@access_required("team.view")
def unit_list(request):
    units = selectors.units_with_headcounts(access.visible_units(request.user))
    return render(
        request,
        "lms/units/list.html",
        {"units": units, "can_manage": access.allowed(request.user, "units.manage")},
    )


@access_required("team.view")
def unit_detail(request, pk):
    unit = get_object_or_404(OrgUnit, pk=pk)
    if not access.can_view_unit(request.user, unit):
        raise Http404
    members = selectors.people_list(access.visible_people(request.user), unit=unit, status="active")
    return render(
        request,
        "lms/units/detail.html",
        {
            "unit": unit,
            "members": members,
            "subunits": selectors.units_with_headcounts(unit.get_descendants()),
            "leaders": unit.leaders.all(),
            "can_manage": access.allowed(request.user, "units.manage"),
        },
    )


@access_required("units.manage")
def unit_create(request):
    form = UnitForm(request.POST or None, initial={"parent": request.GET.get("parent")})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            unit = services.unit_create(
                acting_user=request.user,
                parent=data["parent"],
                name=data["name"],
                code=data["code"],
                leaders=data["leaders"],
            )
        except ValidationError as exc:
            apply_validation_error(form, exc)
        else:
            messages.success(request, _("Unit %(unit)s has been created.") % {"unit": unit})
            return redirect("unit_detail", pk=unit.pk)
    return render(request, "lms/units/form.html", {"form": form, "unit": None})


@access_required("units.manage")
def unit_edit(request, pk):
    unit = get_object_or_404(OrgUnit, pk=pk)
    initial = {
        "name": unit.name,
        "code": unit.code,
        "parent": unit.get_parent(),
        "leaders": unit.leaders.all(),
    }
    form = UnitForm(request.POST or None, initial=initial, unit=unit)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.unit_update(
                unit=unit,
                acting_user=request.user,
                name=data["name"],
                code=data["code"],
                parent=data["parent"],
                leaders=data["leaders"],
            )
        except ValidationError as exc:
            apply_validation_error(form, exc)
        else:
            messages.success(request, _("Unit %(unit)s has been saved.") % {"unit": unit})
            return redirect("unit_detail", pk=unit.pk)
    return render(request, "lms/units/form.html", {"form": form, "unit": unit})


@access_required("units.manage")
def unit_delete(request, pk):
    unit = get_object_or_404(OrgUnit, pk=pk)
    if request.method == "POST":
        try:
            services.unit_delete(unit=unit, acting_user=request.user)
        except ValidationError as exc:
            message_validation_error(request, exc)
            return redirect("unit_detail", pk=unit.pk)
        messages.success(request, _("Unit %(unit)s has been deleted.") % {"unit": unit})
        return redirect("unit_list")
    return render(request, "lms/units/confirm_delete.html", {"unit": unit})
