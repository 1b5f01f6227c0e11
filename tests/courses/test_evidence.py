"""Evidence never silently changes: completion dates and revisions, and records kept when pages
would be deleted (PROTECT everywhere, a clear refusal in the Wagtail admin)."""

import json
from datetime import timedelta

import pytest
from django.db.models import ProtectedError
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time

from courses import services
from courses.models import (
    ActivityState,
    CoursePage,
    CourseProgress,
    LessonCompletion,
    LessonPage,
    ProgressStatus,
    StepStart,
    XAPIStatement,
)
from lms.models import Role
from tests.courses.conftest import H5P_DIR, fresh, h5p_body
from tests.factories import CoursePageFactory, H5PPackageFactory, LessonPageFactory, UserFactory

pytestmark = pytest.mark.django_db

VERB = "http://adlnet.gov/expapi/verbs/"


def answered():
    return {
        "verb": {"id": VERB + "answered"},
        "object": {"id": "http://testserver/x", "definition": {"extensions": {}}},
        "result": {"score": {"raw": 1, "max": 1}},
    }


def republish(page):
    page = fresh(page)
    page.title += " (poprawiona)"
    page.save_revision().publish()
    return fresh(page)


@pytest.fixture
def course_world(storage):
    learner = UserFactory()
    package = H5PPackageFactory(source=H5P_DIR / "H5P.TrueFalse.h5p")
    course = CoursePageFactory(title="Dowody", sequential=False)
    text = LessonPageFactory(parent=course, title="Tekst")
    h5p = LessonPageFactory(parent=course, title="Ćwiczenie", body=h5p_body(package))
    services.enrol(user=learner, course=fresh(course))
    return learner, fresh(course), fresh(text), fresh(h5p), package


def post_xapi(client, lesson):
    return client.post(
        reverse("h5p_xapi", args=[lesson.pk, "act-1"]),
        json.dumps(answered()),
        content_type="application/json",
    )


def test_completion_dates_and_revisions_never_change(client, course_world):
    learner, course, text, h5p, _package = course_world
    client.force_login(learner)
    start = timezone.now()
    with freeze_time(start):
        client.get(text.url)
        client.post(reverse("lesson_complete", args=[text.pk]), {"revision": text.live_revision_id})
        client.get(h5p.url)
        assert post_xapi(client, h5p).status_code == 200
    completions = {
        c.lesson_id: (c.completed_at, c.revision_id)
        for c in LessonCompletion.objects.filter(user=learner)
    }
    assert set(completions) == {text.pk, h5p.pk}
    progress = CourseProgress.objects.get(user=learner, course=course)
    assert progress.status == ProgressStatus.COMPLETED
    assert progress.completed_at == start
    assert progress.completed_revision_id == course.live_revision_id is not None
    course_evidence = (progress.completed_at, progress.completed_revision_id)

    later = start + timedelta(days=40)
    with freeze_time(later):
        client.force_login(learner)  # the earlier session has expired by now
        # Refresh, re-complete, re-post xAPI, republish the lesson and the course.
        services.progress_refresh(user=learner, course=course)
        text, h5p, course = republish(text), republish(h5p), republish(course)
        client.get(text.url)
        client.post(reverse("lesson_complete", args=[text.pk]), {"revision": text.live_revision_id})
        services.step_complete(user=learner, step=text, revision_id=text.live_revision_id)
        services.step_complete(user=learner, step=h5p)
        assert post_xapi(client, h5p).status_code == 200
        services.progress_refresh(user=learner, course=course)
        # A new lesson in the course does not take the completion back.
        LessonPageFactory(parent=course, title="Nowa lekcja")
        services.progress_refresh(user=learner, course=course)

    after = {
        c.lesson_id: (c.completed_at, c.revision_id)
        for c in LessonCompletion.objects.filter(user=learner)
    }
    assert after == completions
    assert LessonCompletion.history.filter(history_type="~").count() == 0
    progress = CourseProgress.objects.get(user=learner, course=course)
    assert (progress.completed_at, progress.completed_revision_id) == course_evidence
    assert progress.status == ProgressStatus.COMPLETED
    assert (progress.steps_done, progress.steps_total) == (2, 3)  # the summary still moves
    assert course.live_revision_id != course_evidence[1]


def test_the_first_opening_of_a_step_is_kept(client, course_world):
    learner, _course, text, _h5p, _package = course_world
    client.force_login(learner)
    client.get(text.url)
    first = StepStart.objects.get(user=learner, step=text)
    with freeze_time(timezone.now() + timedelta(days=3)):
        text = republish(text)
        client.get(text.url)
    again = StepStart.objects.get(user=learner, step=text)
    assert (again.started_at, again.revision_id) == (first.started_at, first.revision_id)


def test_learning_records_protect_their_lesson(client, course_world):
    """ActivityState and XAPIStatement follow the same rule as LessonCompletion."""
    learner, _course, _text, h5p, _package = course_world
    client.force_login(learner)
    client.get(h5p.url)
    client.post(
        reverse("h5p_state", args=[h5p.pk, "act-1"]),
        json.dumps({"state": "{}"}),
        content_type="application/json",
    )
    client.post(
        reverse("h5p_xapi", args=[h5p.pk, "act-1"]),
        json.dumps({**answered(), "verb": {"id": VERB + "interacted"}}),
        content_type="application/json",
    )
    assert ActivityState.objects.filter(lesson=h5p).exists()
    assert XAPIStatement.objects.filter(lesson=h5p).exists()
    assert not LessonCompletion.objects.filter(lesson=h5p).exists()
    StepStart.objects.filter(step=h5p).delete()  # leave only the state and the statement
    with pytest.raises(ProtectedError):
        LessonPage.objects.get(pk=h5p.pk).delete()
    XAPIStatement.objects.filter(lesson=h5p).delete()
    with pytest.raises(ProtectedError):
        LessonPage.objects.get(pk=h5p.pk).delete()
    assert ActivityState.objects.filter(lesson=h5p).exists()


# --- deleting through the Wagtail admin ----------------------------------------------------


@pytest.fixture
def editor(client):
    person = UserFactory(roles=[Role.EDITOR], is_superuser=True)
    client.force_login(person)
    return person


def admin_delete(client, page, method="post"):
    url = reverse("wagtailadmin_pages:delete", args=[page.pk])
    return getattr(client, method)(url, follow=True)


REFUSED = "cannot be deleted: people"  # the apostrophe that follows is escaped in HTML


def test_the_admin_refuses_to_delete_a_lesson_someone_opened(client, course_world, editor):
    learner, course, text, _h5p, _package = course_world
    services.step_started(user=learner, step=text)
    for method in ("get", "post"):
        response = admin_delete(client, text, method)
        assert response.status_code == 200
        assert REFUSED in response.content.decode()
        assert response.redirect_chain[-1][0] == reverse("wagtailadmin_explore", args=[course.pk])
    assert LessonPage.objects.filter(pk=text.pk).exists()


def test_the_admin_refuses_to_delete_a_lesson_with_h5p_records(client, course_world, editor):
    learner, _course, _text, h5p, package = course_world
    ActivityState.objects.create(user=learner, lesson=h5p, block_id="act-1", package=package)
    response = admin_delete(client, h5p)
    assert response.status_code == 200 and REFUSED in response.content.decode()
    assert LessonPage.objects.filter(pk=h5p.pk).exists()


def test_the_admin_refuses_to_delete_a_course_with_progress(client, course_world, editor):
    _learner, course, _text, _h5p, _package = course_world
    response = admin_delete(client, course)
    assert response.status_code == 200 and REFUSED in response.content.decode()
    assert CoursePage.objects.filter(pk=course.pk).exists()
    assert LessonPage.objects.child_of(course).count() == 2


def test_the_admin_refuses_a_bulk_delete_of_pages_with_records(client, course_world, editor):
    learner, course, text, h5p, _package = course_world
    services.step_complete(user=learner, step=text)
    url = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        + f"?id={text.pk}&id={h5p.pk}&next=/admin/"
    )
    response = client.post(url, follow=True)
    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert LessonPage.objects.filter(pk=text.pk).exists()


def test_the_admin_deletes_a_lesson_without_records(client, course_world, editor):
    _learner, course, _text, _h5p, _package = course_world
    spare = LessonPageFactory(parent=course, title="Zbędna")
    response = admin_delete(client, spare)
    assert response.status_code == 200
    assert REFUSED not in response.content.decode()
    assert not LessonPage.objects.filter(pk=spare.pk).exists()
