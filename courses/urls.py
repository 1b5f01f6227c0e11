from django.urls import path

from . import views

urlpatterns = [
    path("courses/<int:course_id>/enrol/", views.enrol, name="course_enrol"),
    path("lessons/<int:lesson_id>/complete/", views.lesson_complete, name="lesson_complete"),
    path("lessons/<int:lesson_id>/h5p/<str:block_id>/xapi/", views.xapi_statement, name="h5p_xapi"),
    path("lessons/<int:lesson_id>/h5p/<str:block_id>/state/", views.h5p_state, name="h5p_state"),
    path("h5p-content/<uuid:key>/<path:path>", views.h5p_content, name="h5p_content"),
]
