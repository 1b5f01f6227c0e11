from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.admin.widgets import Button, HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
)
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from lms import access

from . import access as quiz_access
from . import admin_views
from .bank import question_version_current
from .forms import QuestionForm
from .models import Question, QuestionCategory, QuizPage
from .search import FoldedSearchFilterForm, FoldedSearchMixin


class BankIndexView(FoldedSearchMixin, IndexView):
    pass


class QuestionIndexView(BankIndexView):
    @cached_property
    def header_buttons(self):
        return [
            *super().header_buttons,
            HeaderButton(_("Quiz statistics"), url=reverse("quiz_stats_index"), icon_name="table"),
        ]


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
    index_view_class = QuestionIndexView
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


def _statistics_button(page, user, priority):
    quiz_page = issubclass(page.specific_class or type(page), QuizPage)
    if quiz_page and quiz_access.can_view_statistics(user, page):
        yield Button(
            _("Statistics"),
            reverse("quiz_stats", args=[page.pk]),
            icon_name="table",
            attrs={"aria-label": _("Statistics of %(title)s") % {"title": page.title}},
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def quiz_statistics_header_button(page, user, view_name=None, next_url=None):
    yield from _statistics_button(page, user, priority=45)


@hooks.register("register_page_listing_more_buttons")
def quiz_statistics_listing_button(page, user, next_url=None):
    yield from _statistics_button(page, user, priority=45)


@hooks.register("register_admin_menu_item")
def statistics_menu_item():
    return EditorMenuItem(
        _("Quiz statistics"), reverse("quiz_stats_index"), icon_name="table", order=246
    )
