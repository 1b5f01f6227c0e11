"""HR registry and compliance pages: the matrix, its rates and the not-compliant list, the
certificates registry with revoke and re-issue, a person's lineage and training record,
exports, and RODO (export and anonymisation).

Views ask ``certificates.compliance.access``; a person or certificate outside the user's
reach answers 404, exactly as one that does not exist.
"""

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from assignments.models import ExportJob
from certificates import rodo, services
from certificates.models import Certificate

from . import access, cells, exports, matrix, record
from .forms import (
    MatrixFilterForm,
    NotCompliantFilterForm,
    RegistryFilterForm,
    ReissueForm,
    RevokeForm,
)
from .registry import registry as registry_qs
from .tasks import KIND, run_compliance_export

PAGE_SIZE = 50
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def compliance_required(view):
    """Anonymous visitors go to sign-in; anyone but HR and leaders gets 403."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        access.require_compliance(request.user)
        return view(request, *args, **kwargs)

    return wrapper


def hr_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        access.require_hr(request.user)
        return view(request, *args, **kwargs)

    return wrapper


def _query(request, *, drop=("page",)) -> str:
    query = request.GET.copy()
    for name in drop:
        query.pop(name, None)
    return query.urlencode()


def _person_or_404(request, pk):
    person = access.people_in_scope(request.user).select_related("org_unit").filter(pk=pk).first()
    if person is None or not access.can_view_person(request.user, person):
        raise Http404
    return person


def _certificate_or_404(request, pk) -> Certificate:
    certificate = (
        access.certificates_in_scope(request.user)
        .select_related("user__org_unit", "course")
        .filter(pk=pk)
        .first()
    )
    if certificate is None:
        raise Http404
    return certificate


# The matrix, its rates and the not-compliant list -----------------------------------------


def _matrix_setup(request, form_class=MatrixFilterForm, *, with_state=False):
    form = form_class(request.GET or None, user=request.user)
    filters = form.filters(with_state=with_state)
    rules = matrix.active_rules(filters.today)
    people = matrix.matrix_people(request.user, filters, rules)
    courses = matrix.matrix_courses(people, filters, rules)
    return form, filters, rules, people, courses


@compliance_required
def matrix_page(request):
    form, filters, rules, people, courses = _matrix_setup(request)
    page = Paginator(people, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = matrix.matrix_rows(page.object_list, courses, rules, filters) if courses else []
    return render(
        request,
        "certificates/compliance/matrix.html",
        {
            "form": form,
            "filters": filters,
            "page": page,
            "rows": [(p, cells.row_html(p, c, courses)) for p, c in rows],
            "people_without_columns": list(page.object_list) if not courses else [],
            "courses": courses,
            "legend": cells.legend(),
            "query": _query(request),
            "compliance_page": "matrix",
            "active_nav": "compliance",
        },
    )


@compliance_required
def rates(request):
    form, filters, rules, people, courses = _matrix_setup(request)
    summary = matrix.summary(people, courses, rules, filters)
    return render(
        request,
        "certificates/compliance/rates.html",
        {
            "form": form,
            "filters": filters,
            "summary": summary,
            "query": _query(request),
            "compliance_page": "rates",
            "active_nav": "compliance",
        },
    )


@compliance_required
def not_compliant(request):
    form, filters, rules, people, courses = _matrix_setup(
        request, NotCompliantFilterForm, with_state=True
    )
    summary = matrix.summary(people, courses, rules, filters)
    titles = {c.pk: c.title for c in courses}
    page = Paginator(summary.not_compliant, PAGE_SIZE).get_page(request.GET.get("page"))
    entries = [
        (person, [(titles[cell.course_id], cell) for cell in failing])
        for person, failing in page.object_list
    ]
    return render(
        request,
        "certificates/compliance/not_compliant.html",
        {
            "form": form,
            "filters": filters,
            "page": page,
            "entries": entries,
            "summary": summary,
            "query": _query(request),
            "compliance_page": "not_compliant",
            "active_nav": "compliance",
        },
    )


# Exports ----------------------------------------------------------------------------------


def background_export_rows() -> int:
    return getattr(settings, "KADRA_EXPORT_BACKGROUND_ROWS", 2000)


def _filters_for(request, name):
    if name == "matrix":
        return MatrixFilterForm(request.GET or None, user=request.user).filters()
    return RegistryFilterForm(request.GET or None, user=request.user).filters()


def _csv(request, name):
    rows_of = exports.EXPORTS[name][0]
    data = exports.to_csv(rows_of(request.user, _filters_for(request, name)))
    response = HttpResponse(data, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{exports.filename(name, "csv")}"'
    return response


def _xlsx(request, name, back: str):
    rows_of, count_of, _stem = exports.EXPORTS[name]
    filters = _filters_for(request, name)
    total = count_of(request.user, filters)
    if total > background_export_rows():
        query = request.GET.copy()
        query.pop("page", None)
        query["export"] = name
        back_query = _query(request)
        job = ExportJob.objects.create(
            user=request.user,
            kind=KIND,
            back_url=(reverse(back) + (f"?{back_query}" if back_query else ""))[:300],
            query=query.urlencode()[:1000],
            rows_total=total,
        )
        transaction.on_commit(lambda: run_compliance_export.enqueue(job.pk))
        return redirect("team_export_status", pk=job.pk)
    data = exports.to_xlsx(rows_of(request.user, filters), title=exports.sheet_title(name))
    response = HttpResponse(data, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{exports.filename(name, "xlsx")}"'
    return response


@compliance_required
def matrix_csv(request):
    return _csv(request, "matrix")


@compliance_required
def matrix_xlsx(request):
    return _xlsx(request, "matrix", "compliance_matrix")


@compliance_required
def registry_csv(request):
    return _csv(request, "registry")


@compliance_required
def registry_xlsx(request):
    return _xlsx(request, "registry", "compliance_registry")


# The certificates registry ----------------------------------------------------------------


def _page_of_certificates(qs, number):
    """One page of ``qs``: the page's ids first (a narrow sort, no joins), then its rows."""
    page = Paginator(qs.values_list("pk", flat=True), PAGE_SIZE).get_page(number)
    ids = list(page.object_list)
    rows = qs.model.objects.select_related("user__org_unit", "course").in_bulk(ids)
    page.object_list = [rows[pk] for pk in ids if pk in rows]
    return page


@compliance_required
def registry(request):
    form = RegistryFilterForm(request.GET or None, user=request.user)
    filters = form.filters()
    page = _page_of_certificates(registry_qs(request.user, filters), request.GET.get("page"))
    return render(
        request,
        "certificates/compliance/registry.html",
        {
            "form": form,
            "page": page,
            "today": filters.today,
            "can_revoke": access.can_revoke(request.user),
            "can_reissue": access.can_reissue(request.user),
            "query": _query(request),
            "compliance_page": "registry",
            "active_nav": "compliance",
        },
    )


def _certificate_action(request, pk, *, form_class, title, submit, act, done):
    certificate = _certificate_or_404(request, pk)
    form = form_class(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            act(certificate, form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, done)
            return redirect("compliance_person", pk=certificate.user_id)
    return render(
        request,
        "certificates/compliance/certificate_form.html",
        {
            "form": form,
            "certificate": certificate,
            "title": title,
            "submit": submit,
            "active_nav": "compliance",
        },
        status=400 if form.errors else 200,
    )


@hr_required
def certificate_revoke(request, pk):
    return _certificate_action(
        request,
        pk,
        form_class=RevokeForm,
        title=_("Revoke a certificate"),
        submit=_("Revoke the certificate"),
        act=lambda c, data: services.certificate_revoke(
            certificate=c, reason=data["reason"], acting_user=request.user
        ),
        done=_("The certificate has been revoked. The person and their leaders have been told."),
    )


@hr_required
def certificate_reissue(request, pk):
    return _certificate_action(
        request,
        pk,
        form_class=ReissueForm,
        title=_("Re-issue a certificate"),
        submit=_("Re-issue the certificate"),
        act=lambda c, data: services.certificate_reissue(
            certificate=c,
            reason=data["reason"],
            origin=data["origin"],
            acting_user=request.user,
        ),
        done=_("A new certificate has been issued; it replaces the old one."),
    )


# A person: certificate lineage, training record, RODO -------------------------------------


def lineages(certificates) -> list[list[Certificate]]:
    """The person's certificates as chains (oldest first), newest chain first."""
    by_pk = {c.pk: c for c in certificates}
    chains = {}
    for c in certificates:
        root, seen = c, {c.pk}
        while root.supersedes_id in by_pk and root.supersedes_id not in seen:
            root = by_pk[root.supersedes_id]
            seen.add(root.pk)
        chains.setdefault(root.pk, []).append(c)
    result = [sorted(chain, key=lambda c: (c.issued_at, c.pk)) for chain in chains.values()]
    return sorted(result, key=lambda chain: (chain[-1].issued_at, chain[-1].pk), reverse=True)


@compliance_required
def person(request, pk):
    person = _person_or_404(request, pk)
    certificates = list(
        Certificate.objects.filter(user=person)
        .select_related("revoked_by")
        .order_by("issued_at", "pk")
    )
    is_hr = access.can_handle_personal_data(request.user)
    return render(
        request,
        "certificates/compliance/person.html",
        {
            "person": person,
            "lineages": lineages(certificates),
            "can_revoke": access.can_revoke(request.user),
            "can_reissue": access.can_reissue(request.user),
            "can_rodo": is_hr,
            "anonymise_refusal": rodo.anonymise_refusal(person, acting_user=request.user)
            if is_hr
            else None,
            "anonymised": rodo.is_anonymised(person),
            "active_nav": "compliance",
        },
    )


@compliance_required
def person_record(request, pk):
    person = _person_or_404(request, pk)
    response = HttpResponse(record.render(person), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{record.filename(person)}"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@hr_required
def person_rodo_export(request, pk):
    person = _person_or_404(request, pk)
    data = rodo.person_export(person=person, acting_user=request.user)
    response = HttpResponse(data, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{rodo.export_filename(person)}"'
    response["Cache-Control"] = "private, no-store"
    return response


@hr_required
def person_anonymise(request, pk):
    person = _person_or_404(request, pk)
    refusal = rodo.anonymise_refusal(person, acting_user=request.user)
    status = 200
    if request.method == "POST":
        try:
            rodo.person_anonymise(person=person, acting_user=request.user)
        except ValidationError as exc:
            refusal = " ".join(exc.messages)
            status = 409
        else:
            messages.success(
                request,
                _(
                    "The person has been anonymised. Their learning records and certificates "
                    "stay in the statistics."
                ),
            )
            return redirect("compliance_person", pk=person.pk)
    return render(
        request,
        "certificates/compliance/anonymise.html",
        {
            "person": person,
            "refusal": refusal,
            "retention_months": rodo.retention_months(),
            "left_on": timezone.localdate(person.deactivated_at) if person.deactivated_at else None,
            "active_nav": "compliance",
        },
        status=status,
    )
