"""What a person reached by a legal change does to catch up: redo the changed lessons at their
new revision, then pass a short update check made of the final quiz's questions linked to
those lessons (when there are any; when there are none, the lessons are enough).

The course page shows it all in one panel (``update_panel``, a course panel registered by
``register``); the quizzes app asks ``update_check_scope`` which lessons a person's update
check covers, and tells us through ``update_check_passed`` when one is passed.
"""

from dataclasses import dataclass, field

from django.db.models import Max
from django.utils import timezone

from courses import services as course_services
from courses.models import LessonCompletion
from courses.panels import CoursePanel, register_course_panel
from quizzes import services as quiz_services
from quizzes.models import Attempt, AttemptPurpose, Question, QuizPage

from .models import Assignment, Source, Status


def final_quiz(course):
    """The course's last quiz step (its final quiz), from the cached step tree; or None."""
    quizzes = [s for s in course_services.course_steps(course) if isinstance(s, QuizPage)]
    return quizzes[-1] if quizzes else None


def open_law_change(user, course):
    """The person's active law-change assignment of ``course``, or None."""
    return (
        Assignment.objects.filter(
            user=user, course=course, status=Status.ACTIVE, source=Source.LAW_CHANGE
        )
        .order_by("pk")
        .first()
    )


def _floors(assignment) -> dict[int, int]:
    """``{lesson id: revision of its newest change in this assignment}``."""
    return dict(
        assignment.legal_changes.values("page_id")
        .annotate(floor=Max("revision_id"))
        .values_list("page_id", "floor")
    )


def lessons_redone(assignment, lesson_ids) -> dict[int, bool]:
    """For each lesson the assignment covers: finished again at (or after) its newest change."""
    floors = _floors(assignment)
    newest = dict(
        LessonCompletion.objects.current()
        .filter(user_id=assignment.user_id, lesson_id__in=list(lesson_ids), revision__isnull=False)
        .values("lesson_id")
        .annotate(rev=Max("revision_id"))
        .values_list("lesson_id", "rev")
    )
    return {pk: newest.get(pk) is not None and newest[pk] >= floors.get(pk, 0) for pk in lesson_ids}


def check_lessons(assignment, quiz, lesson_ids=None) -> list[int]:
    """The changed lessons (not quizzes) the update check covers: those with questions in the
    final quiz that test them."""
    if quiz is None:
        return []
    if lesson_ids is None:
        lesson_ids = assignment.lessons.values_list("pk", flat=True)
    lesson_ids = [pk for pk in lesson_ids if pk != quiz.pk]
    in_quiz = set(quiz_services.update_check_questions(quiz, lesson_ids))
    if not in_quiz:
        return []
    through = Question.lessons.through
    return sorted(
        set(
            through.objects.filter(
                question_id__in=in_quiz, lessonpage_id__in=lesson_ids
            ).values_list("lessonpage_id", flat=True)
        )
    )


def check_passed(assignment, quiz, lesson_ids) -> bool:
    """Whether the person passed an update check covering these lessons since the newest
    change of the assignment reached them."""
    if not lesson_ids:
        return True
    since = assignment.legal_changes.aggregate(at=Max("created_at"))["at"]
    attempts = Attempt.objects.filter(
        user_id=assignment.user_id,
        quiz=quiz,
        purpose=AttemptPurpose.UPDATE_CHECK,
        passed=True,
    )
    if since is not None:
        attempts = attempts.filter(started_at__gte=since)
    wanted = set(lesson_ids)
    return any(wanted <= set(scope) for scope in attempts.values_list("scope_lessons", flat=True))


def caught_up(assignment) -> bool:
    """Every lesson redone at its new revision, and the update check passed when there is one."""
    lesson_ids = set(assignment.lessons.values_list("pk", flat=True)) | set(_floors(assignment))
    if not lesson_ids:
        return False
    if not all(lessons_redone(assignment, lesson_ids).values()):
        return False
    quiz = final_quiz(assignment.course)
    return check_passed(assignment, quiz, check_lessons(assignment, quiz, lesson_ids))


# --- the quizzes app's questions ------------------------------------------------------------


def update_check_scope(user, quiz) -> list[int]:
    """The lessons ``user``'s update check of ``quiz`` covers now: those of their open
    law-change assignment of the quiz's course, once every changed lesson is redone and while
    the check is not passed. None due: []."""
    course = quiz.get_parent().specific
    assignment = open_law_change(user, course)
    if assignment is None or final_quiz(course) is None or final_quiz(course).pk != quiz.pk:
        return []
    lesson_ids = set(assignment.lessons.values_list("pk", flat=True))
    if not all(lessons_redone(assignment, lesson_ids).values()):
        return []
    checked = check_lessons(assignment, quiz, lesson_ids)
    if check_passed(assignment, quiz, checked):
        return []
    return checked


def on_update_check_passed(sender, user, quiz, attempt, **kwargs) -> None:
    from .law_change import fulfil_if_caught_up

    course = quiz.get_parent().specific
    fulfil_if_caught_up(
        Assignment.objects.filter(
            user=user, course=course, status=Status.ACTIVE, source=Source.LAW_CHANGE
        )
    )


# --- the course page's panel --------------------------------------------------------------------


@dataclass
class LessonToRedo:
    page: object
    done: bool


@dataclass
class UpdatePanel:
    assignment: Assignment
    changes: list
    lessons: list[LessonToRedo] = field(default_factory=list)
    quiz: object = None
    check_questions: int = 0  # how many questions the update check will ask
    check_passed: bool = False

    @property
    def overdue(self) -> bool:
        return self.assignment.due_date < timezone.localdate()

    @property
    def lessons_done(self) -> bool:
        return all(lesson.done for lesson in self.lessons)

    @property
    def check_due(self) -> bool:
        return self.lessons_done and self.check_questions > 0 and not self.check_passed


def update_panel(request, course, progress):
    """The course page's "Update after a legal change" panel for someone with an open
    law-change assignment of the course; None (and no query) for everyone else."""
    user = request.user
    if not user.is_authenticated or progress is None or progress.due_date is None:
        return None
    assignment = open_law_change(user, course)
    if assignment is None:
        return None
    changes = list(assignment.legal_changes.order_by("created_at", "pk"))
    covered = set(assignment.lessons.values_list("pk", flat=True))
    steps = [s for s in course_services.course_steps(course) if s.pk in covered]
    redone = lessons_redone(assignment, [s.pk for s in steps])
    panel = UpdatePanel(
        assignment=assignment,
        changes=changes,
        lessons=[LessonToRedo(page=s, done=redone[s.pk]) for s in steps],
    )
    quiz = final_quiz(course)
    checked = check_lessons(assignment, quiz, [s.pk for s in steps])
    if checked:
        panel.quiz = quiz
        linked = quiz_services.update_check_questions(quiz, checked)
        panel.check_questions = min(len(linked), quiz_services.UPDATE_CHECK_SIZE)
        panel.check_passed = check_passed(assignment, quiz, checked)
    return {"panel": panel}


def register() -> None:
    register_course_panel(
        CoursePanel(
            name="legal_update",
            template="assignments/legal/update_panel.html",
            data=update_panel,
            order=10,
            takes_progress=True,
        )
    )
    if update_check_scope not in quiz_services.UPDATE_CHECK_SCOPES:
        quiz_services.UPDATE_CHECK_SCOPES.append(update_check_scope)
    quiz_services.update_check_passed.connect(
        on_update_check_passed, dispatch_uid="assignments.legal_update.check_passed"
    )
