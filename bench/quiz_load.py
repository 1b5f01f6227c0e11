"""Quiz load test: N learners take the same quiz at once against gunicorn + PostgreSQL.

    .venv/bin/python bench/quiz_load.py [--learners 200] [--questions 15]

What it does (everything is thrown away at the end, even on error):

1. starts a private PostgreSQL cluster (initdb + pg_ctl from /usr/lib/postgresql/*/bin) on
   127.0.0.1 and a free port, in a temp directory, as user ``nobody`` when run as root;
   fsync is off, so the database figures are optimistic for a disk-bound server;
2. with ``DJANGO_SETTINGS_MODULE=lms.settings.production`` runs ``migrate``,
   ``createcachetable`` and ``collectstatic`` and creates the data in a Django subprocess:
   one org unit, the learners (signed in by creating their sessions directly, so 200 slow
   password hashes do not dominate), a course and a published quiz of M mixed questions
   (30 minute limit, unlimited attempts);
3. starts gunicorn on 127.0.0.1 and warms every worker up with a few untimed learners;
4. releases all learners at the same moment (a barrier). Each one: opens the quiz page,
   starts an attempt, opens the attempt page, autosaves every answer as JSON (with a short
   think time between answers) and changes one answer at the end, opens the summary,
   submits twice at the same time (a double click, on two connections) and opens the review;
5. prints requests, duration, requests per second, p50/p95/p99 latency, errors (with
   examples) and a per-step table, then checks the database: exactly one attempt per
   learner, each submitted exactly once, M questions each, every answer stored with the
   value sent last. PASS/FAIL lines for the targets; the exit code is 1 if one fails.

Only the standard library is used on the client side (threads + http.client), and only
127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import pwd
import random
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import defaultdict
from dataclasses import dataclass
from html.parser import HTMLParser
from http import client as http_client
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).parent / "gunicorn")
INTERNAL = "_django"  # first argument of the Django subprocesses run by this script
KINDS = ("single", "multiple", "truefalse", "matching", "ordering", "short")
KEEPALIVE = 5  # gunicorn --keep-alive; the client reconnects before an idle socket expires
RETRIED = -2  # Sample.status of a request resent after a stale keep-alive connection
STALE_CONNECTION = (ConnectionResetError, BrokenPipeError, http_client.RemoteDisconnected)


# --- helpers ---------------------------------------------------------------------------


def log(message: str = "") -> None:
    print(message, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(sorted_values: list[float], pct: float) -> float:
    """Nearest-rank percentile of an already sorted list (0 for an empty list)."""
    if not sorted_values:
        return 0.0
    rank = max(math.ceil(pct / 100 * len(sorted_values)), 1)
    return sorted_values[rank - 1]


def run(cmd, *, env=None, cwd=None, timeout=600, what="") -> str:
    """Run a command; on failure raise with the tail of its output."""
    proc = subprocess.run(
        [str(c) for c in cmd],
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=timeout,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{what or cmd[0]} failed ({proc.returncode}):\n{proc.stdout[-3000:]}")
    return proc.stdout


def cpu_seconds(pids) -> float:
    """User + system CPU seconds used so far by the given processes (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / tick


def machine_busy_seconds() -> float:
    """CPU seconds all processes of the machine have used (every core), from /proc/stat."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)  # idle + iowait
    return (sum(values[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def children_of(ppid: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == ppid:
            pids.append(int(entry.name))
    return pids


# --- PostgreSQL --------------------------------------------------------------------------


class Postgres:
    """A throwaway cluster in ``tmp``; run as ``nobody`` when we are root."""

    def __init__(self, tmp: Path):
        candidates = sorted(
            Path("/usr/lib/postgresql").glob("*/bin/initdb"),
            key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
        )
        if not candidates:
            raise RuntimeError("PostgreSQL binaries not found under /usr/lib/postgresql/*/bin")
        self.bindir = candidates[-1].parent
        self.version = self.bindir.parent.name
        self.tmp = tmp
        self.data = tmp / "pgdata"
        self.run_dir = tmp / "pgrun"
        self.port = free_port()
        self.prefix: list[str] = []
        self.started = False
        if os.geteuid() == 0:
            self.prefix = ["runuser", "-u", "nobody", "--"]

    def _own(self, path: Path) -> None:
        if self.prefix:
            nobody = pwd.getpwnam("nobody")
            os.chown(path, nobody.pw_uid, nobody.pw_gid)

    def start(self) -> None:
        self._own(self.tmp)
        self.run_dir.mkdir(mode=0o700)
        self._own(self.run_dir)
        run(
            [
                *self.prefix,
                self.bindir / "initdb",
                "-D",
                self.data,
                "-U",
                "kadra",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-locale",
                "--no-sync",
            ],
            cwd=self.tmp,
            what="initdb",
        )
        options = " ".join(
            [
                "-c listen_addresses=127.0.0.1",
                f"-p {self.port}",
                f"-c unix_socket_directories={self.run_dir}",
                "-c fsync=off",
                "-c full_page_writes=off",
                "-c max_connections=200",
                "-c shared_buffers=128MB",
            ]
        )
        with open(os.devnull, "wb") as devnull:
            subprocess.run(
                [
                    *self.prefix,
                    str(self.bindir / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-l",
                    str(self.run_dir / "postgres.log"),
                    "-o",
                    options,
                    "-w",
                    "-t",
                    "60",
                    "start",
                ],
                cwd=self.tmp,
                stdin=subprocess.DEVNULL,
                stdout=devnull,
                stderr=devnull,
                check=True,
                timeout=90,
            )
        self.started = True
        run(
            [
                *self.prefix,
                self.bindir / "createdb",
                "-h",
                "127.0.0.1",
                "-p",
                self.port,
                "-U",
                "kadra",
                "kadra",
            ],
            cwd=self.tmp,
            what="createdb",
        )

    @property
    def url(self) -> str:
        return f"postgres://kadra@127.0.0.1:{self.port}/kadra"

    def postmaster_pid(self) -> int | None:
        try:
            return int((self.data / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def stop(self) -> None:
        pid = self.postmaster_pid()  # also after a start that failed half-way
        if pid is None:
            self.started = False
            return
        try:
            subprocess.run(
                [
                    *self.prefix,
                    str(self.bindir / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-m",
                    "fast",
                    "-w",
                    "-t",
                    "30",
                    "stop",
                ],
                cwd=self.tmp,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=60,
            )
        except subprocess.TimeoutExpired:
            pass
        if pid is not None and Path(f"/proc/{pid}").exists():
            try:
                os.kill(pid, signal.SIGKILL)  # the postmaster we started, by its id
            except ProcessLookupError:
                pass
        self.started = False

    def log_tail(self) -> str:
        try:
            return (self.run_dir / "postgres.log").read_text()[-2000:]
        except OSError:
            return ""


# --- Redis ----------------------------------------------------------------------------------


class Redis:
    """Debian's redis-server on 127.0.0.1 and a free port, without persistence."""

    def __init__(self, tmp: Path):
        self.port = free_port()
        self.tmp = tmp
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        binary = "/usr/bin/redis-server"
        if not Path(binary).exists():
            raise RuntimeError("redis-server not found (Debian package redis-server)")
        self.proc = subprocess.Popen(
            [
                binary,
                "--bind",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.tmp),
            ],
            stdin=subprocess.DEVNULL,
            stdout=open(self.tmp / "redis.log", "wb"),  # noqa: SIM115
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("redis-server did not answer")

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()  # the server we started, by its id
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)


class MailSink:
    """A minimal SMTP server on 127.0.0.1 that accepts and discards every message, so the
    mails a passed quiz sends (certificates, notifications) have a server to go to."""

    def __init__(self):
        import socketserver

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                self.wfile.write(b"220 bench ESMTP\r\n")
                in_data = False
                for line in self.rfile:
                    if in_data:
                        if line in (b".\r\n", b".\n"):
                            in_data = False
                            self.wfile.write(b"250 OK\r\n")
                        continue
                    verb = line[:4].upper()
                    if verb == b"DATA":
                        in_data = True
                        self.wfile.write(b"354 go on\r\n")
                    elif verb == b"QUIT":
                        self.wfile.write(b"221 bye\r\n")
                        return
                    elif verb == b"EHLO":
                        self.wfile.write(b"250 bench\r\n")
                    else:
                        self.wfile.write(b"250 OK\r\n")

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# --- gunicorn ----------------------------------------------------------------------------


class Gunicorn:
    def __init__(self, env, port, workers, threads, worker_class, logfile: Path):
        self.env, self.port = env, port
        self.cmd = [
            GUNICORN,
            "lms.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--worker-class",
            worker_class,
            "--threads",
            str(threads),
            "--backlog",
            "2048",
            "--keep-alive",
            str(KEEPALIVE),
            "--timeout",
            "120",
            "--graceful-timeout",
            "5",
        ]
        self.logfile = logfile
        self.proc: subprocess.Popen | None = None

    def start(self, timeout=90) -> None:
        with open(self.logfile, "ab") as out:
            self.proc = subprocess.Popen(
                self.cmd,
                env=self.env,
                cwd=ROOT,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=out,
                start_new_session=True,  # its own process group, so we can stop it all
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited ({self.proc.returncode}):\n{self.log_tail()}")
            try:
                conn = http_client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                conn.request("GET", "/healthz")
                status = conn.getresponse().status
                conn.close()
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"gunicorn did not answer /healthz in {timeout}s:\n{self.log_tail()}")

    def worker_pids(self) -> list[int]:
        return children_of(self.proc.pid) if self.proc else []

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)  # the group of the master we started
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
        except ProcessLookupError:
            pass

    def log_tail(self) -> str:
        try:
            return self.logfile.read_text(errors="replace")[-3000:]
        except OSError:
            return ""


# --- the simulated learner -----------------------------------------------------------------


@dataclass
class Sample:
    step: str
    status: int  # HTTP status; 0 exception, -1 unexpected answer, RETRIED resent (not counted)
    seconds: float
    error: str = ""


class FormParser(HTMLParser):
    """The question fieldsets of the attempt page (with the texts a learner reads) and the
    CSRF form field of any page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.csrf = ""
        self.questions: list[dict] = []
        self._current: dict | None = None
        self._select: str | None = None
        self._text: list[str] | None = None  # text being collected
        self._text_for: tuple | None = None  # where it goes

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "input" and a.get("name") == "csrfmiddlewaretoken":
            self.csrf = a.get("value", "")
        elif tag == "fieldset" and "question" in (a.get("class") or "").split():
            self._current = {
                "position": int(a["data-position"]),
                "type": a["data-type"],
                "text": "",
                "inputs": [],  # (type, name, value, id)
                "selects": {},  # name -> [option values]
                "labels": {},  # element id -> label text
                "option_texts": {},  # option value -> text
            }
            self.questions.append(self._current)
        elif self._current is not None:
            if tag == "input" and a.get("type") in ("radio", "checkbox", "text"):
                self._current["inputs"].append(
                    (a.get("type"), a.get("name"), a.get("value"), a.get("id"))
                )
            elif tag == "select":
                self._select = a.get("name")
                self._current["selects"][self._select] = []
            elif tag == "option" and self._select and a.get("value"):
                self._current["selects"][self._select].append(a["value"])
                self._collect(("option", a["value"]))
            elif tag == "label" and a.get("for"):
                self._collect(("label", a["for"]))
            elif tag == "span" and "question-text" in (a.get("class") or "").split():
                self._collect(("text", None))

    def _collect(self, target):
        self._text, self._text_for = [], target

    def handle_data(self, data):
        if self._text is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if self._text is not None and tag in ("option", "label", "span"):
            text = " ".join("".join(self._text).split())
            kind, key = self._text_for
            if kind == "text":
                self._current["text"] = text
            elif kind == "label":
                self._current["labels"][key] = text
            else:
                self._current["option_texts"][key] = text
            self._text = self._text_for = None
        if tag == "select":
            self._select = None
        elif tag == "fieldset":
            self._current = None


def answer_for(question: dict, rng: random.Random, key: dict | None = None):
    """A response as quiz.js would post it for this fieldset: the right one when the answer
    key for its text is given, otherwise a random valid one."""
    kind, pos = question["type"], question["position"]
    values = [v for _t, _n, v, _i in question["inputs"] if v is not None]
    label = {v: question["labels"].get(i, "") for _t, _n, v, i in question["inputs"]}
    prefix = f"q{pos}-"
    selects = {name[len(prefix) :]: options for name, options in question["selects"].items()}
    if key is not None:
        if kind in ("single", "multiple"):
            right = [v for v in values if label[v] in key["choices"]]
            return right[0] if kind == "single" else right
        if kind == "truefalse":
            return key["answer"]
        if kind == "matching":
            text_of = question["option_texts"]
            return {
                left: next(o for o in options if text_of.get(o) == key["pairs"].get(left_text))
                for left, options in selects.items()
                for left_text in [question["labels"].get(prefix + left)]
            }
        if kind == "ordering":
            place = {t: n for n, t in enumerate(key["items"])}
            return sorted(selects, key=lambda i: place.get(question["labels"].get(prefix + i), 0))
        if kind == "short":
            return key["answer"]
    if kind in ("single", "truefalse"):
        return rng.choice(values)
    if kind == "multiple":
        return rng.sample(values, rng.randint(1, len(values)))
    if kind == "short":
        return rng.choice(["Warszawa", " warszawa ", "Kraków", f"Odpowiedź {rng.randint(1, 999)}"])
    if kind == "matching":
        return {left: rng.choice(options) for left, options in selects.items()}
    if kind == "ordering":
        items = list(selects)
        rng.shuffle(items)
        return items
    raise ValueError(f"unknown question type {kind}")


def answer_key(spec: dict) -> dict:
    """What a learner who knows the material answers, by what the page shows."""
    kind = spec["type"]
    if kind in ("single", "multiple"):
        return {"choices": [c["text"] for c in spec["choices"] if c.get("correct")]}
    if kind == "truefalse":
        return {"answer": "true" if spec["answer"] else "false"}
    if kind == "matching":
        return {"pairs": dict(spec["pairs"])}
    if kind == "ordering":
        return {"items": spec["items"]}
    first = spec["answers"][0]
    return {"answer": first if isinstance(first, str) else first["text"]}


class Learner:
    """One browser: its own cookies and keep-alive connection, and its timings."""

    def __init__(self, index, session_key, opts, data, samples, sent, record=True):
        self.index = index
        self.port = opts.port
        self.origin = f"http://127.0.0.1:{opts.port}"
        self.cookies = {"sessionid": session_key}
        self.opts, self.data = opts, data
        self.samples = samples  # shared list; list.append is atomic
        self.sent = sent  # shared dict: user_id -> what was sent and acknowledged
        self.record = record
        self.rng = random.Random(index)
        self.conn: http_client.HTTPConnection | None = None
        self.last_used = 0.0
        self.csrf = ""
        self.answer_posts = 0

    # HTTP ---------------------------------------------------------------------------------

    def _connection(self):
        idle = time.monotonic() - self.last_used
        # Reconnect well before the server's keep-alive timeout: on a busy machine this
        # thread may read a response a while after the server sent it (and started timing).
        if self.conn is not None and (self.opts.no_keepalive or idle > KEEPALIVE / 2):
            self.conn.close()
            self.conn = None
        if self.conn is None:
            self.conn = http_client.HTTPConnection(
                "127.0.0.1", self.port, timeout=self.opts.timeout
            )
        return self.conn

    def _headers(self, method, extra=None):
        headers = {
            "User-Agent": "kadra-quiz-bench",
            "Accept": "text/html,application/json",
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
        }
        if self.opts.no_keepalive:
            headers["Connection"] = "close"
        if method == "POST":
            headers["Origin"] = self.origin
            headers["Referer"] = self.origin + "/"
            headers["X-CSRFToken"] = self.csrf
        headers.update(extra or {})
        return headers

    def _store_cookies(self, response):
        # Secure cookies arrive over plain http here; a browser behind TLS would keep them.
        for header in response.headers.get_all("Set-Cookie") or []:
            jar = SimpleCookie()
            jar.load(header)
            for name, morsel in jar.items():
                if morsel.value == "" or morsel["max-age"] == "0":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.coded_value  # as sent, quotes included

    def request(self, step, method, path, *, body=None, content_type=None, conn=None):
        """Send one request; returns (status, headers, text) or None after an exception."""
        own = conn is None
        conn = conn or self._connection()
        extra = {"Content-Type": content_type} if content_type else None
        started = time.perf_counter()
        for attempt in (1, 2):
            reused = conn.sock is not None
            try:
                conn.request(method, path, body=body, headers=self._headers(method, extra))
                response = conn.getresponse()
                text = response.read().decode("utf-8", "replace")
                break
            except (OSError, http_client.HTTPException) as exc:
                conn.close()
                if own:
                    self.conn = None
                message = f"{type(exc).__name__}: {exc}"
                if attempt == 1 and reused and isinstance(exc, STALE_CONNECTION):
                    # The server closed this idle keep-alive connection as the request went
                    # out; like a browser, send it again once on a new connection.
                    self._sample(step, RETRIED, time.perf_counter() - started, message)
                    if own:
                        conn = self._connection()
                    continue
                self._sample(step, 0, time.perf_counter() - started, message)
                return None
        elapsed = time.perf_counter() - started
        if own:
            self.last_used = time.monotonic()
            if response.will_close:
                conn.close()
                self.conn = None
        self._store_cookies(response)
        error = ""
        if response.status >= 400:
            error = f"HTTP {response.status}: {text[:160]!r}"
        self._sample(step, response.status, elapsed, error)
        return response.status, response.headers, text

    def _sample(self, step, status, seconds, error):
        if self.record:
            self.samples.append(Sample(step, status, seconds, error))

    def unexpected(self, step, message):
        """A 2xx/3xx that is still not what a working quiz answers (counted as an error)."""
        if self.record:
            self.samples.append(Sample(step + " (unexpected)", -1, 0.0, message))

    def think(self):
        low, high = self.opts.think
        if high > 0:
            time.sleep(self.rng.uniform(low, high))

    # The visit ------------------------------------------------------------------------------

    def take_quiz(self, barrier: threading.Barrier | None):
        if barrier is not None:
            barrier.wait()
        if self.opts.ramp:
            time.sleep(self.rng.uniform(0, self.opts.ramp))
        result = self.request("GET quiz page", "GET", self.data["quiz_url"])
        if result is None or result[0] != 200:
            return
        parser = FormParser()
        parser.feed(result[2])
        self.csrf = parser.csrf or self.cookies.get("csrftoken", "")
        if not self.csrf:
            self.unexpected("GET quiz page", "no CSRF token on the quiz page")
            return
        start_path = f"/learning/quizzes/{self.data['quiz_id']}/start/"
        result = self.request(
            "POST start",
            "POST",
            start_path,
            body=urlencode({"csrfmiddlewaretoken": self.csrf}),
            content_type="application/x-www-form-urlencoded",
        )
        if result is None or result[0] >= 400:
            return
        location = result[1].get("Location", "")
        match = re.search(r"/learning/attempts/(\d+)/$", urlsplit(location).path)
        if result[0] != 302 or not match:
            self.unexpected("POST start", f"{result[0]} → {location!r} (no attempt started)")
            return
        attempt_id = int(match.group(1))
        base = f"/learning/attempts/{attempt_id}/"
        result = self.request("GET attempt page", "GET", base)
        if result is None or result[0] != 200:
            return
        parser = FormParser()
        parser.feed(result[2])
        self.csrf = parser.csrf or self.csrf
        questions = parser.questions
        if len(questions) != self.data["questions"]:
            self.unexpected(
                "GET attempt page",
                f"{len(questions)} questions shown, {self.data['questions']} expected",
            )
        last = {}  # position -> the last answer the server acknowledged
        unsure = defaultdict(list)  # position -> answers sent after it, without a reply
        to_answer = list(questions)
        if questions:  # and one answer changed at the end, as people do
            to_answer.append(self.rng.choice(questions))
        for i, question in enumerate(to_answer):
            if i % self.opts.per_page == 0:  # a page of the quiz is read, then answered
                self.think()
            position = question["position"]
            key = None
            if self.rng.random() < self.opts.correct:
                key = self.data["answer_keys"].get(question["text"])
            response = answer_for(question, self.rng, key)
            if self.save(base, position, response):
                last[position] = response
                unsure.pop(position, None)
            else:
                unsure[position].append(response)
        if self.record:
            self.sent[str(self.data["user_ids"][self.index])] = {
                "answer_posts": self.answer_posts,
                "last": {str(k): v for k, v in last.items()},
                "unsure": {str(k): v for k, v in unsure.items()},
            }
        self.think()
        self.request("GET summary", "GET", base + "summary/")
        self.double_submit(base)
        self.request("GET review", "GET", base + "review/")

    def save(self, base, position, response) -> bool:
        self.answer_posts += 1
        result = self.request(
            "POST answer (autosave)",
            "POST",
            base + "answer/",
            body=json.dumps({"position": position, "response": response}),
            content_type="application/json",
        )
        if result is None or result[0] >= 400:
            return False
        try:
            saved = json.loads(result[2]).get("saved") is True
        except ValueError:
            saved = False
        if not saved:
            self.unexpected("POST answer (autosave)", f"{result[0]} {result[2][:120]!r}")
        return saved

    def double_submit(self, base):
        """Two submit POSTs in flight at once, as a double click on a slow connection."""
        body = urlencode({"csrfmiddlewaretoken": self.csrf})
        form = "application/x-www-form-urlencoded"
        second_conn = http_client.HTTPConnection("127.0.0.1", self.port, timeout=self.opts.timeout)
        results = {}

        def second():
            results["second"] = self.request(
                "POST submit",
                "POST",
                base + "submit/",
                body=body,
                content_type=form,
                conn=second_conn,
            )

        thread = threading.Thread(target=second)
        thread.start()
        results["first"] = self.request(
            "POST submit", "POST", base + "submit/", body=body, content_type=form
        )
        thread.join(self.opts.timeout + 5)
        second_conn.close()
        for result in results.values():
            if result is None or result[0] >= 400:
                continue
            location = result[1].get("Location", "")
            if result[0] != 302 or not location.endswith(base + "review/"):
                self.unexpected("POST submit", f"{result[0]} → {location!r}")


def run_learners(sessions, opts, data, *, record, barrier_all):
    samples: list[Sample] = []
    sent: dict = {}
    learners = [
        Learner(i, key, opts, data, samples, sent, record=record) for i, key in enumerate(sessions)
    ]
    barrier = threading.Barrier(len(learners) + 1, timeout=120) if barrier_all else None
    crashes = []

    def body(learner):
        try:
            learner.take_quiz(barrier)
        except threading.BrokenBarrierError:
            crashes.append("barrier broken")
        except Exception:  # a bug in the client itself; shown, and counted as an error
            crashes.append(traceback.format_exc(limit=3))
        finally:
            if learner.conn is not None:
                learner.conn.close()

    threading.stack_size(512 * 1024)
    threads = [threading.Thread(target=body, args=(lr,), daemon=True) for lr in learners]
    for t in threads:
        t.start()
    if barrier is not None:
        barrier.wait()  # every learner thread is ready: release them all at once
    started = time.perf_counter()
    deadline = time.monotonic() + opts.max_seconds
    for t in threads:
        t.join(max(deadline - time.monotonic(), 0.1))
    duration = time.perf_counter() - started
    hung = sum(t.is_alive() for t in threads)
    if hung:
        crashes.append(f"{hung} learners still running after {opts.max_seconds}s")
    return samples, sent, duration, crashes


# --- the Django side (run in subprocesses with the production settings) ---------------------


def _question_spec(i: int) -> dict:
    kind = KINDS[i % len(KINDS)]
    text = (
        f"Pytanie {i + 1}. Cudzoziemiec składa wniosek o zezwolenie na pobyt czasowy. "
        "Które działanie urzędnika jest zgodne z procedurą?"
    )
    if kind == "single":
        return {
            "type": kind,
            "text": text,
            "choices": [
                {"text": "Przyjmuje wniosek i wydaje potwierdzenie", "correct": True},
                {"text": "Odsyła do innego urzędu", "feedback": "Nie."},
                {"text": "Żąda tłumaczenia przysięgłego paszportu"},
                {"text": "Odmawia przyjęcia bez zdjęcia"},
            ],
        }
    if kind == "multiple":
        return {
            "type": kind,
            "text": text,
            "scoring": "partial" if i % 2 else "all_or_nothing",
            "choices": [
                {"text": "Sprawdza kompletność", "correct": True},
                {"text": "Pobiera odciski palców", "correct": True},
                {"text": "Pobiera opłatę gotówką do ręki"},
                {"text": "Informuje o terminie", "correct": True},
                {"text": "Zatrzymuje paszport"},
            ],
        }
    if kind == "truefalse":
        return {"type": kind, "text": text, "answer": i % 2 == 0}
    if kind == "matching":
        return {
            "type": kind,
            "text": "Dopasuj dokument do sprawy.",
            "pairs": [
                ["Pobyt czasowy", "Formularz A"],
                ["Pobyt stały", "Formularz B"],
                ["Rezydent UE", "Formularz C"],
                ["Wiza krajowa", "Formularz D"],
            ],
        }
    if kind == "ordering":
        return {
            "type": kind,
            "text": "Ułóż kroki w kolejności.",
            "items": ["Przyjęcie wniosku", "Weryfikacja", "Decyzja", "Doręczenie"],
        }
    return {
        "type": kind,
        "text": "Podaj nazwę miasta, w którym mieści się urząd.",
        "answers": ["Warszawa", {"text": "Warsaw", "fraction": 0.5}],
        "ignore_diacritics": True,
    }


def django_setup(learners: int, warmup: int, questions: int, out: Path) -> None:
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group
    from django.db import transaction
    from django.utils.module_loading import import_string

    from courses.models import CourseIndexPage, CoursePage
    from lms.models import ROLE_GROUPS, OrgUnit, Role, User
    from quizzes.bank import category_for_path, question_from_dict
    from quizzes.models import QuizPage

    session_store = import_string(settings.SESSION_ENGINE + ".SessionStore")
    with transaction.atomic():
        unit = OrgUnit.add_root(name="Wydział benchmarku", code="BENCH")
        users = User.objects.bulk_create(
            [
                User(
                    email=f"learner{i:04d}@bench.kadra.test",
                    first_name="Kursant",
                    last_name=f"{i:04d}",
                    org_unit=unit,
                    password=make_password(None),  # unusable: sessions are made below
                )
                for i in range(learners + warmup)
            ]
        )
        group = Group.objects.filter(name=ROLE_GROUPS[Role.EMPLOYEE]).first()
        if group is not None:
            group.user_set.add(*users)
        category = category_for_path("Benchmark/Quiz")
        specs = [_question_spec(i) for i in range(questions)]
        bank = [question_from_dict(spec, category=category) for spec in specs]
        index = CourseIndexPage.objects.get()
        course = CoursePage(
            title="Benchmark: obsługa wniosków",
            slug="benchmark-course",
            summary="Kurs do testu obciążeniowego.",
            sequential=True,
            self_enrolment=True,
        )
        index.add_child(instance=course)
        course.save_revision().publish()
        quiz = QuizPage(
            title="Test końcowy (benchmark)",
            slug="benchmark-quiz",
            sections=[{"type": "fixed", "value": {"questions": [q.pk for q in bank]}}],
            time_limit_minutes=30,
            max_attempts=0,
            pass_mark=60,
            review_mode="full",
        )
        course.add_child(instance=quiz)
        quiz.save_revision().publish()
    keys = []
    backend = settings.AUTHENTICATION_BACKENDS[-1]
    for user in users:
        session = session_store()
        session[SESSION_KEY] = user._meta.pk.value_to_string(user)
        session[BACKEND_SESSION_KEY] = backend
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        keys.append(session.session_key)
    quiz = QuizPage.objects.get(pk=quiz.pk)
    out.write_text(
        json.dumps(
            {
                "quiz_id": quiz.pk,
                "quiz_url": quiz.url,
                "questions": questions,
                "answer_keys": {spec["text"]: answer_key(spec) for spec in specs},
                "user_ids": [u.pk for u in users[:learners]],
                "sessions": keys[:learners],
                "warmup_user_ids": [u.pk for u in users[learners:]],
                "warmup_sessions": keys[learners:],
            }
        )
    )


def django_verify(data_file: Path, sent_file: Path, out: Path) -> None:
    from django.db.models import Count

    from courses.models import LessonCompletion
    from quizzes import grading, services
    from quizzes.models import Attempt, AttemptQuestion

    data = json.loads(data_file.read_text())
    sent = json.loads(sent_file.read_text())
    user_ids = data["user_ids"]
    questions = data["questions"]
    problems: list[str] = []
    attempts = list(Attempt.objects.filter(user_id__in=user_ids, quiz_id=data["quiz_id"]))
    per_user = defaultdict(list)
    for attempt in attempts:
        per_user[attempt.user_id].append(attempt)
    without = [u for u in user_ids if not per_user.get(u)]
    duplicated = {u: len(a) for u, a in per_user.items() if len(a) > 1}
    if without:
        problems.append(f"{len(without)} learners have no attempt (e.g. user {without[0]})")
    if duplicated:
        problems.append(f"{len(duplicated)} learners have more than one attempt")
    not_submitted = [a.pk for a in attempts if a.status != "submitted" or a.closed_at is None]
    if not_submitted:
        problems.append(f"{len(not_submitted)} attempts not submitted (e.g. {not_submitted[:3]})")
    closes = dict(
        Attempt.history.filter(id__in=[a.pk for a in attempts], status="submitted")
        .values("id")
        .annotate(n=Count("history_id"))
        .values_list("id", "n")
    )
    closed_twice = [pk for pk, n in closes.items() if n != 1]
    if closed_twice:
        problems.append(f"{len(closed_twice)} attempts were closed more than once")
    items = list(
        AttemptQuestion.objects.filter(attempt__in=attempts)
        .select_related("attempt")
        .only("attempt__user_id", "position", "snapshot", "response", "fraction")
    )
    by_attempt = defaultdict(list)
    for item in items:
        by_attempt[item.attempt_id].append(item)
    wrong_count = [pk for pk in (a.pk for a in attempts) if len(by_attempt[pk]) != questions]
    if wrong_count:
        problems.append(f"{len(wrong_count)} attempts do not have exactly {questions} questions")
    stored = sum(1 for i in items if i.response is not None)
    ungraded = sum(1 for i in items if i.fraction is None)
    if ungraded:
        problems.append(f"{ungraded} questions of submitted attempts have no grade")
    passed_users = sorted(a.user_id for a in attempts if a.passed)
    completed = sorted(
        LessonCompletion.objects.filter(
            user_id__in=user_ids, lesson_id=data["quiz_id"]
        ).values_list("user_id", flat=True)
    )
    if completed != passed_users:
        problems.append(
            f"{len(passed_users)} learners passed but {len(completed)} quiz completions recorded"
        )
    expected = 0
    lost = mismatched = extra = 0
    examples = []
    unacknowledged = matched = 0
    for item in items:
        learner = sent.get(str(item.attempt.user_id), {})
        raw = learner.get("last", {}).get(str(item.position))
        # Answers sent without a reply (connection errors) may or may not have been saved.
        unsure = learner.get("unsure", {}).get(str(item.position), [])
        unacknowledged += len(unsure)
        key = services.public_key(item.attempt, item)
        allowed = [grading.clean_response(item.snapshot, r, key=key) for r in unsure]
        if raw is None:
            if item.response is not None and item.response not in allowed:
                extra += 1
            continue
        expected += 1
        want = grading.clean_response(item.snapshot, raw, key=key)
        if item.response is None:
            lost += 1
        elif item.response == want or item.response in allowed:
            matched += 1
        else:
            mismatched += 1
            if len(examples) < 3:
                examples.append(
                    f"attempt {item.attempt_id} q{item.position}: {item.response!r} != {want!r}"
                )
    if lost:
        problems.append(f"{lost} answers acknowledged by the server are missing")
    if mismatched:
        problems.append(f"{mismatched} stored answers differ from the last one sent: {examples}")
    if extra:
        problems.append(f"{extra} answers stored that were never acknowledged")
    out.write_text(
        json.dumps(
            {
                "attempts": len(attempts),
                "learners_with_attempt": len(per_user),
                "submitted": len(attempts) - len(not_submitted),
                "closed_once": sum(1 for n in closes.values() if n == 1),
                "attempt_questions": len(items),
                "answer_posts": sum(v.get("answer_posts", 0) for v in sent.values()),
                "answers_expected": expected,
                "answers_stored": stored,
                "answers_unacknowledged": unacknowledged,
                "answers_matched": matched,
                "passed": sum(1 for a in attempts if a.passed),
                "mean_percent": float(
                    sum(a.percent or 0 for a in attempts) / max(len(attempts), 1)
                ),
                "problems": problems,
            }
        )
    )


def internal_main(argv: list[str]) -> None:
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    command, *args = argv
    if command == "setup":
        learners, warmup, questions, out = args
        django_setup(int(learners), int(warmup), int(questions), Path(out))
    elif command == "verify":
        django_verify(*(Path(a) for a in args))
    else:
        raise SystemExit(f"unknown internal command {command}")


# --- the report ------------------------------------------------------------------------------


def is_error(sample: Sample) -> bool:
    return sample.status in (0, -1) or sample.status >= 400


def report(samples: list[Sample], duration: float, crashes: list[str]) -> dict:
    latencies = sorted(s.seconds for s in samples if s.status > 0)
    errors = [s for s in samples if is_error(s)]
    retried = [s for s in samples if s.status == RETRIED]
    requests = sum(1 for s in samples if s.status >= 0)
    p50, p95, p99 = (percentile(latencies, p) * 1000 for p in (50, 95, 99))
    log(f"  requests       {requests}")
    log(f"  duration       {duration:.1f} s")
    log(f"  throughput     {requests / duration:.1f} requests/s")
    log(
        f"  latency        p50 {p50:.0f} ms   p95 {p95:.0f} ms   p99 {p99:.0f} ms   "
        f"max {(latencies[-1] * 1000 if latencies else 0):.0f} ms"
    )
    log(f"  errors         {len(errors) + len(crashes)}")
    shown = defaultdict(int)
    for s in errors:
        if shown[s.step] < 3:
            log(f"    {s.step}: {s.error}")
        shown[s.step] += 1
    for crash in crashes[:3]:
        log(f"    client: {crash.strip()}")
    if retried:
        log(
            f"  resent         {len(retried)} requests on a new connection after the server "
            f"had closed an idle keep-alive one (e.g. {retried[0].error}); not errors"
        )
    log("")
    log(
        f"  {'step':<24}{'count':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}{'errors':>8}"
    )
    steps = defaultdict(list)
    for s in samples:
        steps[s.step].append(s)
    order = [
        "GET quiz page",
        "POST start",
        "GET attempt page",
        "POST answer (autosave)",
        "GET summary",
        "POST submit",
        "GET review",
    ]
    for step in sorted(steps, key=lambda k: (order.index(k) if k in order else 99, k)):
        rows = steps[step]
        lat = sorted(s.seconds for s in rows if s.status > 0)
        errs = sum(1 for s in rows if is_error(s))
        log(
            f"  {step:<24}{sum(1 for s in rows if s.status >= 0):>7}"
            f"{percentile(lat, 50) * 1000:>9.0f}{percentile(lat, 95) * 1000:>9.0f}"
            f"{percentile(lat, 99) * 1000:>9.0f}{(lat[-1] * 1000 if lat else 0):>9.0f}{errs:>8}"
        )
    return {"errors": len(errors) + len(crashes), "p95": p95, "requests": requests}


# --- main --------------------------------------------------------------------------------------


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=200)
    parser.add_argument("--questions", type=int, default=15)
    parser.add_argument("--workers", type=int, default=int(os.environ.get("BENCH_WORKERS", 4)))
    parser.add_argument("--threads", type=int, default=int(os.environ.get("BENCH_THREADS", 4)))
    parser.add_argument("--worker-class", default="gthread")
    parser.add_argument(
        "--think",
        type=lambda v: tuple(float(x) for x in v.split(",")),
        default=(2.0, 6.0),
        metavar="MIN,MAX",
        help="seconds a learner spends on each question before its autosave (default 2,6; "
        "0,0 hammers the server with no pause at all)",
    )
    parser.add_argument(
        "--correct",
        type=float,
        default=0.8,
        help="share of answers given right (default 0.8, so most learners pass and submit "
        "also completes the course step)",
    )
    parser.add_argument(
        "--ramp", type=float, default=0.0, help="spread the starts over this many seconds"
    )
    parser.add_argument("--timeout", type=float, default=60.0, help="per request, seconds")
    parser.add_argument("--max-seconds", type=float, default=600.0, help="whole run, seconds")
    parser.add_argument("--p95-target", type=float, default=300.0, help="milliseconds")
    parser.add_argument("--no-keepalive", action="store_true", help="one connection per request")
    parser.add_argument("--keep", action="store_true", help="keep the temp dir (logs) at the end")
    parser.add_argument(
        "--no-redis", action="store_true", help="the database cache instead of redis-server"
    )
    parser.add_argument(
        "--per-page",
        type=int,
        default=1,
        help="answers given after each think time (a page of that many questions)",
    )
    parser.add_argument(
        "--profile",
        choices=["office"],
        help="office: 2,000 learners, 16 questions on 8 pages, 30-90 s of thinking per "
        "page, starts over 180 s (the largest public Moodle quiz load test)",
    )
    opts = parser.parse_args(argv)
    if opts.profile == "office":
        given = set(argv)
        defaults = {
            "--learners": ("learners", 2000),
            "--questions": ("questions", 16),
            "--per-page": ("per_page", 2),
            "--think": ("think", (30.0, 90.0)),
            "--ramp": ("ramp", 180.0),
            "--max-seconds": ("max_seconds", 180 + 8 * 90 + 300),
        }
        for flag, (name, value) in defaults.items():
            if flag not in given:
                setattr(opts, name, value)
    if opts.per_page < 1:
        parser.error("--per-page must be at least 1")
    if len(opts.think) != 2 or opts.think[0] > opts.think[1]:
        parser.error("--think takes MIN,MAX")
    if opts.learners < 1 or opts.questions < 1:
        parser.error("--learners and --questions must be at least 1")
    return opts


def main(argv) -> int:
    opts = parse_args(argv)
    # A plain kill should still stop the servers and delete the temp dir (finally below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    tmp = Path(tempfile.mkdtemp(prefix="kadra-quiz-bench-"))
    postgres = Postgres(tmp)
    redis = Redis(tmp)
    mail = MailSink()
    server: Gunicorn | None = None
    collect: subprocess.Popen | None = None
    opts.port = free_port()
    origin = f"http://127.0.0.1:{opts.port}"
    var_dir = tmp / "var"
    var_dir.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "PYTHONPATH", "DJANGO_SETTINGS_MODULE", "REDIS_URL")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="lms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=postgres.url,
        KADRA_BASE_URL=origin,
        CSRF_TRUSTED_ORIGINS=origin,
        SECURE_SSL_REDIRECT="false",  # plain http on 127.0.0.1; production sits behind TLS
        SECURE_HSTS_SECONDS="0",
        KADRA_VAR_DIR=str(var_dir),
        MEDIA_ROOT=str(var_dir / "media"),
        H5P_ROOT=str(var_dir / "h5p"),
        PYTHONUNBUFFERED="1",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(mail.port),
    )
    manage = [PYTHON, str(ROOT / "manage.py")]
    failed = []
    try:
        log(f"Kadra quiz load test: {opts.learners} learners × {opts.questions} questions")
        load = os.getloadavg()
        log(
            f"  machine        {os.cpu_count()} CPUs, load average before the run "
            f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
        )
        t0 = time.monotonic()
        # collectstatic needs no database: run it while PostgreSQL starts and migrates.
        # It uses Django's ManifestStaticFilesStorage (same manifest, no gzip/brotli copies,
        # 10x faster); the server then runs with the unchanged production storage.
        collect_settings = tmp / "bench_collect_settings.py"
        collect_settings.write_text(
            "from lms.settings.base import *  # noqa\n"
            "STORAGES = {**STORAGES, 'staticfiles': "
            "{'BACKEND': 'django.contrib.staticfiles.storage.ManifestStaticFilesStorage'}}\n"
        )
        collect_env = {
            **env,
            "DJANGO_SETTINGS_MODULE": "bench_collect_settings",
            "PYTHONPATH": f"{tmp}:{ROOT}",
        }
        collect = subprocess.Popen(
            [*manage, "collectstatic", "--noinput", "-v", "0"],
            env=collect_env,
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        postgres.start()
        if not opts.no_redis:
            redis.start()
            env["REDIS_URL"] = redis.url
            log(f"  cache          redis-server on 127.0.0.1:{redis.port}")
        log(
            f"  database       PostgreSQL {postgres.version}, throwaway cluster on "
            f"127.0.0.1:{postgres.port} (fsync=off, full_page_writes=off: NOT durable, "
            "benchmark only)"
        )
        run([*manage, "migrate", "--noinput"], env=env, cwd=ROOT, what="migrate")
        run([*manage, "createcachetable"], env=env, cwd=ROOT, what="createcachetable")
        data_file = tmp / "data.json"
        warmup = max(2 * opts.workers, 4)
        run(
            [PYTHON, __file__, INTERNAL, "setup", opts.learners, warmup, opts.questions, data_file],
            env=env,
            cwd=ROOT,
            what="test data",
        )
        data = json.loads(data_file.read_text())
        collect_out, _ = collect.communicate(timeout=600)
        if collect.returncode != 0:
            raise RuntimeError(f"collectstatic failed:\n{collect_out[-3000:]}")
        log(f"  prepared in    {time.monotonic() - t0:.0f} s (migrate, data, static files)")

        server = Gunicorn(
            env,
            opts.port,
            opts.workers,
            opts.threads,
            opts.worker_class,
            tmp / "gunicorn.log",
        )
        server.start()
        log(
            f"  server         gunicorn {opts.workers} workers × {opts.threads} threads "
            f"({opts.worker_class}), lms.settings.production, DEBUG off, on {origin}"
        )
        # Warm-up: a few untimed learners so every worker has loaded its code and templates.
        warm_opts = argparse.Namespace(**{**vars(opts), "think": (0.0, 0.0), "ramp": 0.0})
        samples, _sent, _d, crashes = run_learners(
            data["warmup_sessions"],
            warm_opts,
            {**data, "user_ids": data["warmup_user_ids"]},
            record=True,
            barrier_all=False,
        )
        warm_errors = [s for s in samples if is_error(s)] + crashes
        if warm_errors:
            first = warm_errors[0]
            raise RuntimeError(
                f"warm-up failed: {getattr(first, 'error', first)}\n{server.log_tail()}"
            )
        think = (
            "none"
            if opts.think[1] == 0
            else f"{opts.think[0]:g}-{opts.think[1]:g} s before "
            + ("each answer" if opts.per_page == 1 else f"every {opts.per_page} answers")
            + " and the summary"
        )
        log(
            f"  learners       {opts.learners}, released together"
            + (f" over {opts.ramp:g} s" if opts.ramp else " (barrier)")
            + f"; think time {think}"
        )
        log(
            "  each learner   quiz page, start, attempt page, "
            f"{opts.questions} autosaves + 1 changed answer, summary, "
            "2 simultaneous submits (double click), review"
        )
        log("")
        workers = server.worker_pids()
        pg_pid = postgres.postmaster_pid()
        pg_pids = children_of(pg_pid) if pg_pid else []
        cpu_before = cpu_seconds(workers), cpu_seconds(pg_pids), time.process_time()
        busy_before = machine_busy_seconds()
        log_size = server.logfile.stat().st_size

        samples, sent, duration, crashes = run_learners(
            data["sessions"], opts, data, record=True, barrier_all=True
        )

        pg_pids = children_of(pg_pid) if pg_pid else []  # backends opened during the run
        cpu_app = cpu_seconds(workers) - cpu_before[0]
        cpu_db = cpu_seconds(pg_pids) - cpu_before[1]  # approx.: backends that exited are missed
        cpu_client = time.process_time() - cpu_before[2]
        busy = machine_busy_seconds() - busy_before
        log("Results")
        summary = report(samples, duration, crashes)
        n = max(summary["requests"], 1)
        log("")
        log(
            f"  CPU used       app {cpu_app:.1f} s ({cpu_app / n * 1000:.1f} ms/request), "
            f"PostgreSQL {cpu_db:.1f} s, load generator {cpu_client:.1f} s "
            f"(all on the same {os.cpu_count()} cores)"
        )
        capacity = duration * (os.cpu_count() or 1)
        others = max(busy - cpu_app - cpu_db - cpu_client, 0)
        log(
            f"  machine        busy {busy:.0f} of {capacity:.0f} CPU-seconds; other processes "
            f"(not this benchmark) used about {others:.0f}"
        )
        server_log = server.logfile.read_text(errors="replace")[log_size:]
        incidents = [
            line
            for line in server_log.splitlines()
            if any(
                k in line
                for k in ("WORKER TIMEOUT", "Booting worker", "Traceback", "Internal Server Error")
            )
        ]
        if incidents:
            log(f"  gunicorn log   {len(incidents)} incidents, e.g.:")
            for line in incidents[:5]:
                log(f"    {line[:200]}")

        sent_file = tmp / "sent.json"
        sent_file.write_text(json.dumps(sent))
        check_file = tmp / "check.json"
        run(
            [PYTHON, __file__, INTERNAL, "verify", data_file, sent_file, check_file],
            env=env,
            cwd=ROOT,
            what="database check",
        )
        check = json.loads(check_file.read_text())
        log("")
        log("Database check")
        log(
            f"  attempts {check['attempts']} for {opts.learners} learners "
            f"({check['learners_with_attempt']} learners with one), "
            f"submitted {check['submitted']}, closed exactly once {check['closed_once']}, "
            f"passed {check['passed']} (mean score {check['mean_percent']:.0f}%)"
        )
        log(
            f"  attempt questions {check['attempt_questions']} "
            f"(expected {opts.learners * opts.questions}); autosaves posted "
            f"{check['answer_posts']}, questions with an acknowledged answer "
            f"{check['answers_expected']}, stored with the value sent last "
            f"{check['answers_matched']} (non-empty answers in the database "
            f"{check['answers_stored']})"
        )
        if check["answers_unacknowledged"]:
            log(
                f"  {check['answers_unacknowledged']} autosaves got no reply (see errors); "
                "either outcome is accepted for those"
            )
        for problem in check["problems"]:
            log(f"  problem: {problem}")

        data_ok = (
            not check["problems"]
            and check["attempts"] == opts.learners
            and check["submitted"] == opts.learners
            and check["closed_once"] == opts.learners
            and check["attempt_questions"] == opts.learners * opts.questions
            and check["answers_matched"] == check["answers_expected"]
        )
        targets = [
            (summary["errors"] == 0, f"no errors ({summary['errors']})"),
            (
                summary["p95"] < opts.p95_target,
                f"p95 under {opts.p95_target:g} ms ({summary['p95']:.0f} ms)",
            ),
            (data_ok, "no lost or duplicated answers (checked in the database)"),
        ]
        log("")
        for ok, label in targets:
            log(f"{'PASS' if ok else 'FAIL'}  {label}")
            if not ok:
                failed.append(label)
    except Exception as exc:
        log(f"\nERROR: {exc}")
        if postgres.started:
            log(f"PostgreSQL log tail:\n{postgres.log_tail()}")
        failed.append("the benchmark did not complete")
        return 2
    finally:
        if collect is not None and collect.poll() is None:
            collect.kill()  # the collectstatic we started, if still running
            collect.wait(timeout=10)
        if server is not None:
            server.stop()
        redis.stop()
        mail.stop()
        postgres.stop()
        if opts.keep:
            log(f"(kept {tmp})")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == INTERNAL:
        internal_main(sys.argv[2:])
    else:
        sys.exit(main(sys.argv[1:]))
