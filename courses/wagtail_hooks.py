from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .forms import H5PPackageForm
from .models import H5PPackage


class H5PPackageViewSet(SnippetViewSet):
    model = H5PPackage
    icon = "form"
    menu_label = _("H5P activities")
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


from . import document_serving  # noqa: E402, F401  (registers the document-serving hook)
