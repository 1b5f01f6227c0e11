from django.urls import path

from . import legal_history_views, legal_views

urlpatterns = [
    path("", legal_views.legal_change_list, name="legal_changes"),
    path("<int:pk>/", legal_views.legal_change_detail, name="legal_change_detail"),
    path("trained-on/", legal_history_views.trained_on, name="legal_trained_on"),
    path(
        "trained-on/export.csv",
        legal_history_views.trained_on_export,
        name="legal_trained_on_export",
    ),
]
