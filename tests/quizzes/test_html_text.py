"""GIFT's [html] question texts are kept as cleaned HTML and shown as HTML; plain and
markdown texts are shown as text. Scripts and event handlers never survive."""

import re

import pytest
from django.urls import reverse

from quizzes import formats, services
from quizzes.bank import category_for_path, question_from_dict
from quizzes.html import clean_html, html_to_text
from quizzes.models import Question

from .test_bank import ADD_URL, choice, question_form

pytestmark = pytest.mark.django_db

HOSTILE = (
    '<p onclick="alert(1)">Wybierz <b>jedną</b> odpowiedź<script>alert(2)</script>'
    '<img src="x" onerror="alert(3)"><a href="javascript:alert(4)">link</a>'
    '<a href="https://www.gov.pl/web/udsc">UDSC</a><style>p{}</style>'
    '<iframe src="https://example.com"></iframe><svg onload="alert(5)"></svg></p>'
)
ESCAPED = HOSTILE.replace("{", "\\{").replace("}", "\\}")  # GIFT specials
GIFT = (
    f"::HTML:: [html]{ESCAPED} {{\n\t=[html]<i>Tak</i> #[html]<b>Dobrze</b>\n\t~Nie\n}}\n\n"
    "::Plain:: Czy <b>to</b> jest pogrubione? {T}\n\n"
    "::Markdown:: [markdown]Czy **to** i <i>to</i> zostanie? {F}\n"
)


def main(page):
    return re.search(r"<main.*?</main>", page, re.S).group()


def assert_harmless(html):
    lowered = html.lower()
    for bad in ("<script", "alert(", "onclick", "onerror", "onload", "javascript:", "<iframe",
                "<img", "<style", "<svg"):  # fmt: skip
        assert bad not in lowered, bad


def test_the_cleaner_keeps_formatting_and_drops_everything_active():
    cleaned = clean_html(HOSTILE)
    assert "<b>jedną</b>" in cleaned
    assert '<a href="https://www.gov.pl/web/udsc" rel="noopener noreferrer">UDSC</a>' in cleaned
    assert_harmless(cleaned)
    assert clean_html(cleaned) == cleaned
    assert html_to_text("<p>A &amp; <b>B</b></p><script>x</script>") == "A & B"


def test_gift_keeps_html_texts_as_cleaned_html_and_the_rest_as_text():
    html_q, plain_q, markdown_q = formats.parse_gift(GIFT).questions

    assert html_q["text_format"] == "html"
    assert html_q["text"] == clean_html(HOSTILE)
    assert_harmless(html_q["text"])
    assert html_q["choices"][0]["text"] == "Tak"  # an [html] answer becomes its text
    assert html_q["choices"][0]["feedback"] == "Dobrze"
    assert "text_format" not in plain_q
    assert plain_q["text"] == "Czy <b>to</b> jest pogrubione?"
    assert "text_format" not in markdown_q
    assert markdown_q["text"] == "Czy **to** i <i>to</i> zostanie?"


def test_an_untitled_html_question_is_named_by_its_text():
    (question,) = formats.parse_gift("[html]<p>Ile <b>dni</b> na odwołanie?</p> {=14}").questions
    assert question["name"] == "Ile dni na odwołanie?"


def test_html_questions_round_trip_through_gift():
    questions = formats.parse_gift(GIFT).questions
    exported = formats.export_gift(questions)
    assert "::HTML:: [html]<p>Wybierz" in exported
    assert formats.parse_gift(exported).questions == questions


@pytest.fixture
def imported(category):
    result = formats.parse_gift(GIFT)
    return [
        question_from_dict(data, category=category_for_path("HTML")) for data in result.questions
    ]


def test_the_learner_sees_html_as_html_and_plain_text_as_text(
    client, learner, make_quiz, finish_lessons, imported, public_views, answer_for
):
    html_q, plain_q, markdown_q = imported
    assert html_q.text_format == "html" and plain_q.text_format == "plain"
    quiz = make_quiz(imported)
    finish_lessons(learner)
    client.force_login(learner)
    attempt = services.attempt_start(user=learner, quiz=quiz)

    page = client.get(reverse("attempt_take", args=[attempt.pk])).content.decode()

    assert "Wybierz <b>jedną</b> odpowiedź" in page
    assert '<div class="question-text" id="q1-text"><p>Wybierz' in page
    assert 'aria-describedby="q1-text"' in page
    assert "Czy &lt;b&gt;to&lt;/b&gt; jest pogrubione?" in page
    assert "Czy **to** i &lt;i&gt;to&lt;/i&gt; zostanie?" in page
    assert_harmless(main(page))

    summary = client.get(reverse("attempt_summary", args=[attempt.pk])).content.decode()
    assert "Wybierz jedną odpowiedź" in summary
    assert "&lt;p" not in summary and "<b>jedną" not in summary

    for position, (view, snapshot) in public_views(attempt).items():
        services.attempt_save_answer(
            attempt_id=attempt.pk, user=learner, position=position, raw=answer_for(view, snapshot)
        )
    services.attempt_submit(attempt=attempt)
    review = client.get(reverse("attempt_review", args=[attempt.pk])).content.decode()
    assert "Wybierz <b>jedną</b> odpowiedź" in review
    assert "Czy &lt;b&gt;to&lt;/b&gt; jest pogrubione?" in review
    assert_harmless(main(review))


def test_an_editor_saving_html_gets_it_cleaned(client, editor, category):
    client.force_login(editor)
    data = question_form(
        category,
        "single",
        [choice("Tak", True), choice("Nie")],
        text=HOSTILE,
        text_format="html",
    )
    assert client.post(reverse(ADD_URL), data).status_code == 302

    question = Question.objects.get()
    assert question.text == clean_html(HOSTILE)
    assert_harmless(question.text)
    assert question.versions.get().snapshot["text_format"] == "html"
    assert "wybierz jedna odpowiedz" in question.search_text
    assert not re.search(r"<|onclick", question.search_text)
