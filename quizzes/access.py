"""Who may see what of quizzes, built on the organisation's rules in ``lms.access``.

Statistics are read-only for everyone who may see them: editors (who write the quizzes),
HR (every course) and leaders (every course in the catalogue they may assign, which is every
live course while assignments are not limited by course)."""

from courses.models import CoursePage
from lms import access as org

from .models import QuizPage


def may_see_any_statistics(user) -> bool:
    return user.is_authenticated and (org.is_editor(user) or org.is_hr(user) or org.is_leader(user))


def statistics_quizzes(user):
    """The quiz pages whose statistics ``user`` may see."""
    if not may_see_any_statistics(user):
        return QuizPage.objects.none()
    if org.is_editor(user) or org.is_hr(user):
        return QuizPage.objects.all()
    live = set(CoursePage.objects.live().values_list("path", flat=True))
    in_live_courses = [
        pk
        for pk, path in QuizPage.objects.values_list("pk", "path")
        if path[: -QuizPage.steplen] in live
    ]
    return QuizPage.objects.filter(pk__in=in_live_courses)


def can_view_statistics(user, quiz: QuizPage) -> bool:
    if not may_see_any_statistics(user):
        return False
    if org.is_editor(user) or org.is_hr(user):
        return True
    course = quiz.get_parent().specific
    return isinstance(course, CoursePage) and course.live


def can_edit_quiz(user, quiz: QuizPage) -> bool:
    return org.is_editor(user)
