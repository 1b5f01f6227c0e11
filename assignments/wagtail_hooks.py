"""The Wagtail admin side of legal changes: "Publish as a material legal change" in the
action menu of lessons and quizzes, and the marking view with the impact before confirming."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem

from lms import access

from . import legal_views


def markable(page) -> bool:
    """Lessons and quizzes (the steps of a course) may be published as a legal change."""
    from courses.models import LessonPage
    from quizzes.models import QuizPage

    cls = page.specific_class or type(page)
    return issubclass(cls, (LessonPage, QuizPage))


class LegalChangeMenuItem(ActionMenuItem):
    label = _("Publish as a material legal change")
    name = "action-legal-change"
    icon_name = "warning"
    order = 15

    def is_shown(self, context):
        page = context.get("page")
        if context.get("view") != "edit" or page is None or context.get("locked_for_user"):
            return False
        user = context["request"].user
        return (
            access.is_editor(user)
            and markable(page)
            and self.get_user_page_permissions_tester(context).can_publish()
        )

    def get_url(self, parent_context):
        return reverse("legal_change_mark", args=[parent_context["page"].pk])


@hooks.register("register_page_action_menu_item")
def legal_change_menu_item():
    return LegalChangeMenuItem()


@hooks.register("register_admin_urls")
def legal_change_admin_urls():
    return [
        path("legal-change/<int:page_id>/", legal_views.mark, name="legal_change_mark"),
    ]
