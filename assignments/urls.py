from django.urls import path

from . import views

urlpatterns = [
    path("", views.team_matrix, name="team_matrix"),
    path("assign/", views.assign, name="team_assign"),
    path("overdue/", views.overdue, name="team_overdue"),
    path("export.csv", views.export_csv, name="team_export_csv"),
    path("export.xlsx", views.export_xlsx, name="team_export_xlsx"),
    path("exports/<int:pk>/", views.export_status, name="team_export_status"),
    path("exports/<int:pk>/download/", views.export_download, name="team_export_download"),
    path(
        "people/<int:pk>/courses/<int:course_pk>/",
        views.learning_record,
        name="team_record",
    ),
    path("assignments/bulk/", views.assignments_bulk, name="team_assignments_bulk"),
    path("assignments/<int:pk>/cancel/", views.assignment_cancel, name="team_assignment_cancel"),
    path(
        "assignments/<int:pk>/due-date/",
        views.assignment_due_date,
        name="team_assignment_due_date",
    ),
    path("reminders/", views.reminder_settings, name="team_reminder_settings"),
    path("rules/", views.rule_list, name="team_rules"),
    path("rules/new/", views.rule_create, name="team_rule_create"),
    path("rules/<int:pk>/toggle/", views.rule_toggle, name="team_rule_toggle"),
]
