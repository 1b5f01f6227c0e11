"""visible_courses (a queryset) and can_view_course (one course) give the same answers."""

import pytest
from django.db import IntegrityError, transaction

from courses import access
from courses.models import CoursePage, CourseProgress
from tests.factories import CoursePageFactory, CourseProgressFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ["anonymous", "employee", "leader", "hr", "editor"])
def test_queryset_and_rule_agree(role, org, client_for):
    from django.contrib.auth.models import AnonymousUser

    open_course = CoursePageFactory()
    assigned = CoursePageFactory(self_enrolment=False)
    enrolled = CoursePageFactory(self_enrolment=False)
    draft = CoursePageFactory()
    draft.unpublish()
    user = AnonymousUser() if role == "anonymous" else getattr(org, role)
    if role != "anonymous":
        CourseProgressFactory(user=user, course=enrolled)
    courses = [open_course, assigned, enrolled, CoursePage.objects.get(pk=draft.pk)]
    visible = set(access.visible_courses(user).values_list("pk", flat=True))
    assert visible == {c.pk for c in courses if access.can_view_course(user, c)}
    if role == "employee":
        assert visible == {open_course.pk, enrolled.pk}


def test_done_steps_never_exceed_the_steps(org):
    progress = CourseProgressFactory(user=org.employee, course=CoursePageFactory())
    with pytest.raises(IntegrityError), transaction.atomic():
        CourseProgress.objects.filter(pk=progress.pk).update(steps_done=5, steps_total=3)
