from django.contrib import messages
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext, ngettext
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
from .models import Attempt, AttemptQuestion, Question, QuestionCategory, QuizPage
from .search import FoldedSearchFilterForm, FoldedSearchMixin


class BankIndexView(FoldedSearchMixin, IndexView):
    """The question-bank listing, searched on the folded text (any database, no diacritics)."""


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


# --- evidence: nothing that attempts rest on is deleted --------------------------------------


def _quizzes_with_attempts(pages) -> list[QuizPage]:
    """Quiz pages among ``pages`` and their subpages that people have attempted."""
    query = Q(pk__in=[])
    for page in pages:
        query |= Q(path__startswith=page.path, depth__gte=page.depth)
    attempted = Attempt.objects.values("quiz_id")
    return list(QuizPage.objects.filter(query, pk__in=attempted).order_by("path"))


def _refuse_quiz_delete(request, quizzes) -> None:
    count = Attempt.objects.filter(quiz__in=quizzes).count()
    messages.error(
        request,
        ngettext(
            "%(titles)s cannot be deleted: %(count)s attempt rests on it, and attempts are "
            "evidence of training. Unpublish the quiz instead; its results stay.",
            "%(titles)s cannot be deleted: %(count)s attempts rest on it, and attempts are "
            "evidence of training. Unpublish the quiz instead; its results stay.",
            count,
        )
        % {"titles": ", ".join(q.title for q in quizzes), "count": count},
    )


@hooks.register("before_delete_page")
def refuse_deleting_attempted_quizzes(request, page):
    quizzes = _quizzes_with_attempts([page])
    if quizzes:
        _refuse_quiz_delete(request, quizzes)
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_deleting_attempted_quizzes(request, action_type, objects, action):
    from wagtail.models import Page

    if action_type != "delete":
        return None
    pages = [obj for obj in objects if isinstance(obj, Page)]
    quizzes = _quizzes_with_attempts(pages)
    if quizzes:
        _refuse_quiz_delete(request, quizzes)
        return redirect("wagtailadmin_explore", pages[0].get_parent().pk)
    return None


@hooks.register("before_delete_snippet")
def refuse_deleting_asked_questions_and_used_categories(request, instances):
    asked = [
        q
        for q in instances
        if isinstance(q, Question) and AttemptQuestion.objects.filter(version__question=q).exists()
    ]
    if asked:
        messages.error(
            request,
            gettext(
                "%(names)s cannot be deleted: people's attempts asked it, and their answers "
                "are evidence. Take it out of the quizzes instead."
            )
            % {"names": ", ".join(q.name for q in asked)},
        )
        return redirect("wagtailsnippets_quizzes_question:list")
    used = [c for c in instances if isinstance(c, QuestionCategory) and c.questions.exists()]
    if used:
        messages.error(
            request,
            gettext(
                "%(names)s cannot be deleted while it has questions. Move or delete its "
                "questions first."
            )
            % {"names": ", ".join(c.name for c in used)},
        )
        return redirect("wagtailsnippets_quizzes_questioncategory:list")
    return None
