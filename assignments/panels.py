"""The assignments app's panels on the home page (see ``lms.panels``)."""

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.panels import (
    HomePanel,
    NavItem,
    PersonPanel,
    register_home_panel,
    register_nav_item,
    register_person_panel,
)

from . import access
from .models import Assignment, Status


def my_assignments_data(request):
    """The person's active assignments, soonest due first, with who assigned them."""
    rows = list(
        Assignment.objects.filter(user=request.user, status=Status.ACTIVE, course__live=True)
        .select_related("course", "assigned_by", "rule")
        .order_by("due_date", "pk")
    )
    if not rows:
        return None
    today = timezone.localdate()
    for row in rows:
        row.days_overdue = (today - row.due_date).days if row.due_date < today else 0
    return {"assignments": rows}


def team_summary_data(request):
    """For leaders and HR: completion rate and overdue count of everyone in reach."""
    user = request.user
    if not access.can_use_team_view(user):
        return None
    today = timezone.localdate()
    totals = Assignment.objects.filter(
        status__in=[Status.ACTIVE, Status.FULFILLED],
        user__in=access.reachable_people(user).filter(is_active=True).order_by().values("pk"),
    ).aggregate(
        assigned=Count("pk"),
        completed=Count("pk", filter=Q(status=Status.FULFILLED)),
        overdue=Count("pk", filter=Q(status=Status.ACTIVE, due_date__lt=today)),
    )
    assigned = totals["assigned"]
    return {
        **totals,
        "percent": round(100 * totals["completed"] / assigned) if assigned else 0,
    }


def learning_record_data(request, person):
    """The person's learning record: assignments (with source and due date), progress per
    course, completed steps with the revision, quiz attempts; and the leader's actions."""
    from courses.models import CourseProgress, LessonCompletion
    from quizzes.models import Attempt

    user = request.user
    if not access.can_view_learning_record(user, person):
        return None
    assignments = list(
        Assignment.objects.filter(user=person)
        .select_related("course", "assigned_by", "rule")
        .order_by("-assigned_at", "-pk")
    )
    manage = access.can_assign_to(user, person)
    today = timezone.localdate()
    for a in assignments:
        a.can_manage = manage and a.status == Status.ACTIVE
        a.days_overdue = (
            (today - a.due_date).days if a.status == Status.ACTIVE and a.due_date < today else 0
        )
    return {
        "person": person,
        "assignments": assignments,
        "progress": list(
            CourseProgress.objects.filter(user=person)
            .select_related("course")
            .order_by("course__title")
        ),
        "completions": list(
            LessonCompletion.objects.filter(user=person)
            .select_related("lesson", "course", "revision")
            .order_by("-completed_at")[:50]
        ),
        "attempts": list(
            Attempt.objects.filter(user=person).select_related("quiz").order_by("-started_at")[:50]
        ),
        "can_assign": manage,
    }


def register():
    register_person_panel(
        PersonPanel(
            name="learning_record",
            template="assignments/includes/person_record_panel.html",
            data=learning_record_data,
            order=10,
        )
    )
    register_home_panel(
        HomePanel(
            name="my_assignments",
            template="assignments/includes/my_assignments_panel.html",
            data=my_assignments_data,
            order=5,
        )
    )
    register_home_panel(
        HomePanel(
            name="team_summary",
            template="assignments/includes/team_summary_panel.html",
            data=team_summary_data,
            order=20,
        )
    )
    register_nav_item(
        NavItem(
            key="team",
            label=_("Team"),
            url="team_matrix",
            visible=access.can_use_team_view,
            order=30,
        )
    )
