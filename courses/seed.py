"""Load the seed courses into Wagtail pages and give the demo office some progress."""

from datetime import date, timedelta
from pathlib import Path

from django.core.files import File
from django.db import transaction

from .h5p_package import validate_package
from .models import CourseIndexPage, CoursePage, H5PPackage, LessonPage
from .seed_content import all_courses

H5P_COURSE_SLUG = "cwiczenia-interaktywne"


def _stream(blocks):
    data = []
    for kind, value in blocks:
        if kind == "key_points":
            value = {"heading": value.get("heading", ""), "points": list(value["points"])}
        data.append({"type": kind, "value": value})
    return data


def catalogue() -> CourseIndexPage:
    index = CourseIndexPage.objects.first()
    if index is None:
        raise RuntimeError("The course catalogue page is missing; run migrations first.")
    return index


def _publish(page):
    page.save_revision().publish()


@transaction.atomic
def load_course(spec: dict) -> tuple[CoursePage, bool]:
    """Create the course from its spec unless a course with its slug exists."""
    index = catalogue()
    existing = CoursePage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing.specific, False
    course = CoursePage(
        title=spec["title"],
        slug=spec["slug"],
        area=spec["area"],
        summary=spec["summary"],
        audience=spec.get("audience", ""),
        estimated_minutes=spec.get("estimated_minutes", 60),
        objectives="\n".join(spec.get("objectives", [])),
        validity_months=spec.get("validity_months", 0),
        retraining_days=spec.get("retraining_days", 30),
        session_required=spec.get("session_required", False),
        sequential=spec.get("sequential", True),
        self_enrolment=spec.get("self_enrolment", True),
        legal_content_date=spec.get("legal_content_date"),
        requires_legal_review=spec.get("requires_legal_review", False),
    )
    index.add_child(instance=course)
    _publish(course)
    for lesson_spec in spec["lessons"]:
        lesson = LessonPage(
            title=lesson_spec["title"],
            slug=lesson_spec["slug"],
            intro=lesson_spec.get("intro", ""),
            estimated_minutes=lesson_spec.get("estimated_minutes", 15),
            body=_stream(lesson_spec["body"]),
        )
        course.add_child(instance=lesson)
        _publish(lesson)
    if spec.get("quiz"):
        _load_quiz(course, spec)
    return course, True


def _load_quiz(course, spec):
    try:
        from quizzes.seed import load_quiz
    except ImportError:  # quizzes not installed yet
        return
    load_quiz(course, spec["quiz"], spec["lessons"])


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


def seed_courses(*, people: dict, h5p_dir=None) -> str:
    from .services import enrol, step_complete

    created = []
    courses = []
    for spec in all_courses():
        course, was_created = load_course(spec)
        courses.append(course)
        if was_created:
            created.append(course.title)
    if h5p_dir:
        packages = load_h5p_packages(h5p_dir)
        courses.append(load_h5p_course(packages))

    employee = people.get("employee@demo.kadra")
    if employee is not None:
        today = date.today()
        dues = [today + timedelta(days=21), today + timedelta(days=45), today - timedelta(days=3)]
        for course, due in zip(courses[:3], dues, strict=False):
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
    return f"Courses: {len(courses)} in the catalogue ({len(created)} created now)."
