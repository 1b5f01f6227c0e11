"""Tests for quizzes.grading: pure Python, no database."""

import copy
import random
from decimal import Decimal

import pytest
from django.utils import translation

from quizzes.grading import (
    MAX_TEXT_LENGTH,
    Grade,
    InvalidResponse,
    clean_response,
    correct_response,
    grade,
    normalise_text,
    public_response,
    public_view,
)

D = Decimal


# --- fixtures ------------------------------------------------------------------------------


def single_q(**extra):
    return {
        "type": "single",
        "text": "Stolica Polski?",
        "choices": [
            {"id": "c1", "text": "Kraków", "correct": False, "feedback": "Dawna stolica."},
            {"id": "c2", "text": "Warszawa", "correct": True, "feedback": "Tak."},
            {"id": "c3", "text": "Gdańsk", "correct": False, "feedback": ""},
        ],
        "general_feedback": "Warszawa od 1596.",
        **extra,
    }


def multiple_q(scoring="partial", n_correct=2, n_wrong=2, **extra):
    choices = [
        {"id": f"ok{i}", "text": f"Right {i}", "correct": True, "feedback": f"fb ok{i}"}
        for i in range(1, n_correct + 1)
    ] + [
        {"id": f"no{i}", "text": f"Wrong {i}", "correct": False, "feedback": f"fb no{i}"}
        for i in range(1, n_wrong + 1)
    ]
    return {
        "type": "multiple",
        "text": "Pick",
        "choices": choices,
        "scoring": scoring,
        "general_feedback": "General.",
        **extra,
    }


def truefalse_q(answer=True):
    return {
        "type": "truefalse",
        "text": "Wiza Schengen jest ważna w Norwegii.",
        "answer": answer,
        "feedback_true": "You said true.",
        "feedback_false": "You said false.",
    }


def matching_q(distractors=True):
    q = {
        "type": "matching",
        "text": "Match",
        "pairs": [
            {"id": "p1", "left": "Polska", "right": "Warszawa"},
            {"id": "p2", "left": "Niemcy", "right": "Berlin"},
            {"id": "p3", "left": "Czechy", "right": "Praga"},
        ],
        "general_feedback": "Capitals.",
    }
    if distractors:
        q["distractors"] = [{"id": "d1", "right": "Wiedeń"}]
    return q


def ordering_q(scoring=None, n=4):
    q = {
        "type": "ordering",
        "text": "Order",
        "items": [{"id": f"i{k}", "text": f"Step {k}"} for k in range(1, n + 1)],
    }
    if scoring:
        q["scoring"] = scoring
    return q


def short_q(**options):
    return {
        "type": "short",
        "text": "Miasto?",
        "answers": [
            {"text": "Łódź", "fraction": 1, "feedback": "Exactly."},
            {"text": "Lodz city", "fraction": 0.5, "feedback": "Half."},
        ],
        "general_feedback": "Łódź is the answer.",
        **options,
    }


KEY = "attempt:1:42:1"  # what services.public_key gives one question of one attempt


def browser(snapshot, raw):
    """``raw`` with the snapshot's choice ids replaced by the public ids the page shows
    (unknown ids stay as they are); other types are posted as given."""
    if snapshot.get("type") not in ("single", "multiple"):
        return raw
    known = {c["id"] for c in snapshot["choices"]}
    public = dict(
        zip(
            [c["id"] for c in snapshot["choices"]],
            public_response(snapshot, [c["id"] for c in snapshot["choices"]], key=KEY)
            if snapshot["type"] == "multiple"
            else [public_response(snapshot, c["id"], key=KEY) for c in snapshot["choices"]],
            strict=True,
        )
    )
    if isinstance(raw, str):
        return public[raw] if raw in known else raw
    if isinstance(raw, (list, tuple)):
        return [public[x] if isinstance(x, str) and x in known else x for x in raw]
    return raw


def clean(snapshot, raw):
    return clean_response(snapshot, browser(snapshot, raw), key=KEY)


def option_ids(snapshot):
    """Public id of each matching option / ordering item, keyed by its text."""
    view = public_view(snapshot, shuffle_seed=None, key=KEY)
    return {e["text"]: e["id"] for e in view.get("options", view.get("items", []))}


def clean_and_grade(snapshot, raw):
    return grade(snapshot, clean(snapshot, raw))


ALL_QUESTIONS = [
    single_q(),
    multiple_q(),
    multiple_q("all_or_nothing"),
    truefalse_q(),
    matching_q(),
    ordering_q(),
    ordering_q("partial"),
    short_q(ignore_case=True),
]


# --- general -------------------------------------------------------------------------------


@pytest.mark.parametrize("snapshot", ALL_QUESTIONS, ids=lambda s: s["type"])
@pytest.mark.parametrize("raw", [None, "", [], {}])
def test_unanswered_scores_zero_and_keeps_general_feedback(snapshot, raw):
    assert clean(snapshot, raw) is None
    result = grade(snapshot, None)
    assert result.fraction == D("0.0000")
    assert str(result.fraction) == "0.0000"
    assert result.is_correct is False
    assert result.answered is False
    gf = snapshot.get("general_feedback")
    assert result.feedback == ([gf] if gf else [])


@pytest.mark.parametrize("snapshot", ALL_QUESTIONS, ids=lambda s: s["type"])
def test_correct_response_gets_full_marks(snapshot):
    result = grade(snapshot, correct_response(snapshot))
    assert result.fraction == D("1.0000")
    assert result.is_correct is True
    assert result.answered is True


def test_unknown_type_is_a_programming_error():
    with pytest.raises(ValueError):
        grade({"type": "essay"}, "x")
    with pytest.raises(ValueError):
        clean_response({}, "x", key=KEY)


def test_invalid_response_message_is_translated():
    with translation.override("en"), pytest.raises(InvalidResponse, match="Unknown option"):
        clean(single_q(), "c9")


def test_grade_does_not_mutate_snapshot():
    snapshot = matching_q()
    before = copy.deepcopy(snapshot)
    ids = option_ids(snapshot)
    clean_and_grade(snapshot, {"p1": ids["Warszawa"]})
    public_view(snapshot, shuffle_seed=3, key=KEY)
    assert snapshot == before


# --- single --------------------------------------------------------------------------------


def test_single_correct_with_feedback_then_general():
    assert clean_and_grade(single_q(), "c2") == Grade(
        D("1.0000"), True, True, ["Tak.", "Warszawa od 1596."]
    )


def test_single_wrong_and_blank_feedback_skipped():
    assert clean_and_grade(single_q(), "c1") == Grade(
        D("0.0000"), False, True, ["Dawna stolica.", "Warszawa od 1596."]
    )
    assert clean_and_grade(single_q(), "c3").feedback == ["Warszawa od 1596."]


@pytest.mark.parametrize("raw", ["c9", "C2", " c2", {"id": "c2"}, ["c2"], 2, True])
def test_single_tampering(raw):
    with pytest.raises(InvalidResponse):
        clean(single_q(), raw)


# --- multiple ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ticked", "expected"),
    [
        (["ok1", "ok2"], "1.0000"),
        (["ok1"], "0.5000"),
        (["ok1", "no1"], "0.0000"),
        (["ok1", "ok2", "no1"], "0.5000"),
        (["no1"], "0.0000"),  # negative clamped to zero
        (["no1", "no2"], "0.0000"),
        (["ok1", "ok2", "no1", "no2"], "0.0000"),  # every option ticked: wrongs cancel
    ],
)
def test_multiple_partial_default_weights(ticked, expected):
    result = clean_and_grade(multiple_q(), ticked)
    assert result.fraction == D(expected)
    assert result.is_correct is (expected == "1.0000")
    assert result.answered is True


def test_multiple_partial_thirds_round_to_four_places():
    q = multiple_q(n_correct=3, n_wrong=1)
    assert clean_and_grade(q, ["ok1"]).fraction == D("0.3333")
    assert clean_and_grade(q, ["ok1", "ok2"]).fraction == D("0.6667")
    assert clean_and_grade(q, ["ok1", "ok2", "ok3"]).fraction == D("1.0000")
    assert clean_and_grade(q, ["ok1", "ok2", "ok3", "no1"]).fraction == D("0.6667")


def test_multiple_explicit_weights_never_below_zero_or_above_one():
    q = multiple_q(n_correct=2, n_wrong=1)
    q["choices"][0]["weight"] = 0.7
    q["choices"][1]["weight"] = 0.3
    q["choices"][2]["weight"] = -0.25
    assert clean_and_grade(q, ["ok1"]).fraction == D("0.7000")
    assert clean_and_grade(q, ["ok1", "no1"]).fraction == D("0.4500")
    assert clean_and_grade(q, ["ok2", "no1"]).fraction == D("0.0500")
    q["choices"][2]["weight"] = -1
    assert clean_and_grade(q, ["ok2", "no1"]).fraction == D("0.0000")
    q["choices"][0]["weight"] = 0.9
    assert clean_and_grade(q, ["ok1", "ok2"]).fraction == D("1.0000")


@pytest.mark.parametrize(
    ("ticked", "expected"),
    [
        (["ok1", "ok2"], "1.0000"),
        (["ok2", "ok1"], "1.0000"),
        (["ok1"], "0.0000"),
        (["ok1", "ok2", "no1"], "0.0000"),
        (["ok1", "ok2", "no1", "no2"], "0.0000"),
    ],
)
def test_multiple_all_or_nothing(ticked, expected):
    assert clean_and_grade(multiple_q("all_or_nothing"), ticked).fraction == D(expected)


def test_multiple_defaults_to_all_or_nothing():
    q = multiple_q()
    del q["scoring"]
    assert clean_and_grade(q, ["ok1"]).fraction == D("0.0000")
    assert public_view(q, shuffle_seed=None, key=KEY)["scoring"] == "all_or_nothing"


def test_multiple_clean_orders_like_snapshot_and_feedback_per_tick():
    q = multiple_q()
    assert clean(q, ["no1", "ok2"]) == ["ok2", "no1"]
    assert clean(q, ("ok1",)) == ["ok1"]
    assert clean_and_grade(q, ["no1", "ok2"]).feedback == ["fb ok2", "fb no1", "General."]


@pytest.mark.parametrize(
    "raw",
    [
        "ok1",
        {"ok1": True},
        ["ok1", "ok1"],
        ["ok1", "zz"],
        ["ok1", 1],
        [["ok1"]],
        [{"id": "ok1"}],
        [None],
    ],
)
def test_multiple_tampering(raw):
    with pytest.raises(InvalidResponse):
        clean(multiple_q(), raw)


# --- true/false ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [(True, True), (False, False), ("true", True), ("false", False), (" False ", False)],
)
def test_truefalse_clean(raw, cleaned):
    assert clean(truefalse_q(), raw) is cleaned


def test_truefalse_grades_false_answers_too():
    assert clean_and_grade(truefalse_q(True), "false") == Grade(
        D("0.0000"), False, True, ["You said false."]
    )
    assert clean_and_grade(truefalse_q(False), False) == Grade(
        D("1.0000"), True, True, ["You said false."]
    )
    assert clean_and_grade(truefalse_q(False), True).feedback == ["You said true."]


@pytest.mark.parametrize("raw", [1, 0, "yes", "tak", "1", ["true"], {"v": True}])
def test_truefalse_tampering(raw):
    with pytest.raises(InvalidResponse):
        clean(truefalse_q(), raw)


# --- matching ------------------------------------------------------------------------------


def test_matching_full_partial_and_distractor():
    q = matching_q()
    ids = option_ids(q)
    full = {"p1": ids["Warszawa"], "p2": ids["Berlin"], "p3": ids["Praga"]}
    assert clean(q, full) == {"p1": "p1", "p2": "p2", "p3": "p3"}
    assert clean_and_grade(q, full) == Grade(D("1.0000"), True, True, ["Capitals."])
    two = {"p1": ids["Warszawa"], "p2": ids["Wiedeń"], "p3": ids["Praga"]}
    assert clean(q, two)["p2"] == "d1"
    assert clean_and_grade(q, two).fraction == D("0.6667")
    swapped = {"p1": ids["Berlin"], "p2": ids["Warszawa"], "p3": ids["Praga"]}
    assert clean_and_grade(q, swapped).fraction == D("0.3333")
    partial = {"p1": ids["Warszawa"], "p2": None, "p3": ""}
    assert clean(q, partial) == {"p1": "p1"}
    assert clean_and_grade(q, partial).fraction == D("0.3333")
    assert clean(q, {"p1": None, "p2": ""}) is None


def test_matching_same_option_for_every_item():
    q = matching_q()
    ids = option_ids(q)
    raw = {"p1": ids["Berlin"], "p2": ids["Berlin"], "p3": ids["Berlin"]}
    assert clean_and_grade(q, raw).fraction == D("0.3333")


def test_matching_duplicate_right_texts_are_interchangeable():
    q = matching_q(distractors=False)
    q["pairs"][2]["right"] = "Berlin"
    view = public_view(q, shuffle_seed=None, key=KEY)
    berlin = [o["id"] for o in view["options"] if o["text"] == "Berlin"]
    assert len(berlin) == 2
    warsaw = next(o["id"] for o in view["options"] if o["text"] == "Warszawa")
    for first, second in (berlin, berlin[::-1]):  # one of these is not the "own" option
        raw = {"p1": warsaw, "p2": first, "p3": second}
        assert clean_and_grade(q, raw).fraction == D("1.0000")
    raw = {"p1": warsaw, "p2": berlin[0], "p3": berlin[0]}
    assert clean_and_grade(q, raw).fraction == D("1.0000")


def test_matching_identity_mapping_by_pair_ids_is_rejected():
    # The right id a learner posts is never the pair id, so {"p1": "p1", ...} cannot win.
    with pytest.raises(InvalidResponse):
        clean(matching_q(), {"p1": "p1", "p2": "p2", "p3": "p3"})
    with pytest.raises(InvalidResponse):
        clean(matching_q(), {"p1": "d1"})


@pytest.mark.parametrize(
    "make_raw",
    [
        lambda ok: [ok],
        lambda ok: ok,
        lambda ok: {"p9": ok},  # unknown left id
        lambda ok: {"p1": "o123"},  # unknown right id
        lambda ok: {"p1": [ok]},
        lambda ok: {"p1": {"id": ok}},
        lambda ok: {"p1": 3},
        lambda ok: {1: ok},
    ],
)
def test_matching_tampering(make_raw):
    q = matching_q()
    with pytest.raises(InvalidResponse):
        clean(q, make_raw(option_ids(q)["Warszawa"]))


def test_matching_public_ids_depend_on_the_question():
    other = matching_q()
    other["pairs"][0]["left"] = "Rzeczpospolita"
    assert option_ids(other)["Warszawa"] != option_ids(matching_q())["Warszawa"]
    with pytest.raises(InvalidResponse):
        clean(other, {"p1": option_ids(matching_q())["Warszawa"]})


# --- ordering ------------------------------------------------------------------------------


def ordered(snapshot, *texts):
    ids = option_ids(snapshot)
    return [ids[t] for t in texts]


def test_ordering_all_or_nothing_by_default():
    q = ordering_q()
    right = ordered(q, "Step 1", "Step 2", "Step 3", "Step 4")
    assert clean(q, right) == ["i1", "i2", "i3", "i4"]
    assert clean_and_grade(q, right) == Grade(D("1.0000"), True, True, [])
    almost = ordered(q, "Step 1", "Step 2", "Step 4", "Step 3")
    assert clean_and_grade(q, almost).fraction == D("0.0000")
    assert public_view(q, shuffle_seed=None, key=KEY)["scoring"] == "all_or_nothing"


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        ((1, 2, 3, 4), "1.0000"),
        ((1, 2, 4, 3), "0.5000"),
        ((1, 3, 2, 4), "0.5000"),
        ((2, 3, 4, 1), "0.0000"),  # everything shifted: no absolute position right
        ((4, 2, 3, 1), "0.5000"),
        ((2, 1, 3, 4), "0.5000"),
        ((1, 4, 2, 3), "0.2500"),
    ],
)
def test_ordering_partial_absolute_positions(order, expected):
    q = ordering_q("partial")
    raw = ordered(q, *(f"Step {k}" for k in order))
    assert clean_and_grade(q, raw).fraction == D(expected)


def test_ordering_partial_thirds():
    q = ordering_q("partial", n=3)
    assert clean_and_grade(q, ordered(q, "Step 1", "Step 3", "Step 2")).fraction == D("0.3333")


@pytest.mark.parametrize(
    "raw",
    [
        "i1",
        {"0": "i1"},
        ["i1", "i2", "i3", "i4"],  # internal ids are not accepted from the browser
        ["A", "A", "B", "C"],  # duplicate
        ["A", "B", "C"],  # missing item
        ["A", "B", "C", "D", "zz"],  # unknown
        ["A", "B", "C", 4],
    ],
)
def test_ordering_tampering(raw):
    q = ordering_q()
    public = dict(zip("ABCD", ordered(q, "Step 1", "Step 2", "Step 3", "Step 4"), strict=True))
    raw = [public.get(x, x) for x in raw] if isinstance(raw, list) else raw
    with pytest.raises(InvalidResponse):
        clean(q, raw)


# --- short answer --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "raw", "expected"),
    [
        ({}, "Łódź", "1.0000"),
        ({}, "  Łódź \n", "1.0000"),  # always trimmed
        ({}, "łódź", "0.0000"),
        ({"ignore_case": True}, "ŁÓDŹ", "1.0000"),
        ({"ignore_case": True}, "lodz", "0.0000"),
        ({"ignore_diacritics": True}, "Lodz", "1.0000"),
        ({"ignore_diacritics": True}, "lodz", "0.0000"),
        ({"ignore_diacritics": True, "ignore_case": True}, "lodz", "1.0000"),
        ({"ignore_diacritics": True, "ignore_case": True}, "LODZ", "1.0000"),
        ({"ignore_diacritics": True, "ignore_case": True}, "lodz  city", "0.0000"),
        ({"ignore_diacritics": True, "ignore_spaces": True}, "Lodz \t  city", "0.5000"),
        ({"ignore_spaces": True}, "Lodzcity", "0.0000"),  # spaces collapse, not vanish
        ({"ignore_spaces": True}, "Lodz\u00a0city", "0.5000"),  # no-break space
        ({}, "Lodz  city", "0.0000"),
        ({}, "Krakow", "0.0000"),
    ],
)
def test_short_answer_matching(options, raw, expected):
    result = clean_and_grade(short_q(**options), raw)
    assert result.fraction == D(expected)
    assert result.answered is True


def test_short_decomposed_input_matches_composed_answer():
    decomposed = "L\u0301odz\u0301"  # not Polish, but NFC must make it "Ĺodź"
    q = short_q()
    q["answers"].append({"text": "Ĺodź", "fraction": 0.25})
    assert clean(q, decomposed) == "Ĺodź"
    assert clean_and_grade(q, decomposed).fraction == D("0.2500")
    assert clean_and_grade(q, "Lo\u0301dz\u0301").fraction == D("0.0000")  # "Lódź" != "Łódź"


def test_short_best_fraction_and_its_feedback_win():
    q = short_q(ignore_case=True, ignore_diacritics=True)
    q["answers"].insert(0, {"text": "LODZ", "fraction": 0.8, "feedback": "Spelling."})
    result = clean_and_grade(q, "Łódź")
    assert result == Grade(D("1.0000"), True, True, ["Exactly.", "Łódź is the answer."])
    no_match = clean_and_grade(q, "Poznań")
    assert no_match == Grade(D("0.0000"), False, True, ["Łódź is the answer."])


def test_short_fraction_defaults_to_one_and_correct_response_is_best():
    q = {"type": "short", "answers": [{"text": "B", "fraction": 0.5}, {"text": "A"}]}
    assert clean_and_grade(q, "A").fraction == D("1.0000")
    assert correct_response(q) == "A"


def test_normalise_text_polish_letters():
    options = {"ignore_diacritics": True}
    assert normalise_text("ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ", options) == "acelnoszz ACELNOSZZ"
    assert normalise_text("Zażółć gęślą jaźń", options | {"ignore_case": True}) == (
        "zazolc gesla jazn"
    )
    assert normalise_text("  a   b  ", {"ignore_spaces": True}) == "a b"
    assert normalise_text("  a   b  ", {}) == "a   b"


@pytest.mark.parametrize(
    "raw",
    [
        "x" * (MAX_TEXT_LENGTH + 1),
        ["Łódź"],
        {"text": "Łódź"},
        42,
        True,
        "Łódź\x00",
        "\ud800",
    ],
)
def test_short_tampering(raw):
    with pytest.raises(InvalidResponse):
        clean(short_q(), raw)


def test_short_length_limit_is_inclusive_and_blank_is_unanswered():
    assert clean(short_q(), "x" * MAX_TEXT_LENGTH) == "x" * MAX_TEXT_LENGTH
    assert clean(short_q(), "  \t\n ") is None


# --- public view ---------------------------------------------------------------------------

SECRET_KEYS = {
    "correct",
    "weight",
    "fraction",
    "feedback",
    "general_feedback",
    "feedback_true",
    "feedback_false",
    "answer",
    "answers",
    "pairs",
    "right",
    "distractors",
}


def walk(value):
    """Yield every dict key and every scalar in a nested structure."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from walk(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from walk(item)
    else:
        yield value


@pytest.mark.parametrize("seed", [None, 7])
@pytest.mark.parametrize("snapshot", ALL_QUESTIONS, ids=lambda s: s["type"])
def test_public_view_leaks_nothing(snapshot, seed):
    snapshot = copy.deepcopy(snapshot)
    for choice in snapshot.get("choices", []):
        choice["weight"] = 0.5
    view = public_view(snapshot, shuffle_seed=seed, key=KEY)
    seen = set(walk(view))
    assert not seen & SECRET_KEYS
    assert True not in seen and False not in seen  # no stray booleans (correct flags)
    strings = [s for s in seen if isinstance(s, str)]
    for answer in snapshot.get("answers", []):
        assert not any(answer["text"].casefold() in s.casefold() for s in strings)
        assert answer["feedback"] not in seen
    for choice in snapshot.get("choices", []):
        assert choice["feedback"] not in seen
    for text in ("general_feedback", "feedback_true", "feedback_false"):
        if snapshot.get(text):
            assert snapshot[text] not in seen
    if snapshot["type"] in ("single", "multiple", "matching", "ordering"):
        entries = snapshot.get("pairs", []) + snapshot.get("items", [])
        internal = {e["id"] for e in entries + snapshot.get("choices", [])}
        public = view.get("options", view.get("items", view.get("choices")))
        assert not internal & {e["id"] for e in public}


def test_public_view_shapes():
    view = public_view(single_q(), shuffle_seed=None, key=KEY)
    assert set(view) == {"type", "text", "choices"}
    assert (view["type"], view["text"]) == ("single", "Stolica Polski?")
    assert [c["text"] for c in view["choices"]] == ["Kraków", "Warszawa", "Gdańsk"]
    assert all(set(c) == {"id", "text"} for c in view["choices"])
    assert all(c["id"] not in ("c1", "c2", "c3") for c in view["choices"])
    assert public_view(truefalse_q(), shuffle_seed=1, key=KEY) == {
        "type": "truefalse",
        "text": "Wiza Schengen jest ważna w Norwegii.",
    }
    assert public_view(short_q(), shuffle_seed=1, key=KEY) == {
        "type": "short",
        "text": "Miasto?",
        "max_length": MAX_TEXT_LENGTH,
    }
    view = public_view(matching_q(), shuffle_seed=None, key=KEY)
    assert view["left"] == [
        {"id": "p1", "text": "Polska"},
        {"id": "p2", "text": "Niemcy"},
        {"id": "p3", "text": "Czechy"},
    ]
    assert sorted(o["text"] for o in view["options"]) == ["Berlin", "Praga", "Warszawa", "Wiedeń"]
    assert len({o["id"] for o in view["options"]}) == 4
    assert public_view(ordering_q("partial"), shuffle_seed=None, key=KEY)["scoring"] == "partial"


def test_public_view_choices_shuffled_deterministically_with_seed():
    q = multiple_q(n_correct=3, n_wrong=3)
    texts = [c["text"] for c in q["choices"]]
    orders = {}
    for seed in (1, 2, 3, 4):
        expected = list(texts)
        random.Random(seed).shuffle(expected)
        view = public_view(q, shuffle_seed=seed, key=KEY)
        assert [c["text"] for c in view["choices"]] == expected
        assert public_view(q, shuffle_seed=seed, key=KEY) == view
        orders[seed] = tuple(expected)
    assert len(set(orders.values())) > 1
    unseeded = public_view(q, shuffle_seed=None, key=KEY)["choices"]
    assert [c["text"] for c in unseeded] == texts


def test_public_view_mixes_options_and_items_even_without_seed():
    # Unseeded order is fixed per question (sorted by opaque id) but not the authored one.
    views = []
    for prefix in ("A", "B", "C"):
        q = ordering_q(n=6)
        m = matching_q()
        for k, item in enumerate(q["items"]):
            item["text"] = f"{prefix} {k}"
        m["pairs"][0]["left"] = prefix
        views.append(
            ([i["text"] for i in q["items"]], public_view(q, shuffle_seed=None, key=KEY)["items"])
        )
        views.append(
            (
                ["Warszawa", "Berlin", "Praga", "Wiedeń"],
                public_view(m, shuffle_seed=None, key=KEY)["options"],
            )
        )
    assert all(sorted(authored) == sorted(e["text"] for e in shown) for authored, shown in views)
    assert any(authored != [e["text"] for e in shown] for authored, shown in views[0::2])
    assert any(authored != [e["text"] for e in shown] for authored, shown in views[1::2])


def test_public_view_respects_shuffle_false_for_choices():
    q = single_q(shuffle=False)
    for seed in (1, 2, 3):
        view = public_view(q, shuffle_seed=seed, key=KEY)
        assert [c["text"] for c in view["choices"]] == ["Kraków", "Warszawa", "Gdańsk"]


@pytest.mark.parametrize("shuffle", [True, False])
def test_public_view_matching_and_ordering_always_mixed(shuffle):
    q = ordering_q(n=6)
    q["shuffle"] = shuffle
    texts = [i["text"] for i in q["items"]]
    views = [public_view(q, shuffle_seed=seed, key=KEY) for seed in range(8)] + [
        public_view(q, shuffle_seed=None, key=KEY)
    ]
    for view in views:
        assert sorted(i["text"] for i in view["items"]) == texts
    assert any([i["text"] for i in v["items"]] != texts for v in views)
    assert public_view(q, shuffle_seed=5, key=KEY) == public_view(q, shuffle_seed=5, key=KEY)
    assert public_view(q, shuffle_seed=None, key=KEY) == public_view(q, shuffle_seed=None, key=KEY)
    # Whatever order is shown, the ids map back to the snapshot's items.
    view = public_view(q, shuffle_seed=5, key=KEY)
    assert sorted(clean(q, [i["id"] for i in view["items"]])) == sorted(i["id"] for i in q["items"])

    m = matching_q()
    m["shuffle"] = shuffle
    m_views = [public_view(m, shuffle_seed=seed, key=KEY) for seed in range(8)]
    assert any(
        [o["text"] for o in v["options"]] != ["Warszawa", "Berlin", "Praga", "Wiedeń"]
        for v in m_views
    )
    assert public_view(m, shuffle_seed=2, key=KEY) == public_view(m, shuffle_seed=2, key=KEY)
