"""The personal training record ("karta szkoleń") for the personnel file: every course with
its progress, each step completed with the page revision seen, every certificate, session
attended and assignment, with dates. WeasyPrint from a template, A4, DejaVu fonts."""

from django.template.loader import render_to_string
from django.utils import timezone, translation

from assignments import legal_history
from assignments.models import Assignment
from certificates.issuer import current_issuer
from certificates.models import Certificate
from courses.models import CourseProgress, LessonCompletion
from seminars.models import Attendance


def record_data(person) -> dict:
    """Everything the record shows, in a fixed number of queries."""
    return {
        "person": person,
        "issuer": current_issuer(),
        "generated_at": timezone.localtime(),
        "progress": list(
            CourseProgress.objects.filter(user=person)
            .select_related("course", "completed_revision")
            .order_by("course__title", "pk")
        ),
        "completions": list(
            LessonCompletion.objects.filter(user=person)
            .select_related("lesson", "course", "revision")
            .order_by("course__title", "cycle", "completed_at", "pk")
        ),
        "certificates": list(
            Certificate.objects.filter(user=person)
            .select_related("course_revision")
            .order_by("course_title", "issued_at", "pk")
        ),
        "assignments": list(
            Assignment.objects.filter(user=person)
            .select_related("course", "assigned_by")
            .order_by("assigned_at", "pk")
        ),
        # Lessons with legal changes: the changes caught up with and those not yet.
        "legal_lessons": [
            r for r in legal_history.person_lessons(person) if r.caught_up or r.pending
        ],
        "attendance": list(
            Attendance.objects.filter(user=person)
            .select_related("event_date__event")
            .order_by("event_date__starts_at", "pk")
        ),
    }


def html(person, *, language=None) -> str:
    language = language or translation.get_language() or "pl"
    with translation.override(language):
        return render_to_string(
            "certificates/compliance/record_pdf.html",
            {**record_data(person), "language": language},
        )


def render(person, *, language=None) -> bytes:
    from weasyprint import CSS, HTML

    stylesheet = CSS(string=render_to_string("certificates/compliance/record_pdf.css"))
    return HTML(string=html(person, language=language), base_url=None).write_pdf(
        stylesheets=[stylesheet]
    )


def filename(person) -> str:
    stem = person.employee_number or f"osoba-{person.pk}"
    return f"karta-szkolen-{stem}.pdf"
