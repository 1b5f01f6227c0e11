"""Tests for quizzes.formats: GIFT import/export and Aiken import (pure Python, no DB)."""

import copy
import random

import pytest

from quizzes.formats import (
    SHORT_DEFAULTS,
    ImportIssue,
    ImportResult,
    export_gift,
    parse_aiken,
    parse_gift,
)


def one(text, **meta):
    """Parse GIFT that must hold exactly one valid question; return it."""
    result = parse_gift(text)
    assert result.errors == [] and result.skipped == [], (result.errors, result.skipped)
    assert len(result.questions) == 1
    q = result.questions[0]
    for key, value in meta.items():
        assert q[key] == value, key
    return q


def error_of(text):
    result = parse_gift(text)
    assert result.questions == [] and len(result.errors) == 1, result
    return result.errors[0]


def base(kind, name="Pytanie", text="Treść?", category="", general="", **fields):
    return {"type": kind, "name": name, "text": text, "category": category,
            "general_feedback": general, **fields}  # fmt: skip


def single(name="Pytanie", text="Treść?", **kw):
    choices = kw.pop("choices", None) or [
        {"text": "Tak", "correct": True, "feedback": "Dobrze."},
        {"text": "Nie", "correct": False, "feedback": ""},
    ]
    return base("single", name, text, choices=choices, **kw)


def multiple(name="Wielokrotny", text="Zaznacz:", weights=(0.5, 0.5, -1.0), **kw):
    choices = [
        {"text": f"Odpowiedź {i}", "correct": w > 0, "weight": w, "feedback": f"fb {i}"}
        for i, w in enumerate(weights)
    ]
    return base("multiple", name, text, scoring="partial", choices=choices, **kw)


def truefalse(answer=True, t="", f="", **kw):
    return base("truefalse", answer=answer, feedback_true=t, feedback_false=f, **kw)


def matching(pairs=(("kot", "mleko"), ("pies", "kość")), **kw):
    return base("matching", pairs=[list(p) for p in pairs], **kw)


def short(answers=(("Warszawa", 1.0, ""),), **kw):
    items = [{"text": t, "fraction": f, "feedback": fb} for t, f, fb in answers]
    return base("short", answers=items, **SHORT_DEFAULTS, **kw)


# --- GIFT: question types ------------------------------------------------------------------


def test_single_choice_with_feedback_and_general_feedback():
    q = one(
        "::Grant:: Who's buried in Grant's tomb? {~Grant #Nope =no one #Right! ~Jefferson"
        " ####Nobody is buried there.}"
    )
    assert q == base(
        "single", "Grant", "Who's buried in Grant's tomb?", general="Nobody is buried there.",
        choices=[
            {"text": "Grant", "correct": False, "feedback": "Nope"},
            {"text": "no one", "correct": True, "feedback": "Right!"},
            {"text": "Jefferson", "correct": False, "feedback": ""},
        ],
    )  # fmt: skip


def test_single_with_two_equals_answers_keeps_both_correct():
    q = one("Stolica? {=Warszawa =Warsaw ~Kraków}", type="single")
    assert [c["correct"] for c in q["choices"]] == [True, True, False]


def test_explicit_zero_and_hundred_weights_stay_single():
    q = one("Q {=%100%a ~%0%b ~c}", type="single")
    assert [c["correct"] for c in q["choices"]] == [True, False, False]


def test_multiple_with_weights_and_penalties():
    q = one("Kto? {~%-100%Nikt ~%50%Grant #tak ~%50%Żona Granta ~%-100%Ojciec}")
    assert q["type"] == "multiple" and q["scoring"] == "partial"
    assert [(c["text"], c["weight"], c["correct"]) for c in q["choices"]] == [
        ("Nikt", -1.0, False),
        ("Grant", 0.5, True),
        ("Żona Granta", 0.5, True),
        ("Ojciec", -1.0, False),
    ]
    assert q["choices"][1]["feedback"] == "tak"


def test_partial_credit_alternatives_become_multiple():
    q = one("Jesus Christ was from {~Jerusalem ~%25%Bethlehem ~%50%Galilee =Nazareth}")
    assert q["type"] == "multiple"
    assert [c["weight"] for c in q["choices"]] == [0.0, 0.25, 0.5, 1.0]


def test_no_equals_answer_means_multiple():
    q = one("Q {~%100%jedyna ~zła}", type="multiple")
    assert [c["weight"] for c in q["choices"]] == [1.0, 0.0]


def test_weighted_tilde_next_to_equals_is_multiple():
    q = one("Q {~%100%a =b ~c}", type="multiple")
    assert [c["weight"] for c in q["choices"]] == [1.0, 1.0, 0.0]


def test_negative_weight_with_one_right_answer_is_multiple():
    assert one("Q {=dobra ~%-50%kara ~obojętna}")["type"] == "multiple"


def test_decimal_percentages_round_to_seven_places():
    q = one("Q {~%33.33333%a ~%33.33333%b ~%33.33334%c ~%-100%d}")
    assert [c["weight"] for c in q["choices"]] == [0.3333333, 0.3333333, 0.3333334, -1.0]


@pytest.mark.parametrize(
    ("block", "answer"),
    [("{T}", True), ("{TRUE}", True), ("{F}", False), ("{FALSE}", False), ("{ true }", True)],
)
def test_truefalse_forms(block, answer):
    q = one(f"Ziemia jest okrągła. {block}", type="truefalse", answer=answer)
    assert q["feedback_true"] == q["feedback_false"] == ""


def test_truefalse_feedback_first_is_for_wrong_answer_second_for_right():
    # Moodle: the first feedback is shown for a wrong answer, the second for the right one.
    q = one("Słońce jest gwiazdą. {T#Ależ jest!#Zgadza się.####Ogólna}")
    assert (q["answer"], q["feedback_false"], q["feedback_true"]) == (
        True,
        "Ależ jest!",
        "Zgadza się.",
    )
    assert q["general_feedback"] == "Ogólna"
    q = one("Księżyc jest gwiazdą. {FALSE #Nie jest. #Brawo.}")
    assert (q["answer"], q["feedback_true"], q["feedback_false"]) == (False, "Nie jest.", "Brawo.")
    assert one("X {T##tylko dobra}")["feedback_true"] == "tylko dobra"


def test_matching():
    q = one("::Dopasuj:: Zwierzę i pokarm {\n =kot -> mleko\n =pies -> kość -> mięso\n}")
    assert q == matching([("kot", "mleko"), ("pies", "kość -> mięso")], name="Dopasuj",
                         text="Zwierzę i pokarm")  # fmt: skip


def test_short_answer_with_partial_fraction_and_feedback():
    q = one("Two plus {=two #super =%50%2 #cyfra} equals four.")
    assert q == short(
        [("two", 1.0, "super"), ("2", 0.5, "cyfra")],
        name="Two plus _____ equals four.",
        text="Two plus _____ equals four.",
    )
    assert q["ignore_case"] is True and q["ignore_spaces"] is True
    assert q["ignore_diacritics"] is False


def test_single_equals_answer_is_short():
    assert one("Stolica Polski? {=Warszawa}")["type"] == "short"


# --- GIFT: syntax --------------------------------------------------------------------------


def test_missing_word_blank_and_multiline_layout():
    q = one(
        "The American holiday of Thanksgiving is celebrated on the {\n"
        "    ~second\n    ~third\n    =fourth\n} Thursday of November."
    )
    assert (
        q["text"]
        == "The American holiday of Thanksgiving is celebrated on the _____ Thursday of November."
    )


def test_multiline_question_text_keeps_newlines():
    q = one("::N::Pierwszy wiersz\ndrugi wiersz\n{T}")
    assert q["text"] == "Pierwszy wiersz\ndrugi wiersz"


def test_escapes_and_newline_escape():
    q = one(
        r"::a\:b:: 1 + 2 \= 3? Użyj \{ i \} oraz \~ \# \\ i\nnowy wiersz {=tak \# na pewno ~nie}"
    )
    assert q["name"] == "a:b"
    assert q["text"] == "1 + 2 = 3? Użyj { i } oraz ~ # \\ i\nnowy wiersz"
    assert q["choices"][0]["text"] == "tak # na pewno"


def test_unknown_backslash_sequences_are_kept():
    assert one(r"C:\temp\x {T}")["text"] == r"C:\temp\x"


def test_format_prefixes_are_stripped():
    q = one(
        "::F::[html]<p>Wybierz <b>jedną</b></p>{=[markdown]**tak** #[plain]ok ~nie####[moodle]ogólna}"
    )
    assert q["text"] == "<p>Wybierz <b>jedną</b></p>"
    assert q["choices"][0] == {"text": "**tak**", "correct": True, "feedback": "ok"}
    assert q["general_feedback"] == "ogólna"


def test_name_defaults_to_text():
    assert one("Ile   to\njest? {=4}")["name"] == "Ile to jest?"
    long = "x" * 100
    assert one(long + " {T}")["name"] == "x" * 79 + "…"
    words = " ".join(["słowo"] * 20)  # 119 characters
    assert one(words + " {T}")["name"] == " ".join(["słowo"] * 13) + "…"  # 77 + 1
    assert len(" ".join(["słowo"] * 14)) > 79


def test_comments_categories_bom_and_crlf():
    text = (
        "\ufeff// nagłówek\r\n$CATEGORY: $course$/top/Prawo\r\n\r\n"
        "// komentarz przed pytaniem\r\n::A:: Pierwsze {T}\r\n\r\n"
        "$CATEGORY: Kultura/Powitania\r\n::B:: Drugie {F}\r\n\r\n::C:: Trzecie {T}\r\n"
    )
    result = parse_gift(text)
    assert result.errors == [] and result.skipped == []
    assert [(q["name"], q["category"]) for q in result.questions] == [
        ("A", "$course$/top/Prawo"),
        ("B", "Kultura/Powitania"),
        ("C", "Kultura/Powitania"),
    ]


def test_comment_lines_inside_a_question_do_not_split_it():
    q = one("::A:: Pytanie {\n// to jest komentarz\n=tak\n~nie // to nie jest komentarz\n}")
    assert q["choices"][1]["text"] == "nie // to nie jest komentarz"


def test_empty_input():
    assert parse_gift("") == ImportResult([], [], [])
    assert parse_gift("\n\n// tylko komentarz\n\n") == ImportResult()


# --- GIFT: skipped and errors ----------------------------------------------------------------


def test_unsupported_kinds_are_skipped_with_lines():
    result = parse_gift(
        "::Esej:: Opisz dzień. {}\n\n::Num:: Ile? {#3:2}\n\n::Zakres:: {#1..5 ####ok}\n\n"
        "Tylko opis.\n\n::Esej2:: Napisz {####ogólna}\n"
    )
    assert result.questions == [] and result.errors == []
    assert [(s.line, s.question_name) for s in result.skipped] == [
        (1, "Esej"), (3, "Num"), (5, "Zakres"), (7, "Tylko opis."), (9, "Esej2"),
    ]  # fmt: skip
    assert "Essay" in result.skipped[0].message
    assert "Numerical" in result.skipped[1].message
    assert "Description" in result.skipped[3].message


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("::A:: Pytanie {=a ~b", "Unclosed brace"),
        ("::A:: Pytanie =a ~b}", "without a matching {"),
        ("::A Pytanie {T}", "title is not closed"),
        ("::A:: Pytanie {~a ~b}", "No correct answer"),
        ("::A:: Pytanie {~%0%a ~%-50%b}", "No correct answer"),
        ("::A:: Pytanie {=%0%a}", "No correct answer"),
        ("::A:: Pytanie {=kot -> mleko}", "at least two pairs"),
        ("::A:: Pytanie {=kot -> mleko =pies}", "needs a right side"),
        ("::A:: Pytanie {=kot -> mleko =pies -> }", "needs a right side"),
        ("::A:: Pytanie {=kot -> mleko = -> Chat}", "at least two pairs"),
        ("::A:: Pytanie {=kot -> mleko #fb =pies -> kość}", "cannot have feedback"),
        ("::A:: Pytanie {~%abc%a =b}", "Bad percentage %abc%"),
        ("::A:: Pytanie {~%150%a =b}", "Bad percentage %150%"),
        ("::A:: Pytanie {~%50a =b}", "no closing %"),
        ("::A:: Pytanie {~%1e2%a =b}", "Bad percentage %1e2%"),
        ("::A:: Pytanie {~%nan%a =b}", "Bad percentage %nan%"),
        ("::A:: Pytanie {~%%a =b}", "Bad percentage %%"),
        ("::A:: Pytanie {=%-50%a =b}", "between 0 and 100"),
        ("::A:: Pytanie {abc}", "Unrecognised answer block"),
        ("::A:: Pytanie {=a}{=b}", "More than one answer block"),
        ("::A:: Pytanie {=a ~}", "empty"),
        ("::A:: Pytanie {~%100%a}", "at least two answers"),
    ],
)
def test_errors_name_the_reason_and_line(text, fragment):
    issue = error_of(f"// nagłówek\n\n{text}\n")
    assert fragment in issue.message
    assert issue.line == 3
    assert str(issue).startswith("Line 3: ")


def test_question_name_on_errors():
    assert error_of("::Zepsute:: X {=a").question_name == "Zepsute"
    assert error_of("Bez tytułu {=a").question_name == "Bez tytułu"


def test_bad_question_does_not_stop_the_others():
    result = parse_gift("::A:: {T}\n\n::B:: zepsute {=a ~b\n\n::C:: {F}\n\nx}\n\n::D:: {T}")
    assert [q["name"] for q in result.questions] == ["A", "C", "D"]
    assert [(e.line, e.question_name) for e in result.errors] == [(3, "B"), (7, "x}")]


def test_messages_are_translatable_strings():
    from django.utils import translation

    with translation.override("pl"):
        issue = error_of("Q {~a ~b}")
    assert isinstance(issue.message, str) and issue.message


# --- GIFT export ---------------------------------------------------------------------------


def test_export_layout_and_category_lines():
    qs = [
        single(category="Prawo/Ustawy"),
        truefalse(name="TF", category="Prawo/Ustawy"),
        truefalse(name="TF2", answer=False, t="Źle", f="Dobrze", category="Kultura"),
    ]
    assert export_gift(qs) == (
        "$CATEGORY: Prawo/Ustawy\n\n"
        "::Pytanie:: Treść? {\n\t=Tak #Dobrze.\n\t~Nie\n}\n\n"
        "::TF:: Treść? {\n\tTRUE\n}\n\n"
        "$CATEGORY: Kultura\n\n"
        "::TF2:: Treść? {\n\tFALSE#Źle#Dobrze\n}\n"
    )


def test_export_escapes_special_characters():
    q = single(name="Nazwa: {x}", text="a = b ~ c # d \\ e\nf")
    out = export_gift([q])
    assert out.startswith("::Nazwa\\: \\{x\\}:: a \\= b \\~ c \\# d \\\\ e\\nf {\n")


def test_export_missing_word_in_place():
    q = short(text="Stolicą Polski jest _____ od 1596 r.")
    assert "Stolicą Polski jest {\n\t=Warszawa\n} od 1596 r." in export_gift([q])


def test_export_multiple_without_weights_uses_grader_defaults():
    q = multiple(weights=(1, 1, 0, 0))
    for c in q["choices"]:
        del c["weight"]
    q["scoring"] = "all_or_nothing"
    out = export_gift([q])
    assert "~%50%Odpowiedź 0" in out and "~%-50%Odpowiedź 3" in out
    weights = [c["weight"] for c in parse_gift(out).questions[0]["choices"]]
    assert weights == [0.5, 0.5, -0.5, -0.5]


def test_export_short_answers_given_as_strings():
    q = short()
    q["answers"] = ["Warszawa", "stolica"]
    parsed = parse_gift(export_gift([q])).questions[0]
    assert [(a["text"], a["fraction"]) for a in parsed["answers"]] == [
        ("Warszawa", 1.0),
        ("stolica", 1.0),
    ]


def test_export_empty_list():
    assert export_gift([]) == ""


@pytest.mark.parametrize(
    "question",
    [
        {"type": "ordering", "name": "O", "text": "Ułóż", "items": ["a", "b"]},
        {"type": "essay", "name": "E", "text": "Opisz"},
        matching([("a -> b", "c"), ("d", "e")]),
        short([("a -> b", 1.0, "")]),
        single(choices=[{"text": "a", "correct": True, "feedback": ""}]),
        single(choices=[{"text": "a", "correct": False, "feedback": ""}] * 2),
        multiple(weights=(0.0, -0.5)),
        single(category="a\nb"),
    ],
)
def test_export_rejects_what_gift_cannot_express(question):
    with pytest.raises(ValueError):
        export_gift([question])


# --- round trip ----------------------------------------------------------------------------

TRICKY = [
    "Zażółć gęślą jaźń — ĄĆĘŁŃÓŚŹŻ",
    "a ~ b = c # d { e } f : g \\ h",
    "Wiersz 1\nWiersz 2\n\npo pustej linii",
    "%50% na początku",
    "[html]<b>wygląda jak znacznik</b>",
    "// wygląda jak komentarz",
    "$CATEGORY: nie kategoria",
    "::nie tytuł::",
    "####nie ogólna",
    "koniec \\",
    "C:\\nowy\\katalog",
    "strzałka -> w środku",
    "T",
]


def all_types(s="tekst"):
    return [
        single(name=f"S {s}", text=f"{s}?", general=s, choices=[
            {"text": s, "correct": True, "feedback": s},
            {"text": f"inna {s}", "correct": False, "feedback": ""},
            {"text": "trzecia", "correct": True, "feedback": ""},
        ]),
        multiple(name=f"M {s}", text=s, weights=(0.5, 0.25, 0.25, -1.0, 0.0, 0.3333333)),
        truefalse(True, t=s, f="", name=f"T {s}", text=s),
        truefalse(False, t="", f=s, name=f"F {s}", text=s, general=s),
        truefalse(False, t=s, f=s, name=s, text=s),
        matching([(s.replace("->", "=>"), s), ("drugi", "prawy")], name=f"D {s}", text=s),
        short([(s.replace("->", "=>"), 1.0, s), ("b", 0.5, ""), ("c", 0.0, "zero")],
              name=f"K {s}", text=f"Wpisz _____ {s}"),
    ]  # fmt: skip


def assert_round_trip(qs):
    exported = export_gift(copy.deepcopy(qs))
    result = parse_gift(exported)
    assert result.errors == [] and result.skipped == [], exported
    assert result.questions == qs, exported
    assert export_gift(result.questions) == exported


@pytest.mark.parametrize("s", TRICKY)
def test_round_trip_every_type_with_tricky_text(s):
    qs = all_types(s)
    for i, q in enumerate(qs):
        q["category"] = ["Prawo/Cudzoziemcy", "", "Kultura: zwyczaje"][i % 3]
    assert_round_trip(qs)


@pytest.mark.parametrize(
    "text",
    ["_____ na początku", "na końcu _____", "dwa _____ i _____ luki", "sześć ______x", "_____"],
)
def test_round_trip_blanks(text):
    assert_round_trip([short(text=text), single(text=text), truefalse(text=text)])


def test_round_trip_random_texts():
    rng = random.Random(20240601)
    alphabet = "ab ąęłóżź~=#{}:\\\n%[]->_/$T"

    def word():
        while True:
            s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))).strip()
            if s and "->" not in s:
                return s

    for _ in range(150):
        s = word()
        qs = all_types(s)
        qs[0]["choices"][1]["text"] = word()
        qs[0]["text"] = word()
        qs[5]["pairs"][1] = [word(), word()]
        assert_round_trip(qs)


# --- realistic Polish sample ---------------------------------------------------------------

SAMPLE = """\ufeff// Bank pytań: obsługa cudzoziemców — eksport z Moodle
$CATEGORY: $course$/top/Legalizacja pobytu

::Karta pobytu — termin::[html]W jakim terminie należy złożyć wniosek o <b>zezwolenie na pobyt czasowy</b>?{
    ~W ciągu 7 dni od wjazdu #Za krótko.
    =Najpóźniej w ostatnim dniu legalnego pobytu #Tak, art. 105 ust. 1.
    ~W ciągu 30 dni po upływie wizy #Wtedy pobyt jest już nielegalny.
    ####Termin wynika z ustawy o cudzoziemcach.
}

::Dokumenty — wniosek:: Które dokumenty dołącza się do wniosku?{
    ~%50%Aktualne fotografie
    ~%50%Kopię ważnego dokumentu podróży
    ~%-100%Akt urodzenia dziadków #Nie jest wymagany.
}

// prawda/fałsz z informacją zwrotną
::Opłata skarbowa::Opłata skarbowa za kartę pobytu wynosi 100 zł.{F#Nie, 100 zł to opłata za wydanie karty.#Dobrze — kwota zależy od rodzaju zezwolenia.}

$CATEGORY: $course$/top/Komunikacja

::Powitania:: Dopasuj powitanie do języka. {
    =Dzień dobry -> polski
    =Добрий день -> ukraiński
    =Good morning -> angielski
}

::Urząd:: Cudzoziemiec składa wniosek w urzędzie {=wojewódzkim #Dokładnie. =%50%wojewody} właściwym ze względu na miejsce pobytu.

::Esej:: Opisz, jak przygotujesz się do rozmowy z klientem, który nie mówi po polsku.{}

::Liczba:: Ile dni ma urząd na wydanie decyzji (co do zasady)?{#60}

::Zepsute:: Który organ wydaje karty pobytu? {
    =Wojewoda
    ~Starosta

::Tłumacz:: Urzędnik może poprosić o pomoc tłumacza. {TRUE}
"""


def test_realistic_polish_sample():
    result = parse_gift(SAMPLE)
    assert [(q["name"], q["type"]) for q in result.questions] == [
        ("Karta pobytu — termin", "single"),
        ("Dokumenty — wniosek", "multiple"),
        ("Opłata skarbowa", "truefalse"),
        ("Powitania", "matching"),
        ("Urząd", "short"),
        ("Tłumacz", "truefalse"),
    ]
    term, docs, fee, greet, office, interp = result.questions
    assert term["category"] == "$course$/top/Legalizacja pobytu"
    assert term["text"].startswith("W jakim terminie należy złożyć wniosek o <b>zezwolenie")
    assert term["choices"][1] == {
        "text": "Najpóźniej w ostatnim dniu legalnego pobytu",
        "correct": True,
        "feedback": "Tak, art. 105 ust. 1.",
    }
    assert term["general_feedback"] == "Termin wynika z ustawy o cudzoziemcach."
    assert [c["weight"] for c in docs["choices"]] == [0.5, 0.5, -1.0]
    assert docs["choices"][2]["feedback"] == "Nie jest wymagany."
    assert fee["answer"] is False
    assert fee["feedback_true"] == "Nie, 100 zł to opłata za wydanie karty."
    assert fee["feedback_false"] == "Dobrze — kwota zależy od rodzaju zezwolenia."
    assert fee["category"] == "$course$/top/Legalizacja pobytu"
    assert greet["category"] == "$course$/top/Komunikacja"
    assert greet["pairs"][1] == ["Добрий день", "ukraiński"]
    assert office["text"] == (
        "Cudzoziemiec składa wniosek w urzędzie _____ właściwym ze względu na miejsce pobytu."
    )
    assert [(a["text"], a["fraction"]) for a in office["answers"]] == [
        ("wojewódzkim", 1.0),
        ("wojewody", 0.5),
    ]
    assert interp["answer"] is True and interp["category"] == "$course$/top/Komunikacja"

    assert [(s.line, s.question_name) for s in result.skipped] == [(30, "Esej"), (32, "Liczba")]
    assert [(e.line, e.question_name) for e in result.errors] == [(34, "Zepsute")]
    assert "Unclosed brace" in result.errors[0].message

    assert_round_trip(result.questions)


# --- Aiken ---------------------------------------------------------------------------------

AIKEN = """\ufeffKtóry organ wydaje zezwolenie na pobyt czasowy?\r
A. Wojewoda\r
B. Starosta\r
C) Prezydent miasta\r
ANSWER: A\r
\r
Jak powitać klienta z Ukrainy?\r
A) Добрий день\r
B) Guten Tag\r
ANSWER: b\r
"""


def test_aiken_basic():
    result = parse_aiken(AIKEN)
    assert result.errors == [] and result.skipped == []
    first, second = result.questions
    assert first == base(
        "single",
        "Który organ wydaje zezwolenie na pobyt czasowy?",
        "Który organ wydaje zezwolenie na pobyt czasowy?",
        choices=[
            {"text": "Wojewoda", "correct": True, "feedback": ""},
            {"text": "Starosta", "correct": False, "feedback": ""},
            {"text": "Prezydent miasta", "correct": False, "feedback": ""},
        ],
    )
    assert [c["correct"] for c in second["choices"]] == [False, True]
    assert_round_trip(result.questions)


def test_aiken_without_blank_lines_and_multiline_question():
    result = parse_aiken("Q1\nA. a\nB. b\nANSWER: B\nQ2 wiersz 1\nwiersz 2\nA. x\nB. y\nANSWER: A.")
    assert result.errors == []
    assert [q["text"] for q in result.questions] == ["Q1", "Q2 wiersz 1\nwiersz 2"]
    assert result.questions[1]["choices"][0]["correct"] is True


def test_aiken_errors_name_lines_and_do_not_stop_parsing():
    text = "\n".join([
        "Bez odpowiedzi",       # 1
        "A. a",                 # 2
        "B. b",                 # 3
        "",                     # 4
        "Zła litera",           # 5
        "A. a",                 # 6
        "B. b",                 # 7
        "ANSWER: D",            # 8
        "",                     # 9
        "ANSWER: A",            # 10
        "Jedna opcja",          # 11
        "A. a",                 # 12
        "ANSWER: A",            # 13
        "Duplikat",             # 14
        "A. a",                 # 15
        "A. b",                 # 16
        "ANSWER: A",            # 17
        "Bez opcji",            # 18
        "",                     # 19
        "Dobre",                # 20
        "A. tak",               # 21
        "B. nie",               # 22
        "ANSWER: A",            # 23
        "Ucięte na końcu",      # 24
        "A. x",                 # 25
    ])  # fmt: skip
    result = parse_aiken(text)
    assert [q["text"] for q in result.questions] == ["Dobre"]
    assert [(e.line, e.question_name) for e in result.errors] == [
        (1, "Bez odpowiedzi"),
        (8, "Zła litera"),
        (10, None),
        (11, "Jedna opcja"),
        (16, "Duplikat"),
        (18, "Bez opcji"),
        (24, "Ucięte na końcu"),
    ]
    assert "Missing ANSWER" in result.errors[0].message
    assert "'D'" in result.errors[1].message
    assert all(isinstance(e, ImportIssue) for e in result.errors)


# --- matching with extra answers (Moodle's distractors) --------------------------------------

MOODLE_DISTRACTORS = """::Zwierzęta:: Dopasuj zwierzę do pokarmu. {
\t=kot -> mleko
\t=pies -> kość
\t= -> Chat
\t=  ->  siano
}
"""


def test_matching_with_extra_answers_is_imported_as_moodle_does():
    result = parse_gift(MOODLE_DISTRACTORS)
    assert result.errors == [] and result.skipped == []
    assert result.questions == [
        matching(
            [("kot", "mleko"), ("pies", "kość")],
            name="Zwierzęta",
            text="Dopasuj zwierzę do pokarmu.",
            distractors=["Chat", "siano"],
        )
    ]


def test_matching_with_extra_answers_round_trips():
    q = matching(distractors=["Chat", "-> strzałka {klamry} #hasz"], name="D", text="Dopasuj")
    assert_round_trip([q, matching(name="bez", text="Bez dodatkowych")])
    assert "\t= -> Chat\n" in export_gift([q])


def test_extra_matching_answers_need_text_on_export():
    with pytest.raises(ValueError):
        export_gift([matching(distractors=["  "], name="D", text="X")])
