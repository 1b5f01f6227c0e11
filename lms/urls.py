from django.conf import settings
from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from lms.views import auth, home, notifications, people, units

urlpatterns = [
    path("", home.home, name="home"),
    path("healthz", home.healthz, name="healthz"),
    path("i18n/setlang/", set_language, name="set_language"),
    # Sign-in and account
    path("accounts/login/", auth.SignInView.as_view(), name="login"),
    path("accounts/logout/", auth.SignOutView.as_view(), name="logout"),
    path("accounts/password/change/", auth.password_change, name="password_change"),
    path("accounts/password/change/done/", auth.password_change_done, name="password_change_done"),
    path("accounts/password/reset/", auth.password_reset, name="password_reset"),
    path("accounts/password/reset/sent/", auth.password_reset_done, name="password_reset_done"),
    path(
        "accounts/reset/<uidb64>/<token>/",
        auth.password_reset_confirm,
        name="password_reset_confirm",
    ),
    path("accounts/reset/done/", auth.password_reset_complete, name="password_reset_complete"),
    # People and units (HR; leaders see their own subtrees)
    path("people/", people.people_list, name="people_list"),
    path("people/new/", people.person_create, name="person_create"),
    path("people/import/", people.people_import, name="people_import"),
    path("people/export.csv", people.people_export, name="people_export"),
    path("people/<int:pk>/", people.person_detail, name="person_detail"),
    path("people/<int:pk>/edit/", people.person_edit, name="person_edit"),
    path("people/<int:pk>/deactivate/", people.person_deactivate, name="person_deactivate"),
    path("people/<int:pk>/reactivate/", people.person_reactivate, name="person_reactivate"),
    path("people/<int:pk>/delete/", people.person_delete, name="person_delete"),
    path("units/", units.unit_list, name="unit_list"),
    path("units/new/", units.unit_create, name="unit_create"),
    path("units/<int:pk>/", units.unit_detail, name="unit_detail"),
    path("units/<int:pk>/edit/", units.unit_edit, name="unit_edit"),
    path("units/<int:pk>/delete/", units.unit_delete, name="unit_delete"),
    path("notifications/", notifications.notification_list, name="notification_list"),
    path(
        "notifications/<int:pk>/read/",
        notifications.notification_read,
        name="notification_read",
    ),
    path(
        "notifications/read-all/",
        notifications.notification_read_all,
        name="notification_read_all",
    ),
    path(
        "notifications/delivery/",
        notifications.notification_delivery,
        name="notification_delivery",
    ),
    path("team/", include("assignments.urls")),
    path("legal-changes/", include("assignments.legal_urls")),
    path("legal-review/", include("courses.legal_review_urls")),
    path("", include("seminars.urls")),
    path("", include("certificates.urls")),
    path("compliance/", include("certificates.compliance.urls")),
    path("learning/", include("courses.urls")),
    path("learning/", include("quizzes.urls")),
    # Wagtail. Its "failwhale" page raises an error on purpose for anyone, signed in or not:
    # nothing a visitor requests may answer 500.
    path("admin/failwhale/", home.not_found),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if getattr(settings, "KADRA_SERVE_IMAGES", False):
    # Development only: image files from MEDIA_ROOT. Documents and H5P packages are served
    # by their own views, which check access; in production the proxy serves images only.
    from django.urls import re_path
    from django.views.static import serve

    urlpatterns += [
        re_path(
            r"^media/(?P<path>(?:original_images|images)/[^\x00]+)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += [path("learn/", include(wagtail_urls))]
