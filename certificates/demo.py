"""Demo certificates for ``seed_demo``: what HR's registry looks like after a few years.

Demo people complete seed courses (through ``courses.services.step_complete``) on dates in
the past, and their certificates are issued for those dates through the real service, so
numbers, validity and lineage are what the platform itself would have made: some expire
within 30 days, one has expired (by the daily job), one is revoked with a reason, one is
superseded by a re-issue after a name change. The demo employee holds one that expires
soon, so their home page shows it. Safe to run repeatedly: nothing is issued twice.
"""

from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from courses.models import CoursePage, CourseProgress
from courses.services import course_completed, course_steps, step_complete

from . import expiry, policy, services, signals
from .models import Certificate, CertificateStatus, Origin

EMPLOYEE = "employee@demo.kadra"
HR = "hr@demo.kadra"
ROLE_LOGINS = {"leader@demo.kadra", HR, "editor@demo.kadra", "lider.zp@demo.kadra"}
REVOKE_REASON = "Certyfikat wydany omyłkowo: test końcowy rozwiązała inna osoba."
RENAME_REASON = "Zmiana nazwiska po zawarciu małżeństwa (wniosek z 3 marca)."
# (course slug, days before expiry it is issued on: negative = already expired). Courses
# without a required internal session: those complete by their steps alone (the sessions'
# demo adds attendance for the migration-law course).
PLAN = [
    ("standardy-obslugi", 12),
    ("standardy-obslugi", 25),
    ("standardy-obslugi", 200),
    ("standardy-obslugi", 400),
    ("praca-z-tlumaczem", 28),
    ("praca-z-tlumaczem", -6),
    ("praca-z-tlumaczem", 150),
    ("dostepnosc-i-pjm", 700),
    ("dostepnosc-i-pjm", 300),
]
EMPLOYEE_PLAN = ("dostepnosc-i-pjm", 20)


def _issued_on_for(course, days_to_expiry, today):
    """The issue date that makes a certificate of ``course`` expire ``days_to_expiry`` from
    ``today`` (searching back day by day, since months differ in length)."""
    target = today + timedelta(days=days_to_expiry)
    day = today - timedelta(days=1)
    for _ in range(4000):
        until = policy.valid_until(course, day)
        if until is not None and until <= target:
            return day
        day -= timedelta(days=1)
    return day


@transaction.atomic
def certify_on(person, course, *, issued_on):
    """Complete ``course`` for ``person`` and issue its certificate as on ``issued_on``."""
    if Certificate.objects.filter(user=person, course=course).exists():
        return None
    moment = timezone.make_aware(datetime.combine(issued_on, time(11, 0)))
    course_completed.disconnect(signals.issue_on_completion)
    try:
        for step in course_steps(course):
            step_complete(user=person, step=step)
    finally:
        course_completed.connect(signals.issue_on_completion)
    progress = CourseProgress.objects.get(user=person, course=course)
    if progress.completed_at is None:
        return None
    CourseProgress.objects.filter(pk=progress.pk).update(completed_at=moment)
    progress.refresh_from_db()
    return services.certificate_issue_for_completion(
        user=person, course=course, progress=progress, now=moment
    )


def seed_certificates(people: dict, stdout=None) -> str:
    courses = {c.slug: c for c in CoursePage.objects.live().filter(slug__in={s for s, _ in PLAN})}
    hr = people.get(HR)
    if len(courses) < 3 or hr is None:
        message = "Certificates: seed courses or demo people missing, none issued."
        if stdout is not None:
            stdout.write(message)
        return message
    today = timezone.localdate()
    learners = sorted(
        (p for email, p in people.items() if email not in ROLE_LOGINS | {EMPLOYEE}),
        key=lambda p: p.pk,
    )
    issued = []
    for person, (slug, days) in zip(learners, PLAN, strict=False):
        course = courses[slug]
        made = certify_on(person, course, issued_on=_issued_on_for(course, days, today))
        if made is not None:
            issued.append(made)
    employee = people.get(EMPLOYEE)
    if employee is not None:
        slug, days = EMPLOYEE_PLAN
        made = certify_on(
            employee, courses[slug], issued_on=_issued_on_for(courses[slug], days, today)
        )
        if made is not None:
            issued.append(made)
    demo = Certificate.objects.filter(user__in=[*learners, *([employee] if employee else [])])
    revoked = renamed = 0
    if not demo.filter(status=CertificateStatus.REVOKED).exists():
        target = (
            demo.filter(status=CertificateStatus.VALID, course__slug="standardy-obslugi")
            .order_by("-valid_until", "pk")
            .first()
        )
        if target is not None:
            services.certificate_revoke(certificate=target, reason=REVOKE_REASON, acting_user=hr)
            revoked = 1
    if not demo.filter(origin=Origin.NAME_CHANGE).exists():
        target = (
            demo.filter(status=CertificateStatus.VALID, course__slug="dostepnosc-i-pjm")
            .exclude(user=employee)
            .order_by("-valid_until", "pk")
            .first()
        )
        if target is not None:
            person = target.user
            person.last_name = f"{person.last_name}-Kowalczyk"
            person._history_user = hr
            person.save(update_fields=["last_name"])
            services.certificate_reissue(
                certificate=target, reason=RENAME_REASON, acting_user=hr, origin=Origin.NAME_CHANGE
            )
            renamed = 1
    daily = expiry.run(today=today)
    message = (
        f"Certificates: {len(issued)} issued now, {revoked} revoked, {renamed} re-issued after a "
        f"name change; daily job: {daily['expired']} expired, {daily['window_open']} "
        "recertification windows opened."
    )
    if stdout is not None:
        stdout.write(message)
    return message
