"""The demo office's courses: the content files (``content/``, loaded by ``load_content``),
the demo H5P activities, and some progress for the demo people."""

import os
from datetime import date, timedelta
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.db import transaction

from courses.h5p_package import validate_package
from courses.models import CourseIndexPage, CoursePage, H5PPackage, LessonPage

from .loader import load_content

H5P_COURSE_SLUG = "cwiczenia-interaktywne"
# The content files the demo loads; KADRA_CONTENT_DIR points at another checkout of them.
CONTENT_DIR = Path(os.environ.get("KADRA_CONTENT_DIR") or Path(settings.BASE_DIR) / "content")
# The demo people make progress in these courses (in this order).
DEMO_COURSES = ["standardy-obslugi", "obsluga-miedzykulturowa", "prawo-migracyjne"]


def catalogue() -> CourseIndexPage:
    index = CourseIndexPage.objects.first()
    if index is None:
        raise RuntimeError("The course catalogue page is missing; run migrations first.")
    return index


def _publish(page):
    page.save_revision().publish()


def load_h5p_packages(h5p_dir) -> list[H5PPackage]:
    packages = []
    for path in sorted(Path(h5p_dir).glob("*.h5p")):
        with path.open("rb") as fh:
            info = validate_package(fh)
            package = H5PPackage.objects.filter(title=info.title).first()
            if package is None:
                fh.seek(0)
                package = H5PPackage(
                    title=info.title,
                    main_library=info.main_library,
                    library_version=info.main_library_version,
                    size=info.total_size,
                    metadata={"libraries": [lib.folder for lib in info.libraries]},
                )
                package.file.save(path.name, File(fh), save=True)
        packages.append(package)
    return packages


@transaction.atomic
def load_h5p_course(packages) -> CoursePage:
    index = catalogue()
    course = CoursePage.objects.child_of(index).filter(slug=H5P_COURSE_SLUG).first()
    if course is None:
        course = CoursePage(
            title="Ćwiczenia interaktywne",
            slug=H5P_COURSE_SLUG,
            area="other",
            summary=(
                "Krótkie ćwiczenia utrwalające wiedzę z obsługi klienta. Każde ćwiczenie "
                "kończy się automatycznie, gdy udzielisz odpowiedzi."
            ),
            audience="Wszyscy pracownicy obsługi klienta",
            estimated_minutes=15,
            sequential=False,
            self_enrolment=True,
        )
        index.add_child(instance=course)
        _publish(course)
    course = course.specific
    existing = {p.slug for p in course.get_children()}
    for package in packages:
        slug = f"cwiczenie-{package.main_library.split('.')[-1].lower()}"
        if slug in existing:
            continue
        lesson = LessonPage(
            title=f"Ćwiczenie: {package.title}",
            slug=slug,
            intro="Wykonaj ćwiczenie poniżej. Lekcja zakończy się po udzieleniu odpowiedzi.",
            estimated_minutes=3,
            body=[{"type": "h5p", "value": {"package": package.pk, "instructions": ""}}],
        )
        course.add_child(instance=lesson)
        _publish(lesson)
    return course


def seed_courses(*, people: dict, h5p_dir=None, content_dir=CONTENT_DIR) -> str:
    from courses.services import enrol, step_complete

    report = load_content(content_dir, user=people.get("editor@demo.kadra"), h5p_dir=h5p_dir)
    index = catalogue()
    courses = [CoursePage.objects.child_of(index).get(slug=slug) for slug in DEMO_COURSES]
    total = CoursePage.objects.child_of(index).count()
    if h5p_dir:
        packages = load_h5p_packages(h5p_dir)
        load_h5p_course(packages)
        total = CoursePage.objects.child_of(index).count()

    employee = people.get("employee@demo.kadra")
    if employee is not None:
        today = date.today()
        dues = [today + timedelta(days=21), today + timedelta(days=45), today - timedelta(days=3)]
        for course, due in zip(courses, dues, strict=True):
            enrol(user=employee, course=course, source="manual", due_date=due)
        first_steps = list(courses[0].get_children().live().specific().order_by("path"))
        for step in first_steps[:2]:
            step_complete(user=employee, step=step)
        others = [p for email, p in sorted(people.items()) if email.endswith("@demo.kadra")]
        for i, person in enumerate(others[6:20]):
            course = courses[i % 3]
            enrol(user=person, course=course, source="manual", due_date=today + timedelta(30))
            steps = list(course.get_children().live().specific().order_by("path"))
            for step in steps[: i % 4]:
                if step._meta.model_name == "lessonpage":
                    step_complete(user=person, step=step)
    created = sum(1 for line in report.created if line.startswith("course "))
    lines = [f"Courses: {total} in the catalogue ({created} created now)."]
    lines += [f"  CONFLICT: {line}" for line in report.conflicts]
    return "\n".join(lines)
