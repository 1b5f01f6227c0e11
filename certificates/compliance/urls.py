from django.urls import path

from . import views

urlpatterns = [
    path("", views.matrix_page, name="compliance_matrix"),
    path("matrix.csv", views.matrix_csv, name="compliance_matrix_csv"),
    path("matrix.xlsx", views.matrix_xlsx, name="compliance_matrix_xlsx"),
    path("rates/", views.rates, name="compliance_rates"),
    path("not-compliant/", views.not_compliant, name="compliance_not_compliant"),
    path("certificates/", views.registry, name="compliance_registry"),
    path("certificates/export.csv", views.registry_csv, name="compliance_registry_csv"),
    path("certificates/export.xlsx", views.registry_xlsx, name="compliance_registry_xlsx"),
    path(
        "certificates/<int:pk>/revoke/",
        views.certificate_revoke,
        name="compliance_certificate_revoke",
    ),
    path(
        "certificates/<int:pk>/reissue/",
        views.certificate_reissue,
        name="compliance_certificate_reissue",
    ),
    path("people/<int:pk>/", views.person, name="compliance_person"),
    path("people/<int:pk>/record.pdf", views.person_record, name="compliance_person_record"),
    path(
        "people/<int:pk>/rodo/export/",
        views.person_rodo_export,
        name="compliance_person_rodo_export",
    ),
    path(
        "people/<int:pk>/rodo/anonymise/",
        views.person_anonymise,
        name="compliance_person_anonymise",
    ),
]
