"""The lesson shows what changed since the person finished it: the diff of a real seed lesson
by block id, the panel and highlights for those whose completion rests below the newest
material legal change (and nobody else), finishing it again, and the queries it costs."""

import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from assignments import law_change
from content.loader import load_content
from courses import services
from courses.lesson_changes import (
    ADDED,
    EDITED,
    REMOVED,
    UNCHANGED,
    block_fields,
    live_body,
    revision_body,
    stream_diff,
    word_diff,
)
from courses.models import CoursePage, LessonCompletion, LessonPage
from lms.models import Role
from tests.courses.conftest import BLOCK_ID, fresh, h5p_body
from tests.factories import CoursePageFactory, LessonPageFactory, UserFactory

pytestmark = pytest.mark.django_db

CONTENT = Path(__file__).resolve().parents[2] / "content"
SLUG = "prawo-migracyjne"
OLD_WORDS = "Cudzoziemiec, który podchodzi do stanowiska obsługi"
NEW_WORDS = "Cudzoziemiec, który podchodzi do stanowiska obsługi w MOS"
ADDED_TEXT = "<p>Od 27 kwietnia 2026 wnioski składa się wyłącznie w MOS &lt;b&gt;.</p>"
PANEL = "What changed since you finished this lesson on"


@pytest.fixture
def seed(tmp_path):
    """The migration-law course loaded from content/ as seed_demo does, with its first
    lesson, an editor and the leader of a team."""
    root = tmp_path / "content"
    shutil.copytree(CONTENT / "snippets", root / "snippets")
    shutil.copytree(CONTENT / "h5p", root / "h5p")
    shutil.copytree(CONTENT / "courses" / SLUG, root / "courses" / SLUG)
    editor = UserFactory(roles=[Role.EDITOR], is_superuser=True)
    load_content(root, user=editor)
    # The course also asks for an internal session; finishing its steps is enough here.
    CoursePage.objects.filter(slug=SLUG).update(session_required=False)
    course = CoursePage.objects.get(slug=SLUG)
    lesson = LessonPage.objects.child_of(course).order_by("path").first()
    return SimpleNamespace(editor=editor, course=course, lesson=lesson)


def _finish_course(user, course):
    services.enrol(user=user, course=course)
    for step in services.course_steps(course):
        services.step_started(user=user, step=step, course=course)
        services.step_complete(user=user, step=step)


def _edit(lesson):
    """A draft of ``lesson`` with its first text block edited, one block added after it and
    its last block removed. Returns the draft and the ids of those three blocks."""
    lesson = fresh(lesson)
    blocks = [dict(b) for b in live_body(lesson)]
    texts = [i for i, b in enumerate(blocks) if b["type"] == "text"]
    edited = blocks[texts[0]]
    assert OLD_WORDS in edited["value"]
    edited["value"] = edited["value"].replace(OLD_WORDS, NEW_WORDS, 1)
    removed = blocks.pop()
    added = {"type": "text", "value": ADDED_TEXT, "id": "nowy-blok-mos"}
    blocks.insert(texts[0] + 1, added)
    lesson.body = blocks
    revision = lesson.save_revision()
    return revision, SimpleNamespace(edited=edited["id"], added=added["id"], removed=removed["id"])


def _mark(seed, lesson=None, summary="Wnioski wyłącznie przez MOS", capture=None):
    """Publish the edit as a material legal change and process it (the task runs on commit)."""
    lesson = lesson or seed.lesson
    _revision, ids = _edit(lesson)
    with capture(execute=True):
        change = law_change.legal_change_publish(page=lesson, user=seed.editor, summary=summary)
    return change, ids


def _page(client, user, lesson):
    client.force_login(user)
    response = client.get(fresh(lesson).url)
    assert response.status_code == 200
    return response


# --- the diff itself ------------------------------------------------------------------------


def test_the_diff_of_a_real_seed_lesson_reports_exactly_what_was_edited(seed):
    lesson = fresh(seed.lesson)
    old_revision = lesson.live_revision
    draft, ids = _edit(lesson)
    diff = stream_diff(revision_body(old_revision), revision_body(draft))

    assert [c.block_id for c in diff.edited] == [ids.edited]
    assert [c.block_id for c in diff.added] == [ids.added]
    assert [c.block_id for c in diff.removed] == [ids.removed]
    others = [c for c in diff.blocks.values() if c.block_id not in (ids.edited, ids.added)]
    assert others and all(c.status == UNCHANGED for c in others)
    assert diff.has_changes

    (field,) = [f for f in diff.blocks[ids.edited].fields if f.changed]
    assert "<ins> w MOS</ins>" in field.html
    assert "<del>" not in field.html  # words were only put in
    assert OLD_WORDS in field.html.replace("<ins>", "").replace("</ins>", "")
    # The removed block keeps its text, flattened, to be shown struck out.
    assert diff.removed[0].status == REMOVED and diff.removed[0].text
    # Unchanged input gives no change at all.
    same = stream_diff(revision_body(old_revision), revision_body(old_revision))
    assert not same.has_changes and not same.removed


def test_words_taken_out_and_put_in_are_marked_and_content_is_escaped():
    html = word_diff(
        "Wniosek składa się w urzędzie <script>alert(1)</script>.",
        "Wniosek składa się wyłącznie w MOS <img src=x onerror=alert(1)>.",
    )
    assert "<del>urzędzie</del>" in html
    assert "<ins>MOS</ins>" in html and "<ins>wyłącznie </ins>" in html
    assert "<script" not in html and "<img" not in html and "</script" not in html
    assert "&lt;" in html and "&lt;/script&gt;" in html
    # Rich text loses its tags but keeps entities as text, escaped again on output.
    (pair,) = block_fields("text", "<p>Uwaga: &lt;b&gt;pilne&lt;/b&gt; <b>teraz</b></p>")
    assert pair[1] == "Uwaga: <b>pilne</b> teraz"
    assert "&lt;b&gt;" in word_diff("", pair[1])


def test_a_block_only_re_serialised_by_the_admin_is_not_an_edit():
    # Saving a page in the Wagtail admin adds block keys to rich text and writes defaults;
    # the learner reads the same words, so nothing is labelled "Changed".
    old = [
        {"type": "text", "id": "t1", "value": "<p>Wniosek składa się w MOS.</p>"},
        {"type": "callout", "id": "c1", "value": {"kind": "info", "title": "Uwaga", "text": "A"}},
    ]
    new = [
        {
            "type": "text",
            "id": "t1",
            "value": '<p data-block-key="x1">Wniosek składa się w MOS.</p>',
        },
        {
            "type": "callout",
            "id": "c1",
            "value": {"kind": "info", "title": "Uwaga", "text": "A", "extra": None},
        },
    ]
    diff = stream_diff(old, new)
    assert not diff.has_changes
    new[1]["value"]["text"] = "B"
    assert [b.block_id for b in stream_diff(old, new).edited] == ["c1"]


def test_the_words_taken_out_and_those_put_in_read_apart():
    html = word_diff("już weszły w życie", "obowiązują w życie")
    assert "</del> <ins>" in html


def test_long_unchanged_stretches_keep_only_the_words_around_a_change():
    words = [f"słowo{i}" for i in range(60)]
    old, new = " ".join(words), " ".join(words).replace("słowo30", "MOS")
    html = word_diff(old, new, context=5)
    assert "<del>słowo30</del> <ins>MOS</ins>" in html
    assert html.startswith("… słowo25 ") and html.endswith(" słowo35 …")
    assert "słowo24" not in html and "słowo36" not in html
    assert word_diff(old, new).count("słowo") == 60  # without context: all (one struck)


def test_a_changed_lead_is_shown(client, seed, django_capture_on_commit_callbacks):
    person = UserFactory()
    _finish_course(person, seed.course)
    lesson = fresh(seed.lesson)
    lesson.intro = lesson.intro.replace("Lekcja", "Lekcja (po zmianach z 2026 r.)", 1)
    lesson.save_revision()
    with django_capture_on_commit_callbacks(execute=True):
        law_change.legal_change_publish(page=lesson, user=seed.editor, summary="Nowy wstęp")
    response = _page(client, person, seed.lesson)
    redo = response.context["redo"]
    assert redo is not None and not redo.diff.has_changes
    assert "<ins>" in redo.intro_diff and "2026" in redo.intro_diff
    assert "The lead of the lesson changed" in response.content.decode()


def test_struct_blocks_are_compared_field_by_field_with_labels():
    old = [
        {
            "type": "legal_reference",
            "id": "ref",
            "value": {"act": "Ustawa o cudzoziemcach", "article": "art. 105", "note": ""},
        },
        {"type": "key_points", "id": "kp", "value": {"heading": "", "points": ["a", "b"]}},
        {"type": "h5p", "id": "h1", "value": {"package": 1, "instructions": ""}},
        {"type": "h5p", "id": "h2", "value": {"package": 2, "instructions": ""}},
    ]
    new = [
        {
            "type": "legal_reference",
            "id": "ref",
            "value": {"act": "Ustawa o cudzoziemcach", "article": "art. 106", "note": ""},
        },
        {
            "type": "key_points",
            "id": "kp",
            "value": {"heading": "", "points": [{"type": "item", "value": "a", "id": "x"}]},
        },
        {"type": "h5p", "id": "h1", "value": {"package": 3, "instructions": ""}},
        {"type": "h5p", "id": "h3", "value": {"package": 4, "instructions": ""}},
    ]
    diff = stream_diff(old, new, package_titles={1: "Quiz A", 3: "Quiz C", 4: "Quiz D"})
    ref = diff.blocks["ref"]
    assert ref.status == EDITED
    assert [(f.label, f.changed) for f in ref.fields] == [("Act", False), ("Article", True)]
    assert "<del>105</del> <ins>106</ins>" in ref.fields[1].html
    points = diff.blocks["kp"]
    assert points.status == EDITED and "<del>" in points.fields[0].html
    assert diff.blocks["h1"].note == "Activity replaced: Quiz A → Quiz C"
    assert diff.blocks["h3"].status == ADDED and diff.blocks["h3"].note == "Activity added: Quiz D"
    assert [c.note for c in diff.removed] == ["Activity removed."]  # no title known for 2


# --- the lesson page ------------------------------------------------------------------------


def test_completed_on_an_old_revision_sees_the_changes_and_finishes_again(
    client, seed, django_capture_on_commit_callbacks
):
    person = UserFactory()
    _finish_course(person, seed.course)
    change, ids = _mark(seed, capture=django_capture_on_commit_callbacks)
    # Trained on the old text: a law-change assignment, the old completion still counts.
    assert law_change.Assignment.objects.filter(user=person, source="law_change").exists()
    assert LessonCompletion.objects.get(user=person, lesson=seed.lesson).reopened_at is None

    response = _page(client, person, seed.lesson)
    html = response.content.decode()
    assert response.context["redo"] is not None and not response.context["redo"].reopened
    assert response.context["state"].done
    assert PANEL in html
    assert "Updated on" in html and "Wnioski wyłącznie przez MOS" in html  # the change's note
    assert "To redo" in html and ">Finished<" not in html
    assert f'action="{reverse("lesson_complete", args=[seed.lesson.pk])}"' in html
    # The added and edited blocks are marked in the body, with a visible label.
    assert html.count('class="lesson-change lesson-change-added"') == 1
    assert html.count('class="lesson-change lesson-change-edited"') == 1
    assert ">New<" in html and ">Changed<" in html
    # The panel lists them, each a link to the part of the lesson.
    for block_id in (ids.edited, ids.added):
        assert f'href="#change-{block_id}"' in html and f'id="change-{block_id}"' in html
    assert "<ins>" in html
    # The added block's HTML-looking text is escaped as the rich text itself renders it.
    assert "<b>." not in html
    # The removed block is listed, struck out, with its label.
    assert 'class="change-label change-label-removed">Removed<' in html
    assert '<del class="change-removed-text">' in html
    assert 'href="/static/css/lesson_changes.css"' in html

    # Finishing again at the new revision removes the panel and the highlights.
    response = client.post(
        reverse("lesson_complete", args=[seed.lesson.pk]),
        {"revision": fresh(seed.lesson).live_revision_id},
    )
    assert response.status_code == 302
    newest = LessonCompletion.objects.filter(user=person, lesson=seed.lesson).latest("pk")
    assert newest.revision_id == change.revision_id
    assert LessonCompletion.objects.filter(user=person, lesson=seed.lesson).count() == 2
    response = _page(client, person, seed.lesson)
    html = response.content.decode()
    assert response.context["redo"] is None
    assert PANEL not in html and "lesson-change" not in html and "To redo" not in html
    assert "Finished" in html


def test_a_minor_publish_shows_nothing(client, seed):
    person = UserFactory()
    _finish_course(person, seed.course)
    revision, _ids = _edit(seed.lesson)
    revision.publish()
    html = _page(client, person, seed.lesson).content.decode()
    assert PANEL not in html and "lesson-change" not in html and "To redo" not in html
    assert "Finished" in html


def test_a_minor_publish_after_the_redo_shows_nothing(
    client, seed, django_capture_on_commit_callbacks
):
    person = UserFactory()
    _finish_course(person, seed.course)
    _mark(seed, capture=django_capture_on_commit_callbacks)
    services.step_complete(user=person, step=fresh(seed.lesson))  # the redo
    draft = fresh(seed.lesson)
    draft.intro = draft.intro + " Poprawka literówki."
    draft.save_revision().publish()
    response = _page(client, person, seed.lesson)
    assert response.context["redo"] is None
    assert PANEL not in response.content.decode()


def test_completed_on_the_new_revision_or_never_started_sees_nothing(
    client, seed, django_capture_on_commit_callbacks
):
    _mark(seed, capture=django_capture_on_commit_callbacks)
    late = UserFactory()
    _finish_course(late, seed.course)
    never = UserFactory()
    for person in (late, never):
        response = _page(client, person, seed.lesson)
        html = response.content.decode()
        assert response.context["redo"] is None
        assert PANEL not in html and "lesson-change" not in html and "To redo" not in html


def test_reopened_mid_course_sees_the_panel_and_the_form(
    client, seed, django_capture_on_commit_callbacks
):
    person = UserFactory()
    services.enrol(user=person, course=seed.course)
    services.step_started(user=person, step=seed.lesson, course=seed.course)
    services.step_complete(user=person, step=seed.lesson)
    _mark(seed, capture=django_capture_on_commit_callbacks)
    assert LessonCompletion.objects.get(user=person, lesson=seed.lesson).reopened_at is not None

    response = _page(client, person, seed.lesson)
    html = response.content.decode()
    assert response.context["redo"].reopened
    assert PANEL in html and "Wnioski wyłącznie przez MOS" in html
    assert 'class="lesson-change lesson-change-edited"' in html
    assert reverse("lesson_complete", args=[seed.lesson.pk]) in html

    client.post(
        reverse("lesson_complete", args=[seed.lesson.pk]),
        {"revision": fresh(seed.lesson).live_revision_id},
    )
    html = _page(client, person, seed.lesson).content.decode()
    assert PANEL not in html and "lesson-change" not in html


# --- H5P lessons ----------------------------------------------------------------------------


def test_h5p_lesson_shows_the_activities_to_do_again_and_finishing_them_writes_the_redo(
    client, multichoice, django_capture_on_commit_callbacks
):
    editor = UserFactory(roles=[Role.EDITOR], is_superuser=True)
    course = CoursePageFactory(sequential=False)
    lesson = fresh(LessonPageFactory(parent=course, body=h5p_body(multichoice)))
    course = fresh(course)
    person = UserFactory()
    services.enrol(user=person, course=course)
    services.step_started(user=person, step=lesson, course=course)
    services.activity_finished(user=person, lesson=lesson, block_id=BLOCK_ID)
    assert LessonCompletion.objects.filter(user=person, lesson=lesson).count() == 1
    before = _page(client, person, lesson).context
    assert before["activities_done"] == 1 and before["redo"] is None

    draft = fresh(lesson)
    body = list(live_body(draft))
    body[0] = {**body[0], "value": "<p>Przeczytaj nowe przepisy i odpowiedz.</p>"}
    draft.body = body
    draft.save_revision()
    with django_capture_on_commit_callbacks(execute=True):
        change = law_change.legal_change_publish(page=draft, user=editor, summary="Nowe przepisy")

    context = _page(client, person, lesson).context
    assert context["redo"] is not None
    assert context["activities_done"] == 0
    assert [p["done"] for p in context["players"]] == [False]
    assert context["player_config"]["players"][0]["done"] is False
    html = _page(client, person, lesson).content.decode()
    assert "To redo" in html and "Activities finished: 0 of 1" in html

    # The activity's statement arrives again: the redo is written at the new revision.
    services.activity_finished(
        user=person, lesson=fresh(lesson), block_id=BLOCK_ID, revision_id=change.revision_id
    )
    newest = LessonCompletion.objects.filter(user=person, lesson=lesson).latest("pk")
    assert newest.revision_id == change.revision_id
    context = _page(client, person, lesson).context
    assert context["redo"] is None and context["activities_done"] == 1


# --- queries --------------------------------------------------------------------------------


def _sql(client, user, lesson):
    client.force_login(user)
    url = fresh(lesson).url
    assert client.get(url).status_code == 200  # warm the caches
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return [q["sql"] for q in ctx.captured_queries]


def _touching(sql, *tables):
    return [q for q in sql if any(f'"{table}"' in q for table in tables)]


def test_queries_none_extra_without_a_redo_at_most_two_for_the_diff(
    client, seed, django_capture_on_commit_callbacks
):
    trained, on_live, never = UserFactory(), UserFactory(), UserFactory()
    _finish_course(trained, seed.course)
    _mark(seed, capture=django_capture_on_commit_callbacks)
    _finish_course(on_live, seed.course)

    plain = {}
    for name, person in (("on_live", on_live), ("never", never)):
        plain[name] = _sql(client, person, seed.lesson)
        # Neither the floor (legal changes) nor an old revision is read.
        assert not _touching(plain[name], "assignments_legalchange", "wagtailcore_revision")

    with_diff = _sql(client, trained, seed.lesson)
    notes = _touching(with_diff, "assignments_legalchange")
    floor_and_revision = _touching(with_diff, "wagtailcore_revision") + [
        q for q in notes if "MAX(" in q.upper()
    ]
    assert len(floor_and_revision) == 2, "\n".join(with_diff)
    # The page otherwise costs what it costs the person who finished on the live revision;
    # the change notes (legal_change_notes, one query for someone with an assignment) aside.
    notes_only = [q for q in notes if "MAX(" not in q.upper()]
    assert len(with_diff) - len(floor_and_revision) - len(notes_only) <= len(plain["on_live"]), (
        "\n".join(with_diff)
    )
    assert len(notes_only) <= 1

    # After finishing again, nothing extra is read.
    client.post(
        reverse("lesson_complete", args=[seed.lesson.pk]),
        {"revision": fresh(seed.lesson).live_revision_id},
    )
    after = _sql(client, trained, seed.lesson)
    assert not _touching(after, "wagtailcore_revision")
