from django.urls import path

from . import legal_views

urlpatterns = [
    path("", legal_views.legal_change_list, name="legal_changes"),
    path("<int:pk>/", legal_views.legal_change_detail, name="legal_change_detail"),
]
