"""Reads of the assignments app. Query counts do not grow with the number of people."""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Min
from django.utils import timezone

from courses.models import CoursePage, CourseProgress, ProgressStatus
from lms.models import User

from .models import Assignment, Status


def chunks(items, size=1000):
    items = list(items)
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _ids(people) -> list[int]:
    if hasattr(people, "values_list"):
        return list(people.values_list("pk", flat=True))
    return [p if isinstance(p, int) else p.pk for p in people]


@dataclass
class CoursePreview:
    """What assigning one course to a group of people would do."""

    course: CoursePage
    repeat_completed: bool
    # With ``repeat_completed``: only those who completed before this date repeat it.
    repeat_before: date | None = None
    # Those who already have it active get the new assignment instead (the old one is
    # marked superseded).
    replace_active: bool = False
    new: list = field(default_factory=list)  # people who get it
    already: list = field(default_factory=list)  # (person, due date) of their active one
    completed: list = field(default_factory=list)  # (person, completed at)
    deactivated: list = field(default_factory=list)

    def _repeats(self, when) -> bool:
        if not self.repeat_completed:
            return False
        return self.repeat_before is None or timezone.localdate(when) < self.repeat_before

    @property
    def repeating(self) -> list:
        """(person, completed at) of those who completed it and must take it again."""
        return [(person, when) for person, when in self.completed if self._repeats(when)]

    @property
    def completed_kept(self) -> list:
        """(person, completed at) of those whose completion still counts (left out)."""
        return [(person, when) for person, when in self.completed if not self._repeats(when)]

    @property
    def replacing(self) -> list:
        """(person, due date) of those whose active assignment the new one supersedes."""
        return list(self.already) if self.replace_active else []

    @property
    def already_kept(self) -> list:
        return [] if self.replace_active else list(self.already)

    @property
    def to_assign(self) -> list:
        return (
            self.new
            + [person for person, _when in self.repeating]
            + [person for person, _due in self.replacing]
        )

    @property
    def skipped_count(self) -> int:
        return len(self.already_kept) + len(self.deactivated) + len(self.completed_kept)


def active_due_dates(*, course, user_ids) -> dict[int, date]:
    """``{user_id: due date}`` of the active assignment of ``course`` of each person who has one."""
    found = {}
    for chunk in chunks(user_ids):
        found.update(
            Assignment.objects.filter(course=course, status=Status.ACTIVE, user_id__in=chunk)
            .values("user_id")
            .annotate(due=Min("due_date"))
            .values_list("user_id", "due")
        )
    return found


def completed_at(*, course, user_ids) -> dict:
    found = {}
    for chunk in chunks(user_ids):
        found.update(
            CourseProgress.objects.filter(
                course=course, status=ProgressStatus.COMPLETED, user_id__in=chunk
            ).values_list("user_id", "completed_at")
        )
    return found


def assignment_preview(
    *,
    courses,
    people,
    repeat_completed: bool = False,
    repeat_before: date | None = None,
    replace_active: bool = False,
) -> list[CoursePreview]:
    """For each course: who would get it, who already has it (and when it is due), who has
    completed it and who is deactivated. Two queries per course plus one for the people."""
    ids = _ids(people)
    persons = []
    for chunk in chunks(ids):
        persons += list(
            User.objects.filter(pk__in=chunk).only(
                "pk", "first_name", "last_name", "email", "is_active", "org_unit_id"
            )
        )
    persons.sort(key=lambda p: (p.last_name.casefold(), p.first_name.casefold(), p.pk))
    active_ids = [p.pk for p in persons if p.is_active]
    previews = []
    for course in courses:
        preview = CoursePreview(
            course=course,
            repeat_completed=repeat_completed,
            repeat_before=repeat_before,
            replace_active=replace_active,
        )
        due = active_due_dates(course=course, user_ids=active_ids)
        done = completed_at(course=course, user_ids=active_ids)
        for person in persons:
            if not person.is_active:
                preview.deactivated.append(person)
            elif person.pk in due:
                preview.already.append((person, due[person.pk]))
            elif person.pk in done:
                preview.completed.append((person, done[person.pk]))
            else:
                preview.new.append(person)
        previews.append(preview)
    return previews


def effective_due_dates(*, course, user_ids) -> dict[int, date | None]:
    """The effective due date of each person for ``course``: the earliest among their active
    assignments, or None when they have none."""
    found = active_due_dates(course=course, user_ids=user_ids)
    return {user_id: found.get(user_id) for user_id in user_ids}


def person_assignments(person):
    """All assignments of one person, newest first, with course and who assigned them."""
    return (
        Assignment.objects.filter(user=person)
        .select_related("course", "assigned_by")
        .order_by("-assigned_at", "-pk")
    )


def overdue_days(due: date | None, today: date | None = None) -> int:
    today = today or timezone.localdate()
    return (today - due).days if due and due < today else 0
