"""The demo's past material legal change, for ``seed_demo``: since 27 April 2026 residence
applications are filed through MOS only.

The migration-law lesson on legalising stay is first published without its "MOS" callout
(the text in force before the change), people of the department for foreigners complete
the course on it in March 2026 (with the internal session it requires), and then the
lesson's current text is published as a material legal change on 20 April 2026 through the
real service. Processing reaches those people: two have since caught up (redone the lesson,
passed the update check, new certificate), the others have an overdue law-change
assignment and a certificate marked "update required"; people who were mid-course have the
lesson re-opened. Safe to run repeatedly: nothing happens once the change is recorded.

The revision published last carries the content loader's marker of the file, so
``load_content`` still sees the lesson as loaded from its file.
"""

import copy
import json
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone
from wagtail.models import PageLogEntry

from assignments import law_change
from assignments.legal_update import final_quiz, update_check_scope
from assignments.models import Assignment, LegalChange, Source, Status
from certificates.demo import certify_on
from courses.models import CoursePage, LessonCompletion, LessonPage
from courses.services import step_complete
from lms.models import OrgUnit, User
from quizzes import grading
from quizzes import services as quiz_services
from seminars.models import Attendance, AttendanceStatus, Booking, BookingStatus, Event, EventDate

from .loader.load import MARKER, marked_revision

COURSE_SLUG = "prawo-migracyjne"
LESSON_SLUG = "legalizacja-pobytu"
CHANGED_BLOCK = "Moduł Obsługi Spraw"  # the callout the change added
DEPARTMENT = "WSC"  # whose people were trained
SKIP = {
    "employee@demo.kadra",
    "leader@demo.kadra",
    "hr@demo.kadra",
    "editor@demo.kadra",
    "lider.zp@demo.kadra",
}
TRAINED_ON = date(2026, 3, 12)
PUBLISHED_ON = date(2026, 4, 20)
APPLIES_FROM = date(2026, 4, 27)
SUMMARY = (
    "Od 27 kwietnia 2026 r. wnioski o zezwolenie na pobyt czasowy, stały i rezydenta "
    "długoterminowego UE składa się co do zasady wyłącznie elektronicznie, przez MOS."
)
LEGAL_BASIS = "ustawa o cudzoziemcach, przepisy o składaniu wniosków w postaci elektronicznej"
SESSION_TITLE = "Ustawa o cudzoziemcach w praktyce — szkolenie wewnętrzne (marzec 2026)"
PEOPLE = 5  # trained on the old text
CAUGHT_UP = 2  # of them, redone since


def _moment(day: date, hour: int = 10) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour, 0)))


def seed_legal_change(people: dict, stdout=None) -> str:
    message = _seed(people)
    if stdout is not None:
        stdout.write(message)
    return message


@transaction.atomic
def _seed(people: dict) -> str:
    course = CoursePage.objects.live().filter(slug=COURSE_SLUG).first()
    lesson = (
        LessonPage.objects.live().child_of(course).filter(slug=LESSON_SLUG).first()
        if course
        else None
    )
    editor, leader = people.get("editor@demo.kadra"), people.get("leader@demo.kadra")
    hr = people.get("hr@demo.kadra")
    department = OrgUnit.objects.filter(code=DEPARTMENT).first()
    if lesson is None or None in (editor, leader, hr, department):
        return "Legal change: the migration-law lesson or demo people are missing, none made."
    if LegalChange.objects.filter(page=lesson).exists():
        return "Legal change: the MOS change is recorded already, nothing added."
    loaded = marked_revision(lesson)
    if loaded is None:
        return "Legal change: the lesson was not loaded from its file, none made."

    # 1. The text before the change: the lesson without its MOS callout, published in March.
    old = LessonPage.objects.get(pk=lesson.pk)
    old.body = [
        dict(raw)
        for raw in old.body.raw_data
        if CHANGED_BLOCK not in json.dumps(raw.get("value"), ensure_ascii=False)
    ]
    before = old.save_revision(user=editor)
    before.publish(user=editor)
    _backdate_revision(before, TRAINED_ON - timedelta(days=30))

    # 2. People of the department trained on it, with the internal session it requires.
    learners = [
        p
        for p in User.objects.filter(org_unit__path__startswith=department.path, is_active=True)
        .exclude(email__in=SKIP)
        .exclude(certificates__course=course)
        .exclude(course_progress__course=course)
        .order_by("pk")
    ][:PEOPLE]
    _attended_session(course, hr, leader, department, learners)
    course = CoursePage.objects.get(pk=course.pk)
    trained = [p for p in learners if certify_on(p, course, issued_on=TRAINED_ON)]
    LessonCompletion.objects.filter(user__in=trained, course=course).update(
        completed_at=_moment(TRAINED_ON)
    )

    # 3. The current text (the file's), published as a material legal change in April.
    lesson = LessonPage.objects.get(pk=lesson.pk)
    lesson.body = loaded.as_object().body
    new = lesson.save_revision(user=editor)
    new.content[MARKER] = copy.deepcopy(loaded.content[MARKER])
    new.save(update_fields=["content"])
    change = law_change.legal_change_publish(
        page=lesson,
        user=editor,
        summary=SUMMARY,
        legal_basis=LEGAL_BASIS,
        applies_from=APPLIES_FROM,
    )
    _backdate_revision(new, PUBLISHED_ON)
    LegalChange.objects.filter(pk=change.pk).update(created_at=_moment(PUBLISHED_ON, 9))
    law_change.process_legal_change(change.pk)
    reached = Assignment.objects.filter(legal_changes=change)
    reached.update(
        assigned_at=_moment(PUBLISHED_ON, 9),
        due_date=PUBLISHED_ON + timedelta(days=change.retraining_days or course.retraining_days),
    )

    # 4. Two of them have caught up since: the lesson redone, the update check passed.
    caught_up = 0
    for person in trained[:CAUGHT_UP]:
        if _catch_up(person, course, LessonPage.objects.get(pk=lesson.pk)):
            caught_up += 1
    open_ = reached.filter(status=Status.ACTIVE, source=Source.LAW_CHANGE).count()
    reopened = LessonCompletion.objects.filter(lesson=lesson, reopened_at__isnull=False).count()
    return (
        f"Legal change: MOS-only filing published on {PUBLISHED_ON:%d.%m.%Y} reached "
        f"{reached.count()} people; {caught_up} caught up, {open_} still to redo it; "
        f"{reopened} mid-course completions re-opened."
    )


def _backdate_revision(revision, day: date) -> None:
    """Date the revision's publish in the page's history. The revision itself keeps the time
    it was saved: Wagtail's editing session compares revisions by it, and an older one than
    the loader's would look like a newer version saved in another window."""
    PageLogEntry.objects.filter(revision_id=revision.pk).update(timestamp=_moment(day, 9))


def _attended_session(course, hr, leader, unit, learners) -> None:
    event = Event(
        title=SESSION_TITLE,
        description="Szkolenie wydziału z ustawy o cudzoziemcach.",
        course=course,
        unit=unit,
        capacity=12,
        created_by=hr,
        created_at=_moment(TRAINED_ON - timedelta(days=20)),
    )
    event._history_user = hr
    event.save()
    event.audience_units.set([unit])
    event.trainers.set([leader])
    day = EventDate(
        event=event,
        starts_at=_moment(TRAINED_ON - timedelta(days=5), 9),
        ends_at=_moment(TRAINED_ON - timedelta(days=5), 12),
        room="Sala 2.10",
    )
    day._history_user = leader
    day.save()
    for person in learners:
        booking = Booking(
            event=event,
            user=person,
            status=BookingStatus.BOOKED,
            booked_by=leader,
            created_at=event.created_at,
            queued_at=event.created_at,
        )
        booking._history_user = leader
        booking.save()
        row = Attendance(
            event_date=day,
            user=person,
            status=AttendanceStatus.ATTENDED,
            recorded_by=leader,
            recorded_at=day.ends_at,
        )
        row._history_user = leader
        row.save()


def _catch_up(person, course, lesson) -> bool:
    step_complete(user=person, step=lesson)
    quiz = final_quiz(course)
    lesson_ids = update_check_scope(person, quiz) if quiz is not None else []
    if lesson_ids:
        check = quiz_services.update_check_start(user=person, quiz=quiz, lesson_ids=lesson_ids)
        for item in check.questions.order_by("position"):
            answer = grading.public_response(
                item.snapshot,
                grading.correct_response(item.snapshot),
                key=quiz_services.public_key(check, item),
            )
            quiz_services.attempt_save_answer(
                attempt_id=check.pk, user=person, position=item.position, raw=answer
            )
        quiz_services.attempt_submit(attempt=check)
    return not Assignment.objects.filter(
        user=person, course=course, source=Source.LAW_CHANGE, status=Status.ACTIVE
    ).exists()
