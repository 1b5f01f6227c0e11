from django.urls import path

from . import h5p_player, views

urlpatterns = [
    path("courses/<int:course_id>/enrol/", views.enrol, name="course_enrol"),
    path("lessons/<int:lesson_id>/complete/", views.lesson_complete, name="lesson_complete"),
    path("lessons/<int:lesson_id>/h5p/<str:block_id>/xapi/", views.xapi_statement, name="h5p_xapi"),
    path("lessons/<int:lesson_id>/h5p/<str:block_id>/state/", views.h5p_state, name="h5p_state"),
    # Sandboxed H5P frames: authorised by the signed token in the URL, not by the session.
    path("h5p/<str:token>/", h5p_player.h5p_player, name="h5p_player"),
    path("h5p/<str:token>/files/<path:path>", h5p_player.h5p_content, name="h5p_content"),
]
