"""Benchmark of internal sessions under gunicorn and PostgreSQL. Prints its figures.

    .venv/bin/python bench/seminars.py                  # 500 people, 100 seats
    .venv/bin/python bench/seminars.py --people 200 --seats 50 --workers 2 --threads 8
    .venv/bin/python bench/seminars.py --pg-port 55447   # a fixed port (default: a free one)

1. Starts a throwaway PostgreSQL cluster (fsync off: not durable, benchmark only) and
   gunicorn with the production settings, as ``bench/quiz_load.py`` does (it reuses its
   server helpers).
2. Booking race: N signed-in people post "book" for one event of S seats at the same instant
   (threads released by a barrier, one HTTP connection each). Targets from issue 11: 0
   errors, exactly S booked (the rest on the waitlist), p95 under 300 ms. Calendar
   invitations are queued for the task worker after each commit (``seminars.tasks``); no
   worker runs here, so the figures are the requests' own.
3. Attendance page of a 200-person event, rendered in-process with the production settings:
   p95 over 30 requests under 150 ms, and the number of queries the same for 20 and for 200
   people.

The exit code is 0 when every target passes, 1 when one fails and 2 when the run fails.
"""

import json
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
from http import client as http_client
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

from quiz_load import (  # noqa: E402
    Gunicorn,
    Postgres,
    cpu_seconds,
    free_port,
    log,
    percentile,
    run,
)

PYTHON = sys.executable
INTERNAL = "_django"


def _arg(name, default):
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


# --- inside Django ---------------------------------------------------------------------


def django_setup(people: int, seats: int, out: Path) -> None:
    from datetime import timedelta

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.hashers import make_password
    from django.utils import timezone
    from django.utils.module_loading import import_string

    from lms.models import OrgUnit, User
    from seminars.models import Event, EventDate

    store = import_string(settings.SESSION_ENGINE + ".SessionStore")
    unit = OrgUnit.add_root(name="Wydział benchmarku", code="BENCH")
    users = User.objects.bulk_create(
        [
            User(
                email=f"p{i:04d}@bench.kadra.test",
                first_name="Osoba",
                last_name=f"{i:04d}",
                org_unit=unit,
                password=make_password(None),
            )
            for i in range(people)
        ]
    )
    event = Event.objects.create(title="Benchmark", unit=unit, capacity=seats, open_to_all=True)
    start = timezone.now() + timedelta(days=3)
    EventDate.objects.create(event=event, starts_at=start, ends_at=start + timedelta(hours=2))
    backend = settings.AUTHENTICATION_BACKENDS[-1]
    keys = []
    for user in users:
        session = store()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = backend
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        keys.append(session.session_key)
    out.write_text(json.dumps({"event_id": event.pk, "sessions": keys}))


def django_verify(event_id: int, out: Path) -> None:
    from seminars.models import Booking

    counts = {
        status: Booking.objects.filter(event_id=event_id, status=status).count()
        for status in ("booked", "waiting", "pending", "cancelled")
    }
    out.write_text(json.dumps(counts))


def _attendance_event(size: int):
    from datetime import timedelta

    from django.utils import timezone

    from lms.models import OrgUnit, User
    from seminars.models import Booking, Event, EventDate

    root = OrgUnit.objects.get(code="BENCH")
    unit = root.add_child(name=f"Zespół {size}", code=f"BENCH-{size}")
    leader = User.objects.create(
        email=f"leader{size}@bench.kadra.test", first_name="L", last_name="L"
    )
    unit.leaders.add(leader)
    people = User.objects.bulk_create(
        [
            User(
                email=f"a{size}-{i}@bench.kadra.test",
                first_name="Imię",
                last_name=f"N{i}",
                org_unit=unit,
            )
            for i in range(size)
        ]
    )
    event = Event.objects.create(
        title=f"Obecność {size}", unit=unit, capacity=size, open_to_all=True
    )
    now = timezone.now()
    event_date = EventDate.objects.create(
        event=event, starts_at=now - timedelta(minutes=5), ends_at=now + timedelta(hours=1)
    )
    Booking.objects.bulk_create([Booking(event=event, user=p, status="booked") for p in people])
    return leader, event_date


def django_attendance(out: Path) -> None:
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    results = {}
    for size in (20, 200):
        leader, event_date = _attendance_event(size)
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(leader)
        url = reverse("session_date_attendance", kwargs={"pk": event_date.pk})
        assert client.get(url).status_code == 200  # warm-up
        queries = []

        def count(execute, sql, params, many, context, queries=queries):
            queries.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(count):
            assert client.get(url).status_code == 200
        times = []
        for _ in range(30):
            t0 = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 200
        times.sort()
        results[str(size)] = {
            "queries": len(queries),
            "p50": percentile(times, 50),
            "p95": percentile(times, 95),
        }
    out.write_text(json.dumps(results))


def internal_main(argv):
    import django

    django.setup()
    kind = argv[0]
    if kind == "setup":
        django_setup(int(argv[1]), int(argv[2]), Path(argv[3]))
    elif kind == "verify":
        django_verify(int(argv[1]), Path(argv[2]))
    elif kind == "attendance":
        django_attendance(Path(argv[1]))


# --- the race --------------------------------------------------------------------------


def book_all(port: int, event_id: int, sessions: list[str]):
    barrier = threading.Barrier(len(sessions))
    samples = [None] * len(sessions)
    csrf = secrets.token_hex(16)  # 32 characters: a valid CSRF secret for cookie and header

    def one(index):
        conn = http_client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            conn.connect()
            barrier.wait(timeout=60)
            t0 = time.perf_counter()
            conn.request(
                "POST",
                f"/sessions/{event_id}/book/",
                body="",
                headers={
                    "Cookie": f"sessionid={sessions[index]}; csrftoken={csrf}",
                    "X-CSRFToken": csrf,
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Host": "127.0.0.1",
                },
            )
            response = conn.getresponse()
            response.read()
            samples[index] = (response.status, (time.perf_counter() - t0) * 1000)
        except Exception as exc:  # reported below
            samples[index] = (repr(exc), 0.0)
        finally:
            conn.close()

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(sessions))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=180)
    return samples


def main() -> int:
    people, seats = _arg("--people", 500), _arg("--seats", 100)
    workers, threads = _arg("--workers", 4), _arg("--threads", 4)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    tmp = Path(tempfile.mkdtemp(prefix="kadra-seminars-bench-"))
    postgres = Postgres(tmp)
    if "--pg-port" in sys.argv:
        postgres.port = _arg("--pg-port", 0)
    server = None
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    var_dir = tmp / "var"
    var_dir.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "PYTHONPATH", "DJANGO_SETTINGS_MODULE")
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
    failed = []
    try:
        postgres.start()
        env["DATABASE_URL"] = postgres.url
        log(f"Kadra sessions benchmark: {people} people booking {seats} seats at once")
        log(f"  machine        {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
        log(
            f"  database       PostgreSQL {postgres.version} on 127.0.0.1:{postgres.port} "
            "(fsync=off: NOT durable, benchmark only)"
        )
        run([*manage, "migrate", "--noinput"], env=env, cwd=ROOT, what="migrate")
        run([*manage, "createcachetable"], env=env, cwd=ROOT, what="createcachetable")
        # Pages need the static manifest; Django's manifest storage writes the same one as
        # production without the compressed copies (as bench/quiz_load.py does).
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
        data_file = tmp / "data.json"
        run(
            [PYTHON, __file__, INTERNAL, "setup", people, seats, data_file],
            env=env,
            cwd=ROOT,
            what="test data",
        )
        data = json.loads(data_file.read_text())
        server = Gunicorn(env, port, workers, threads, "gthread", tmp / "gunicorn.log")
        server.start()
        log(f"  server         gunicorn {workers} workers × {threads} threads, production settings")

        workers_pids = server.worker_pids()
        cpu_before, wall_before = cpu_seconds(workers_pids), time.perf_counter()
        samples = book_all(port, data["event_id"], data["sessions"])
        cpu_app = cpu_seconds(workers_pids) - cpu_before
        wall = time.perf_counter() - wall_before
        errors = [s for s in samples if s is None or s[0] != 302]
        latencies = sorted(s[1] for s in samples if s and s[0] == 302)
        verify_file = tmp / "verify.json"
        run(
            [PYTHON, __file__, INTERNAL, "verify", data["event_id"], verify_file],
            env=env,
            cwd=ROOT,
            what="verify",
        )
        counts = json.loads(verify_file.read_text())
        p95 = percentile(latencies, 95)
        log("Booking race")
        log(
            f"  requests       {len(samples)}, errors {len(errors)}"
            + (f" (first: {errors[0]})" if errors else "")
        )
        log(
            f"  latency        p50 {percentile(latencies, 50):.0f} ms, p95 {p95:.0f} ms, "
            f"max {latencies[-1] if latencies else 0:.0f} ms"
        )
        log(f"  bookings       {counts}")
        log(
            f"  CPU            gunicorn workers {cpu_app:.1f} s in {wall:.1f} s "
            f"({cpu_app / max(len(samples), 1) * 1000:.1f} ms/request); load average "
            f"{os.getloadavg()[0]:.1f} after it"
        )
        if errors:
            failed.append("booking errors")
        if counts["booked"] != seats or counts["waiting"] != people - seats:
            failed.append("booking counts")
        if p95 >= 300:
            failed.append("booking p95")

        server.stop()
        attendance_file = tmp / "attendance.json"
        run(
            [PYTHON, __file__, INTERNAL, "attendance", attendance_file],
            env=env,
            cwd=ROOT,
            what="attendance page",
        )
        figures = json.loads(attendance_file.read_text())
        log("Attendance page (in-process, production settings)")
        for size, f in figures.items():
            log(
                f"  {size:>3} people     {f['queries']} queries, p50 {f['p50']:.0f} ms, "
                f"p95 {f['p95']:.0f} ms"
            )
        if figures["200"]["p95"] >= 150:
            failed.append("attendance p95")
        if figures["200"]["queries"] != figures["20"]["queries"]:
            failed.append("attendance queries grow with people")
        log("")
        log("FAILED: " + ", ".join(failed) if failed else "All targets met.")
        return 1 if failed else 0
    except Exception as exc:
        log(f"The run failed: {exc}")
        if server is not None:
            log(server.log_tail())
        return 2
    finally:
        if server is not None:
            server.stop()
        postgres.stop()
        subprocess.run(["rm", "-rf", str(tmp)], check=False)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == INTERNAL:
        internal_main(sys.argv[2:])
    else:
        sys.exit(main())
