"""Panels of the home page and of the person page, registered by the apps that own them.

``lms`` draws the home page but knows no app above it: each app registers its panels here
(as Wagtail's admin home does with ``construct_homepage_panels``), usually in its
``AppConfig.ready``. A panel gives a template and a function that returns the template's data
for a request, or None when the panel has nothing to show to that person.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class HomePanel:
    name: str
    template: str
    data: Callable  # (request) -> dict | None
    order: int = 100


_PANELS: dict[str, HomePanel] = {}


def register_home_panel(panel: HomePanel) -> None:
    _PANELS[panel.name] = panel


def home_panels(request) -> list[dict]:
    """The panels to draw for this request, in order, each with its data."""
    shown = []
    for panel in sorted(_PANELS.values(), key=lambda p: (p.order, p.name)):
        data = panel.data(request)
        if data is not None:
            shown.append({"name": panel.name, "template": panel.template, "data": data})
    return shown


@dataclass(frozen=True)
class PersonPanel:
    """A section of the person page (``/people/<id>/``), e.g. their learning record. The
    page is shown only to those who may see the person; ``data`` may narrow that further."""

    name: str
    template: str
    data: Callable  # (request, person) -> dict | None
    order: int = 100


_PERSON_PANELS: dict[str, PersonPanel] = {}


def register_person_panel(panel: PersonPanel) -> None:
    _PERSON_PANELS[panel.name] = panel


def person_panels(request, person) -> list[dict]:
    shown = []
    for panel in sorted(_PERSON_PANELS.values(), key=lambda p: (p.order, p.name)):
        data = panel.data(request, person)
        if data is not None:
            shown.append({"name": panel.name, "template": panel.template, "data": data})
    return shown


@dataclass(frozen=True)
class NavItem:
    """An entry of the main navigation, registered by the app that owns the page.

    ``url`` is a URL name (reversed when drawn) or a path; ``visible(user)`` says whether
    the signed-in person gets the entry. Entries are drawn in ``order``."""

    key: str
    label: str
    url: str
    visible: Callable  # (user) -> bool
    order: int = 100


_NAV_ITEMS: dict[str, NavItem] = {}


def register_nav_item(item: NavItem) -> None:
    _NAV_ITEMS[item.key] = item


def nav_items(user) -> list[tuple[str, str, str]]:
    """(url, label, key) for each entry this person gets, in order."""
    from django.urls import reverse

    return [
        (item.url if item.url.startswith("/") else reverse(item.url), item.label, item.key)
        for item in sorted(_NAV_ITEMS.values(), key=lambda i: (i.order, i.key))
        if item.visible(user)
    ]
