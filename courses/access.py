"""Access rules for the objects of the courses app, built on the organisation's rules."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import ReferenceIndex

from lms import access

from .models import CoursePage, CourseProgress, LessonPage


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
    lessons = list(LessonPage.objects.live().filter(pk__in=[int(i) for i in lesson_ids]))
    if not lessons:
        return False
    course_paths = {lesson.path[: -CoursePage.steplen] for lesson in lessons}
    courses = list(CoursePage.objects.live().filter(path__in=course_paths))
    enrolled = set(
        CourseProgress.objects.filter(user=user, course__in=courses).values_list(
            "course_id", flat=True
        )
    )
    return any(access.can_view_course(user, c, enrolled=c.pk in enrolled) for c in courses)
