"""Quiz and item statistics on made-up attempts, and who may see them."""

import re
from decimal import Decimal
from statistics import correlation

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lms.models import Role
from quizzes import selectors
from quizzes.models import Attempt, AttemptQuestion, AttemptStatus
from tests.factories import OrgUnitFactory, QuestionFactory, UserFactory

pytestmark = pytest.mark.django_db

# Ten people of rising ability k = 0..9. g1..g4 reward ability, "bad" is answered right by
# the weakest only, "easy" by everyone and "hard" by nobody.
ITEMS = {
    "g1": lambda k: k >= 2,
    "g2": lambda k: k >= 4,
    "g3": lambda k: k >= 6,
    "g4": lambda k: k >= 8,
    "bad": lambda k: k <= 3,
    "easy": lambda k: True,
    "hard": lambda k: False,
}


@pytest.fixture
def questions(category):
    return {name: QuestionFactory(category=category, kind="truefalse", name=name) for name in ITEMS}


@pytest.fixture
def quiz(make_quiz, questions):
    return make_quiz(list(questions.values()), pass_mark=60)


def make_attempt(user, quiz, fractions, *, status=AttemptStatus.SUBMITTED, number=1):
    """An attempt graded with the given fraction per question."""
    score = sum(Decimal(str(f)) for f in fractions.values())
    percent = (score * 100 / len(fractions)).quantize(Decimal("0.01"))
    is_open = status == AttemptStatus.OPEN
    attempt = Attempt.objects.create(
        user=user,
        quiz=quiz,
        number=number,
        status=status,
        seed=number,
        started_at=timezone.now(),
        closed_at=None if is_open else timezone.now(),
        pass_mark=quiz.pass_mark,
        score=None if is_open else score,
        max_score=len(fractions),
        percent=None if is_open else percent,
        passed=None if is_open else percent >= quiz.pass_mark,
    )
    for position, (question, fraction) in enumerate(fractions.items(), start=1):
        version = question.versions.get()
        AttemptQuestion.objects.create(
            attempt=attempt,
            position=position,
            question=question,
            version=version,
            snapshot=version.snapshot,
            response=fraction == 1,
            fraction=None if is_open else Decimal(str(fraction)),
        )
    return attempt


@pytest.fixture
def people_attempts(quiz, questions):
    people = [UserFactory() for _ in range(10)]
    for k, person in enumerate(people):
        make_attempt(person, quiz, {q: int(ITEMS[name](k)) for name, q in questions.items()})
    return people


def test_quiz_statistics(quiz, people_attempts, questions):
    # Percent per person: 2/7, 2/7, 3/7 x4, 4/7 x2, 5/7 x2 -> 28.57, 42.86, 57.14, 71.43.
    late = UserFactory()
    make_attempt(late, quiz, dict.fromkeys(questions.values(), 0), status=AttemptStatus.OPEN)
    make_attempt(people_attempts[0], quiz, dict.fromkeys(questions.values(), 0), number=2)

    stats = selectors.quiz_statistics(quiz)

    assert stats["attempts"] == 11
    assert stats["people"] == 10
    assert stats["open"] == 1
    assert stats["pass_rate"] == round(100 * 2 / 11, 1)  # only 71.43% reaches 60%
    assert stats["mean"] == round((485.72 + 0) / 11, 1)
    assert [b["count"] for b in stats["distribution"]] == [1, 0, 2, 0, 4, 2, 0, 2, 0, 0]
    assert stats["distribution"][0]["label"] == "0–9%"
    assert stats["distribution"][9]["label"] == "90–100%"
    assert [b["width"] for b in stats["distribution"]][:5] == [25, 0, 50, 0, 100]


def test_distribution_edges(quiz, questions):
    people = [UserFactory() for _ in range(6)]
    q = list(questions.values())
    for person, right in zip(people, [0, 0, 1, 6, 7, 7], strict=True):
        make_attempt(person, quiz, {question: int(i < right) for i, question in enumerate(q)})
    # 0, 0, 14.29, 85.71, 100, 100
    stats = selectors.quiz_statistics(quiz)
    assert [b["count"] for b in stats["distribution"]] == [2, 1, 0, 0, 0, 0, 0, 0, 1, 2]
    assert stats["pass_rate"] == 50.0


def test_quiz_statistics_without_attempts(quiz):
    stats = selectors.quiz_statistics(quiz)
    assert stats["attempts"] == 0
    assert stats["pass_rate"] is None and stats["mean"] is None
    assert selectors.item_statistics(quiz) == []


def test_item_statistics_facility_discrimination_and_flags(quiz, people_attempts, questions):
    rows = {row["name"]: row for row in selectors.item_statistics(quiz)}

    assert set(rows) == set(ITEMS)
    for name, rule in ITEMS.items():
        fractions = [int(rule(k)) for k in range(10)]
        assert rows[name]["asked"] == 10
        assert rows[name]["facility"] == sum(fractions) / 10
        assert rows[name]["question_id"] == questions[name].pk
    # Discrimination: correlation of the item with the rest of the quiz (computed here
    # independently with the standard library).
    for name in ("g1", "g2", "g3", "g4", "bad"):
        item = [int(ITEMS[name](k)) for k in range(10)]
        rest = [
            sum(int(rule(k)) for other, rule in ITEMS.items() if other != name) for k in range(10)
        ]
        assert rows[name]["discrimination"] == pytest.approx(correlation(item, rest), abs=0.006)
    for name in ("g1", "g2", "g3", "g4"):
        assert rows[name]["discrimination"] > 0
        assert rows[name]["flags"] == []
    assert rows["bad"]["discrimination"] < 0
    assert rows["bad"]["flags"] == ["discriminates negatively"]
    assert rows["easy"]["flags"] == ["too easy"]
    assert rows["hard"]["flags"] == ["too hard"]
    assert rows["easy"]["discrimination"] is None  # no variance: no correlation
    # Flagged questions are listed first.
    assert {r["name"] for r in selectors.item_statistics(quiz)[:3]} == {"bad", "easy", "hard"}


def test_partial_credit_counts_in_the_mean_but_not_the_facility(quiz, questions):
    q = questions["g1"]
    rest = {other: 0 for name, other in questions.items() if name != "g1"}
    for person, fraction in zip([UserFactory() for _ in range(4)], [1, 0.5, 0.5, 0], strict=True):
        make_attempt(person, quiz, {q: fraction, **rest})
    row = next(r for r in selectors.item_statistics(quiz) if r["name"] == "g1")
    assert row["facility"] == 0.25
    assert row["mean_score"] == 0.5


def test_few_attempts_raise_no_flags(quiz, questions):
    for person in [UserFactory() for _ in range(4)]:
        make_attempt(person, quiz, {q: 1 for q in questions.values()})
    rows = selectors.item_statistics(quiz)
    assert all(r["facility"] == 1 for r in rows)
    assert all(r["flags"] == [] for r in rows)


def test_open_attempts_are_left_out_of_item_statistics(quiz, questions, people_attempts):
    make_attempt(UserFactory(), quiz, dict.fromkeys(questions.values(), 1), status="open")
    assert {r["asked"] for r in selectors.item_statistics(quiz)} == {10}


# --- the statistics page ---------------------------------------------------------------------


def person(role):
    """Someone in one role: a leader leads a unit (that is what makes a leader)."""
    if role == "leader":
        user = UserFactory(roles=[Role.LEADER])
        OrgUnitFactory().leaders.add(user)
        return user
    return UserFactory(roles={"editor": [Role.EDITOR], "hr": [Role.HR], "employee": []}[role])


@pytest.mark.parametrize(
    "role, status",
    [("editor", 200), ("leader", 200), ("hr", 200), ("employee", 403)],
)
def test_quiz_stats_view_for_editors_leaders_and_hr(client, quiz, people_attempts, role, status):
    client.force_login(person(role))
    response = client.get(reverse("quiz_stats", args=[quiz.pk]))
    assert response.status_code == status
    if status == 200:
        html = response.content.decode()
        assert "discriminates negatively" in html
        assert "too easy" in html and "too hard" in html
        assert response.context["stats"]["attempts"] == 10
        edit_url = reverse("wagtailadmin_pages:edit", args=[quiz.pk])
        assert (edit_url in html) is (role == "editor")  # read-only for leaders and HR
        assert "style=" not in html  # the distribution is drawn with <meter>, CSP-safe
        assert html.count("<meter") == 10


@pytest.mark.parametrize("role", ["editor", "leader", "hr", "employee"])
def test_the_statistics_page_only_reads(client, quiz, role):
    client.force_login(person(role))
    for name, args in (("quiz_stats", [quiz.pk]), ("quiz_stats_index", [])):
        assert client.post(reverse(name, args=args)).status_code == 405


@pytest.mark.parametrize(
    "role, status", [("editor", 200), ("leader", 200), ("hr", 200), ("employee", 403)]
)
def test_the_statistics_index_lists_the_quizzes(client, quiz, course, role, status):
    client.force_login(person(role))
    response = client.get(reverse("quiz_stats_index"))
    assert response.status_code == status
    if status == 200:
        html = response.content.decode()
        assert reverse("quiz_stats", args=[quiz.pk]) in html
        assert course.title in html


@pytest.mark.parametrize(
    "role, status", [("editor", 200), ("leader", 403), ("hr", 200), ("employee", 403)]
)
def test_a_quiz_of_an_unpublished_course_is_for_editors_and_hr(client, quiz, course, role, status):
    course.unpublish()
    client.force_login(person(role))
    assert client.get(reverse("quiz_stats", args=[quiz.pk])).status_code == status
    if status == 200 or role == "leader":
        index = client.get(reverse("quiz_stats_index")).content.decode()
        assert (reverse("quiz_stats", args=[quiz.pk]) in index) is (status == 200)


def test_the_quiz_page_in_the_admin_links_to_its_statistics(client, editor, quiz, course):
    client.force_login(editor)
    stats_url = reverse("quiz_stats", args=[quiz.pk])
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[quiz.pk]))
    assert edit.status_code == 200
    assert stats_url in edit.content.decode()
    listing = client.get(reverse("wagtailadmin_explore", args=[course.pk]))
    assert listing.status_code == 200
    assert stats_url in listing.content.decode()
    # Other pages get no statistics button.
    other = client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).content.decode()
    assert not re.search(r"/quizzes/\d+/statistics/", other)


def test_the_question_bank_links_to_the_statistics(client, editor):
    client.force_login(editor)
    html = client.get(reverse("wagtailsnippets_quizzes_question:list")).content.decode()
    assert reverse("quiz_stats_index") in html


def test_long_question_names_are_shortened_on_a_word_boundary(client, editor, make_quiz, category):
    long_name = (
        "Cudzoziemiec składa wniosek o udzielenie zezwolenia na pobyt czasowy i pracę "
        "w ostatnim dniu legalnego pobytu"
    )
    question = QuestionFactory(category=category, kind="truefalse", name=long_name)
    quiz = make_quiz([question])
    make_attempt(UserFactory(), quiz, {question: 1})
    client.force_login(editor)

    html = client.get(reverse("quiz_stats", args=[quiz.pk])).content.decode()

    (row,) = selectors.item_statistics(quiz)
    short = row["short_name"]
    assert short.endswith("…") and len(short) <= 60
    assert long_name.startswith(short[:-1])
    assert long_name[len(short) - 1] == " "  # the cut falls between words
    assert f"<summary>{short}</summary>" in html
    assert f"<p>{long_name}</p>" in html  # the whole name, in the disclosure


def test_quiz_stats_view_sends_anonymous_visitors_to_sign_in(client, quiz):
    response = client.get(reverse("quiz_stats", args=[quiz.pk]))
    assert response.status_code == 302
    assert reverse("quiz_stats", args=[quiz.pk]) in response.url


def test_quiz_stats_view_for_a_missing_quiz(client, editor):
    client.force_login(editor)
    assert client.get(reverse("quiz_stats", args=[10**6])).status_code == 404


def test_quiz_stats_queries_do_not_grow_with_attempts(client, editor, quiz, questions):
    client.force_login(editor)
    url = reverse("quiz_stats", args=[quiz.pk])

    def queries_with(n):
        for person in [UserFactory() for _ in range(n)]:
            make_attempt(person, quiz, dict.fromkeys(questions.values(), 1))
        client.get(url)  # warm the session and site caches
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    assert queries_with(3) == queries_with(12)
