"""People are listed in Polish alphabetical order, on SQLite and on PostgreSQL alike."""

import random

import pytest
from django.db import connection
from django.urls import reverse

from lms import selectors
from lms.collation import polish, polish_sort_key
from lms.forms import UnitForm
from lms.models import User
from tests.factories import UserFactory

# Polish order. Plain code-point order (or a C collation) gets most of these wrong:
# Łukasik and Śliwa after everyone, Dąbrowska after Dudek, Wójcik after Wróbel.
SURNAMES = [
    "Adamczyk",
    "Dąbrowska",
    "de Vries",
    "Dudek",
    "Górska",
    "Grabowski",
    "Lis",
    "Łukasik",
    "Malinowski",
    "Müller",
    "Nowak",
    "Sowa",
    "Śliwa",
    "Tomczak",
    "Wójcik",
    "Wróbel",
    "Zieliński",
    "Źrebiec",
    "Żak",
]


def shuffled(items):
    items = list(items)
    random.Random(7).shuffle(items)
    return items


@pytest.fixture
def people(org):
    """The surnames above in team A, created in a shuffled order; two Nowaks differ by name."""
    created = [
        UserFactory(last_name=name, first_name="Jan", org_unit=org.team_a)
        for name in shuffled(SURNAMES)
    ]
    for first in shuffled(["Zofia", "Łucja", "Anna", "Lena"]):
        created.append(UserFactory(last_name="Nowak", first_name=first, org_unit=org.team_a))
    return created


def expected_names(queryset_of_people):
    return sorted(
        ((p.last_name, p.first_name) for p in queryset_of_people),
        key=lambda n: (polish_sort_key(n[0]), polish_sort_key(n[1])),
    )


def test_the_sort_key_follows_the_polish_alphabet():
    assert sorted(shuffled(SURNAMES), key=polish_sort_key) == SURNAMES
    assert sorted(["Łucja", "Lena", "Anna", "Zofia"], key=polish_sort_key) == [
        "Anna",
        "Lena",
        "Łucja",
        "Zofia",
    ]
    # Case and foreign accents only break ties.
    assert sorted(["NOWAK", "nowak", "Nowak"], key=polish_sort_key) == ["nowak", "Nowak", "NOWAK"]
    assert sorted(["Muller", "Müller", "Mulle"], key=polish_sort_key) == [
        "Mulle",
        "Muller",
        "Müller",
    ]


def test_the_database_sorts_in_polish(people):
    names = (
        User.objects.filter(last_name__in=SURNAMES)
        .order_by(polish("last_name"))
        .values_list("last_name", flat=True)
    )
    assert list(dict.fromkeys(names)) == SURNAMES


def test_database_order_matches_the_key_exactly(people):
    """ICU on PostgreSQL and the registered function on SQLite agree on every name."""
    got = list(
        User.objects.filter(org_unit__code="WSC-A")
        .order_by(polish("last_name"), polish("first_name"), "pk")
        .values_list("last_name", "first_name")
    )
    assert got == expected_names(User.objects.filter(org_unit__code="WSC-A"))
    assert connection.vendor in ("sqlite", "postgresql")


def test_default_order_of_people_is_polish(people):
    surnames = [n for n in User.objects.values_list("last_name", flat=True) if n in SURNAMES]
    assert [n for n in surnames if n != "Nowak"] == [n for n in SURNAMES if n != "Nowak"]


def listed_names(html, candidates):
    """The candidates' surnames in the order they first appear in the page."""
    positions = {name: html.find(f">{name} ") for name in candidates}
    assert all(p >= 0 for p in positions.values()), positions
    return sorted(candidates, key=positions.get)


def test_people_list_page(client_for, org, people):
    response = client_for("hr").get(reverse("people_list"), {"unit": org.team_a.pk})
    html = response.content.decode()
    assert listed_names(html, SURNAMES) == SURNAMES
    nowaks = [f">Nowak {n}<" for n in ["Anna", "Lena", "Łucja", "Zofia"]]
    assert sorted(nowaks, key=html.find) == nowaks


def test_people_list_selector(org, people):
    org.team_a.refresh_from_db()  # siblings added in name order moved its tree path
    qs = selectors.people_list(User.objects.all(), unit=org.team_a)
    assert len(qs) == len(people) + 3  # and the org's employee, colleague and leader
    assert [(p.last_name, p.first_name) for p in qs] == expected_names(qs)


def test_leaders_unit_member_list(client_for, org, people):
    response = client_for("leader").get(reverse("unit_detail", args=[org.team_a.pk]))
    assert response.status_code == 200
    assert listed_names(response.content.decode(), SURNAMES) == SURNAMES


def test_unit_leaders_and_leader_choices(org, people):
    by_name = {p.last_name: p for p in people if p.last_name != "Nowak"}
    org.team_b.leaders.set([by_name[n] for n in shuffled(["Wróbel", "Łukasik", "Wójcik", "Lis"])])
    assert [p.last_name for p in org.team_b.leaders.all()] == ["Lis", "Łukasik", "Wójcik", "Wróbel"]
    choices = [p.last_name for p in UnitForm().fields["leaders"].queryset if p.last_name in by_name]
    assert choices == [n for n in SURNAMES if n != "Nowak"]


def test_people_export_is_in_polish_order(people, client_for):
    import csv
    import io

    response = client_for("hr").get(reverse("people_export"))
    text = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    header = next(k for k in rows[0] if "nazwisko" in k.lower() or "last" in k.lower())
    surnames = [r[header] for r in rows if r[header] in SURNAMES]
    distinct = list(dict.fromkeys(surnames))  # the Nowaks come together
    assert distinct == SURNAMES
    assert surnames.count("Nowak") == 5
