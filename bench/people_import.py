"""Benchmark of the people import on SQLite: 5,000 rows as a Polish office saves them.

Run from the project root:  .venv/bin/python bench/people_import.py [--rows 5000]

It creates a fresh SQLite database in a temporary folder (test settings, all migrations),
about 20 units, and a Windows-1250 semicolon CSV with three bad lines; prints the errors
the dry run reports, fixes the lines, then times the import, a re-import of the same
file (which must change nothing), an import with 10% of the rows edited, and export →
import. Target: the 5,000-row import well under 10 s.
"""

import argparse
import os
import random
import shutil
import sys
import time
from datetime import date, timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"
os.environ.pop("DATABASE_URL", None)  # always the temporary SQLite file of the test settings

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from lms.models import OrgUnit, Role, User  # noqa: E402
from lms.people_import import apply_import, export_people, plan_import  # noqa: E402

FIRST = [
    "Agnieszka", "Łukasz", "Małgorzata", "Paweł", "Żaneta", "Józef", "Ewa", "Michał",
    "Katarzyna", "Grzegorz", "Zofia", "Bartłomiej", "Jadwiga", "Sławomir", "Halina",
]  # fmt: skip
LAST = [
    "Nowak", "Wiśniewska", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowska", "Zieliński",
    "Szymańska", "Woźniak", "Dąbrowski", "Kozłowska", "Jankowski", "Mazur", "Krawczyk",
    "Piotrowska", "Grabowski", "Pawłowska", "Michalski", "Król", "Wieczorek", "Jabłoński",
    "Wróbel", "Stępień", "Górska", "Żółkiewski", "Łęcka", "Ćwik", "Śliwińska",
]  # fmt: skip
TITLES = ["Inspektor", "Starszy inspektor", "Referent", "Starszy referent", "Podinspektor"]
HEADER = "Numer pracownika;Imię;Nazwisko;E-mail;Stanowisko;Kod komórki;Data zatrudnienia"


def create_units() -> list[str]:
    office = OrgUnit.add_root(instance=OrgUnit(name="Urząd Wojewódzki", code="UW"))
    codes = []
    for d, dept_name in enumerate(
        ["Wydział Spraw Cudzoziemców", "Wydział Kadr", "Wydział Organizacyjny"]
    ):
        dept = office.add_child(instance=OrgUnit(name=dept_name, code=f"W{d + 1}"))
        codes.append(dept.code)
        for t in range(5 if d == 0 else 6):
            office.refresh_from_db()
            dept.refresh_from_db()
            team = dept.add_child(
                instance=OrgUnit(name=f"Zespół {d + 1}.{t + 1}", code=f"W{d + 1}-{t + 1}")
            )
            codes.append(team.code)
    return codes  # fmt: skip


def make_rows(n: int, unit_codes: list[str]) -> list[list[str]]:
    rng = random.Random(2026)
    rows = []
    start = date(1995, 1, 1)
    for i in range(n):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        hired = start + timedelta(days=rng.randrange(0, 11000))
        rows.append(
            [
                f"P{i + 1:05d}",
                first,
                last,
                f"p{i + 1:05d}.{_ascii(last)}@uw.example.gov.pl",
                rng.choice(TITLES),
                rng.choice(unit_codes),
                hired.strftime("%d.%m.%Y") if i % 2 else hired.isoformat(),
            ]
        )
    return rows


def _ascii(text: str) -> str:
    return text.translate(str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")).lower()


def to_csv(rows) -> bytes:
    lines = [HEADER] + [";".join(r) for r in rows]
    return ("\r\n".join(lines) + "\r\n").encode("cp1250")


def timed(label, func, *args, **kwargs):
    started = time.perf_counter()
    result = func(*args, **kwargs)
    elapsed = time.perf_counter() - started
    print(f"  {label:<44} {elapsed:7.3f} s")
    return result, elapsed


def summary(plan) -> str:
    return (
        f"{len(plan.create)} to add, {len(plan.update)} to change, "
        f"{len(plan.deactivate)} to deactivate, {plan.unchanged} unchanged, "
        f"{len(plan.errors)} bad lines"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    args = parser.parse_args()
    db_name = settings.DATABASES["default"]["NAME"]
    print(f"Database: SQLite file {db_name} (fresh)")
    try:
        started = time.perf_counter()
        call_command("migrate", verbosity=0, interactive=False)
        print(f"Migrations applied in {time.perf_counter() - started:.1f} s\n")
        run(args.rows)
    finally:
        connection.close()
        shutil.rmtree(Path(db_name).parent, ignore_errors=True)


def run(n: int):
    unit_codes = create_units()
    hr = User.objects.create(
        email="kadry@uw.example.gov.pl",
        first_name="Ewa",
        last_name="Kadrowa",
        employee_number="HR1",
    )
    from django.contrib.auth.models import Group

    from lms.models import ROLE_GROUPS

    hr.groups.add(Group.objects.get_or_create(name=ROLE_GROUPS[Role.HR])[0])
    print(f"{OrgUnit.objects.count()} units, {n} rows, Windows-1250, semicolons\n")

    rows = make_rows(n, unit_codes)
    bad = dict(rows=[list(r) for r in rows])
    bad_rows = bad["rows"]
    bad_rows[10][5] = "WSC-3"  # line 12: unit that does not exist
    bad_rows[1999][3] = "p02000.nowak(at)uw.example.gov.pl"  # line 2001: not an email
    bad_rows[n - 1][6] = "31.02.2024"  # last line: no such date
    data = to_csv(bad_rows)
    print(f"File with 3 bad lines ({len(data) / 1024:.0f} KiB):")
    plan, _t = timed("plan_import (dry run)", plan_import, data, acting_user=hr)
    print(f"  -> {summary(plan)}")
    for error in plan.errors:
        print(f"     {error}")
    assert len(plan.errors) == 3, plan.errors
    assert User.objects.count() == 1

    print("\nFixed file (first import):")
    data = to_csv(rows)
    plan, t_plan = timed("plan_import", plan_import, data, acting_user=hr)
    print(f"  -> {summary(plan)}")
    _r, t_apply = timed("apply_import", apply_import, plan, acting_user=hr)
    print(f"  {'total':<44} {t_plan + t_apply:7.3f} s")
    assert User.objects.count() == n + 1
    assert len(plan.create) == n

    print("\nRe-import of the same file:")
    plan, t_plan2 = timed("plan_import", plan_import, data, acting_user=hr)
    print(f"  -> {summary(plan)}")
    assert not plan.has_changes and plan.unchanged == n, summary(plan)
    _r, t_apply2 = timed("apply_import (nothing to do)", apply_import, plan, acting_user=hr)
    print(f"  {'total':<44} {t_plan2 + t_apply2:7.3f} s")

    print("\nImport with 10% of the rows edited and 100 people missing (deactivated):")
    rng = random.Random(7)
    edited = [list(r) for r in rows[100:]]
    for r in rng.sample(edited, len(edited) // 10):
        r[4] = "Główny specjalista"
        r[5] = rng.choice(unit_codes)
    plan, t_plan3 = timed(
        "plan_import (deactivate missing)",
        plan_import,
        to_csv(edited),
        deactivate_missing=True,
        acting_user=hr,
    )
    print(f"  -> {summary(plan)}")
    _r, t_apply3 = timed("apply_import", apply_import, plan, acting_user=hr)
    print(f"  {'total':<44} {t_plan3 + t_apply3:7.3f} s")
    assert len(plan.deactivate) == 100

    print("\nExport, then import of the export:")
    text, _t = timed("export_people", export_people, User.objects.all())
    plan, t_plan4 = timed("plan_import of the export", plan_import, text.encode(), acting_user=hr)
    print(f"  -> {summary(plan)}")
    assert plan.ok and not plan.has_changes, summary(plan)

    total = t_plan + t_apply
    verdict = "OK" if total < 10 else "TOO SLOW"
    print(f"\n{n}-row import (plan + apply): {total:.2f} s — target < 10 s: {verdict}")


if __name__ == "__main__":
    main()
