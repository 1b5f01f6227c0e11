"""Access rules for the objects of the courses app, built on the organisation's rules."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import ReferenceIndex

from lms import access

from .models import CoursePage, CourseProgress, LessonActivity, LessonPage


def can_view_course(user, course, *, enrolled: bool | None = None) -> bool:
    """Live courses: open ones to all staff, assigned-only ones to enrolled people;
    editors, HR and leaders may always look (to write, check and assign them)."""
    if not user.is_authenticated or not course.live:
        return False
    if (
        course.self_enrolment
        or access.is_editor(user)
        or access.is_hr(user)
        or access.is_leader(user)
    ):
        return True
    if enrolled is None:
        enrolled = course.progress.filter(user=user).exists()
    return enrolled


def visible_courses(user):
    """The live courses ``user`` may see, as a queryset: every one for editors, HR and
    leaders; open ones and those they are enrolled in for everyone else (the same rule as
    :func:`can_view_course`)."""
    courses = CoursePage.objects.live()
    if not user.is_authenticated:
        return courses.none()
    if access.is_editor(user) or access.is_hr(user) or access.is_leader(user):
        return courses
    enrolled = CourseProgress.objects.filter(user=user).values("course_id")
    return courses.filter(Q(self_enrolment=True) | Q(pk__in=enrolled))


def can_enrol(user, course) -> bool:
    return user.is_authenticated and course.live and course.self_enrolment


def can_view_step(user, step, course, *, enrolled: bool | None = None) -> bool:
    """A lesson or quiz: live, in a course the person may see."""
    return bool(step.live) and can_view_course(user, course, enrolled=enrolled)


def _any_course_visible(user, lesson_paths) -> bool:
    """Whether ``user`` may see one of the live courses holding these lessons."""
    course_paths = {path[: -CoursePage.steplen] for path in lesson_paths}
    courses = list(CoursePage.objects.live().filter(path__in=course_paths))
    enrolled = set(
        CourseProgress.objects.filter(user=user, course__in=courses).values_list(
            "course_id", flat=True
        )
    )
    return any(can_view_course(user, c, enrolled=c.pk in enrolled) for c in courses)


def can_view_h5p_package(user, package) -> bool:
    """Files of an H5P package: editors, and people who may see a live lesson using it."""
    if not user.is_authenticated:
        return False
    if access.is_editor(user):
        return True
    lesson_paths = LessonActivity.objects.filter(package=package, lesson__live=True).values_list(
        "lesson__path", flat=True
    )
    return _any_course_visible(user, list(lesson_paths))


def can_view_document(user, document) -> bool:
    """A document from the Wagtail library: editors, and people who may see a live lesson
    whose content uses it (a document block or a video file)."""
    if not user.is_authenticated:
        return False
    if access.is_editor(user):
        return True
    lesson_type = ContentType.objects.get_for_model(LessonPage)
    lesson_ids = (
        ReferenceIndex.get_references_to(document)
        .filter(content_type=lesson_type)
        .values_list("object_id", flat=True)
    )
    lessons = LessonPage.objects.live().filter(pk__in=[int(i) for i in lesson_ids])
    return _any_course_visible(user, list(lessons.values_list("path", flat=True)))


# --- legal review (courses/legal_review.py) ---------------------------------------------------


def can_report_legal_review(user, course=None) -> bool:
    """Leaders and HR mark a lesson "needs legal review", in a live course they may see."""
    if not user.is_authenticated or not (access.is_leader(user) or access.is_hr(user)):
        return False
    return course is None or can_view_course(user, course)


def can_view_stale_legal_list(user) -> bool:
    """The courses whose legal check is stale or missing: HR and editors."""
    return user.is_authenticated and (access.is_hr(user) or access.is_editor(user))


def can_view_legal_review_requests(user) -> bool:
    """The editors' task list of lessons marked "needs legal review"."""
    return access.is_editor(user)


def can_resolve_legal_review(user, lesson) -> bool:
    """Editors who may publish the lesson close its legal review request."""
    return access.is_editor(user) and lesson.permissions_for_user(user).can_publish()
