"""The legal changes page's navigation entry (HR, leaders and editors), and the person page's
panel of the lesson revisions they were trained on."""

from django.utils.translation import gettext_lazy as _

from lms import access
from lms.panels import NavItem, PersonPanel, register_nav_item, register_person_panel


def can_view_legal_changes(user) -> bool:
    return user.is_authenticated and (
        access.is_hr(user) or access.is_leader(user) or access.is_editor(user)
    )


def lesson_revisions_data(request, person):
    """For whoever may see the person's learning record: every lesson they completed, with
    the revisions, cycles and re-openings, and the legal changes caught up with or not."""
    from . import access as assignments_access
    from . import legal_history

    if not assignments_access.can_view_learning_record(request.user, person):
        return None
    lessons = legal_history.person_lessons(person)
    if not lessons:
        return None
    return {
        "person": person,
        "lessons": lessons,
        "change_links": can_view_legal_changes(request.user),
    }


def register() -> None:
    register_nav_item(
        NavItem(
            key="legal_changes",
            label=_("Legal changes"),
            url="legal_changes",
            visible=can_view_legal_changes,
            order=65,
        )
    )
    register_person_panel(
        PersonPanel(
            name="lesson_revisions",
            template="assignments/legal/history/person_panel.html",
            data=lesson_revisions_data,
            order=15,
        )
    )
