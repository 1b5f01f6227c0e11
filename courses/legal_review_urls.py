"""``/legal-review/``: the stale list for HR and editors, and the "needs legal review" form."""

from django.urls import path

from . import legal_review_views as views

urlpatterns = [
    path("", views.stale_list, name="legal_review_list"),
    path("report/<int:course_id>/", views.report, name="legal_review_report"),
]
