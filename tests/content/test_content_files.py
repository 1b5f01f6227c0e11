"""Every course under content/courses/ is well-formed, and the reader reports bad files
with their file and line (content/README.md is the format's reference)."""

import re
from collections import Counter

import pytest

from content.loader import ContentError, read_tree
from content.loader.parse import LEGAL_REVIEW_PREFIX, read_course

from .conftest import CONTENT, COURSE_DIRS

SNIPPETS = CONTENT / "snippets"


@pytest.fixture(params=COURSE_DIRS, ids=[p.name for p in COURSE_DIRS])
def course(request):
    return read_course(request.param, SNIPPETS)


def test_there_are_courses():
    assert len(COURSE_DIRS) >= 3


def test_every_lesson_has_blocks_and_every_scenario_one_best_answer(course):
    for lesson in course.lessons:
        assert lesson.body, lesson.path
        assert lesson.title and lesson.estimated_minutes >= 1, lesson.path
        for block in lesson.body:
            if block["type"] == "scenario":
                best = [a for a in block["value"]["answers"] if a["good"]]
                assert len(best) == 1, (lesson.path, block["value"]["title"])
                assert all(a["explanation"] for a in block["value"]["answers"])


def test_every_course_has_a_final_quiz_of_15_questions_of_four_types(course):
    assert course.quiz, f"{course.slug} has no quiz in course.yaml"
    assert len(course.questions) >= 15, (course.slug, len(course.questions))
    kinds = Counter(q.data["type"] for q in course.questions)
    assert len(kinds) >= 4, (course.slug, kinds)
    assert course.quiz["draw"] <= len(course.questions)
    lessons = {lesson.slug for lesson in course.lessons}
    assert {q.lesson for q in course.questions} <= lessons


def test_the_quiz_intro_names_the_number_drawn(course):
    """An intro that counts questions counts the drawn ones, not the bank."""
    for number in re.findall(r"(\d+)\s+(?:pyta|standard)", course.quiz["intro"]):
        assert int(number) == course.quiz["draw"], (course.slug, course.quiz["intro"])


def test_every_legal_lesson_has_a_legal_content_date(course):
    for lesson in course.lessons:
        if lesson.teaches_law or course.values["area"] == "migration_law":
            assert lesson.legal_content_date, lesson.path
            assert course.values["legal_content_date"], course.path
            assert lesson.legal_content_date <= course.values["legal_content_date"], lesson.path


def test_legal_review_points_are_warnings(course):
    for lesson in course.lessons:
        for block in lesson.body:
            if block["type"] == "callout" and block["value"]["title"].startswith(
                LEGAL_REVIEW_PREFIX
            ):
                assert block["value"]["kind"] == "warning", lesson.path


def test_short_answers_and_choices_have_feedback(course):
    for question in course.questions:
        data = question.data
        if data["type"] in ("single", "multiple"):
            assert all(c["feedback"] for c in data["choices"]), question.name
        if data["type"] == "truefalse":
            assert data["feedback_true"] and data["feedback_false"], question.name


# --- the reader's errors ---------------------------------------------------------------------

LESSON = """---
slug: proba
title: Próba
minutes: 5
---

Tekst lekcji.

{block}
"""

COURSE_YAML = """slug: kurs
title: Kurs
area: other
summary: Krótko.
estimated_minutes: 10
"""


def write_course(tmp_path, block="", lesson=None, course_yaml=COURSE_YAML, gift=None):
    folder = tmp_path / "courses" / "kurs"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "course.yaml").write_text(course_yaml, "utf-8")
    (folder / "01-proba.md").write_text(lesson or LESSON.format(block=block), "utf-8")
    if gift is not None:
        (folder / "quiz.gift").write_text(gift, "utf-8")
    return tmp_path


def error_of(tmp_path) -> ContentError:
    with pytest.raises(ContentError) as caught:
        read_tree(tmp_path)
    return caught.value


SCENARIO_TWO_BEST = """::: scenario
title: Dwie najlepsze
client_says: Dzień dobry.
answers:
  - text: A
    best: true
    explanation: Tak.
  - text: B
    best: true
    explanation: Też tak.
:::"""


@pytest.mark.parametrize(
    ("block", "message", "line"),
    [
        (SCENARIO_TWO_BEST, "exactly one answer must have 'best: true' (found 2)", 9),
        ("::: quiz\nx: 1\n:::", "unknown block 'quiz'", 9),
        ("::: callout\ntitle: Bez końca\ntext: x\n", "is not closed by ':::'", 9),
        ("::: callout\ntitle: [zły\n:::", "YAML", 11),
        ("::: callout\ntitle: T\ntext: x\ncolour: red\n:::", "unknown field(s) colour", 9),
        ("::: include brak\n:::", "no snippet content/snippets/brak.md", 9),
        ("# Tytuł", "use ## or ###", 9),
        ("```\nkod\n```", "Markdown fence is not allowed", 9),
        ("> cytat", "Markdown blockquote_open is not allowed", 9),
        ("Zob. `kod` i ![obraz](a.png).", "Markdown code_inline is not allowed", 9),
        ("::: legal_reference\nact: KPA\n:::", "'status_as_of' is required", 9),
    ],
)
def test_a_bad_lesson_is_reported_with_its_file_and_line(tmp_path, block, message, line):
    error = error_of(write_course(tmp_path, block))
    assert error.path.name == "01-proba.md"
    assert message in error.message
    assert error.line == line, str(error)


def test_a_lesson_that_teaches_law_needs_its_date(tmp_path):
    block = "::: legal_reference\nact: KPA\nstatus_as_of: 2026-12-01\n:::"
    error = error_of(write_course(tmp_path, block))
    assert "legal_content_date" in error.message


def test_a_gift_error_names_the_line(tmp_path):
    course_yaml = COURSE_YAML + "quiz:\n  slug: test\n  title: Test\n  draw: 1\n"
    gift = "// lesson: proba\n::Dobre:: Pytanie? {T}\n\n// lesson: proba\n::Złe:: Pytanie {=a ~b\n"
    error = error_of(write_course(tmp_path, course_yaml=course_yaml, gift=gift))
    assert error.path.name == "quiz.gift"
    assert error.line == 5
    assert "closing }" in error.message


def test_a_gift_question_needs_its_lesson(tmp_path):
    course_yaml = COURSE_YAML + "quiz:\n  slug: test\n  title: Test\n  draw: 1\n"
    error = error_of(write_course(tmp_path, course_yaml=course_yaml, gift="::A:: Zdanie. {T}\n"))
    assert "// lesson:" in error.message


def test_short_answer_options_in_comments(tmp_path):
    course_yaml = COURSE_YAML + "quiz:\n  slug: test\n  title: Test\n  draw: 1\n"
    gift = "// lesson: proba\n// ignore_diacritics: true\n::Krótka:: Jak? {=źle =zle}\n"
    [course] = read_tree(write_course(tmp_path, course_yaml=course_yaml, gift=gift))
    [question] = course.questions
    assert question.data["type"] == "short" and question.data["ignore_diacritics"] is True
    assert question.lesson == "proba"


def test_the_snippet_fills_in_the_lesson_date(tmp_path):
    lesson = LESSON.replace("minutes: 5", "minutes: 5\nlegal_content_date: 2026-12-01").format(
        block="::: include legal-review\nnote: Dopisek.\n:::"
    )
    root = write_course(tmp_path, lesson=lesson)
    (root / "snippets").mkdir()
    (root / "snippets" / "legal-review.md").write_text(
        (SNIPPETS / "legal-review.md").read_text("utf-8"), "utf-8"
    )
    [course] = read_tree(root)
    callout = course.lessons[0].body[-1]
    assert callout["type"] == "callout" and callout["value"]["kind"] == "warning"
    assert "1 grudnia 2026 r." in callout["value"]["text"]
    assert callout["value"]["text"].endswith("Dopisek.")
    assert "{{" not in callout["value"]["text"]


def test_markdown_becomes_the_rich_text_the_editor_uses(tmp_path):
    lesson = LESSON.format(block="## Nagłówek\n\n- **jeden**\n- *dwa* [link](https://gov.pl)")
    [course] = read_tree(write_course(tmp_path, lesson=lesson))
    [text] = course.lessons[0].body
    assert text["value"] == (
        "<p>Tekst lekcji.</p><h2>Nagłówek</h2><ul><li><strong>jeden</strong></li>"
        '<li><em>dwa</em> <a href="https://gov.pl">link</a></li></ul>'
    )


@pytest.mark.parametrize("value", ["31-02", "1-13", "31 stycznia", "0-1"])
def test_a_yearly_recertification_date_must_be_a_real_day(tmp_path, value):
    error = error_of(write_course(tmp_path, course_yaml=COURSE_YAML + f"recertify_by: {value}\n"))
    assert "'recertify_by' is a day of the year as DD-MM" in error.message


def test_the_recertification_policy_is_read(tmp_path):
    course_yaml = COURSE_YAML + "recertify_by: 31-01\nrecertification_window_days: 45\n"
    [course] = read_tree(write_course(tmp_path, course_yaml=course_yaml))
    assert course.values["recertify_by_day"] == 31 and course.values["recertify_by_month"] == 1
    assert course.values["recertification_window_days"] == 45
    assert course.values["issues_certificate"] is True
