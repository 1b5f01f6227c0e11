"""manage.py load_content on a real database: creates, changes nothing twice, updates only
the page whose file changed, keeps admin edits unless forced."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from content.loader import load_content
from courses.models import CoursePage, LessonPage
from lms.models import Role
from quizzes import grading
from quizzes.models import Question, QuestionVersion, QuizPage
from tests.factories import CoursePageFactory, QuizPageFactory, UserFactory

from .conftest import COURSE_DIRS

pytestmark = pytest.mark.django_db

SLUG = "obsluga-miedzykulturowa"
LESSON_FILE = "02-bariery-jezykowe.md"


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "questions": Question.objects.count(),
        "versions": QuestionVersion.objects.count(),
    }


def lesson(slug="bariery-jezykowe") -> LessonPage:
    return LessonPage.objects.get(slug=slug, depth=4)


def edit_file(root, name, old, new):
    path = root / "courses" / SLUG / name
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


@pytest.fixture
def loaded(content_copy):
    root = content_copy(SLUG)
    editor = UserFactory(email="redaktor@example.gov.pl", roles=[Role.EDITOR])
    report = load_content(root, user=editor)
    return root, editor, report


def test_first_load_creates_the_course_its_lessons_and_quiz(loaded):
    root, editor, report = loaded
    course = CoursePage.objects.get(slug=SLUG)
    steps = list(course.get_children().live().specific().order_by("path"))
    files = sorted((root / "courses" / SLUG).glob("[0-9][0-9]-*.md"))
    assert [s.slug for s in steps[:-1]] == [f.stem[3:] for f in files]
    assert isinstance(steps[-1], QuizPage)
    assert len(report.created) == 1 + len(files) + 1 and not report.conflicts
    for step in steps:
        assert step.live_revision.user == editor
        assert not step.has_unpublished_changes
    for step in steps[:-1]:
        assert len(step.body) > 0
        step.body.render_as_block()
    [section] = steps[-1].sections
    questions = Question.objects.filter(section.value["category"].subtree_q())
    assert report.questions_created == questions.count() >= 15
    assert section.value["count"] == 15
    for question in questions:
        snapshot = question.versions.get().snapshot
        assert grading.grade(snapshot, grading.correct_response(snapshot)).fraction == 1
        assert question.lessons.exists(), question.name


def test_second_load_changes_nothing(loaded):
    root, editor, _ = loaded
    before = counts()
    report = load_content(root, user=editor)
    assert counts() == before
    assert not report.changed and not report.conflicts
    steps = CoursePage.objects.get(slug=SLUG).get_children().count()
    assert len(report.unchanged) == 1 + steps


def test_a_changed_file_makes_one_new_revision_of_that_page_only(loaded):
    root, editor, _ = loaded
    before = counts()
    page = lesson()
    old_revision = page.live_revision_id
    edit_file(root, LESSON_FILE, "## ", "## Zmieniony nagłówek: ")
    report = load_content(root, user=editor)
    assert report.updated == [f"lesson {SLUG}/bariery-jezykowe"]
    assert counts() == {**before, "revisions": before["revisions"] + 1}
    page = lesson()
    assert page.live_revision_id != old_revision
    assert page.live_revision.user == editor
    assert "Zmieniony nagłówek" in str(page.body)
    ids_before = [
        b["id"] for b in json.loads(Revision.objects.get(pk=old_revision).content["body"])
    ]
    assert [b.id for b in page.body] == ids_before  # block ids survive the update


def test_an_admin_edit_is_reported_and_kept_and_force_overwrites(loaded):
    root, editor, _ = loaded
    page = lesson()
    page.intro = "Wstęp poprawiony w panelu."
    admin = UserFactory(email="inna.redaktorka@example.gov.pl", roles=[Role.EDITOR])
    page.save_revision(user=admin).publish(user=admin)
    edit_file(root, LESSON_FILE, "intro: >-\n  ", "intro: >-\n  Nowy wstęp z pliku. ")

    before = counts()
    report = load_content(root, user=editor)
    [conflict] = report.conflicts
    assert "bariery-jezykowe" in conflict and "--force" in conflict
    assert counts() == before
    page = lesson()
    assert page.intro == "Wstęp poprawiony w panelu."
    assert page.live_revision.user == admin

    report = load_content(root, user=editor, force=True)
    assert report.updated == [f"lesson {SLUG}/bariery-jezykowe"] and not report.conflicts
    page = lesson()
    assert page.intro.startswith("Nowy wstęp z pliku.")
    assert page.live_revision.user == editor
    assert not load_content(root, user=editor).changed  # and it is in step again


def test_an_admin_edit_with_the_file_unchanged_is_kept_quietly(loaded):
    root, editor, _ = loaded
    page = lesson()
    page.title = "Bariery językowe (wersja z panelu)"
    page.save_revision().publish()
    report = load_content(root, user=editor)
    assert not report.conflicts and not report.changed
    assert report.kept == [f"lesson {SLUG}/bariery-jezykowe"]
    assert lesson().title == "Bariery językowe (wersja z panelu)"


def test_a_changed_question_gets_a_new_version_and_bank_edits_conflict(loaded):
    root, editor, _ = loaded
    gift = root / "courses" / SLUG / "quiz.gift"
    text = gift.read_text("utf-8")
    start = text.index("::", text.index("// lesson:"))
    name = text[start + 2 : text.index("::", start + 2)]
    question = Question.objects.get(name=name)
    version = question.versions.get()
    gift.write_text(text.replace("#", "#Uwaga: ", 1), "utf-8")
    report = load_content(root, user=editor)
    assert report.questions_updated == 1 and report.questions_created == 0
    question.refresh_from_db()
    assert question.versions.count() == 1  # never asked: the version is brought up to date
    assert question.versions.get().pk == version.pk
    assert "Uwaga: " in str(question.versions.get().snapshot)

    question.general_feedback = "Objaśnienie z banku pytań."
    question.save()
    gift.write_text(gift.read_text("utf-8").replace("#Uwaga: ", "#Uwaga! ", 1), "utf-8")
    report = load_content(root, user=editor)
    assert report.questions_updated == 0
    assert any(name in c for c in report.conflicts)
    question.refresh_from_db()
    assert question.general_feedback == "Objaśnienie z banku pytań."


def test_a_new_lesson_file_is_put_in_its_place(loaded):
    root, editor, _ = loaded
    folder = root / "courses" / SLUG
    text = (folder / LESSON_FILE).read_text("utf-8")
    text = text.replace("slug: bariery-jezykowe", "slug: nowa-lekcja", 1)
    (folder / "00-nowa-lekcja.md").write_text(text, "utf-8")
    report = load_content(root, user=editor)
    assert report.created == [f"lesson {SLUG}/nowa-lekcja"]
    course = CoursePage.objects.get(slug=SLUG)
    slugs = [p.slug for p in course.get_children().order_by("path")]
    assert slugs[:3] == ["nowa-lekcja", "pierwszy-kontakt", "bariery-jezykowe"]
    assert slugs[-1] == "test-koncowy"


def test_the_command_reports_bad_content_and_writes_nothing(content_copy):
    root = content_copy(SLUG)
    edit_file(root, "03-kultura-religia-prywatnosc.md", "best: true", "best: false")
    with pytest.raises(CommandError, match=r"Nothing was loaded.*03-kultura.*exactly one"):
        call_command("load_content", str(root), stdout=io.StringIO())
    assert not CoursePage.objects.exists()
    assert not Question.objects.exists()


def test_the_command_loads_and_names_the_author(content_copy):
    root = content_copy(SLUG)
    editor = UserFactory(email="redaktor@example.gov.pl", roles=[Role.EDITOR])
    out = io.StringIO()
    call_command("load_content", str(root), "--user", "REDAKTOR@example.gov.pl", stdout=out)
    assert "0 conflicts" in out.getvalue() and "Content loaded" in out.getvalue()
    assert lesson().live_revision.user == editor
    with pytest.raises(CommandError, match="No user"):
        call_command("load_content", str(root), "--user", "nikt@example.gov.pl")


@pytest.mark.parametrize("folder", COURSE_DIRS, ids=[p.name for p in COURSE_DIRS])
def test_every_course_in_content_loads_and_renders(folder):
    report = load_content(folder)
    assert not report.conflicts
    course = CoursePage.objects.get(slug=folder.name)
    for step in course.get_children().live().specific():
        if isinstance(step, LessonPage):
            step.body.render_as_block()


def test_pages_not_made_by_the_loader_are_kept_with_their_bank(content_copy):
    """A course made by hand (or by an older seed) is not taken over without --force."""
    root = content_copy(SLUG)
    course = CoursePageFactory(slug=SLUG, title="Kurs z panelu")
    quiz = QuizPageFactory(parent=course, slug="test-koncowy", title="Test z panelu")
    report = load_content(root)
    assert any(f"course {SLUG}" in c for c in report.conflicts)
    assert any(f"quiz {SLUG}/test-koncowy" in c for c in report.conflicts)
    assert CoursePage.objects.get(pk=course.pk).title == "Kurs z panelu"
    assert QuizPage.objects.get(pk=quiz.pk).title == "Test z panelu"
    assert not Question.objects.exists()

    report = load_content(root, force=True)
    assert (
        CoursePage.objects.get(pk=course.pk).title == "Obsługa klienta z innego kręgu kulturowego"
    )
    assert Question.objects.count() == report.questions_created >= 15


def test_a_question_left_in_the_bank_but_not_in_the_files_is_reported(loaded):
    root, editor, _ = loaded
    gift = root / "courses" / SLUG / "quiz.gift"
    text = gift.read_text("utf-8")
    start = text.index("// lesson:")
    end = text.index("\n}\n", start) + 3
    name_start = text.index("::", start) + 2
    name = text[name_start : text.index("::", name_start)]
    gift.write_text(text[:start] + text[end:], "utf-8")
    report = load_content(root, user=editor)
    assert any(repr(name) in note and "not in the content files" in note for note in report.notes)
    assert Question.objects.filter(name=name).exists()  # reported, never deleted


def test_the_admin_shows_and_reverts_loaded_revisions(loaded, client):
    """The loader's marker in a revision's content does not get in Wagtail's way."""
    root, editor, _ = loaded
    edit_file(root, LESSON_FILE, "## ", "## Nowa wersja: ")
    load_content(root, user=editor)
    page = lesson()
    old, new = page.revisions.order_by("created_at", "pk")
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    for url in (
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/{page.pk}/history/",
        f"/admin/pages/{page.pk}/revisions/compare/{old.pk}...{new.pk}/",
    ):
        assert client.get(url).status_code == 200, url
    assert "Nowa wersja" not in str(old.as_object().body)
    assert "Nowa wersja" in str(new.as_object().body)
