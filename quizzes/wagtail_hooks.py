from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
)
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from lms import access

from . import admin_views
from .bank import question_version_current
from .forms import QuestionForm
from .models import Question, QuestionCategory
from .search import FoldedSearchFilterForm, FoldedSearchMixin


class BankIndexView(FoldedSearchMixin, IndexView):
    pass


class BankChooseView(ChooseView):
    filter_form_class = FoldedSearchFilterForm


class BankChooseResultsView(ChooseResultsView):
    filter_form_class = FoldedSearchFilterForm


class BankChooserViewSet(SnippetChooserViewSet):
    choose_view_class = BankChooseView
    choose_results_view_class = BankChooseResultsView


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    list_display = ["name", "kind", "category", "updated_at"]
    list_filter = ["kind", "category"]
    index_view_class = BankIndexView
    chooser_viewset_class = BankChooserViewSet
    edit_handler = ObjectList(Question.panels, base_form_class=QuestionForm)


class QuestionCategoryViewSet(SnippetViewSet):
    model = QuestionCategory
    icon = "folder-open-inverse"
    menu_label = _("Question categories")
    list_display = ["name"]
    index_view_class = BankIndexView
    chooser_viewset_class = BankChooserViewSet


class QuestionBankGroup(SnippetViewSetGroup):
    items = (QuestionViewSet, QuestionCategoryViewSet)
    menu_icon = "help"
    menu_label = _("Question bank")
    menu_name = "question-bank"
    menu_order = 240


register_snippet(QuestionBankGroup)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def version_question(request, instance):
    if isinstance(instance, Question):
        question_version_current(instance)


@hooks.register("register_admin_urls")
def register_quiz_admin_urls():
    return [
        path("question-bank/import/", admin_views.question_import, name="quizzes_import"),
        path("question-bank/export/", admin_views.question_export, name="quizzes_export"),
    ]


class EditorMenuItem(MenuItem):
    def is_shown(self, request):
        return access.is_editor(request.user)


@hooks.register("register_admin_menu_item")
def import_menu_item():
    return EditorMenuItem(
        _("Import / export questions"), reverse("quizzes_import"), icon_name="download", order=245
    )
