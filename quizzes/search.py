"""Search in the question bank (admin listings and choosers) by a plain filter on a folded
copy of the text, so any input is safe and "obsluga" finds "obsługa" on SQLite and
PostgreSQL alike, without relying on the search backend's query syntax or index."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm

from courses.search import clean_query, fold


def search_text(*parts: str) -> str:
    """What ``folded_search`` looks in: the parts folded to ASCII, lower case, one space."""
    return " ".join(fold(" ".join(p for p in parts if p)).casefold().split())


def folded_search(queryset, raw_query: str):
    """Rows whose ``search_text`` contains every word of the query (none if it has none)."""
    words = clean_query(raw_query).split()
    if not words:
        return queryset.none()
    for word in words:
        queryset = queryset.filter(search_text__contains=search_text(word))
    return queryset


class FoldedSearchMixin:
    """For a Wagtail admin listing view: search with ``folded_search``."""

    search_backend_name = None
    search_fields = ["search_text"]

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        return folded_search(queryset, self.search_query)


class FoldedSearchFilterForm(BaseFilterForm):
    """The chooser's search box, searching with ``folded_search``."""

    q = forms.CharField(
        label=_("Search term"),
        widget=forms.TextInput(attrs={"placeholder": _("Search")}),
        required=False,
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = self.cleaned_data.get("q")
        if query:
            objects = folded_search(objects, query)
            self.is_searching = True
            self.search_query = query
        return objects
