"""Benchmark of certificates: issuing 1,000 certificates (a batch of completions) and
rendering one certificate PDF. Prints the figures and exits 1 when a target is missed.

Run from the project root:

    .venv/bin/python bench/certificates.py            # SQLite in a temp folder
    DATABASE_URL=postgres://kadra@127.0.0.1:5432/kadra_bench .venv/bin/python bench/certificates.py

Targets from issue 10: one certificate PDF under 1 s; 1,000 issuances under 60 s. Setup
(migrations, people, completed progress rows) is not timed. The issuance is the real service
(``certificate_issue_for_completion``: number under a row lock, evidence, history, the
holder's notification), all in one transaction as a batch of completions would be.
"""

import os
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.test"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

ISSUES = 1_000
PDFS = 5


def main() -> int:
    setup_test_environment()
    call_command("migrate", verbosity=0, interactive=False)
    from certificates import pdf, services
    from certificates.models import Certificate
    from courses.models import CourseProgress, ProgressStatus
    from lms.models import User
    from tests.factories import CoursePageFactory, LessonPageFactory

    course = CoursePageFactory(
        title="Standardy obsługi klienta – zażółć gęślą jaźń", validity_months=24
    )
    LessonPageFactory(parent=course)
    course = type(course).objects.get(pk=course.pk)
    now = timezone.now()
    users = User.objects.bulk_create(
        [
            User(
                email=f"bench{n}@example.gov.pl",
                first_name="Łucja",
                last_name=f"Żółkiewska {n}",
                employee_number=f"B{n:06d}",
            )
            for n in range(ISSUES)
        ]
    )
    users = list(User.objects.filter(email__startswith="bench").order_by("pk"))
    CourseProgress.objects.bulk_create(
        [
            CourseProgress(
                user=u,
                course=course,
                status=ProgressStatus.COMPLETED,
                completed_at=now,
                steps_total=1,
                steps_done=1,
                percent=100,
            )
            for u in users
        ]
    )
    progress = {p.user_id: p for p in CourseProgress.objects.filter(course=course)}

    start = time.perf_counter()
    with transaction.atomic():
        for user in users:
            services.certificate_issue_for_completion(
                user=user, course=course, progress=progress[user.pk]
            )
    issue_seconds = time.perf_counter() - start
    assert Certificate.objects.count() == ISSUES
    sequences = sorted(Certificate.objects.values_list("sequence", flat=True))
    assert sequences == list(range(1, ISSUES + 1)), "numbers with gaps or duplicates"

    timings = []
    for certificate in Certificate.objects.order_by("pk")[:PDFS]:
        start = time.perf_counter()
        data = pdf.render(certificate)
        timings.append(time.perf_counter() - start)
        assert data.startswith(b"%PDF")
    first, rest = timings[0], timings[1:]

    print(
        f"issue {ISSUES} certificates: {issue_seconds:.1f} s ({issue_seconds / ISSUES * 1000:.1f} ms each)  target < 60 s"
    )
    print(
        f"render one PDF: first {first:.2f} s (fonts loaded), then median {statistics.median(rest):.2f} s, max {max(rest):.2f} s  target < 1 s"
    )
    ok = issue_seconds < 60 and max(rest) < 1
    print("all targets met" if ok else "a target was missed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
