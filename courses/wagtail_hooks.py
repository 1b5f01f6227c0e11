from collections import defaultdict

from django.contrib import messages
from django.db.models import Q
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .forms import H5PPackageForm
from .models import H5PPackage


class H5PPackageViewSet(SnippetViewSet):
    model = H5PPackage
    icon = "form"
    menu_label = gettext_lazy("H5P activities")  # read per request, in its language
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["title", "main_library", "library_version", "updated_at"]
    search_fields = ["title"]
    edit_handler = ObjectList(
        [FieldPanel("title"), FieldPanel("file")], base_form_class=H5PPackageForm
    )


register_snippet(H5PPackageViewSet)


@hooks.register("before_delete_snippet")
def refuse_deleting_used_packages(request, instances):
    used = [i for i in instances if isinstance(i, H5PPackage) and i.uses.exists()]
    if used and request.method == "POST":
        messages.error(
            request,
            _("%(titles)s is used in published lessons. Remove it from those lessons first.")
            % {"titles": ", ".join(str(i) for i in used)},
        )
        return redirect("wagtailsnippets_courses_h5ppackage:list")
    return None


def _protected_records(pages) -> bool:
    """Whether deleting ``pages`` (with their subpages) would remove protected records, such
    as people's progress, opened steps, completions and answers."""
    from django.db import router
    from django.db.models.deletion import Collector, ProtectedError, RestrictedError
    from wagtail.models import Page

    if not pages:
        return False
    query = Q()
    for page in pages:
        query |= Q(path__startswith=page.path, depth__gte=page.depth)
    by_model = defaultdict(list)
    for page in Page.objects.filter(query).specific():
        by_model[type(page)].append(page)
    collector = Collector(using=router.db_for_write(Page))
    try:
        for group in by_model.values():
            collector.collect(group)
    except (ProtectedError, RestrictedError):
        return True
    return False


def _refuse_delete(request, titles):
    messages.error(
        request,
        _(
            "%(titles)s cannot be deleted: people's learning records (progress, opened or "
            "finished steps, answers) refer to it. Unpublish it instead, so that nobody new "
            "sees it and the records stay."
        )
        % {"titles": ", ".join(titles)},
    )


@hooks.register("before_delete_page")
def refuse_deleting_pages_with_learning_records(request, page):
    if _protected_records([page]):
        _refuse_delete(request, [page.get_admin_display_title()])
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_deleting_pages_with_learning_records(request, action_type, objects, action):
    from wagtail.models import Page

    if action_type != "delete":
        return None
    pages = [obj for obj in objects if isinstance(obj, Page)]
    blocked = [p for p in pages if _protected_records([p])]
    if blocked:
        _refuse_delete(request, [p.get_admin_display_title() for p in blocked])
        return redirect("wagtailadmin_explore", blocked[0].get_parent().pk)
    return None


from . import document_serving  # noqa: E402, F401  (registers the document-serving hook)


@hooks.register("insert_editor_js")
def label_block_fields():
    from django.templatetags.static import static
    from django.utils.html import format_html

    return format_html('<script src="{}" defer></script>', static("js/admin/field-labels.js"))


# --- legal review: the editors' task list, the stale list and the homepage panel ---------------


def _legal_review_menu():
    from django.urls import reverse_lazy
    from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

    from .access import can_view_legal_review_requests

    class EditorMenuItem(MenuItem):
        def is_shown(self, request):
            return can_view_legal_review_requests(request.user)

    return SubmenuMenuItem(
        gettext_lazy("Legal review"),
        Menu(
            items=[
                EditorMenuItem(
                    gettext_lazy("Lessons reported"),
                    reverse_lazy("legal_review_admin_requests"),
                    name="legal-review-requests",
                    icon_name="warning",
                    order=10,
                ),
                EditorMenuItem(
                    gettext_lazy("Courses to re-check"),
                    reverse_lazy("legal_review_admin_stale"),
                    name="legal-review-stale",
                    icon_name="date",
                    order=20,
                ),
            ]
        ),
        name="legal-review",
        icon_name="warning",
        order=260,
    )


@hooks.register("register_admin_menu_item")
def legal_review_menu_item():
    return _legal_review_menu()


@hooks.register("register_admin_urls")
def legal_review_admin_urls():
    from django.urls import path

    from . import legal_review_views as views

    return [
        path("legal-review/", views.admin_requests, name="legal_review_admin_requests"),
        path("legal-review/stale/", views.admin_stale_list, name="legal_review_admin_stale"),
        path(
            "legal-review/<int:pk>/resolve/",
            views.admin_resolve,
            name="legal_review_admin_resolve",
        ),
    ]


def _legal_review_panel():
    from wagtail.admin.ui.components import Component

    class LegalReviewPanel(Component):
        name = "legal_review"
        template_name = "courses/admin/legal_review/home_panel.html"
        order = 150

        def get_context_data(self, parent_context):
            from .legal_review import LegalReviewRequest, ReviewStatus, stale_courses_queryset

            return {
                "open_count": LegalReviewRequest.objects.filter(status=ReviewStatus.OPEN).count(),
                "stale_count": stale_courses_queryset().count(),
            }

    return LegalReviewPanel()


@hooks.register("construct_homepage_panels")
def legal_review_homepage_panel(request, panels):
    from .access import can_view_legal_review_requests

    if can_view_legal_review_requests(request.user):
        panels.append(_legal_review_panel())
