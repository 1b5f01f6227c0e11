"""Retraining when the law changes: a material change reaches exactly those trained on an
older revision of the changed lesson, once, and redoing the lesson fulfils it."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from assignments import law_change
from assignments.models import Assignment, LegalChange, Source, Status
from certificates.models import Certificate, CertificateStatus, Origin
from courses import services as course_services
from courses.models import CourseProgress, LessonCompletion
from lms.models import Notification, Role
from tests.factories import CoursePageFactory, LessonPageFactory, OrgUnitFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    unit = OrgUnitFactory(name="Zespół A", code="ZA")
    leader = UserFactory(org_unit=unit, roles=[Role.LEADER])
    unit.leaders.add(leader)
    editor = UserFactory(roles=[Role.EDITOR], is_superuser=True)
    course = CoursePageFactory(title="Prawo migracyjne", sequential=False, retraining_days=14)
    first = LessonPageFactory(parent=course, title="Pobyt czasowy")
    second = LessonPageFactory(parent=course, title="Zezwolenia na pracę")
    return type(
        "World",
        (),
        {
            "unit": unit,
            "leader": leader,
            "editor": editor,
            "course": type(course).objects.get(pk=course.pk),
            "first": type(first).objects.get(pk=first.pk),
            "second": type(second).objects.get(pk=second.pk),
        },
    )


def _person(world, **kwargs):
    return UserFactory(org_unit=world.unit, **kwargs)


def _finish(user, course):
    for step in course_services.course_steps(course):
        course_services.step_complete(user=user, step=step)


def _draft(lesson, text="<p>Od 27 kwietnia 2026 wnioski składa się wyłącznie w MOS.</p>"):
    lesson = type(lesson).objects.get(pk=lesson.pk)
    lesson.body = [{"type": "text", "value": text}]
    return lesson.save_revision()


def _mark(world, lesson, summary="Wnioski wyłącznie przez MOS", **kwargs):
    """Mark a publish of a new draft of ``lesson``; returns the change, not processed yet."""
    _draft(lesson)
    return law_change.legal_change_publish(
        page=lesson, user=world.editor, summary=summary, **kwargs
    )


def _suspended(certificate) -> bool:
    """Whether the certificate's Open Badges credential is in the suspension list."""
    from certificates.credentials import LIST_SIZE, set_bits

    number, bit = certificate.status_index // LIST_SIZE + 1, certificate.status_index % LIST_SIZE
    return bit in set_bits("suspension", number)


def _law_assignments(user=None):
    qs = Assignment.objects.filter(source=Source.LAW_CHANGE)
    return qs.filter(user=user) if user is not None else qs


def test_the_table_of_cases(world, django_capture_on_commit_callbacks):
    old = _person(world)
    _finish(old, world.course)
    mid = _person(world)
    course_services.step_complete(user=mid, step=world.first)
    never = _person(world)
    course_services.enrol(user=never, course=world.course)
    gone = _person(world)
    _finish(gone, world.course)
    gone.is_active = False
    gone.save()

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        change = _mark(world, world.first)
    # Someone who completes after the publish rests on the new revision.
    new = _person(world)
    _finish(new, world.course)
    assert LessonCompletion.objects.get(user=new, lesson=world.first).revision_id == (
        change.revision_id
    )
    assert not _law_assignments().exists()  # nothing before the transaction commits
    for callback in callbacks:
        callback()

    change.refresh_from_db()
    assert change.processed_at is not None
    assignment = _law_assignments().get()
    assert assignment.user == old
    assert assignment.status == Status.ACTIVE
    assert assignment.due_date == timezone.localdate() + timedelta(days=14)
    assert list(assignment.lessons.values_list("pk", flat=True)) == [world.first.pk]
    assert list(assignment.legal_changes.all()) == [change]
    for person in (mid, never, gone, new):
        assert not Assignment.objects.filter(user=person).exists()
    # The mid-course person meets the new revision: their old completion is re-opened
    # (kept, with why), so the lesson no longer counts until they finish it again.
    assert CourseProgress.objects.get(user=mid, course=world.course).steps_done == 0
    reopened = LessonCompletion.objects.get(user=mid, lesson=world.first)
    assert reopened.reopened_at is not None
    assert "Wnioski wyłącznie przez MOS" in reopened.reopened_reason
    assert reopened.history.latest().history_change_reason.startswith("Re-opened")
    # Nobody else's completion was touched.
    assert not LessonCompletion.objects.exclude(user=mid).filter(reopened_at__isnull=False)
    # Certificates: only the person reached must update theirs.
    assert Certificate.objects.get(user=old).status == CertificateStatus.UPDATE_REQUIRED
    assert Certificate.objects.get(user=new).status == CertificateStatus.VALID
    assert Certificate.objects.get(user=gone).status == CertificateStatus.VALID
    # The person and their leader are told, with the summary.
    mine = Notification.objects.get(recipient=old, kind="law_change_assigned")
    assert "Wnioski wyłącznie przez MOS" in mine.body
    team = Notification.objects.get(recipient=world.leader, kind="law_change_team")
    assert "Wnioski wyłącznie przez MOS" in team.body
    assert not Notification.objects.filter(recipient__in=[mid, never, gone, new]).filter(
        kind__startswith="law_change"
    )


def test_a_minor_publish_changes_nothing(world):
    person = _person(world)
    _finish(person, world.course)
    _draft(world.first).publish()
    course_services.step_complete(user=person, step=world.first)
    assert not _law_assignments().exists()
    assert LessonCompletion.objects.filter(user=person, lesson=world.first).count() == 1
    assert Certificate.objects.get(user=person).status == CertificateStatus.VALID


def test_processing_twice_creates_nothing_twice(world, django_capture_on_commit_callbacks):
    person = _person(world)
    _finish(person, world.course)
    with django_capture_on_commit_callbacks(execute=True):
        change = _mark(world, world.first)
    assert law_change.process_legal_change(change.pk) == 0
    assert _law_assignments().count() == 1
    assert Notification.objects.filter(recipient=person, kind="law_change_assigned").count() == 1
    assert Certificate.objects.filter(user=person).count() == 1


def test_two_changes_collapse_into_one_assignment(world, django_capture_on_commit_callbacks):
    person = _person(world)
    _finish(person, world.course)
    with django_capture_on_commit_callbacks(execute=True):
        first = _mark(world, world.first)
    with django_capture_on_commit_callbacks(execute=True):
        again = _mark(world, world.first, summary="Nowy formularz w MOS")
    with django_capture_on_commit_callbacks(execute=True):
        second = _mark(world, world.second, summary="Nowa ustawa o zatrudnianiu cudzoziemców")

    assignment = _law_assignments().get()
    assert set(assignment.lessons.values_list("pk", flat=True)) == {
        world.first.pk,
        world.second.pk,
    }
    assert set(assignment.legal_changes.all()) == {first, again, second}


def test_redoing_the_changed_lessons_fulfils_and_reissues(
    world, django_capture_on_commit_callbacks
):
    person = _person(world)
    _finish(person, world.course)
    old_certificate = Certificate.objects.get(user=person)
    with django_capture_on_commit_callbacks(execute=True):
        change = _mark(world, world.first)
    with django_capture_on_commit_callbacks(execute=True):
        _mark(world, world.second, summary="Nowa ustawa o zatrudnianiu cudzoziemców")
    assignment = _law_assignments().get()
    assert _suspended(old_certificate)

    # Finishing one changed lesson at its new revision is not enough.
    first = type(world.first).objects.get(pk=world.first.pk)
    course_services.step_complete(user=person, step=first)
    assignment.refresh_from_db()
    assert assignment.status == Status.ACTIVE
    completions = LessonCompletion.objects.filter(user=person, lesson=first).order_by("pk")
    assert [c.revision_id for c in completions][-1] == change.revision_id
    assert completions.count() == 2  # the old completion stays as evidence

    second = type(world.second).objects.get(pk=world.second.pk)
    course_services.step_complete(user=person, step=second)
    assignment.refresh_from_db()
    assert assignment.status == Status.FULFILLED

    old_certificate.refresh_from_db()
    assert old_certificate.status == CertificateStatus.SUPERSEDED
    new = Certificate.objects.get(user=person, status=CertificateStatus.VALID)
    assert new.origin == Origin.UPDATE
    assert new.supersedes == old_certificate
    assert new.awarded_on == old_certificate.awarded_on
    assert new.valid_until == old_certificate.valid_until
    assert not _suspended(new)
    # Finishing the lesson once more writes nothing new.
    course_services.step_complete(user=person, step=second)
    assert LessonCompletion.objects.filter(user=person, lesson=second).count() == 2


def test_a_person_with_another_active_assignment_is_mid_course(
    world, django_capture_on_commit_callbacks
):
    from assignments import services

    person = _person(world)
    _finish(person, world.course)
    services.assignment_create_bulk(
        courses=[world.course],
        people=[person],
        due_in_days=30,
        repeat_completed=True,
        acting_user=world.leader,
    )
    with django_capture_on_commit_callbacks(execute=True):
        change = _mark(world, world.first)
    assert not _law_assignments().exists()
    change.refresh_from_db()
    assert change.processed_at is not None


def test_a_change_nobody_completed_reports_zero(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        change = _mark(world, world.first)
    found = law_change.impact(page=world.first, revision_id=change.revision_id, course=world.course)
    assert (found.affected_count, found.mid_course_count, found.certificates) == (0, 0, 0)
    assert LegalChange.objects.get().processed_at is not None


def test_marking_needs_a_summary_and_a_new_draft(world):
    _draft(world.first)
    with pytest.raises(ValidationError) as error:
        law_change.legal_change_publish(page=world.first, user=world.editor, summary="   ")
    assert "summary" in error.value.message_dict
    lesson = type(world.first).objects.get(pk=world.first.pk)
    assert lesson.has_unpublished_changes
    assert not LegalChange.objects.exists()

    lesson.get_latest_revision().publish()
    with pytest.raises(ValidationError):
        law_change.legal_change_publish(page=lesson, user=world.editor, summary="Zmiana")
    assert not LegalChange.objects.exists()


def test_impact_counts_per_unit(world):
    other_unit = OrgUnitFactory(name="Zespół B", code="ZB")
    people = [_person(world), _person(world), UserFactory(org_unit=other_unit)]
    for person in people:
        _finish(person, world.course)
    mid = _person(world)
    course_services.step_complete(user=mid, step=world.first)
    revision = _draft(world.first)

    found = law_change.impact(page=world.first, revision_id=revision.pk, course=world.course)

    assert found.by_unit == [("Zespół A", 2), ("Zespół B", 1)]
    assert found.certificates == 3
    assert found.mid_course_count == 1


def test_the_outline_says_which_lessons_changed(world, client, django_capture_on_commit_callbacks):
    person = _person(world)
    _finish(person, world.course)
    with django_capture_on_commit_callbacks(execute=True):
        _mark(world, world.first, summary="Wnioski wyłącznie przez MOS")
    client.force_login(person)
    course = type(world.course).objects.get(pk=world.course.pk)

    body = client.get(course.url).content.decode()

    assert body.count('class="legal-change-note"') == 1
    assert "Wnioski wyłącznie przez MOS" in body
    # Once the lesson is redone at the new revision, the note goes.
    course_services.step_complete(
        user=person, step=type(world.first).objects.get(pk=world.first.pk)
    )
    assert 'class="legal-change-note"' not in client.get(course.url).content.decode()


def test_revoked_or_expired_certificates_get_no_retraining(
    world, django_capture_on_commit_callbacks
):
    from certificates import services as certificate_services

    revoked, expired, valid = _person(world), _person(world), _person(world)
    for person in (revoked, expired, valid):
        _finish(person, world.course)
    certificate_services.certificate_revoke(
        certificate=Certificate.objects.get(user=revoked),
        reason="Wydany omyłkowo",
        acting_user=world.editor,
    )
    Certificate.objects.filter(user=expired).update(status=CertificateStatus.EXPIRED)

    revision = _draft(world.first)
    found = law_change.impact(page=world.first, revision_id=revision.pk, course=world.course)
    assert found.affected == [valid.pk]
    assert found.mid_course == []
    with django_capture_on_commit_callbacks(execute=True):
        law_change.legal_change_publish(page=world.first, user=world.editor, summary="Zmiana")

    assert list(_law_assignments().values_list("user_id", flat=True)) == [valid.pk]
    assert Certificate.objects.get(user=revoked).status == CertificateStatus.REVOKED
    assert Certificate.objects.get(user=expired).status == CertificateStatus.EXPIRED


def test_a_page_locked_by_someone_else_is_not_marked(world):
    other = UserFactory(roles=[Role.EDITOR])
    _draft(world.first)
    type(world.first).objects.filter(pk=world.first.pk).update(
        locked=True, locked_by=other, locked_at=timezone.now()
    )
    with pytest.raises(ValidationError, match="locked"):
        law_change.legal_change_publish(page=world.first, user=world.editor, summary="Zmiana")
    assert not LegalChange.objects.exists()
    assert type(world.first).objects.get(pk=world.first.pk).has_unpublished_changes


def test_a_mid_course_person_redoes_the_reopened_lesson(
    world, client, django_capture_on_commit_callbacks
):
    person = _person(world)
    course_services.step_complete(user=person, step=world.first)
    first_completion = LessonCompletion.objects.get(user=person, lesson=world.first)
    with django_capture_on_commit_callbacks(execute=True):
        change = _mark(world, world.first, summary="Wnioski wyłącznie przez MOS")
    with django_capture_on_commit_callbacks(execute=True):
        law_change.process_legal_change(change.pk)  # a second run re-opens nothing twice
    assert LessonCompletion.history.filter(id=first_completion.pk).count() == 2
    client.force_login(person)
    course = type(world.course).objects.get(pk=world.course.pk)

    body = client.get(course.url).content.decode()

    assert body.count('class="legal-change-note"') == 1
    assert "Wnioski wyłącznie przez MOS" in body
    assert not _law_assignments().exists()
    # Finishing it at the new revision counts again; the old row stays as it was.
    lesson = type(world.first).objects.get(pk=world.first.pk)
    course_services.step_complete(user=person, step=lesson)
    assert CourseProgress.objects.get(user=person, course=world.course).steps_done == 1
    rows = LessonCompletion.objects.filter(user=person, lesson=world.first).order_by("pk")
    assert [(r.revision_id, r.reopened_at is None) for r in rows] == [
        (first_completion.revision_id, False),
        (change.revision_id, True),
    ]
    assert rows[0].completed_at == first_completion.completed_at
    assert 'class="legal-change-note"' not in client.get(course.url).content.decode()
