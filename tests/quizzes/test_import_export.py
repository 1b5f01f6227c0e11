"""GIFT through the database: import in the admin (preview, then confirm), export the
category, parse again: the same questions. Problems are listed by line before anything
is saved."""

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lms.models import Role
from quizzes import formats, services
from quizzes.admin_views import SESSION_KEY
from quizzes.bank import question_to_dict
from quizzes.models import Question, QuestionCategory
from tests.factories import QuestionCategoryFactory, QuestionFactory, UserFactory

pytestmark = pytest.mark.django_db

GIFT = """\
// Kadra: a small bank for the round trip
$CATEGORY: Prawo/KPA

::Organ::Who decides on a temporary residence permit? {
\t=The voivode #Yes.
\t~The mayor #No.
\t~The border guard
\t####Art. 98 of the Act on foreigners.
}

::Dokumenty::Which documents prove identity? {
\t~%50%Passport
\t~%50%Residence card
\t~%-100%Library card #Never.
}

::Jezyk::A foreigner may file the application in English. {FALSE#Polish only.#Right.}

::Formularze::Match the form to its purpose. {
\t=Form A -> Work permit
\t=Form B -> Residence
\t=Form C -> Visa
}

::Skrot::Which code regulates administrative procedure? {
\t=KPA #Yes.
\t=%50%Kodeks #Half a mark.
\t=%0%KPC #That is civil procedure.
}

::Esej::Describe your office. {}

::Liczba::How many days are there to appeal? {#14}

::Zepsute::This one has a bad weight {
\t=%abc%Yes
\t~No
}

::Bez odpowiedzi::No correct answer here {
\t~A
\t~B
}

$CATEGORY: Prawo/KPA/Terminy
::Termin::An appeal is lodged within 14 days. {T}
"""
GOOD = ["Organ", "Dokumenty", "Jezyk", "Formularze", "Skrot", "Termin"]


def line_of(text, needle):
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def upload(client, text, **fields):
    data = {"format": "gift", "file": SimpleUploadedFile("bank.gift.txt", text.encode()), **fields}
    return client.post(reverse("quizzes_import"), data)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def test_preview_lists_questions_errors_with_lines_and_skipped_types(editor_client):
    response = upload(editor_client, GIFT)

    assert response.status_code == 200
    result = response.context["result"]
    assert [q["name"] for q in result.questions] == GOOD
    assert [(e.line, e.question_name) for e in result.errors] == [
        (line_of(GIFT, "::Zepsute::"), "Zepsute"),
        (line_of(GIFT, "::Bez odpowiedzi::"), "Bez odpowiedzi"),
    ]
    assert [(s.line, s.question_name) for s in result.skipped] == [
        (line_of(GIFT, "::Esej::"), "Esej"),
        (line_of(GIFT, "::Liczba::"), "Liczba"),
    ]
    html = response.content.decode()
    assert "Preview (nothing has been saved yet)" in html
    assert "6 questions ready, 2 with errors, 2 skipped." in html
    assert f"line {line_of(GIFT, '::Zepsute::')}: Bad percentage %abc%" in html
    assert f"line {line_of(GIFT, '::Bez odpowiedzi::')}: No correct answer" in html
    assert f"line {line_of(GIFT, '::Esej::')}: Essay questions are not supported." in html
    assert f"line {line_of(GIFT, '::Liczba::')}: Numerical questions are not supported." in html
    assert not Question.objects.exists()  # nothing saved before the confirmation


def test_round_trip_through_the_database(editor_client):
    preview = upload(editor_client, GIFT)
    assert SESSION_KEY in editor_client.session
    response = editor_client.post(
        reverse("quizzes_import"), {"confirm": "1", "digest": preview.context["digest"]}
    )

    assert response.status_code == 302
    assert response.url == reverse("wagtailsnippets_quizzes_question:list")
    assert SESSION_KEY not in editor_client.session
    assert sorted(Question.objects.values_list("name", flat=True)) == sorted(GOOD)
    kpa = QuestionCategory.objects.get(name="Prawo/KPA")
    assert Question.objects.get(name="Termin").category.name == "Prawo/KPA/Terminy"
    assert all(q.versions.count() == 1 for q in Question.objects.all())

    export = editor_client.get(reverse("quizzes_export"), {"category": kpa.pk})

    assert export.status_code == 200
    assert export["Content-Type"] == "text/plain; charset=utf-8"
    assert 'filename="prawokpa.gift.txt"' in export["Content-Disposition"]
    assert "X-Kadra-Skipped" not in export
    exported = export.content.decode()
    again = formats.parse_gift(exported)
    assert again.errors == [] and again.skipped == []
    assert again.questions == formats.parse_gift(GIFT).questions
    skrot = next(q for q in again.questions if q["name"] == "Skrot")
    assert [a["fraction"] for a in skrot["answers"]] == [1.0, 0.5, 0.0]


def test_confirm_needs_the_previewed_file(editor_client):
    upload(editor_client, GIFT)
    response = editor_client.post(reverse("quizzes_import"), {"confirm": "1", "digest": "forged"})
    assert response.status_code == 302
    assert response.url == reverse("quizzes_import")
    assert not Question.objects.exists()


def test_questions_without_a_category_go_to_the_chosen_one(editor_client):
    target = QuestionCategoryFactory(name="Obsługa klienta")
    text = "::Powitanie::Greet the client first. {T}\n"
    preview = upload(editor_client, text, category=target.pk)
    editor_client.post(
        reverse("quizzes_import"), {"confirm": "1", "digest": preview.context["digest"]}
    )
    assert Question.objects.get(name="Powitanie").category == target


def test_aiken_import(editor_client):
    text = "Which office decides?\nA. The voivode\nB. The mayor\nANSWER: A\n"
    preview = upload(editor_client, text, format="aiken")
    assert [q["type"] for q in preview.context["result"].questions] == ["single"]
    editor_client.post(
        reverse("quizzes_import"), {"confirm": "1", "digest": preview.context["digest"]}
    )
    question = Question.objects.get()
    assert question.category.name == "Imported"
    assert [(o.text, o.is_correct) for o in question.options.order_by("sort_order")] == [
        ("The voivode", True),
        ("The mayor", False),
    ]


def test_a_file_that_is_not_utf8_is_refused(editor_client):
    response = editor_client.post(
        reverse("quizzes_import"),
        {"format": "gift", "file": SimpleUploadedFile("bank.txt", "Zażółć {T}".encode("cp1250"))},
    )
    assert response.status_code == 200
    assert "Save the file as UTF-8" in response.content.decode()
    assert response.context["result"] is None


def test_export_leaves_out_ordering_questions_and_says_so(editor_client, category):
    QuestionFactory(category=category, kind="single", name="Single")
    QuestionFactory(category=category, kind="ordering", name="Order")
    export = editor_client.get(reverse("quizzes_export"), {"category": category.pk})
    assert export["X-Kadra-Skipped"] == "1"
    names = [q["name"] for q in formats.parse_gift(export.content.decode()).questions]
    assert names == ["Single"]


def test_export_form_without_a_category(editor_client):
    response = editor_client.get(reverse("quizzes_export"))
    assert response.status_code == 200
    assert "Download GIFT file" in response.content.decode()


def test_short_answers_worth_nothing_stay_worth_nothing(category):
    question = QuestionFactory(
        category=category,
        kind="short",
        data={"answers": [{"text": "KPA", "fraction": 1}, {"text": "KPC", "fraction": 0}]},
    )
    assert [a["fraction"] for a in question_to_dict(question)["answers"]] == [1.0, 0.0]


@pytest.mark.parametrize("url", ["quizzes_import", "quizzes_export"])
def test_import_and_export_are_for_editors_only(client, learner, url):
    client.force_login(learner)
    response = client.get(reverse(url))
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


@pytest.mark.parametrize("url", ["quizzes_import", "quizzes_export"])
def test_admin_access_without_the_editor_role_is_forbidden(client, url):
    user = UserFactory(roles=[Role.HR])
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(reverse(url))
    # Wagtail turns PermissionDenied in the admin into a redirect to the dashboard.
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    response = upload(client, GIFT)
    assert response.status_code == 302
    assert SESSION_KEY not in client.session
    assert not Question.objects.exists()


def test_a_learner_cannot_import(client, learner):
    client.force_login(learner)
    response = upload(client, GIFT)
    assert response.status_code in (302, 403)
    assert not Question.objects.exists()


def test_matching_with_extra_answers_through_the_database(
    editor_client, learner, make_quiz, finish_lessons, public_views, answer_for
):
    gift = "$CATEGORY: Dopasowania\n\n" + (
        "::Pokarm:: Dopasuj zwierzę do pokarmu. {\n"
        "\t=kot -> mleko\n\t=pies -> kość\n\t= -> Chat\n}\n"
    )
    preview = upload(editor_client, gift)
    assert preview.context["result"].errors == []
    response = editor_client.post(
        reverse("quizzes_import"), {"confirm": "1", "digest": preview.context["digest"]}
    )
    assert response.status_code == 302

    question = Question.objects.get(name="Pokarm")
    assert [(o.text, o.match_text) for o in question.options.order_by("sort_order")] == [
        ("kot", "mleko"),
        ("pies", "kość"),
        ("", "Chat"),
    ]
    snapshot = question.versions.get().snapshot
    assert [d["right"] for d in snapshot["distractors"]] == ["Chat"]
    assert [p["left"] for p in snapshot["pairs"]] == ["kot", "pies"]
    assert question_to_dict(question)["distractors"] == ["Chat"]

    category = QuestionCategory.objects.get(name="Dopasowania")
    export = editor_client.get(reverse("quizzes_export"), {"category": category.pk})
    assert export.status_code == 200
    assert formats.parse_gift(export.content.decode()).questions == (
        formats.parse_gift(gift).questions
    )

    # The learner is offered the extra answer too, and the pairs still score.
    quiz = make_quiz([question])
    finish_lessons(learner)
    attempt = services.attempt_start(user=learner, quiz=quiz)
    view, snapshot = public_views(attempt)[1]
    assert sorted(o["text"] for o in view["options"]) == ["Chat", "kość", "mleko"]
    services.attempt_save_answer(
        attempt_id=attempt.pk, user=learner, position=1, raw=answer_for(view, snapshot)
    )
    assert services.attempt_submit(attempt=attempt).percent == 100
