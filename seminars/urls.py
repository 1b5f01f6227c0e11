from django.urls import path

from . import views

urlpatterns = [
    path("sessions/", views.session_list, name="session_list"),
    path("sessions/mine/", views.session_mine, name="session_mine"),
    path("sessions/running/", views.session_running, name="session_running"),
    path("sessions/team/", views.session_team, name="session_team"),
    path("sessions/overview/", views.session_overview, name="session_overview"),
    path("sessions/new/", views.session_create, name="session_create"),
    path("sessions/calendar/", views.calendar_feeds, name="session_calendar"),
    path("sessions/feed/<str:token>.ics", views.calendar_feed, name="session_feed"),
    path("sessions/<int:pk>/", views.session_detail, name="session_detail"),
    path("sessions/<int:pk>/edit/", views.session_edit, name="session_edit"),
    path("sessions/<int:pk>/book/", views.session_book, name="session_book"),
    path("sessions/<int:pk>/cancel/", views.session_cancel, name="session_cancel"),
    path("sessions/<int:pk>/calendar.ics", views.session_ics, name="session_ics"),
    path("sessions/<int:pk>/dates/new/", views.date_create, name="session_date_create"),
    path("sessions/<int:pk>/feedback/", views.session_feedback, name="session_feedback"),
    path(
        "sessions/<int:pk>/feedback/results/",
        views.session_feedback_results,
        name="session_feedback_results",
    ),
    path("sessions/<int:pk>/materials/", views.material_upload, name="session_material_upload"),
    path("sessions/materials/<int:pk>/", views.material_download, name="session_material"),
    path("sessions/bookings/<int:pk>/cancel/", views.booking_cancel, name="session_booking_cancel"),
    path(
        "sessions/bookings/<int:pk>/approve/", views.booking_approve, name="session_booking_approve"
    ),
    path("sessions/bookings/<int:pk>/reject/", views.booking_reject, name="session_booking_reject"),
    path("sessions/bookings/<int:pk>/move/", views.booking_move, name="session_booking_move"),
    path("sessions/dates/<int:pk>/edit/", views.date_edit, name="session_date_edit"),
    path("sessions/dates/<int:pk>/cancel/", views.date_cancel, name="session_date_cancel"),
    path(
        "sessions/dates/<int:pk>/attendance/",
        views.date_attendance,
        name="session_date_attendance",
    ),
    path("sessions/dates/<int:pk>/walk-in/", views.date_walk_in, name="session_date_walk_in"),
    path(
        "sessions/dates/<int:pk>/attendance.pdf",
        views.date_attendance_pdf,
        name="session_date_attendance_pdf",
    ),
    path("sessions/dates/<int:pk>/qr/", views.date_qr, name="session_date_qr"),
    path("sessions/dates/<int:pk>/qr.json", views.date_qr_json, name="session_date_qr_json"),
    path("sessions/check-in/<int:pk>/<str:code>/", views.checkin, name="session_checkin"),
]
