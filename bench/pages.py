"""Page benchmark at office scale: the learner pages, the team view, the compliance matrix and
the catalogue search under gunicorn, PostgreSQL and Redis.

    .venv/bin/python bench/pages.py                                  # 1,000 people, 4 courses
    .venv/bin/python bench/pages.py --people 10000 --courses 40      # the office of issue 13

What it does (everything is thrown away at the end, even on error or SIGTERM):

1. starts a throwaway PostgreSQL cluster (``bench/quiz_load.py``'s ``Postgres``: fsync off,
   not durable) and Debian's ``redis-server`` on 127.0.0.1 and free ports (or
   ``--pg-port`` / ``--redis-port``), both stopped by their process ids;
2. with ``lms.settings.production`` and ``REDIS_URL`` runs ``migrate`` and
   ``collectstatic`` and creates the data in bulk in a Django subprocess (COPY for the large
   tables): the people in 50 units (a root, 5 departments, 44 teams), the courses of 10
   lessons each (the first lesson of the first course plays an H5P activity), one progress
   row per person and course and on average 5 finished steps each (``--people 10000
   --courses 40``: 400,000 progress rows and 2 million step completions), a leader of the
   first department and an HR officer; the learners' sessions are written through the
   production ``SESSION_ENGINE`` (``cached_db``: the database and Redis), so a page view
   reads its session from Redis as in production;
3. starts gunicorn (``--workers`` sync workers, default 2) through a WSGI wrapper of this
   benchmark only that adds two response headers: the request's server time and the CPU
   time the worker process spent on it (``resource.getrusage`` of the worker itself). The
   wrapper exists in the benchmark's temp folder; production never loads it;
4. per page, a bounded client (``--concurrency`` threads, default 4, one keep-alive
   connection each, 127.0.0.1 only) sends ``--requests`` GETs (default 200) after a few
   untimed ones, signed in as learners picked at random (or as the leader or HR officer);
5. prints per page: requests/s, client p50/p95/p99, server p95, CPU ms per request (mean and
   median), queries are not counted here (the tests do that), and PASS/FAIL against the
   targets of issue 13: learner pages p95 < 100 ms server time, CPU per request <= 20 ms on
   the lesson and <= 18 ms on the outline, the team view's first page p95 < 300 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http import client as http_client
from pathlib import Path
from urllib.parse import quote

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from quiz_load import (  # noqa: E402
    GUNICORN,
    PYTHON,
    Postgres,
    Redis,
    children_of,
    cpu_seconds,
    free_port,
    log,
    percentile,
    run,
)

INTERNAL = "_django"
UNITS = 50
STEPS = 10
H5P_FILE = ROOT.parent / "shared" / "h5p" / "H5P.MultiChoice.h5p"

WSGI_WRAPPER = '''\
"""Benchmark only: the request's server time and the worker's CPU time as headers."""
import resource
import time

from lms.wsgi import application as _app


def application(environ, start_response):
    before = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    held = {}

    def hold(status, headers, exc_info=None):
        held["args"] = (status, list(headers), exc_info)
        return lambda data: None

    body = _app(environ, hold)
    chunks = list(body)  # Kadra's pages are not streamed: the work is done here
    if hasattr(body, "close"):
        body.close()
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    status, headers, exc_info = held["args"]
    headers += [
        ("X-Bench-Server-Us", str(int((time.perf_counter() - t0) * 1e6))),
        ("X-Bench-Cpu-Us", str(int(cpu * 1e6))),
    ]
    start_response(status, headers, exc_info)
    return chunks
'''


# --- data (Django subprocess) ------------------------------------------------------------------


def _copy(table: str, columns: list[str], rows) -> int:
    """COPY rows into a table (PostgreSQL), returning how many were written."""
    from django.db import connection

    count = 0
    with connection.cursor() as cursor:
        raw = cursor.cursor
        with raw.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
                count += 1
    return count


def django_setup(people_count: int, course_count: int, sessions: int, out: Path) -> None:
    import logging
    from datetime import date, timedelta

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.models import Group
    from django.core.files import File
    from django.db import transaction
    from django.utils import timezone
    from django.utils.module_loading import import_string

    from courses.h5p_package import validate_package
    from courses.models import CourseIndexPage, CoursePage, H5PPackage, LessonPage
    from lms.models import ROLE_GROUPS, OrgUnit, Role, User

    logging.getLogger("wagtail").setLevel(logging.WARNING)  # no line per page created
    t0 = time.monotonic()
    rng = random.Random(13)
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
        people = list(User.objects.order_by("pk").values_list("pk", flat=True))
        employees = Group.objects.get(name=ROLE_GROUPS[Role.EMPLOYEE])
        User.groups.through.objects.bulk_create(
            [User.groups.through(user_id=pk, group_id=employees.pk) for pk in people],
            batch_size=5000,
        )
        hr = User.objects.create(email="hr@bench.kadra", first_name="HR", last_name="Kadry")
        hr.groups.add(Group.objects.get(name=ROLE_GROUPS[Role.HR]))
        leader = User.objects.get(pk=people[0])
        departments[0].leaders.add(leader)
        leader.groups.add(Group.objects.get(name=ROLE_GROUPS[Role.LEADER]))

        with H5P_FILE.open("rb") as fh:
            info = validate_package(fh)
            package = H5PPackage(
                title="Wielokrotny wybór",
                main_library=info.main_library,
                library_version=info.main_library_version,
                size=info.total_size,
                metadata={"title": info.title, "libraries": [x.folder for x in info.libraries]},
            )
            fh.seek(0)
            package.file.save(H5P_FILE.name, File(fh), save=True)

        index = CourseIndexPage.objects.get()
        courses, lessons = [], {}
        for c in range(course_count):
            index.refresh_from_db()
            course = CoursePage(
                title=f"Kurs {c:02d} obsługi cudzoziemców",
                slug=f"kurs-{c}",
                summary="Kurs do testu wydajności.",
                sequential=True,
                self_enrolment=True,
            )
            index.add_child(instance=course)
            course.save_revision().publish()
            lessons[course.pk] = []
            for s in range(STEPS):
                body = [{"type": "text", "value": f"<p>Lekcja {s} kursu {c}.</p>" * 20}]
                if c == 0 and s == 0:
                    body.append(
                        {
                            "type": "h5p",
                            "value": {"package": package.pk, "instructions": ""},
                            "id": "act-1",
                        }
                    )
                lesson = LessonPage(title=f"Lekcja {s}", slug=f"lekcja-{s}", body=body)
                course.refresh_from_db()
                course.add_child(instance=lesson)
                revision = lesson.save_revision()
                revision.publish()
                lessons[course.pk].append((lesson.pk, revision.pk))
            courses.append(course.pk)
        log(
            f"    pages        {course_count} courses × {STEPS} lessons in "
            f"{time.monotonic() - t0:.0f} s"
        )

        now = timezone.now()
        # Steps done per person and course (0 to 10, 5 on average), drawn once for both tables.
        done_of = bytes(rng.randrange(0, STEPS + 1) for _ in range(len(people) * len(courses)))

        def progress_rows():
            for i, user_id in enumerate(people):
                for j, course_id in enumerate(courses):
                    done = done_of[i * len(courses) + j]
                    steps = lessons[course_id]
                    status = (
                        "completed" if done == STEPS else "in_progress" if done else "not_started"
                    )
                    yield (
                        user_id,
                        course_id,
                        "manual",
                        status,
                        done,
                        STEPS,
                        10 * done,
                        steps[done][0] if done < STEPS else None,
                        now,
                        now if done else None,
                        now if done == STEPS else None,
                        now,
                        1,
                    )

        def completion_rows():
            for i, user_id in enumerate(people):
                for j, course_id in enumerate(courses):
                    for lesson_id, revision_id in lessons[course_id][
                        : done_of[i * len(courses) + j]
                    ]:
                        yield (user_id, lesson_id, course_id, revision_id, now, 1, "")

        n_progress = _copy(
            "courses_courseprogress",
            [
                "user_id",
                "course_id",
                "source",
                "status",
                "steps_done",
                "steps_total",
                "percent",
                "next_step_id",
                "enrolled_at",
                "started_at",
                "completed_at",
                "updated_at",
                "cycle",
            ],
            progress_rows(),
        )
        n_done = _copy(
            "courses_lessoncompletion",
            [
                "user_id",
                "lesson_id",
                "course_id",
                "revision_id",
                "completed_at",
                "cycle",
                "reopened_reason",
            ],
            completion_rows(),
        )
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    log(
        f"    rows         {len(people):,} people, {n_progress:,} progress rows, "
        f"{n_done:,} step completions in {time.monotonic() - t0:.0f} s"
    )

    session_store = import_string(settings.SESSION_ENGINE + ".SessionStore")
    backend = settings.AUTHENTICATION_BACKENDS[-1]

    def session_for(user):
        session = session_store()
        session[SESSION_KEY] = user._meta.pk.value_to_string(user)
        session[BACKEND_SESSION_KEY] = backend
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        return session.session_key

    sample = rng.sample(people[1:], min(sessions, len(people) - 1))
    learners = [session_for(u) for u in User.objects.filter(pk__in=sample)]
    first = CoursePage.objects.get(pk=courses[0])
    out.write_text(
        json.dumps(
            {
                "learners": learners,
                "leader": session_for(leader),
                "hr": session_for(hr),
                "course_urls": [CoursePage.objects.get(pk=pk).url for pk in courses],
                "lesson_url": LessonPage.objects.get(pk=lessons[first.pk][0][0]).url,
                "catalogue_url": index.url,
            }
        )
    )


def internal_main(argv):
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    command, *args = argv
    if command == "setup":
        people, courses, sessions, out = args
        django_setup(int(people), int(courses), int(sessions), Path(out))
    else:
        raise SystemExit(f"unknown internal command {command}")


# --- the client -------------------------------------------------------------------------------


class Sample:
    __slots__ = ("status", "client_ms", "server_ms", "cpu_ms")

    def __init__(self, status, client_ms, server_ms, cpu_ms):
        self.status, self.client_ms, self.server_ms, self.cpu_ms = (
            status,
            client_ms,
            server_ms,
            cpu_ms,
        )


def _get(conn, path, session, host):
    headers = {"Cookie": f"sessionid={session}", "Host": host, "Accept": "text/html"}
    t0 = time.perf_counter()
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    response.read()
    client_ms = (time.perf_counter() - t0) * 1000
    server = response.getheader("X-Bench-Server-Us")
    cpu = response.getheader("X-Bench-Cpu-Us")
    return Sample(
        response.status,
        client_ms,
        int(server) / 1000 if server else None,
        int(cpu) / 1000 if cpu else None,
    )


def measure(port, pick, *, requests, concurrency, warm=4):
    """``requests`` GETs over ``concurrency`` keep-alive connections; ``pick()`` gives
    (path, session) for each request."""
    host = f"127.0.0.1:{port}"
    samples, lock = [], threading.Lock()
    remaining = [requests]

    def worker():
        conn = http_client.HTTPConnection("127.0.0.1", port, timeout=60)
        for _ in range(warm):
            path, session = pick()
            try:
                _get(conn, path, session, host)
            except (ConnectionError, http_client.HTTPException, OSError, ValueError):
                conn.close()
                conn = http_client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with lock:
                if remaining[0] <= 0:
                    break
                remaining[0] -= 1
            path, session = pick()
            try:
                sample = _get(conn, path, session, host)
            except (ConnectionError, http_client.HTTPException, OSError, ValueError):
                conn.close()
                conn = http_client.HTTPConnection("127.0.0.1", port, timeout=60)
                sample = Sample(-1, 0.0, None, None)
            with lock:
                samples.append(sample)
        conn.close()

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return samples, time.perf_counter() - t0


def summary(name, samples, duration) -> dict:
    ok = [s for s in samples if s.status == 200]
    client = sorted(s.client_ms for s in ok)
    server = sorted(s.server_ms for s in ok if s.server_ms is not None)
    cpu = [s.cpu_ms for s in ok if s.cpu_ms is not None]
    return {
        "page": name,
        "requests": len(samples),
        "errors": len(samples) - len(ok),
        "rps": len(samples) / duration if duration else 0,
        "p50": percentile(client, 50),
        "p95": percentile(client, 95),
        "p99": percentile(client, 99),
        "server_p95": percentile(server, 95),
        "cpu_mean": statistics.fmean(cpu) if cpu else 0,
        "cpu_median": statistics.median(cpu) if cpu else 0,
    }


# --- main -------------------------------------------------------------------------------------

# page -> (server p95 target ms, CPU ms per request target or None)
TARGETS = {
    "outline": (100, 18),
    "lesson (H5P)": (100, 20),
    "my learning": (100, None),
    "catalogue search": (100, None),
    "team (first page)": (300, None),
    "compliance (first page)": (300, None),
}


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--courses", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--requests", type=int, default=200, help="per page")
    parser.add_argument("--sessions", type=int, default=200, help="signed-in learners used")
    parser.add_argument("--keep", action="store_true", help="keep the temp dir (logs)")
    parser.add_argument("--pg-port", type=int, default=None, help="default: a free port")
    parser.add_argument("--redis-port", type=int, default=None, help="default: a free port")
    return parser.parse_args(argv)


def main(argv) -> int:
    opts = parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    tmp = Path(tempfile.mkdtemp(prefix="kadra-pages-bench-"))
    postgres, redis = Postgres(tmp), Redis(tmp)
    if opts.pg_port:
        postgres.port = opts.pg_port
    if opts.redis_port:
        redis.port = opts.redis_port
    server = None
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    var_dir = tmp / "var"
    var_dir.mkdir()
    (tmp / "bench_pages_wsgi.py").write_text(WSGI_WRAPPER)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "PYTHONPATH", "DJANGO_SETTINGS_MODULE", "REDIS_URL")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="lms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        KADRA_BASE_URL=origin,
        CSRF_TRUSTED_ORIGINS=origin,
        SECURE_SSL_REDIRECT="false",
        SECURE_HSTS_SECONDS="0",
        KADRA_VAR_DIR=str(var_dir),
        MEDIA_ROOT=str(var_dir / "media"),
        H5P_ROOT=str(var_dir / "h5p"),
        PYTHONUNBUFFERED="1",
    )
    manage = [PYTHON, str(ROOT / "manage.py")]
    code = 0
    try:
        load = os.getloadavg()
        log(f"Kadra page benchmark: {opts.people:,} people, {opts.courses} courses")
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
        t0 = time.monotonic()
        collect_settings = tmp / "bench_collect_settings.py"
        collect_settings.write_text(
            "from lms.settings.base import *  # noqa\n"
            "STORAGES = {**STORAGES, 'staticfiles': "
            "{'BACKEND': 'django.contrib.staticfiles.storage.ManifestStaticFilesStorage'}}\n"
        )
        run(
            [*manage, "collectstatic", "--noinput", "-v", "0"],
            env={
                **env,
                "DJANGO_SETTINGS_MODULE": "bench_collect_settings",
                "PYTHONPATH": f"{tmp}:{ROOT}",
            },
            cwd=ROOT,
            what="collectstatic",
        )
        run([*manage, "migrate", "--noinput"], env=env, cwd=ROOT, what="migrate")
        run([*manage, "createcachetable"], env=env, cwd=ROOT, what="createcachetable")
        data_file = tmp / "data.json"
        log("  data:")
        out = run(
            [
                PYTHON,
                __file__,
                INTERNAL,
                "setup",
                opts.people,
                opts.courses,
                opts.sessions,
                data_file,
            ],
            env=env,
            cwd=ROOT,
            timeout=3600,
            what="test data",
        )
        print(out, end="")
        data = json.loads(data_file.read_text())
        log(f"  prepared in    {time.monotonic() - t0:.0f} s")

        server = subprocess.Popen(
            [
                GUNICORN,
                "bench_pages_wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(opts.workers),
                "--worker-class",
                "sync",
                "--keep-alive",
                "5",
                "--timeout",
                "120",
            ],
            env={**env, "PYTHONPATH": f"{tmp}:{ROOT}"},
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=open(tmp / "gunicorn.log", "wb"),  # noqa: SIM115
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                conn = http_client.HTTPConnection("127.0.0.1", port, timeout=5)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.3)
        log(
            f"  server         gunicorn {opts.workers} sync workers, lms.settings.production, "
            f"client {opts.concurrency} connections, {opts.requests} requests per page"
        )

        rng = random.Random(1)
        learners = data["learners"]

        def learner():
            return rng.choice(learners)

        pages = {
            "outline": lambda: (rng.choice(data["course_urls"]), learner()),
            "lesson (H5P)": lambda: (data["lesson_url"], learner()),
            "my learning": lambda: ("/", learner()),
            "catalogue search": lambda: (
                data["catalogue_url"]
                + "?q="
                + quote(rng.choice(["kurs", "obsługi", "cudzoziemców"])),
                learner(),
            ),
            "team (first page)": lambda: ("/team/", data["leader"]),
            "compliance (first page)": lambda: ("/compliance/", data["hr"]),
        }
        rows = []
        workers = children_of(server.pid)
        cpu_before = cpu_seconds(workers)
        for name, pick in pages.items():
            samples, duration = measure(
                port, pick, requests=opts.requests, concurrency=opts.concurrency
            )
            rows.append(summary(name, samples, duration))
        cpu_total = cpu_seconds(workers) - cpu_before
        log("")
        log(
            "| page | requests | errors | req/s | p50 | p95 | p99 | server p95 | CPU/req mean "
            "| CPU/req median | target |"
        )
        log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        for row in rows:
            p95_target, cpu_target = TARGETS[row["page"]]
            ok = row["requests"] > 0 and row["errors"] == 0 and row["server_p95"] < p95_target
            if cpu_target is not None:
                ok = ok and row["cpu_median"] <= cpu_target
            code = code or (0 if ok else 1)
            target = f"p95 < {p95_target} ms" + (f", CPU <= {cpu_target} ms" if cpu_target else "")
            log(
                f"| {row['page']} | {row['requests']} | {row['errors']} | {row['rps']:.1f} "
                f"| {row['p50']:.0f} ms | {row['p95']:.0f} ms | {row['p99']:.0f} ms "
                f"| {row['server_p95']:.0f} ms | {row['cpu_mean']:.1f} ms "
                f"| {row['cpu_median']:.1f} ms | {target}: {'PASS' if ok else 'FAIL'} |"
            )
        log(f"\n  workers' CPU over all pages (from /proc): {cpu_total:.1f} s")
        load = os.getloadavg()
        log(f"  load average after the run {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    except Exception as exc:  # noqa: BLE001
        log(f"RUN FAILED: {exc}")
        code = 2
    finally:
        if server is not None and server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)  # the gunicorn group we started
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
        redis.stop()
        postgres.stop()
        if opts.keep:
            log(f"  kept {tmp}")
        else:
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)
    return code


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == INTERNAL:
        internal_main(sys.argv[2:])
    else:
        sys.exit(main(sys.argv[1:]))
