from django.urls import path

from . import views

urlpatterns = [
    path("certificates/", views.my_certificates, name="my_certificates"),
    path("certificates/<str:code>/pdf/", views.certificate_pdf, name="certificate_pdf"),
    path(
        "certificates/<str:code>/credential/",
        views.certificate_credential,
        name="certificate_credential",
    ),
    path("verify/", views.verify_form, name="certificate_verify_form"),
    path("verify/<str:code>/", views.verify, name="certificate_verify"),
    path("credentials/status/<str:name>/", views.status_list, name="credential_status_list"),
    path(".well-known/did.json", views.did_document, name="did_document"),
]
