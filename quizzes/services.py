"""Attempts: start, save answers, submit and close at the deadline. Grading is on the
server only, from the snapshot frozen in the attempt."""

import logging
import random
import secrets
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import OuterRef, Subquery, prefetch_related_objects
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _

from . import grading
from .bank import build_snapshot, question_version_current
from .models import (
    Attempt,
    AttemptPurpose,
    AttemptQuestion,
    AttemptStatus,
    Question,
    QuestionVersion,
    QuizPage,
)

logger = logging.getLogger("kadra.quizzes")
GRACE = timedelta(seconds=getattr(settings, "KADRA_QUIZ_GRACE_SECONDS", 10))
# An update check after a legal change asks at most this many of the linked questions.
UPDATE_CHECK_SIZE = 5

# Sent when an update check is passed (kwargs: user, quiz, attempt); the assignments app
# fulfils the law-change assignment it completes.
update_check_passed = Signal()
# Which changed lessons a person's update check of a quiz covers now: callables
# (user, quiz) -> lesson ids. The assignments app registers one (law-change assignments).
UPDATE_CHECK_SCOPES: list = []


def update_check_due(user, quiz) -> list[int]:
    """The lesson ids an update check of ``quiz`` would cover for ``user`` now (none due: [])."""
    lesson_ids: set[int] = set()
    for scope in UPDATE_CHECK_SCOPES:
        lesson_ids.update(scope(user, quiz))
    return sorted(lesson_ids)


class AttemptError(Exception):
    """A request the rules do not allow; the message says why and what to do."""

    def __init__(self, message, status=409):
        super().__init__(message)
        self.status = status


def seen_question_ids(user, quiz) -> set[int]:
    return set(
        AttemptQuestion.objects.filter(attempt__user=user, attempt__quiz=quiz)
        .exclude(question=None)
        .values_list("question_id", flat=True)
    )


def draw_questions(
    quiz: QuizPage, user, rng: random.Random, *, first_attempt: bool = False
) -> list[Question]:
    """Fixed questions as listed; random sections prefer questions the person has not
    seen in earlier attempts; no question twice in one attempt. The pools come from the
    shared cache (``quizzes.cache``): one query for the questions drawn, and one for those
    seen before when a section is random and this is not the person's first attempt."""
    from .cache import section_pools

    pools = section_pools(quiz)
    drawing = any(kind != "fixed" for kind, _ids, _count in pools)
    seen = seen_question_ids(user, quiz) if drawing and not first_attempt else set()
    chosen: list[int] = []
    taken: set[int] = set()
    for kind, ids, count in pools:
        if kind == "fixed":
            for pk in ids:
                if pk not in taken:
                    chosen.append(pk)
                    taken.add(pk)
            continue
        pool = [pk for pk in ids if pk not in taken]
        unseen = [pk for pk in pool if pk not in seen]
        again = [pk for pk in pool if pk in seen]
        rng.shuffle(unseen)
        rng.shuffle(again)
        picked = (unseen + again)[:count]
        chosen.extend(picked)
        taken.update(picked)
    if quiz.shuffle_questions:
        rng.shuffle(chosen)
    found = Question.objects.in_bulk(chosen)
    return [found[pk] for pk in chosen if pk in found]


_UNKNOWN = object()


@dataclass
class QuizHistory:
    """One person's attempts at one quiz, read in one query: everything the quiz page and a
    start decide (the open attempt, attempts left, the waiting time, a pass) comes from it."""

    quiz: QuizPage
    attempts: list  # every attempt (quiz attempts and update checks), by number
    cycle_since: object  # when the person's current training cycle began, or None

    @property
    def in_cycle(self) -> list:
        """The quiz attempts (not update checks) of the current training cycle: a new cycle
        (recertification) starts with every attempt available again."""
        since = self.cycle_since
        return [
            a
            for a in self.attempts
            if a.purpose == AttemptPurpose.QUIZ and (since is None or a.started_at >= since)
        ]

    @property
    def open(self):
        return next((a for a in self.attempts if a.status == AttemptStatus.OPEN), None)

    @property
    def next_number(self) -> int:
        return max((a.number for a in self.attempts), default=0) + 1

    def attempts_left(self) -> int | None:
        if not self.quiz.max_attempts:
            return None
        return max(self.quiz.max_attempts - len(self.in_cycle), 0)

    def next_start_time(self):
        if not self.quiz.wait_minutes:
            return None
        closed = [a.closed_at for a in self.in_cycle if a.closed_at is not None]
        if not closed:
            return None
        ready = max(closed) + timedelta(minutes=self.quiz.wait_minutes)
        return ready if ready > timezone.now() else None

    def passed_at_current_text(self) -> bool:
        """Whether the person passed the quiz in this cycle on a revision that still counts:
        after a material legal change of the quiz, a pass on an older revision is redone."""
        from courses.services import revision_floor

        revisions = [a.revision_id for a in self.in_cycle if a.passed]
        if not revisions:
            return False
        floor = revision_floor(self.quiz)
        return floor is None or any(r is not None and r >= floor for r in revisions)


def quiz_history(user, quiz, *, progress=_UNKNOWN) -> QuizHistory:
    """The person's attempts at ``quiz`` (one query). ``progress``, their summary row of the
    quiz's course when the caller has it (None: not enrolled), saves reading when their
    training cycle began."""
    from courses.services import cycle_started_at

    if progress is _UNKNOWN:
        since = cycle_started_at(user=user, course=quiz.get_parent())
    else:
        since = progress.cycle_started_at if progress is not None else None
    attempts = list(Attempt.objects.filter(user=user, quiz=quiz).order_by("number", "pk"))
    for attempt in attempts:
        attempt.quiz = quiz  # known: not read again for each attempt
    return QuizHistory(quiz, attempts, since)


def attempts_left(user, quiz) -> int | None:
    return quiz_history(user, quiz).attempts_left() if quiz.max_attempts else None


def next_start_time(user, quiz):
    return quiz_history(user, quiz).next_start_time() if quiz.wait_minutes else None


def close_if_expired(attempt: Attempt) -> Attempt:
    if attempt.is_open and attempt.deadline and timezone.now() > attempt.deadline + GRACE:
        return attempt_submit(attempt=attempt, expired=True)
    return attempt


@transaction.atomic
def attempt_start(*, user, quiz: QuizPage, progress=_UNKNOWN) -> Attempt:
    """Start an attempt, or return the open one. Checks attempts left and waiting time.
    ``progress``: the person's summary row of the course, when the caller has it."""
    history = quiz_history(user, quiz, progress=progress)
    open_attempt = history.open
    if open_attempt is not None:
        open_attempt = close_if_expired(open_attempt)
        if open_attempt.is_open:
            return open_attempt
    if history.passed_at_current_text():
        raise AttemptError(_("You have already passed this quiz."))
    if history.attempts_left() == 0:
        raise AttemptError(_("You have used all attempts at this quiz. Ask your leader for help."))
    ready = history.next_start_time()
    if ready is not None:
        raise AttemptError(
            _("You can start the next attempt at %(time)s.")
            % {"time": timezone.localtime(ready).strftime("%H:%M")}
        )
    seed = secrets.randbits(48)
    questions = draw_questions(quiz, user, random.Random(seed), first_attempt=not history.attempts)
    if not questions:
        raise AttemptError(_("This quiz has no questions yet. Tell the course editor."))
    return _create_attempt(
        user=user, quiz=quiz, seed=seed, questions=questions, number=history.next_number
    )


def update_check_questions(quiz: QuizPage, lesson_ids) -> list[int]:
    """The ids of the quiz's questions (any of its sections) that test one of the lessons."""
    from .cache import section_pools

    in_quiz = {pk for _kind, ids, _count in section_pools(quiz) for pk in ids}
    if not in_quiz or not lesson_ids:
        return []
    linked = Question.objects.filter(pk__in=in_quiz, lessons__in=list(lesson_ids))
    return sorted(set(linked.values_list("pk", flat=True)))


@transaction.atomic
def update_check_start(*, user, quiz: QuizPage, lesson_ids) -> Attempt:
    """Start a short update check after a legal change: up to ``UPDATE_CHECK_SIZE`` of the
    quiz's questions linked to the changed lessons, preferring those not seen before. It has
    no time limit, never completes the quiz step and does not use up the quiz's attempts.
    Returns the open update check if there is one."""
    lesson_ids = sorted(set(lesson_ids))
    open_attempt = Attempt.objects.filter(user=user, quiz=quiz, status=AttemptStatus.OPEN).first()
    if open_attempt is not None:
        if open_attempt.purpose == AttemptPurpose.UPDATE_CHECK:
            return open_attempt
        raise AttemptError(_("Finish or submit your open quiz attempt first."))
    ids = update_check_questions(quiz, lesson_ids)
    if not ids:
        raise AttemptError(_("There are no questions on the changed lessons: nothing to check."))
    seed = secrets.randbits(48)
    rng = random.Random(seed)
    seen = seen_question_ids(user, quiz)
    unseen = [pk for pk in ids if pk not in seen]
    again = [pk for pk in ids if pk in seen]
    rng.shuffle(unseen)
    rng.shuffle(again)
    chosen = (unseen + again)[:UPDATE_CHECK_SIZE]
    found = Question.objects.in_bulk(chosen)
    questions = [found[pk] for pk in chosen if pk in found]
    return _create_attempt(
        user=user,
        quiz=quiz,
        seed=seed,
        questions=questions,
        purpose=AttemptPurpose.UPDATE_CHECK,
        scope_lessons=lesson_ids,
    )


def _create_attempt(
    *, user, quiz, seed, questions, purpose=AttemptPurpose.QUIZ, scope_lessons=(), number=None
) -> Attempt:
    now = timezone.now()
    timed = purpose == AttemptPurpose.QUIZ and quiz.time_limit_minutes
    if number is None:
        number = (
            Attempt.objects.filter(user=user, quiz=quiz)
            .order_by("-number")
            .values_list("number", flat=True)
            .first()
            or 0
        ) + 1
    try:
        with transaction.atomic():
            attempt = Attempt.objects.create(
                user=user,
                quiz=quiz,
                number=number,
                seed=seed,
                started_at=now,
                deadline=now + timedelta(minutes=quiz.time_limit_minutes) if timed else None,
                revision_id=quiz.live_revision_id,
                pass_mark=quiz.pass_mark,
                max_score=Decimal(len(questions)),
                purpose=purpose,
                scope_lessons=list(scope_lessons),
            )
    except IntegrityError:
        # Another request started an attempt at the same moment: use that one.
        return Attempt.objects.get(user=user, quiz=quiz, status=AttemptStatus.OPEN)
    versions = _versions_to_ask(questions)
    AttemptQuestion.objects.bulk_create(
        [
            AttemptQuestion(
                attempt=attempt,
                position=i + 1,
                question=q,
                version=versions[q.pk],
                snapshot=versions[q.pk].snapshot,
            )
            for i, q in enumerate(questions)
        ]
    )
    _schedule_close(attempt)
    return attempt


def _versions_to_ask(questions: list[Question]) -> dict[int, QuestionVersion]:
    """The current version of each question, by question id, locked until commit.

    Usually the latest version of every question is current (editing a question updates
    it). Those rows only get a shared lock, so any number of learners can start at once,
    while an editor's change waits for these attempts and then adds a new version instead
    of overwriting one that has now been asked. Any other question goes through
    ``question_version_current`` (exclusive lock). Rows are locked in question order:
    locking them in the shuffled order asked deadlocked two learners starting together.
    """
    ordered = sorted({q.pk: q for q in questions}.values(), key=lambda q: q.pk)
    prefetch_related_objects(ordered, "options")  # one query for every snapshot below
    newest = QuestionVersion.objects.filter(question=OuterRef("question")).order_by("-number")
    latest = {
        v.question_id: v
        for v in QuestionVersion.objects.filter(
            question__in=ordered, number=Subquery(newest.values("number")[:1])
        )
    }
    snapshots = {q.pk: build_snapshot(q) for q in ordered}
    current = {pk: v for pk, v in latest.items() if v.snapshot == snapshots[pk]}
    if current and connection.vendor == "postgresql":  # SQLite writers are serialised anyway
        table = connection.ops.quote_name(QuestionVersion._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id FROM {table} WHERE id = ANY(%s) ORDER BY id FOR SHARE",
                [sorted(v.pk for v in current.values())],
            )
        # Re-read under the lock: an editor may have changed a row since it was read.
        locked = dict(
            QuestionVersion.objects.filter(pk__in=[v.pk for v in current.values()]).values_list(
                "pk", "snapshot"
            )
        )
        current = {pk: v for pk, v in current.items() if locked.get(v.pk) == snapshots[pk]}
    return {q.pk: current.get(q.pk) or question_version_current(q) for q in ordered}


def _schedule_close(attempt: Attempt) -> None:
    if attempt.deadline is None:
        return
    from django_tasks import default_task_backend

    from .tasks import close_attempt

    if getattr(default_task_backend, "supports_defer", False):
        run_at = attempt.deadline + GRACE + timedelta(seconds=1)
        transaction.on_commit(lambda: close_attempt.using(run_after=run_at).enqueue(attempt.pk))


def shuffle_seed(attempt: Attempt, question: AttemptQuestion) -> int:
    return attempt.seed * 1000 + question.position


def public_key(attempt: Attempt, question: AttemptQuestion) -> str:
    """The key of the opaque ids one question of one attempt shows (see quizzes.grading):
    ids from another attempt, or another position, mean nothing here."""
    return f"attempt:{attempt.pk}:{attempt.seed}:{question.position}"


def attempt_save_answer(*, attempt_id: int, user, position: int, raw) -> AttemptQuestion:
    """Save one answer of an open attempt. Tampered input raises InvalidResponse."""
    item = _save_answer(attempt_id=attempt_id, user=user, position=position, raw=raw)
    if item is None:
        # Time is up: close and grade in a transaction of its own (raising inside the
        # saving transaction would roll the closing back and leave the attempt open).
        attempt_submit(attempt=Attempt(pk=attempt_id), expired=True)
        raise AttemptError(_("Time is up. Your answers saved before the time limit count."))
    return item


@transaction.atomic
def _save_answer(*, attempt_id: int, user, position: int, raw) -> AttemptQuestion | None:
    """Save the answer; None (and nothing written) when the time limit has passed."""
    # order_by("pk"): .first() would otherwise sort by Meta.ordering, which joins lms_user,
    # and FOR UPDATE would then lock the person's row as well (and compile a join each time).
    attempt = (
        Attempt.objects.select_for_update().filter(pk=attempt_id, user=user).order_by("pk").first()
    )
    if attempt is None:
        raise AttemptError(_("This attempt does not exist."), status=404)
    if not attempt.is_open:
        raise AttemptError(_("This attempt is closed; answers can no longer change."))
    if attempt.deadline and timezone.now() > attempt.deadline + GRACE:
        return None
    item = (
        AttemptQuestion.objects.select_for_update()
        .filter(attempt=attempt, position=position)
        .order_by("pk")
        .first()
    )
    if item is None:
        raise AttemptError(_("This question is not part of the attempt."), status=400)
    response = grading.clean_response(item.snapshot, raw, key=public_key(attempt, item))
    item.response = response
    item.answered_at = timezone.now() if response is not None else None
    item.save(update_fields=["response", "answered_at"])
    return item


@transaction.atomic
def attempt_submit(*, attempt: Attempt, expired: bool = False) -> Attempt:
    """Grade and close. Idempotent: a closed attempt is returned unchanged."""
    attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
    if not attempt.is_open:
        return attempt
    now = timezone.now()
    late = attempt.deadline is not None and now > attempt.deadline + GRACE
    items = list(attempt.questions.select_for_update().order_by("position"))
    total = Decimal(0)
    for item in items:
        counts = item.response is not None and (
            attempt.deadline is None or item.answered_at <= attempt.deadline + GRACE
        )
        result = grading.grade(item.snapshot, item.response if counts else None)
        item.fraction = result.fraction
        total += result.fraction
    AttemptQuestion.objects.bulk_update(items, ["fraction"])
    attempt.score = total
    attempt.max_score = Decimal(len(items))
    attempt.percent = (total * 100 / attempt.max_score).quantize(Decimal("0.01")) if items else 0
    attempt.passed = attempt.percent >= attempt.pass_mark
    attempt.status = AttemptStatus.EXPIRED if (expired or late) else AttemptStatus.SUBMITTED
    attempt.closed_at = min(now, attempt.deadline + GRACE) if late else now
    if attempt.passed and attempt.purpose == AttemptPurpose.QUIZ:
        attempt.completion = _complete_step(attempt)
    attempt.save()  # one history row for the closing, with the completion it caused
    if attempt.passed and attempt.purpose == AttemptPurpose.UPDATE_CHECK:
        update_check_passed.send(
            sender=Attempt, user=attempt.user, quiz=attempt.quiz, attempt=attempt
        )
    logger.info("attempt %s closed: %s%% passed=%s", attempt.pk, attempt.percent, attempt.passed)
    return attempt


def _complete_step(attempt: Attempt):
    """Complete the quiz step; the completion, for the attempt to record."""
    from courses.services import step_complete

    return step_complete(user=attempt.user, step=attempt.quiz, revision_id=attempt.revision_id)


def close_expired_attempts(now=None) -> int:
    """Close and grade every open attempt past its deadline (run by the worker/cron)."""
    now = now or timezone.now()
    closed = 0
    for attempt in Attempt.objects.filter(status=AttemptStatus.OPEN, deadline__lt=now - GRACE).only(
        "pk"
    ):
        attempt_submit(attempt=attempt, expired=True)
        closed += 1
    return closed
