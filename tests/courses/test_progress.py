"""Learner progress: explicit finishing, locks, prerequisites, completion, history, access."""

from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import timezone

from courses import services
from courses.models import (
    CourseProgress,
    EnrolmentSource,
    LessonCompletion,
    LessonPage,
    ProgressStatus,
    StepStart,
)
from courses.services import course_completed
from tests.courses.conftest import H5P_DIR, fresh, h5p_body, make_people
from tests.factories import CoursePageFactory, H5PPackageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db

PREVIOUS_FIRST = "Finish the previous step first."


@pytest.fixture(scope="module")
def w(module_db, module_storage):
    people = make_people()
    seq = CoursePageFactory(title="Standardy obsługi", sequential=True)
    lessons = [LessonPageFactory(parent=seq, title=f"Lekcja {i}") for i in (1, 2, 3)]
    draft = LessonPageFactory(parent=seq, title="Szkic", publish=False, live=False)
    follow_up = CoursePageFactory(title="Kurs dla zaawansowanych", sequential=False)
    follow_up.prerequisites.add(seq)
    follow_up.save_revision().publish()
    follow_up_lesson = LessonPageFactory(parent=follow_up, title="Dla zaawansowanych")
    session = CoursePageFactory(title="Z sesją", session_required=True)
    session_lesson = LessonPageFactory(parent=session)
    assigned = CoursePageFactory(title="Tylko z przydziału", self_enrolment=False)
    assigned_lesson = LessonPageFactory(parent=assigned)
    hidden = CoursePageFactory(title="Nieopublikowany", publish=False, live=False)
    hidden_lesson = LessonPageFactory(parent=hidden, publish=False, live=False)
    package = H5PPackageFactory(source=H5P_DIR / "H5P.TrueFalse.h5p")
    open_course = CoursePageFactory(title="Ćwiczenia", sequential=False)
    h5p_lesson = LessonPageFactory(parent=open_course, body=h5p_body(package))
    pages = dict(
        seq=seq,
        lessons=lessons,
        draft=draft,
        follow_up=follow_up,
        follow_up_lesson=follow_up_lesson,
        session=session,
        session_lesson=session_lesson,
        assigned=assigned,
        assigned_lesson=assigned_lesson,
        hidden=hidden,
        hidden_lesson=hidden_lesson,
        open_course=open_course,
        h5p_lesson=h5p_lesson,
    )
    pages = {
        k: [fresh(p) for p in v] if isinstance(v, list) else fresh(v) for k, v in pages.items()
    }
    return SimpleNamespace(people=people, **pages)


@pytest.fixture
def learner(client, w):
    client.force_login(w.people.employee)
    return w.people.employee


@pytest.fixture
def completions_signalled():
    sent = []

    def receiver(sender, user, course, progress, **kwargs):
        sent.append((user.pk, course.pk, progress.status))

    course_completed.connect(receiver)
    yield sent
    course_completed.disconnect(receiver)


def complete(client, lesson, revision=None, *, open_first=True):
    """Mark the lesson finished with its button; by default open it first, as a learner does."""
    if open_first:
        client.get(lesson.url)
    revision = lesson.live_revision_id or "" if revision is None else revision
    return client.post(reverse("lesson_complete", args=[lesson.pk]), {"revision": revision})


def progress_of(user, course):
    return CourseProgress.objects.get(user=user, course=course)


def test_a_text_lesson_is_finished_only_by_the_explicit_post(client, w, learner):
    first, second = w.lessons[0], w.lessons[1]
    page = client.get(first.url)
    assert page.status_code == 200
    assert page.context["needs_explicit_finish"] is True
    assert reverse("lesson_complete", args=[first.pk]) in page.content.decode()
    # Opening the lesson enrols (an open course) and starts it, but finishes nothing.
    progress = progress_of(learner, w.seq)
    assert progress.status == ProgressStatus.IN_PROGRESS and progress.started_at
    assert progress.steps_done == 0 and progress.steps_total == 3
    assert not LessonCompletion.objects.filter(user=learner).exists()

    response = complete(client, first)
    assert response.status_code == 302 and response["Location"] == second.url
    completion = LessonCompletion.objects.get(user=learner, lesson=first)
    assert completion.revision_id == first.live_revision_id
    assert completion.course_id == w.seq.pk
    progress = progress_of(learner, w.seq)
    assert (progress.steps_done, progress.percent, progress.next_step_id) == (1, 33, second.pk)


def test_the_revision_the_learner_saw_is_recorded(client, w, learner):
    first = LessonPage.objects.get(pk=w.lessons[0].pk)
    seen = first.live_revision_id
    client.get(first.url)
    first.intro = "Poprawiony wstęp."
    first.save_revision().publish()
    first = fresh(first)
    assert first.live_revision_id != seen
    assert complete(client, first, revision=seen).status_code == 302
    assert LessonCompletion.objects.get(user=learner, lesson=first).revision_id == seen


def test_a_lesson_with_activities_is_not_finished_by_the_explicit_post(client, w, learner):
    page = client.get(w.h5p_lesson.url)
    assert page.status_code == 200 and page.context["needs_explicit_finish"] is False
    response = complete(client, w.h5p_lesson)
    assert response.status_code == 403
    assert "Finish the activities on this page" in response.content.decode()
    assert not LessonCompletion.objects.filter(user=learner).exists()


def test_a_sequential_course_locks_later_steps_with_a_reason(client, w, learner):
    first, second, third = w.lessons
    outline = client.get(w.seq.url)
    assert outline.status_code == 200
    steps = outline.context["steps"]
    assert [s.page.pk for s in steps] == [first.pk, second.pk, third.pk]  # no draft
    assert [s.locked for s in steps] == [False, True, True]
    assert [s.lock_reason for s in steps] == ["", PREVIOUS_FIRST, PREVIOUS_FIRST]
    html = outline.content.decode()
    assert html.count(PREVIOUS_FIRST) == 2 and html.count('class="lock-reason"') == 2

    locked = client.get(second.url)
    assert locked.status_code == 403
    assert PREVIOUS_FIRST in locked.content.decode()
    assert "This step is locked" in locked.content.decode()
    assert complete(client, second).status_code == 403
    assert not LessonCompletion.objects.filter(user=learner, lesson=second).exists()

    complete(client, first)
    assert client.get(second.url).status_code == 200
    assert client.get(third.url).status_code == 403
    assert [s.locked for s in client.get(w.seq.url).context["steps"]] == [False, False, True]


def test_prerequisites_lock_the_course_steps(client, w, learner):
    outline = client.get(w.follow_up.url)
    assert outline.status_code == 200
    [step] = outline.context["steps"]
    assert step.locked and w.seq.title in step.lock_reason
    assert "Finish the prerequisite courses first" in step.lock_reason
    assert [c.pk for c in outline.context["missing_prerequisites"]] == [w.seq.pk]
    locked = client.get(w.follow_up_lesson.url)
    assert locked.status_code == 403 and w.seq.title in locked.content.decode()
    assert complete(client, w.follow_up_lesson).status_code == 403

    for lesson in w.lessons:
        assert complete(client, lesson).status_code == 302
    assert progress_of(learner, w.seq).status == ProgressStatus.COMPLETED
    assert client.get(w.follow_up_lesson.url).status_code == 200
    assert complete(client, w.follow_up_lesson).status_code == 302
    assert progress_of(learner, w.follow_up).status == ProgressStatus.COMPLETED


def test_completing_all_steps_completes_the_course_once(client, w, learner, completions_signalled):
    for lesson in w.lessons[:2]:
        complete(client, lesson)
    assert progress_of(learner, w.seq).status == ProgressStatus.IN_PROGRESS
    assert completions_signalled == []
    response = complete(client, w.lessons[2])
    assert response.status_code == 302 and response["Location"] == w.seq.url
    progress = progress_of(learner, w.seq)
    assert progress.status == ProgressStatus.COMPLETED
    assert (progress.percent, progress.steps_done, progress.steps_total) == (100, 3, 3)
    assert progress.completed_at is not None and progress.next_step is None
    assert completions_signalled == [(learner.pk, w.seq.pk, ProgressStatus.COMPLETED)]
    # Finishing a step again (or refreshing) does not complete the course a second time.
    complete(client, w.lessons[2])
    services.progress_refresh(user=learner, course=w.seq)
    assert len(completions_signalled) == 1
    home = client.get("/")
    assert "Completed on" in home.content.decode()


def test_a_course_needing_a_session_waits_for_it(
    client, w, learner, completions_signalled, monkeypatch
):
    assert complete(client, w.session_lesson).status_code == 302
    progress = progress_of(learner, w.session)
    assert progress.status == ProgressStatus.AWAITING_SESSION
    assert progress.percent == 100 and progress.completed_at is None
    assert completions_signalled == []
    assert "Attend an internal session" in client.get(w.session.url).content.decode()
    # When the sessions feature says the person attended, the same refresh completes it.
    monkeypatch.setattr(services, "COMPLETION_REQUIREMENTS", [lambda user, course: True])
    services.progress_refresh(user=learner, course=w.session)
    assert progress_of(learner, w.session).status == ProgressStatus.COMPLETED
    assert len(completions_signalled) == 1


def test_progress_and_completions_keep_history(client, w, learner):
    client.get(w.lessons[0].url)
    complete(client, w.lessons[0])
    progress = progress_of(learner, w.seq)
    completion = LessonCompletion.objects.get(user=learner, lesson=w.lessons[0])
    progress_history = CourseProgress.history.filter(id=progress.pk)
    assert progress_history.filter(history_type="+").count() == 1
    assert progress_history.filter(history_type="~").exists()
    assert {h.status for h in progress_history} >= {
        ProgressStatus.NOT_STARTED,
        ProgressStatus.IN_PROGRESS,
    }
    completion_history = LessonCompletion.history.filter(id=completion.pk)
    assert completion_history.filter(history_type="+").count() == 1
    assert completion_history.first().revision_id == w.lessons[0].live_revision_id
    # Changes made in a request are attributed to the person who made them.
    assert completion_history.first().history_user == learner


def test_unpublished_pages_are_hidden(client, w, learner):
    assert client.get(f"{w.seq.url}{w.draft.slug}/").status_code == 404
    assert client.get("/learn/" + w.hidden.slug + "/").status_code == 404
    assert client.get(f"/learn/{w.hidden.slug}/{w.hidden_lesson.slug}/").status_code == 404
    for lesson in (w.draft, w.hidden_lesson):
        assert complete(client, lesson, revision="").status_code == 404
    assert client.post(reverse("course_enrol", args=[w.hidden.pk])).status_code == 404
    assert not LessonCompletion.objects.exists()
    assert not CourseProgress.objects.filter(course=w.hidden).exists()


def test_an_assigned_only_course_is_hidden_until_assigned(client, w, learner):
    assert client.get(w.assigned.url).status_code == 404
    assert client.get(w.assigned_lesson.url).status_code == 404
    assert complete(client, w.assigned_lesson).status_code == 404
    assert client.post(reverse("course_enrol", args=[w.assigned.pk])).status_code == 404
    assert not CourseProgress.objects.filter(course=w.assigned).exists()
    assert w.assigned.title not in client.get(w.seq.get_parent().url).content.decode()

    services.enrol(user=learner, course=w.assigned, source=EnrolmentSource.MANUAL)
    assert client.get(w.assigned.url).status_code == 200
    assert client.get(w.assigned_lesson.url).status_code == 200
    assert complete(client, w.assigned_lesson).status_code == 302
    assert progress_of(learner, w.assigned).status == ProgressStatus.COMPLETED


def test_anonymous_visitors_are_sent_to_sign_in(client, w):
    login = reverse("login")
    for url in ["/", w.seq.get_parent().url, w.seq.url, w.lessons[0].url]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(login), url
    for url in [
        reverse("lesson_complete", args=[w.lessons[0].pk]),
        reverse("course_enrol", args=[w.seq.pk]),
    ]:
        response = client.post(url)
        assert response.status_code == 302 and response["Location"].startswith(login), url
    assert not CourseProgress.objects.exists()


# --- "mark as finished" needs the lesson opened, and its activities finished ---------------

NOT_OPENED = "Open the lesson and go through it before marking it finished."
ACTIVITIES_FIRST = "Finish the activities on this page to complete the lesson."


def test_a_lesson_never_opened_cannot_be_marked_finished(client, w, learner):
    lesson = w.lessons[0]
    response = complete(client, lesson, open_first=False)
    assert response.status_code == 403
    assert NOT_OPENED in response.content.decode()
    assert lesson.url in response.content.decode()  # a link back to the lesson
    assert not LessonCompletion.objects.filter(user=learner).exists()
    # Opening it records when (once) and with which revision; then the button works.
    assert client.get(lesson.url).status_code == 200
    start = StepStart.objects.get(user=learner, step=lesson)
    assert start.revision_id == lesson.live_revision_id and start.course_id == w.seq.pk
    opened_at = start.started_at
    client.get(lesson.url)
    assert StepStart.objects.filter(user=learner, step=lesson).count() == 1
    assert StepStart.objects.get(user=learner, step=lesson).started_at == opened_at
    response = complete(client, lesson, open_first=False)
    assert response["Location"] == w.lessons[1].url
    assert LessonCompletion.objects.filter(user=learner, lesson=lesson).exists()


def test_posting_complete_for_every_lesson_does_not_unlock_the_quiz(client, w, learner):
    """The attack: "complete" for each lesson in turn, without opening any."""
    from tests.factories import QuizPageFactory

    course = CoursePageFactory(title="Z testem", sequential=False)
    lessons = [LessonPageFactory(parent=course) for _ in range(3)]
    quiz = QuizPageFactory(parent=course)
    services.enrol(user=learner, course=course)
    for lesson in lessons:
        response = complete(client, fresh(lesson), open_first=False)
        assert response.status_code == 403
    assert not LessonCompletion.objects.filter(user=learner, course=course).exists()
    response = client.get(fresh(quiz).url)
    assert response.status_code == 403  # still locked: "Finish all lessons before the final quiz."
    assert progress_of(learner, course).steps_done == 0


def test_a_step_start_is_never_changed(w, learner):
    start = services.step_started(user=learner, step=w.lessons[0])
    again = services.step_started(user=learner, step=w.lessons[0])
    assert again.pk == start.pk and again.started_at == start.started_at
    start.started_at = start.started_at.replace(year=2000)
    with pytest.raises(ValueError):
        start.save()
    assert StepStart.objects.get(pk=start.pk).started_at == again.started_at


def test_an_h5p_lesson_is_finished_by_the_button_only_when_every_activity_is(client, w, learner):
    from courses.models import ActivityState, LessonActivity

    package = H5PPackageFactory(source=H5P_DIR / "H5P.TrueFalse.h5p")
    body = h5p_body(package) + h5p_body(package, block_id="act-2", text=False)
    lesson = fresh(LessonPageFactory(parent=w.open_course, body=body))
    assert LessonActivity.objects.filter(lesson=lesson).count() == 2
    client.get(lesson.url)
    ActivityState.objects.create(
        user=learner, lesson=lesson, block_id="act-1", package=package, completed_at=timezone.now()
    )
    response = complete(client, lesson)
    assert response.status_code == 403
    assert ACTIVITIES_FIRST in response.content.decode()
    assert not LessonCompletion.objects.filter(user=learner, lesson=lesson).exists()
    # Once both are finished (say the finishing statement was lost), the button finishes it.
    ActivityState.objects.create(
        user=learner, lesson=lesson, block_id="act-2", package=package, completed_at=timezone.now()
    )
    response = complete(client, lesson)
    assert response.status_code == 302 and response["Location"] != lesson.url
    assert LessonCompletion.objects.filter(user=learner, lesson=lesson).exists()
