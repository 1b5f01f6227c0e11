"""The demo voivodeship office: units, roles and people with fixed demo logins."""

from datetime import date, timedelta

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction

from .models import ROLE_GROUPS, OrgUnit, Role, User

DEMO_PASSWORD = "kadra-demo"
DEMO_LOGINS = [
    ("employee@demo.kadra", Role.EMPLOYEE),
    ("leader@demo.kadra", Role.LEADER),
    ("hr@demo.kadra", Role.HR),
    ("editor@demo.kadra", Role.EDITOR),
]

UNITS = [
    # code, name, parent code
    ("UW", "Urząd Wojewódzki (demo)", None),
    ("WSC", "Wydział Spraw Cudzoziemców", "UW"),
    ("WSC-LP", "Zespół ds. legalizacji pobytu", "WSC"),
    ("WSC-ZP", "Zespół ds. zezwoleń na pracę", "WSC"),
    ("WSC-PI", "Punkt informacyjny dla cudzoziemców", "WSC"),
    ("WK", "Wydział Kadr", "UW"),
]

# email, first name, last name, employee number, job title, unit, role
KEY_PEOPLE = [
    ("employee@demo.kadra", "Anna", "Nowak", "D0001", "Inspektor", "WSC-LP", Role.EMPLOYEE),
    (
        "leader@demo.kadra",
        "Marek",
        "Wiśniewski",
        "D0002",
        "Kierownik zespołu",
        "WSC-LP",
        Role.LEADER,
    ),
    (
        "lider.zp@demo.kadra",
        "Katarzyna",
        "Wójcik",
        "D0003",
        "Kierownik zespołu",
        "WSC-ZP",
        Role.LEADER,
    ),
    (
        "lider.pi@demo.kadra",
        "Tomasz",
        "Kamiński",
        "D0004",
        "Kierownik punktu",
        "WSC-PI",
        Role.LEADER,
    ),
    ("hr@demo.kadra", "Ewa", "Lewandowska", "D0005", "Specjalista ds. kadr", "WK", Role.HR),
    ("editor@demo.kadra", "Paweł", "Zieliński", "D0006", "Koordynator szkoleń", "WSC", Role.EDITOR),
]

EMPLOYEES = [
    ("Agnieszka", "Szymańska"),
    ("Piotr", "Woźniak"),
    ("Magdalena", "Dąbrowska"),
    ("Krzysztof", "Kozłowski"),
    ("Joanna", "Jankowska"),
    ("Michał", "Mazur"),
    ("Aleksandra", "Kwiatkowska"),
    ("Łukasz", "Krawczyk"),
    ("Monika", "Piotrowska"),
    ("Jakub", "Grabowski"),
    ("Natalia", "Pawłowska"),
    ("Grzegorz", "Michalski"),
    ("Karolina", "Nowakowska"),
    ("Rafał", "Adamczyk"),
    ("Beata", "Dudek"),
    ("Wojciech", "Zając"),
    ("Dorota", "Wieczorek"),
    ("Marcin", "Jabłoński"),
    ("Justyna", "Król"),
    ("Adam", "Majewski"),
    ("Sylwia", "Olszewska"),
    ("Damian", "Jaworski"),
    ("Iwona", "Wróbel"),
    ("Sebastian", "Malinowski"),
    ("Małgorzata", "Pawlak"),
    ("Bartosz", "Witkowski"),
    ("Emilia", "Walczak"),
    ("Kamil", "Stępień"),
    ("Renata", "Górska"),
    ("Mateusz", "Rutkowski"),
    ("Zofia", "Michalak"),
    ("Dariusz", "Sikora"),
]
TEAMS = ["WSC-LP", "WSC-ZP", "WSC-PI"]
TITLES = ["Inspektor", "Starszy inspektor", "Referent", "Starszy referent", "Podinspektor"]


def _group(role):
    return Group.objects.get_or_create(name=ROLE_GROUPS[role])[0]


@transaction.atomic
def seed_organisation(today: date | None = None) -> dict:
    today = today or date(2026, 9, 1)
    units = {}
    for code, name, parent in UNITS:
        unit = OrgUnit.objects.filter(code=code).first()
        if unit is None:
            unit = OrgUnit(code=code, name=name)
            unit = (
                OrgUnit.add_root(instance=unit)
                if parent is None
                else units[parent].add_child(instance=unit)
            )
        units[code] = unit

    people = {}
    # One hash for every demo account: hashing is deliberately slow (about a second each).
    demo_hash = make_password(DEMO_PASSWORD)
    rows = [
        (email, first, last, number, title, unit, role)
        for email, first, last, number, title, unit, role in KEY_PEOPLE
    ]
    for i, (first, last) in enumerate(EMPLOYEES):
        number = f"D{100 + i:04d}"
        email = f"{_ascii(first)}.{_ascii(last)}@demo.kadra"
        rows.append(
            (email, first, last, number, TITLES[i % len(TITLES)], TEAMS[i % 3], Role.EMPLOYEE)
        )
    for i, (email, first, last, number, title, unit_code, role) in enumerate(rows):
        person = User.objects.filter(email=email).first()
        if person is None:
            person = User(
                email=email,
                first_name=first,
                last_name=last,
                employee_number=number,
                job_title=title,
                org_unit=units[unit_code],
                hire_date=today - timedelta(days=90 + 53 * i),
            )
            person.password = demo_hash
            person.save()
        person.groups.add(_group(Role.EMPLOYEE))
        if role != Role.EMPLOYEE:
            person.groups.add(_group(role))
        if role == Role.LEADER:
            units[unit_code].leaders.add(person)
        people[email] = person
    return {"units": units, "people": people}


def _ascii(text: str) -> str:
    table = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
    return text.translate(table).lower()
