"""Benchmark of assignments at office scale: bulk assign, rules after an import, the team
matrix, the full XLSX export. Prints the figures; not a timed test.

Run from the project root:

    .venv/bin/python bench/assignments.py                     # SQLite in a temp folder
    DATABASE_URL=postgres://kadra@127.0.0.1:5432/postgres \\
        .venv/bin/python bench/assignments.py                 # a throwaway database there

With ``DATABASE_URL`` the benchmark creates a database ``kadra_bench_<pid>`` on that server,
migrates it, and drops it at the end. Data: 10,000 people in 50 units, 40 courses of three
lessons, 200,000 assignments with their progress rows (each person has 20 courses), made
in bulk (setup is not timed). Targets from issue 9: assign a course to a 5,000-person
subtree < 5 s; apply every rule after a 5,000-person CSV import < 10 s; the matrix's first
page p95 < 200 ms over 50 requests with ≤ 15 queries; full XLSX export of 10,000 × 40 in
< 30 s and < 500 MB.
"""

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"

SERVER_URL = os.environ.get("DATABASE_URL", "")
# --keep leaves the database in place; --reuse NAME runs the timings on one kept before.
KEEP = "--keep" in sys.argv
XLSX_ONLY = "--xlsx-only" in sys.argv  # the child process that times the export alone
REUSE = sys.argv[sys.argv.index("--reuse") + 1] if "--reuse" in sys.argv else ""
BENCH_DB = REUSE or f"kadra_bench_{os.getpid()}"
if SERVER_URL and not XLSX_ONLY:
    import psycopg

    if not REUSE:
        with psycopg.connect(SERVER_URL, autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{BENCH_DB}"')
    os.environ["DATABASE_URL"] = SERVER_URL.rsplit("/", 1)[0] + f"/{BENCH_DB}"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, connections  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

PEOPLE = 10_000
UNITS = 50
COURSES = 40
PER_PERSON = 20


def log(text):
    print(text, flush=True)


def build():
    from wagtail.models import Page

    from assignments.models import Assignment
    from courses.models import CourseIndexPage, CoursePage, CourseProgress, LessonPage
    from lms.models import OrgUnit, Role, User

    root = OrgUnit.add_root(instance=OrgUnit(name="Urząd", code="UW"))
    departments = []
    for d in range(5):
        root.refresh_from_db()
        departments.append(root.add_child(instance=OrgUnit(name=f"Wydział {d}", code=f"W{d}")))
    teams = []
    for d, dept in enumerate(departments):
        for t in range((UNITS - 6) // 5 + (1 if d < (UNITS - 6) % 5 else 0)):
            dept.refresh_from_db()
            teams.append(dept.add_child(instance=OrgUnit(name=f"Zespół {d}.{t}", code=f"W{d}-{t}")))
    units = [root, *departments, *teams]
    # Departments 0 and 1 hold half of the people: the 5,000-person subtree.
    big = [t for t in teams if t.path.startswith(departments[0].path)] + [
        t for t in teams if t.path.startswith(departments[1].path)
    ]
    rest = [t for t in teams if t not in big]
    people = [
        User(
            email=f"p{i}@bench.kadra",
            first_name=f"Imię{i % 97}",
            last_name=f"Nazwisko{i:05d}",
            employee_number=f"B{i:05d}",
            job_title=["Inspektor", "Referent", "Starszy inspektor"][i % 3],
            org_unit=(big if i < PEOPLE // 2 else rest)[i % len(big if i < PEOPLE // 2 else rest)],
            hire_date=date(2020, 1, 1) + timedelta(days=i % 2000),
            password="!",
        )
        for i in range(PEOPLE)
    ]
    User.objects.bulk_create(people, batch_size=2000)
    people = list(User.objects.order_by("pk"))
    hr = User.objects.create(
        email="hr@bench.kadra", first_name="HR", last_name="Kadry", password="!"
    )
    from django.contrib.auth.models import Group

    from lms.models import ROLE_GROUPS

    hr.groups.add(Group.objects.get_or_create(name=ROLE_GROUPS[Role.HR])[0])
    leader = people[0]
    departments[0].leaders.add(leader)

    home = Page.objects.get(depth=1)
    index = CourseIndexPage.objects.first() or home.add_child(
        instance=CourseIndexPage(title="Katalog", slug="katalog")
    )
    courses = []
    for c in range(COURSES + 1):
        index.refresh_from_db()
        course = index.add_child(
            instance=CoursePage(title=f"Kurs {c:02d}", slug=f"kurs-{c}", summary="x", live=True)
        )
        for n in range(3):
            course.refresh_from_db()
            course.add_child(
                instance=LessonPage(title=f"Lekcja {c}.{n}", slug=f"l-{c}-{n}", live=True)
            )
        courses.append(CoursePage.objects.get(pk=course.pk))
    extra, courses = courses[-1], courses[:-1]
    rng = random.Random(9)
    today = timezone.localdate()
    assignments, progress = [], []
    for person in people:
        for course in rng.sample(courses, PER_PERSON):
            roll = rng.random()
            status = "fulfilled" if roll < 0.3 else "active"
            due = today + timedelta(days=rng.randrange(-30, 60))
            assignments.append(
                Assignment(user_id=person.pk, course=course, due_date=due, status=status)
            )
            progress.append(
                CourseProgress(
                    user_id=person.pk,
                    course=course,
                    source="manual",
                    due_date=due,
                    steps_total=3,
                    steps_done=3 if status == "fulfilled" else (1 if roll < 0.6 else 0),
                    percent=100 if status == "fulfilled" else (33 if roll < 0.6 else 0),
                    status="completed"
                    if status == "fulfilled"
                    else ("in_progress" if roll < 0.6 else "not_started"),
                    completed_at=timezone.now() if status == "fulfilled" else None,
                )
            )
    Assignment.objects.bulk_create(assignments, batch_size=5000)
    CourseProgress.objects.bulk_create(progress, batch_size=5000)
    return {
        "units": units,
        "big": departments[0:2],
        "people": people,
        "hr": hr,
        "leader": leader,
        "courses": courses,
        "extra": extra,
        "teams": teams,
    }


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def bench_assign(world):
    from assignments import services
    from assignments.matrix import people_for_units

    people = people_for_units(world["hr"], world["big"])
    count = people.count()
    seconds, result = timed(
        lambda: services.assignment_create_bulk(
            courses=[world["extra"]], people=people, due_in_days=30, acting_user=world["hr"]
        )
    )
    return count, result.created_count, seconds


def bench_import_rules(world):
    from assignments import rules
    from assignments.models import Assignment
    from lms import services as lms_services
    from lms.people_import import EXPORT_HEADER

    for i, team in enumerate(world["teams"][:10]):
        rules.rule_create(
            acting_user=world["hr"],
            name=f"Reguła {i}",
            course=world["courses"][i],
            unit=team,
            job_title="Referent" if i % 2 else "",
            due_in_days=14,
        )
    codes = [t.code for t in world["teams"]]
    lines = [";".join(EXPORT_HEADER)]
    for i in range(5000):
        lines.append(
            f"N{i:05d};Nowa{i % 50};Osoba{i:05d};n{i}@bench.kadra;Referent;{codes[i % len(codes)]};"
            f"{date.today().isoformat()};tak"
        )
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8")
    plan_seconds, (plan, _kept) = timed(
        lambda: lms_services.people_import_plan(
            data=data, deactivate_missing=False, acting_user=world["hr"]
        )
    )
    before = Assignment.objects.count()
    apply_seconds, _ = timed(
        lambda: lms_services.people_import_apply(plan=plan, acting_user=world["hr"])
    )
    made = Assignment.objects.count() - before
    all_seconds, results = timed(lambda: rules.rules_apply_all())
    again = sum(len(p) for _r, p in results)
    return plan_seconds, apply_seconds, made, all_seconds, again


def bench_matrix(world, user, label):
    client = Client()
    client.force_login(user)
    url = reverse("team_matrix")
    client.get(url)  # warm up
    times = []
    for _ in range(50):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    with CaptureQueriesContext(connection) as ctx:
        client.get(url)
    slowest = sorted(ctx.captured_queries, key=lambda q: -float(q["time"]))[:3]
    for query in slowest:
        log(f"    {float(query['time']) * 1000:.0f} ms: {query['sql'][:160]}")
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    log(
        f"  matrix first page ({label}): p50 {statistics.median(times):.0f} ms, "
        f"p95 {p95:.0f} ms, {len(ctx.captured_queries)} queries"
    )
    return p95, len(ctx.captured_queries)


def xlsx_child():
    """Run in a fresh process, so its peak memory is the export's, not the setup's."""
    import resource

    from assignments import exports
    from assignments.matrix import TeamFilters
    from lms.models import User

    hr = User.objects.get(email="hr@bench.kadra")
    seconds, data = timed(lambda: exports.team_xlsx(hr, TeamFilters()))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(f"XLSX {seconds} {len(data)} {peak}")


def bench_xlsx(world):
    import subprocess

    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        url = f"sqlite:///{settings_dict['NAME']}"
    else:
        url = os.environ["DATABASE_URL"]
    connections.close_all()
    out = subprocess.run(
        [sys.executable, __file__, "--xlsx-only"],
        env={**os.environ, "DATABASE_URL": url},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    _label, seconds, size, peak = out.strip().splitlines()[-1].split()
    return float(seconds), int(size), int(peak)


def load_world():
    """The data of a kept database (``--reuse``)."""
    from courses.models import CoursePage
    from lms.models import OrgUnit, User

    departments = list(OrgUnit.objects.filter(depth=2).order_by("path"))
    courses = list(CoursePage.objects.order_by("title"))
    return {
        "units": list(OrgUnit.objects.all()),
        "big": departments[0:2],
        "people": list(
            User.objects.filter(email__endswith="@bench.kadra").exclude(email="hr@bench.kadra")
        ),
        "hr": User.objects.get(email="hr@bench.kadra"),
        "leader": departments[0].leaders.get(),
        "courses": courses[:COURSES],
        "extra": courses[COURSES],
        "teams": list(OrgUnit.objects.filter(depth=3).order_by("path")),
    }


def main():
    from lms.models import User

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", action="store_true", help="Keep the database at the end.")
    parser.add_argument("--reuse", metavar="DATABASE", help="Time on a kept database.")
    parser.parse_args()
    engine = connection.vendor
    log(f"Database: {engine}{' (database ' + BENCH_DB + ')' if SERVER_URL else ''}")
    if REUSE:
        world = load_world()
        log("Reusing the kept data: the assign and import timings are skipped.")
    else:
        call_command("migrate", verbosity=0)
        seconds, world = timed(build)
        # The setup leaves many objects alive; keep the collector from walking them on every
        # request below, as it would not in a server process.
        import gc

        gc.collect()
        gc.freeze()
        log(
            f"Setup: {len(world['people'])} people, {len(world['units'])} units, "
            f"{len(world['courses'])} courses, {len(world['people']) * PER_PERSON} assignments "
            f"and progress rows in {seconds:.1f} s (not timed below)"
        )
        count, created, seconds = bench_assign(world)
        log(
            f"Assign one course to a {count}-person subtree: {created} assignments in "
            f"{seconds:.2f} s (target < 5 s: {'PASS' if seconds < 5 else 'FAIL'})"
        )
        plan_s, apply_s, made, all_s, again = bench_import_rules(world)
        log(
            f"Import of 5,000 new people with 10 rules: plan {plan_s:.2f} s, apply with rules "
            f"{apply_s:.2f} s ({made} assignments by rules) (target < 10 s: "
            f"{'PASS' if apply_s < 10 else 'FAIL'}); every rule again: {all_s:.2f} s, "
            f"{again} new (must be 0)"
        )
    log("Team matrix:")
    p95_hr, q_hr = bench_matrix(world, world["hr"], "HR, whole office")
    p95_leader, q_leader = bench_matrix(
        world, world["leader"], "leader of a 2,500-person department"
    )
    ok = max(p95_hr, p95_leader) < 200 and max(q_hr, q_leader) <= 15
    log(f"  target p95 < 200 ms and <= 15 queries: {'PASS' if ok else 'FAIL'}")
    seconds, size, peak = bench_xlsx(world)
    log(
        f"XLSX export, {User.objects.count()} rows x {COURSES + 1} courses: "
        f"{seconds:.1f} s, {size / 1e6:.1f} MB file, peak memory of the exporting process "
        f"{peak / 1e6:.0f} MB "
        f"(targets < 30 s and < 500 MB: {'PASS' if seconds < 30 and peak < 500e6 else 'FAIL'})"
    )
    log(
        "Exports over 2,000 rows run in the task worker (assignments.tasks.run_export), "
        "with a progress page and a download link."
    )


if __name__ == "__main__":
    if XLSX_ONLY:
        xlsx_child()
        sys.exit(0)
    try:
        main()
    finally:
        connections.close_all()
        if SERVER_URL and not (KEEP or REUSE):
            import psycopg

            with psycopg.connect(SERVER_URL, autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{BENCH_DB}"')
