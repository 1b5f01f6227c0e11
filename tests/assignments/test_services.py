"""Assigning, cancelling, moving due dates and fulfilling assignments (the services)."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from assignments import services
from assignments.models import Assignment, Source, Status
from assignments.selectors import assignment_preview
from courses.models import CourseProgress, ProgressStatus
from courses.services import step_complete
from lms.services import person_deactivate
from tests.factories import AssignmentFactory, UserFactory

pytestmark = pytest.mark.django_db


def today():
    return timezone.localdate()


def assign(org, courses, people, **kwargs):
    kwargs.setdefault("due_in_days", 14)
    return services.assignment_create_bulk(
        courses=[courses.first], people=people, acting_user=org.leader, **kwargs
    )


def progress(person, course):
    return CourseProgress.objects.get(user=person, course=course)


def test_assigning_enrols_people_and_shows_the_due_date(org, courses):
    due = today() + timedelta(days=10)
    result = services.assignment_create_bulk(
        courses=[courses.first, courses.second],
        people=[org.employee, org.colleague],
        due_date=due,
        note="Nowe standardy od marca",
        acting_user=org.leader,
    )
    assert result.created_count == 4
    rows = Assignment.objects.filter(status=Status.ACTIVE)
    assert rows.count() == 4
    assert set(rows.values_list("assigned_by", flat=True)) == {org.leader.pk}
    assert set(rows.values_list("source", flat=True)) == {Source.MANUAL}
    assert set(rows.values_list("note", flat=True)) == {"Nowe standardy od marca"}
    for person in (org.employee, org.colleague):
        for course in (courses.first, courses.second):
            row = progress(person, course)
            assert row.due_date == due
            assert row.source == "manual"
            assert row.steps_total == 2 and row.status == ProgressStatus.NOT_STARTED
    history = Assignment.history.filter(history_type="+")
    assert history.count() == 4
    assert set(history.values_list("history_user", flat=True)) == {org.leader.pk}


def test_due_in_days_counts_from_today(org, courses):
    assign(org, courses, [org.employee], due_in_days=30)
    assert Assignment.objects.get().due_date == today() + timedelta(days=30)


def test_assigning_the_same_course_twice_keeps_one_active_assignment(org, courses):
    assign(org, courses, [org.employee], due_in_days=7)
    result = assign(org, courses, [org.employee, org.colleague], due_in_days=30)
    assert result.created_count == 1
    [preview] = result.previews
    assert preview.already == [(org.employee, today() + timedelta(days=7))]
    assert Assignment.objects.filter(user=org.employee, status=Status.ACTIVE).count() == 1
    assert progress(org.employee, courses.first).due_date == today() + timedelta(days=7)


def test_the_database_refuses_two_active_assignments_of_one_course(org, courses):
    AssignmentFactory(user=org.employee, course=courses.first)
    with pytest.raises(IntegrityError), transaction.atomic():
        AssignmentFactory(user=org.employee, course=courses.first)
    # A cancelled one does not count.
    AssignmentFactory(
        user=org.employee, course=courses.second, status=Status.CANCELLED, reason="pomyłka"
    )
    AssignmentFactory(user=org.employee, course=courses.second)


def test_preview_sorts_people_into_new_assigned_completed_and_deactivated(org, courses):
    assign(org, courses, [org.colleague], due_in_days=5)
    for lesson in courses.first_lessons:
        step_complete(user=org.employee, step=lesson)
    gone = UserFactory(org_unit=org.team_a)
    person_deactivate(person=gone, acting_user=org.hr)
    newcomer = UserFactory(org_unit=org.team_a)
    [preview] = assignment_preview(
        courses=[courses.first], people=[org.employee, org.colleague, gone, newcomer]
    )
    assert preview.new == [newcomer]
    assert preview.already == [(org.colleague, today() + timedelta(days=5))]
    assert [p for p, _when in preview.completed] == [org.employee]
    assert preview.completed[0][1] is not None
    assert preview.deactivated == [gone]
    assert preview.to_assign == [newcomer]


def test_completed_people_are_skipped_unless_they_must_repeat(org, courses):
    for lesson in courses.first_lessons:
        step_complete(user=org.employee, step=lesson)
    assert assign(org, courses, [org.employee]).created_count == 0
    assert not Assignment.objects.exists()
    assert assign(org, courses, [org.employee], repeat_completed=True).created_count == 1
    assert Assignment.objects.get().user == org.employee


def test_repeating_starts_a_new_cycle_fulfilled_only_by_completing_again(org, courses):
    for lesson in courses.first_lessons:
        step_complete(user=org.employee, step=lesson)
    first_completion = progress(org.employee, courses.first).completed_at
    [assignment] = assign(org, courses, [org.employee], repeat_completed=True).created
    row = progress(org.employee, courses.first)
    assert row.status == ProgressStatus.NOT_STARTED and row.cycle == 2
    assert row.history.filter(completed_at=first_completion).exists()  # kept on record
    restart = row.history.get(history_change_reason=services.REPEAT_REASONS[Source.MANUAL])
    assert restart.history_user == org.leader
    step_complete(user=org.employee, step=courses.first_lessons[0])
    assignment.refresh_from_db()
    assert assignment.status == Status.ACTIVE
    step_complete(user=org.employee, step=courses.first_lessons[1])
    assignment.refresh_from_db()
    assert assignment.status == Status.FULFILLED


def test_only_completions_before_the_cut_off_date_must_repeat(org, courses):
    for person in (org.employee, org.colleague):
        for lesson in courses.first_lessons:
            step_complete(user=person, step=lesson)
    long_ago = timezone.now() - timedelta(days=400)
    CourseProgress.objects.filter(user=org.employee).update(completed_at=long_ago)
    result = assign(
        org,
        courses,
        [org.employee, org.colleague],
        repeat_completed=True,
        repeat_before=today() - timedelta(days=30),
    )
    assert [a.user for a in result.created] == [org.employee]
    [preview] = result.previews
    assert [p for p, _when in preview.completed_kept] == [org.colleague]
    assert progress(org.colleague, courses.first).is_completed
    assert not progress(org.employee, courses.first).is_completed


def test_replacing_an_active_assignment_supersedes_it(org, courses):
    [old] = assign(org, courses, [org.employee], due_in_days=30).created
    result = assign(org, courses, [org.employee, org.colleague], due_in_days=7, replace_active=True)
    assert {a.user for a in result.created} == {org.employee, org.colleague}
    old.refresh_from_db()
    assert old.status == Status.SUPERSEDED and old.reason
    assert old.history.first().history_user == org.leader
    new = Assignment.objects.get(user=org.employee, status=Status.ACTIVE)
    assert progress(org.employee, courses.first).due_date == new.due_date == today() + timedelta(7)
    # Without the option, the active one is kept and nothing is made for that person.
    again = assign(org, courses, [org.employee], due_in_days=3)
    assert again.created_count == 0


def test_deactivated_people_get_nothing(org, courses):
    person_deactivate(person=org.colleague, acting_user=org.hr)
    result = assign(org, courses, [org.employee, org.colleague])
    assert [a.user for a in result.created] == [org.employee]
    assert not CourseProgress.objects.filter(user=org.colleague).exists()


@pytest.mark.parametrize(
    "kwargs, field",
    [
        ({"due_date": timezone.localdate() - timedelta(days=1), "due_in_days": None}, "due_date"),
        ({"due_date": None, "due_in_days": None}, "due_date"),
        ({"due_date": timezone.localdate(), "due_in_days": 3}, "due_date"),
        ({"due_date": None, "due_in_days": 0}, "due_in_days"),
        ({"due_date": None, "due_in_days": 99999}, "due_in_days"),
    ],
)
def test_bad_due_dates_are_refused_and_nothing_is_written(org, courses, kwargs, field):
    with pytest.raises(ValidationError) as exc:
        services.assignment_create_bulk(
            courses=[courses.first], people=[org.employee], acting_user=org.leader, **kwargs
        )
    assert field in exc.value.message_dict
    assert not Assignment.objects.exists()
    assert not CourseProgress.objects.exists()


def test_no_course_or_no_people_is_refused(org, courses):
    with pytest.raises(ValidationError) as exc:
        services.assignment_create_bulk(
            courses=[], people=[org.employee], due_in_days=3, acting_user=org.leader
        )
    assert "courses" in exc.value.message_dict
    with pytest.raises(ValidationError) as exc:
        services.assignment_create_bulk(
            courses=[courses.first], people=[], due_in_days=3, acting_user=org.leader
        )
    assert "people" in exc.value.message_dict


def test_a_leader_cannot_assign_outside_their_units_and_nothing_is_written(org, courses):
    with pytest.raises(ValidationError, match="outside the units you lead"):
        assign(org, courses, [org.employee, org.outsider])
    assert not Assignment.objects.exists()
    assert not CourseProgress.objects.exists()
    # HR reaches everyone.
    services.assignment_create_bulk(
        courses=[courses.first], people=[org.outsider], due_in_days=3, acting_user=org.hr
    )
    assert Assignment.objects.get().user == org.outsider


def test_an_employee_cannot_assign_at_all(org, courses):
    with pytest.raises(ValidationError):
        services.assignment_create_bulk(
            courses=[courses.first], people=[org.colleague], due_in_days=3, acting_user=org.employee
        )
    assert not Assignment.objects.exists()


def test_cancelling_needs_a_reason_and_keeps_it_in_the_history(org, courses):
    [assignment] = assign(org, courses, [org.employee]).created
    with pytest.raises(ValidationError) as exc:
        services.assignment_cancel(assignment=assignment, reason="   ", acting_user=org.leader)
    assert "reason" in exc.value.message_dict
    assert Assignment.objects.get().status == Status.ACTIVE
    services.assignment_cancel(
        assignment=assignment, reason="Przeniesienie do innego wydziału", acting_user=org.leader
    )
    stored = Assignment.objects.get()
    assert stored.status == Status.CANCELLED
    assert stored.reason == "Przeniesienie do innego wydziału"
    last = stored.history.first()
    assert last.history_change_reason == "Przeniesienie do innego wydziału"
    assert last.history_user == org.leader and last.status == Status.CANCELLED
    # With no active assignment left, the progress row has no due date.
    assert progress(org.employee, courses.first).due_date is None
    # Cancelling again finds nothing active.
    with pytest.raises(ValidationError):
        services.assignment_cancel(assignment=stored, reason="jeszcze raz", acting_user=org.leader)


def test_bulk_cancel_is_all_or_nothing_within_reach(org, courses):
    mine = assign(org, courses, [org.employee, org.colleague]).created
    theirs = services.assignment_create_bulk(
        courses=[courses.first], people=[org.outsider], due_in_days=3, acting_user=org.hr
    ).created
    with pytest.raises(ValidationError):
        services.assignment_cancel_bulk(
            assignments=mine + theirs, reason="reorganizacja", acting_user=org.leader
        )
    assert Assignment.objects.filter(status=Status.ACTIVE).count() == 3
    cancelled = services.assignment_cancel_bulk(
        assignments=mine, reason="reorganizacja", acting_user=org.leader
    )
    assert len(cancelled) == 2
    assert Assignment.objects.filter(status=Status.CANCELLED).count() == 2


def test_changing_the_due_date_moves_the_progress_due_date_and_keeps_the_reason(org, courses):
    created = assign(org, courses, [org.employee, org.colleague], due_in_days=5).created
    new_due = today() + timedelta(days=40)
    changed = services.assignment_change_due_date_bulk(
        assignments=created, due_date=new_due, reason="Urlop zespołu", acting_user=org.leader
    )
    assert len(changed) == 2
    for person in (org.employee, org.colleague):
        assert progress(person, courses.first).due_date == new_due
    # The progress rows keep a history of their due date too.
    assert CourseProgress.history.filter(history_type="~", due_date=new_due).count() == 2
    history = Assignment.history.filter(history_type="~")
    assert set(history.values_list("history_change_reason", flat=True)) == {"Urlop zespołu"}
    assert set(history.values_list("due_date", flat=True)) == {new_due}


def test_a_due_date_cannot_be_moved_into_the_past(org, courses):
    [assignment] = assign(org, courses, [org.employee], due_in_days=5).created
    with pytest.raises(ValidationError) as exc:
        services.assignment_change_due_date(
            assignment=assignment,
            due_date=today() - timedelta(days=1),
            reason="błąd",
            acting_user=org.leader,
        )
    assert "due_date" in exc.value.message_dict
    assert Assignment.objects.get().due_date == today() + timedelta(days=5)


def test_completing_the_course_fulfils_the_assignment(org, courses):
    assign(org, courses, [org.employee])
    step_complete(user=org.employee, step=courses.first_lessons[0])
    assert Assignment.objects.get().status == Status.ACTIVE
    step_complete(user=org.employee, step=courses.first_lessons[1])
    stored = Assignment.objects.get()
    assert stored.status == Status.FULFILLED
    assert stored.status_changed_at is not None
    assert stored.history.first().history_change_reason == "Course completed"


def test_assigning_someone_who_already_started_keeps_their_progress(org, courses):
    step_complete(user=org.employee, step=courses.first_lessons[0])
    assign(org, courses, [org.employee])
    row = progress(org.employee, courses.first)
    assert row.steps_done == 1 and row.status == ProgressStatus.IN_PROGRESS
    assert row.due_date == today() + timedelta(days=14)


def test_a_person_with_finished_steps_but_no_progress_row_gets_it_computed(org, courses):
    step_complete(user=org.employee, step=courses.first_lessons[0])
    CourseProgress.objects.filter(user=org.employee).delete()
    assign(org, courses, [org.employee])
    row = progress(org.employee, courses.first)
    assert row.steps_done == 1 and row.percent == 50
