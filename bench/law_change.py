"""Benchmark of retraining after a legal change (issue 12) at office scale, on PostgreSQL
with Redis as the cache.

    .venv/bin/python bench/law_change.py                 # 10,000 people (the issue's figure)
    .venv/bin/python bench/law_change.py --quick         # 1,000 people, fewer repeats
    .venv/bin/python bench/law_change.py --people 20000 --keep   # keep the temp dir (logs)

What it does (everything is thrown away at the end, even on error or SIGTERM):

1. starts a throwaway PostgreSQL cluster (``bench/quiz_load.py``'s ``Postgres``: fsync off,
   not durable) on 127.0.0.1:``--pg-port`` and Debian's ``redis-server`` on
   127.0.0.1:``--redis-port``, both stopped by their process ids; runs ``migrate`` with
   ``lms.settings.test`` plus the database task backend (``django_tasks_db``, as production
   queues its tasks);
2. builds the data in bulk in a Django subprocess (not timed): ``--people`` people in 50
   units (a leader for each of the 5 departments and 44 teams), one course of 4 lessons that
   every one of them completed (a progress row, 4 lesson completions on the live revisions,
   a fulfilled assignment and a valid certificate each), an editor, and a new draft of the
   first lesson;
3. **impact preview**: the editor's GET of the marking view in the Wagtail admin
   (``/admin/legal-change/<page_id>/``) through Django's test client, warmed up once, then
   ``--requests`` times (default 20): p50/p95 and the queries of one request. Target: p95
   under 500 ms, and the page's figures are right (everyone affected, every certificate);
4. **material change**: the editor marks the publish (``legal_change_publish``, which queues
   ``process_legal_change`` on commit); then a fresh process runs ``manage.py db_worker
   --batch``, the worker that runs the task in production. Figures: the task's wall time
   (the task result's start to finish), the worker process's peak memory (VmHWM) and its
   queries. Target: under 60 s; afterwards exactly N law-change assignments and N
   certificates "update required" must exist (N = the people), with one notice per
   person. The task is then run again (a second worker) and must write nothing;
5. **minor publish**: ``revision.publish()`` of a new draft of the second lesson (nothing
   marked), alternately with the feature installed and with the legal-change receivers
   disconnected (``law_change_assigned``, ``law_change_fulfilled``, the step completion's
   fulfilment and the revision floor), ``--publishes`` times each (default 15). Target: no
   more than without the feature: the same number of queries, and a median within 10 % (or
   10 ms) of the baseline, the noise of back-to-back runs on a shared machine; and the
   publishes changed nothing for learners.

Prints the figures with their targets and PASS/FAIL. Exit code 0 when every target passes,
1 when one fails, 2 when the run itself fails. Not part of the test suite (a benchmark).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from quiz_load import PYTHON, Postgres, Redis, log, percentile, run  # noqa: E402

INTERNAL = "_django"
UNITS = 50
LESSONS = 4
SUMMARY = "Od 27 kwietnia 2026 wnioski o pobyt składa się wyłącznie przez MOS"
SETTINGS = """\
from lms.settings.test import *  # noqa: F403

# As production: tasks go to the database queue and ``manage.py db_worker`` runs them.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
LOGGING = {"version": 1, "disable_existing_loggers": False}
"""


# --- Django side (subprocesses) ---------------------------------------------------------------


def _peak_memory() -> int:
    """This process's own peak resident memory in bytes (VmHWM)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0


def _emit(data: dict) -> None:
    print("RESULT " + json.dumps(data), flush=True)


def django_setup(people_count: int) -> None:
    import logging
    import uuid
    from datetime import date, timedelta

    from django.contrib.auth.models import Group
    from django.db import connection, transaction
    from django.utils import timezone

    from assignments.models import Assignment, Source, Status
    from certificates.models import Certificate, CertificateStatus
    from courses.models import (
        CourseIndexPage,
        CoursePage,
        CourseProgress,
        LessonCompletion,
        LessonPage,
    )
    from lms.models import ROLE_GROUPS, OrgUnit, Role, User

    logging.getLogger("wagtail").setLevel(logging.WARNING)
    t0 = time.monotonic()
    with transaction.atomic():
        root = OrgUnit.add_root(instance=OrgUnit(name="Urząd", code="UW"))
        departments, teams = [], []
        for d in range(5):
            root.refresh_from_db()
            departments.append(root.add_child(instance=OrgUnit(name=f"Wydział {d}", code=f"W{d}")))
        for t in range(UNITS - 6):
            dept = departments[t % 5]
            dept.refresh_from_db()
            teams.append(dept.add_child(instance=OrgUnit(name=f"Zespół {t}", code=f"Z{t}")))
        User.objects.bulk_create(
            [
                User(
                    email=f"p{i}@bench.kadra",
                    first_name=f"Imię{i % 97}",
                    last_name=f"Nazwisko{i:05d}",
                    employee_number=f"B{i:05d}",
                    job_title=["Inspektor", "Referent", "Starszy inspektor"][i % 3],
                    org_unit=teams[i % len(teams)],
                    hire_date=date(2020, 1, 1) + timedelta(days=i % 2000),
                    password="!",
                )
                for i in range(people_count)
            ],
            batch_size=2000,
        )
        people = list(User.objects.order_by("pk"))
        employees = Group.objects.get(name=ROLE_GROUPS[Role.EMPLOYEE])
        User.groups.through.objects.bulk_create(
            [User.groups.through(user_id=p.pk, group_id=employees.pk) for p in people],
            batch_size=5000,
        )
        # A leader for every department and team: the people of their units (and below).
        leaders = Group.objects.get(name=ROLE_GROUPS[Role.LEADER])
        for n, unit in enumerate([*departments, *teams]):
            leader = people[n]
            unit.leaders.add(leader)
            leader.groups.add(leaders)
        editor = User.objects.create(
            email="editor@bench.kadra",
            first_name="Edyta",
            last_name="Redaktor",
            is_staff=True,
            is_superuser=True,
            password="!",
        )
        editor.groups.add(Group.objects.get(name=ROLE_GROUPS[Role.EDITOR]))

        index = CourseIndexPage.objects.get()
        course = CoursePage(
            title="Legalizacja pobytu cudzoziemców",
            slug="legalizacja-pobytu",
            summary="Kurs do testu wydajności.",
            sequential=True,
            self_enrolment=True,
            retraining_days=14,
            validity_months=24,
        )
        index.add_child(instance=course)
        course.save_revision().publish()
        lessons = []
        for s in range(LESSONS):
            body = [{"type": "text", "value": f"<p>Lekcja {s}: przepisy sprzed zmiany.</p>" * 20}]
            lesson = LessonPage(title=f"Lekcja {s}", slug=f"lekcja-{s}", body=body)
            course.refresh_from_db()
            course.add_child(instance=lesson)
            revision = lesson.save_revision()
            revision.publish()
            lessons.append((lesson.pk, revision.pk))
        course = CoursePage.objects.get(pk=course.pk)

        now = timezone.now()
        today = timezone.localdate()
        completed = now - timedelta(days=60)
        CourseProgress.objects.bulk_create(
            [
                CourseProgress(
                    user_id=p.pk,
                    course=course,
                    source="manual",
                    status="completed",
                    steps_done=LESSONS,
                    steps_total=LESSONS,
                    percent=100,
                    started_at=completed,
                    completed_at=completed,
                    cycle=1,
                )
                for p in people
            ],
            batch_size=5000,
        )
        LessonCompletion.objects.bulk_create(
            [
                LessonCompletion(
                    user_id=p.pk,
                    lesson_id=lesson_id,
                    course=course,
                    revision_id=revision_id,
                    completed_at=completed,
                    cycle=1,
                )
                for p in people
                for lesson_id, revision_id in lessons
            ],
            batch_size=5000,
        )
        Assignment.objects.bulk_create(
            [
                Assignment(
                    user_id=p.pk,
                    course=course,
                    source=Source.MANUAL,
                    status=Status.FULFILLED,
                    due_date=today - timedelta(days=50),
                )
                for p in people
            ],
            batch_size=5000,
        )
        steps = [
            {"step": lesson_id, "revision": revision_id, "completed_at": completed.isoformat()}
            for lesson_id, revision_id in lessons
        ]
        Certificate.objects.bulk_create(
            [
                Certificate(
                    uuid=uuid.uuid4(),
                    number=f"BENCH/{today.year}/{n + 1:06d}",
                    year=today.year,
                    sequence=n + 1,
                    user_id=p.pk,
                    course=course,
                    name_as_issued=f"{p.first_name} {p.last_name}",
                    first_name_as_issued=p.first_name,
                    last_name_as_issued=p.last_name,
                    course_title=course.title,
                    step_revisions=steps,
                    completed_at=completed,
                    awarded_on=completed.date(),
                    issued_at=completed,
                    issued_on=completed.date(),
                    valid_until=today + timedelta(days=670),
                    issuer_name="Urząd",
                    status=CertificateStatus.VALID,
                    status_index=n + 1,
                    recipient_salt="0" * 32,
                )
                for n, p in enumerate(people)
            ],
            batch_size=5000,
        )
        # The editor's new text of the first lesson, not published yet.
        first = LessonPage.objects.get(pk=lessons[0][0])
        first.body = [
            {"type": "text", "value": "<p>Od 27 kwietnia 2026 wnioski wyłącznie przez MOS.</p>"}
        ]
        draft = first.save_revision(user=editor)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    _emit(
        {
            "seconds": time.monotonic() - t0,
            "people": len(people),
            "leaders": len(departments) + len(teams),
            "course": course.pk,
            "lessons": [pk for pk, _rev in lessons],
            "draft": draft.pk,
            "editor": editor.pk,
        }
    )


def django_preview(page_id: int, editor_id: int, requests: int, people: int) -> None:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from assignments import law_change
    from courses.models import CoursePage, LessonPage
    from lms.models import User

    editor = User.objects.get(pk=editor_id)
    url = reverse("legal_change_mark", args=[page_id])
    client = Client()
    client.force_login(editor)
    first = client.get(url)  # warm up (the caches, the templates)
    assert first.status_code == 200, first.status_code
    times = []
    for _ in range(requests):
        t0 = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - t0) * 1000)
        assert response.status_code == 200, response.status_code
    with CaptureQueriesContext(connection) as ctx:
        client.get(url)
    times.sort()
    # The figures the page shows, computed as the view does.
    page = LessonPage.objects.get(pk=page_id)
    course = CoursePage.objects.get(pk=page.get_parent().pk)
    found = law_change.impact(page=page, revision_id=page.get_latest_revision().pk, course=course)
    slowest = sorted(ctx.captured_queries, key=lambda q: -float(q["time"]))[:3]
    _emit(
        {
            "p50": percentile(times, 50),
            "p95": percentile(times, 95),
            "max": times[-1],
            "queries": len(ctx.captured_queries),
            "slowest": [(float(q["time"]) * 1000, q["sql"][:160]) for q in slowest],
            "affected": found.affected_count,
            "mid_course": found.mid_course_count,
            "certificates": found.certificates,
            "shows_count": f"{people:,}".replace(",", "\xa0") in first.content.decode()
            or str(people) in first.content.decode()
            or f"{people:,}" in first.content.decode(),
        }
    )


def django_mark(page_id: int, editor_id: int) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django_tasks_db.models import DBTaskResult

    from assignments import law_change
    from courses.models import LessonPage
    from lms.models import User

    editor = User.objects.get(pk=editor_id)
    page = LessonPage.objects.get(pk=page_id)
    with CaptureQueriesContext(connection) as ctx:
        t0 = time.perf_counter()
        change = law_change.legal_change_publish(
            page=page,
            user=editor,
            summary=SUMMARY,
            legal_basis="Ustawa o cudzoziemcach, art. 105",
        )
        seconds = time.perf_counter() - t0
    _emit(
        {
            "change": change.pk,
            "seconds": seconds,
            "queries": len(ctx.captured_queries),
            "queued": DBTaskResult.objects.filter(
                status="READY", task_path__endswith="process_legal_change"
            ).count(),
        }
    )


def django_worker() -> None:
    """The production worker, once over the queue (``db_worker --batch``), in this fresh
    process: its wall time, the task's own start to finish, peak memory and queries."""
    import io

    from django.core.management import call_command
    from django.db import connection
    from django_tasks_db.models import DBTaskResult

    base = _peak_memory()
    queries = [0]

    def count(execute, sql, params, many, context):
        queries[0] += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        t0 = time.perf_counter()
        call_command("db_worker", "--batch", "--no-startup-delay", stdout=io.StringIO())
        seconds = time.perf_counter() - t0
    results = list(DBTaskResult.objects.order_by("enqueued_at"))
    task = [r for r in results if r.task_path.endswith("process_legal_change")]
    last = task[-1] if task else None
    _emit(
        {
            "seconds": seconds,
            "task_seconds": (last.finished_at - last.started_at).total_seconds()
            if last and last.finished_at and last.started_at
            else None,
            "status": last.status if last else None,
            "return": last.return_value if last else None,
            "error": (last.traceback or "")[-1500:] if last else "",
            "peak": _peak_memory(),
            "base": base,
            "queries": queries[0],
        }
    )


def _counts(course_id: int) -> dict:
    from assignments.models import Assignment, Source, Status
    from certificates.models import Certificate, CertificateStatus
    from lms.models import Notification

    return {
        "assignments": Assignment.objects.filter(
            course_id=course_id, source=Source.LAW_CHANGE, status=Status.ACTIVE
        ).count(),
        "people_assigned": Assignment.objects.filter(course_id=course_id, source=Source.LAW_CHANGE)
        .values("user_id")
        .distinct()
        .count(),
        "update_required": Certificate.objects.filter(
            course_id=course_id, status=CertificateStatus.UPDATE_REQUIRED
        ).count(),
        "valid": Certificate.objects.filter(
            course_id=course_id, status=CertificateStatus.VALID
        ).count(),
        "notices": Notification.objects.filter(kind="law_change_assigned").count(),
        "team_notices": Notification.objects.filter(kind="law_change_team").count(),
    }


def django_check(course_id: int, change_id: int) -> None:
    """The rows after the worker, then a second run of the task (a second worker) that must
    write nothing."""
    from assignments import law_change
    from assignments.models import LegalChange

    before = _counts(course_id)
    processed = LegalChange.objects.get(pk=change_id).processed_at is not None
    t0 = time.perf_counter()
    again = law_change.process_legal_change(change_id)
    seconds = time.perf_counter() - t0
    _emit(
        {
            "counts": before,
            "processed": processed,
            "again": again,
            "again_seconds": seconds,
            "after_again": _counts(course_id),
        }
    )


def _receivers_off():
    """Disconnect the legal-change receivers and floors; returns a function restoring them."""
    from assignments import law_change
    from assignments.signals import fulfil_law_change
    from certificates.signals import reissue_on_law_change_fulfilled, require_update_on_law_change
    from courses import services as course_services
    from courses.services import step_completed

    law_change.law_change_assigned.disconnect(require_update_on_law_change)
    law_change.law_change_fulfilled.disconnect(reissue_on_law_change_fulfilled)
    step_completed.disconnect(fulfil_law_change)
    floors = list(course_services.REVISION_FLOORS)
    course_services.REVISION_FLOORS[:] = [f for f in floors if f is not law_change.revision_floor]

    def restore():
        law_change.law_change_assigned.connect(require_update_on_law_change)
        law_change.law_change_fulfilled.connect(reissue_on_law_change_fulfilled)
        step_completed.connect(fulfil_law_change)
        course_services.REVISION_FLOORS[:] = floors

    return restore


def django_publish(page_id: int, course_id: int, editor_id: int, publishes: int) -> None:
    import gc

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from assignments.models import LegalChange
    from courses.models import LessonPage
    from lms.models import User

    editor = User.objects.get(pk=editor_id)
    counts_before = _counts(course_id)
    changes_before = LegalChange.objects.count()
    n = [0]

    def one(feature: bool, capture: bool = False):
        n[0] += 1
        page = LessonPage.objects.get(pk=page_id)
        page.body = [{"type": "text", "value": f"<p>Poprawka literówki nr {n[0]}.</p>" * 20}]
        revision = page.save_revision(user=editor)
        restore = None if feature else _receivers_off()
        try:
            gc.collect()
            with CaptureQueriesContext(connection) as ctx:
                t0 = time.perf_counter()
                revision.publish(user=editor)
                ms = (time.perf_counter() - t0) * 1000
        finally:
            if restore:
                restore()
        return ms, len(ctx.captured_queries)

    one(True)
    one(False)  # warm up both paths
    with_feature, without, q_with, q_without = [], [], set(), set()
    for i in range(publishes):
        for feature in (True, False) if i % 2 == 0 else (False, True):
            ms, queries = one(feature)
            (with_feature if feature else without).append(ms)
            (q_with if feature else q_without).add(queries)
    _emit(
        {
            "with": sorted(with_feature),
            "without": sorted(without),
            "queries_with": sorted(q_with),
            "queries_without": sorted(q_without),
            "unchanged": _counts(course_id) == counts_before
            and LegalChange.objects.count() == changes_before,
        }
    )


def internal_main(argv) -> None:
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    command, *args = argv
    numbers = [int(a) for a in args]
    {
        "setup": django_setup,
        "preview": django_preview,
        "mark": django_mark,
        "worker": django_worker,
        "check": django_check,
        "publish": django_publish,
    }[command](*numbers)


# --- the orchestrating process ----------------------------------------------------------------


def _result(out: str) -> dict:
    for line in reversed(out.splitlines()):
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT ") :])
    raise RuntimeError(f"no result in:\n{out[-3000:]}")


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=None, help="default 10,000 (1,000 quick)")
    parser.add_argument("--quick", action="store_true", help="1,000 people, fewer repeats")
    parser.add_argument("--requests", type=int, default=None, help="preview GETs (default 20)")
    parser.add_argument("--publishes", type=int, default=None, help="minor publishes per side")
    parser.add_argument("--pg-port", type=int, default=55444)
    parser.add_argument("--redis-port", type=int, default=56444)
    parser.add_argument("--keep", action="store_true", help="keep the temp dir (logs)")
    opts = parser.parse_args(argv)
    opts.people = opts.people or (1000 if opts.quick else 10_000)
    opts.requests = opts.requests or (10 if opts.quick else 20)
    opts.publishes = opts.publishes or (10 if opts.quick else 15)
    return opts


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main(argv) -> int:
    opts = parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    tmp = Path(tempfile.mkdtemp(prefix="kadra-law-bench-"))
    postgres, redis = Postgres(tmp), Redis(tmp)
    postgres.port, redis.port = opts.pg_port, opts.redis_port
    (tmp / "bench_law_change_settings.py").write_text(SETTINGS)
    (tmp / "t").mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "PYTHONPATH", "DJANGO_SETTINGS_MODULE", "REDIS_URL")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="bench_law_change_settings",
        PYTHONPATH=f"{tmp}:{ROOT}",
        PYTHONUNBUFFERED="1",
        TMPDIR=str(tmp / "t"),  # the test settings' media folders, removed with the rest
    )
    failed = []

    def child(*args, what, timeout=3600):
        return _result(
            run([PYTHON, __file__, INTERNAL, *args], env=env, cwd=ROOT, timeout=timeout, what=what)
        )

    try:
        load = os.getloadavg()
        log(f"Kadra legal-change benchmark: {opts.people:,} people who completed the course")
        log(
            f"  machine        {os.cpu_count()} CPUs, load average before the run "
            f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
        )
        postgres.start()
        redis.start()
        env.update(DATABASE_URL=postgres.url, REDIS_URL=redis.url)
        log(
            f"  database       PostgreSQL {postgres.version} on 127.0.0.1:{postgres.port} "
            "(fsync=off: NOT durable, benchmark only)"
        )
        log(f"  cache          redis-server on 127.0.0.1:{redis.port}")
        run([PYTHON, ROOT / "manage.py", "migrate", "--noinput"], env=env, cwd=ROOT, what="migrate")
        world = child("setup", opts.people, what="test data")
        log(
            f"  data           {world['people']:,} people in {UNITS} units "
            f"({world['leaders']} leaders), 1 course of {LESSONS} lessons completed by all: "
            f"{world['people'] * LESSONS:,} lesson completions, {world['people']:,} valid "
            f"certificates, in {world['seconds']:.0f} s (not timed)"
        )
        n = world["people"]
        first, second = world["lessons"][0], world["lessons"][1]

        log(f"Impact preview (GET /admin/legal-change/{first}/ as the editor):")
        preview = child("preview", first, world["editor"], opts.requests, n, what="preview")
        right = preview["affected"] == n and preview["certificates"] == n
        ok = preview["p95"] < 500 and right
        log(
            f"  {opts.requests} requests: p50 {preview['p50']:.0f} ms, p95 {preview['p95']:.0f} ms, "
            f"max {preview['max']:.0f} ms, {preview['queries']} queries"
        )
        for ms, sql in preview["slowest"]:
            log(f"      {ms:.0f} ms: {sql}")
        log(
            f"  figures: {preview['affected']:,} affected, {preview['mid_course']:,} mid-course, "
            f"{preview['certificates']:,} certificates to update (must be {n:,} and {n:,})"
        )
        log(f"  target p95 < 500 ms with the right figures: {verdict(ok)}")
        if not ok:
            failed.append("preview")

        log("Material change (legal_change_publish, then the worker runs the task):")
        mark = child("mark", first, world["editor"], what="mark")
        log(
            f"  the editor's publish and marking: {mark['seconds'] * 1000:.0f} ms, "
            f"{mark['queries']} queries, {mark['queued']} task queued"
        )
        worker = child("worker", what="worker")
        if worker["status"] != "SUCCESSFUL":
            log(f"  the task did not succeed: {worker['status']}\n{worker['error']}")
        check = child("check", world["course"], mark["change"], what="check")
        counts, again = check["counts"], check["after_again"]
        task_s = worker["task_seconds"] or worker["seconds"]
        log(
            f"  worker (db_worker --batch, fresh process): task {task_s:.1f} s, whole worker "
            f"{worker['seconds']:.1f} s, {worker['queries']:,} queries, peak memory "
            f"{worker['peak'] / 1e6:.0f} MB (after start-up {worker['base'] / 1e6:.0f} MB), "
            f"reached {worker['return']}"
        )
        log(
            f"  rows: {counts['assignments']:,} law-change assignments "
            f"({counts['people_assigned']:,} people), {counts['update_required']:,} "
            f"certificates update required, {counts['valid']:,} still valid, "
            f"{counts['notices']:,} notices to learners, {counts['team_notices']:,} to leaders"
        )
        rows_ok = (
            counts["assignments"] == n
            and counts["people_assigned"] == n
            and counts["update_required"] == n
            and counts["valid"] == 0
            and counts["notices"] == n
            and check["processed"]
        )
        ok = worker["status"] == "SUCCESSFUL" and task_s < 60 and rows_ok
        log(
            f"  target < 60 s with exactly {n:,} assignments and {n:,} certificates "
            f"update required: {verdict(ok)}"
        )
        if not ok:
            failed.append("material change")
        idem = check["again"] == 0 and again == counts
        log(
            f"  the task run again: {check['again']} reached, rows unchanged: "
            f"{again == counts} ({check['again_seconds']:.1f} s): {verdict(idem)}"
        )
        if not idem:
            failed.append("idempotence")

        log(f"Minor publish (revision.publish() of lesson {second}, nothing marked):")
        pub = child(
            "publish", second, world["course"], world["editor"], opts.publishes, what="publish"
        )
        med_with = statistics.median(pub["with"])
        med_without = statistics.median(pub["without"])
        same_queries = pub["queries_with"] == pub["queries_without"]
        ok = (
            same_queries
            and med_with <= max(med_without * 1.10, med_without + 10)
            and pub["unchanged"]
        )
        log(
            f"  with the feature: median {med_with:.0f} ms (p95 "
            f"{percentile(pub['with'], 95):.0f}), queries {pub['queries_with']}"
        )
        log(
            f"  receivers disconnected: median {med_without:.0f} ms (p95 "
            f"{percentile(pub['without'], 95):.0f}), queries {pub['queries_without']}"
        )
        log(f"  nothing changed for learners: {pub['unchanged']}")
        log(
            f"  target no more than without the feature (same queries, median within 10 % or "
            f"10 ms): {verdict(ok)}"
        )
        if not ok:
            failed.append("minor publish")
        load = os.getloadavg()
        log(f"  load average after the run {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    except Exception as error:  # the run itself failed
        log(f"Benchmark failed: {error}")
        if postgres.started:
            log(postgres.log_tail())
        return 2
    finally:
        redis.stop()
        postgres.stop()
        if opts.keep:
            log(f"  kept {tmp}")
        else:
            subprocess.run(["rm", "-rf", str(tmp)], check=False)
    log("FAIL: " + ", ".join(failed) if failed else "All targets PASS")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == INTERNAL:
        internal_main(sys.argv[2:])
        sys.exit(0)
    sys.exit(main(sys.argv[1:]))
