from django.urls import path

from . import views

urlpatterns = [
    path("quizzes/<int:quiz_id>/start/", views.attempt_start, name="attempt_start"),
    path(
        "quizzes/<int:quiz_id>/update-check/",
        views.update_check_start,
        name="update_check_start",
    ),
    path("quizzes/statistics/", views.quiz_stats_index, name="quiz_stats_index"),
    path("quizzes/<int:quiz_id>/statistics/", views.quiz_stats, name="quiz_stats"),
    path("attempts/<int:attempt_id>/", views.attempt_take, name="attempt_take"),
    path("attempts/<int:attempt_id>/answer/", views.attempt_answer, name="attempt_answer"),
    path("attempts/<int:attempt_id>/summary/", views.attempt_summary, name="attempt_summary"),
    path("attempts/<int:attempt_id>/submit/", views.attempt_submit, name="attempt_submit"),
    path("attempts/<int:attempt_id>/review/", views.attempt_review, name="attempt_review"),
]
