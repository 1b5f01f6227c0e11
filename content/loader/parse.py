"""Read course content files (see content/README.md) into plain values, checking them.

Nothing here touches the database: ``read_tree`` returns ``CourseSource`` objects whose
values are exactly what the pages, blocks and bank questions will hold, or raises
``ContentError`` naming the file and line of the first problem it finds.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from .base import (  # noqa: F401 (the reader's public names)
    AREAS,
    LEGAL_REVIEW_PREFIX,
    SLUG,
    ContentError,
    CourseSource,
    Fields,
    LessonSource,
    QuestionSource,
    _flow,
    _yaml,
    digest,
    polish_date,
)
from .lessons import read_lesson
from .questions import read_gift, read_ordering

# --- course.yaml -----------------------------------------------------------------------------

RECERTIFY_BY = re.compile(r"^(?P<day>\d{1,2})-(?P<month>\d{1,2})$")
COURSE_FIELDS = {
    "slug",
    "title",
    "area",
    "summary",
    "audience",
    "estimated_minutes",
    "objectives",
    "validity_months",
    "retraining_days",
    "session_required",
    "issues_certificate",
    "recertification_window_days",
    "recertify_by",
    "sequential",
    "self_enrolment",
    "legal_content_date",
    "requires_legal_review",
    "quiz",
}
QUIZ_FIELDS = {
    "slug",
    "title",
    "intro",
    "pass_mark",
    "time_limit_minutes",
    "max_attempts",
    "wait_minutes",
    "review_mode",
    "one_per_page",
    "shuffle_questions",
    "draw",
}


def read_course_yaml(path: Path) -> tuple[dict, dict | None]:
    f = Fields(_yaml(path.read_text("utf-8"), path), path, 1, "course.yaml", COURSE_FIELDS)
    slug = f.text("slug")
    if not SLUG.match(slug):
        f.fail("'slug' must be lower-case letters, digits and hyphens")
    if slug != path.parent.name:
        f.fail(f"'slug' {slug!r} must match the folder name {path.parent.name!r}")
    area = f.text("area")
    if area not in AREAS:
        f.fail(f"'area' must be one of {', '.join(AREAS)}")
    values = {
        "slug": slug,
        "title": f.text("title"),
        "area": area,
        "summary": _flow(f.text("summary")),
        "audience": _flow(f.text("audience", required=False)),
        "estimated_minutes": f.number("estimated_minutes", minimum=1),
        "objectives": "\n".join(f.texts("objectives", required=False)),
        "validity_months": f.number("validity_months", default=0),
        "retraining_days": f.number("retraining_days", default=30, minimum=1),
        "session_required": f.flag("session_required", False),
        "sequential": f.flag("sequential", True),
        "self_enrolment": f.flag("self_enrolment", True),
        "legal_content_date": f.date("legal_content_date"),
        "requires_legal_review": f.flag("requires_legal_review", False),
        "issues_certificate": f.flag("issues_certificate", True),
        "recertification_window_days": f.number(
            "recertification_window_days", default=60, minimum=1
        ),
        "recertify_by_day": None,
        "recertify_by_month": None,
    }
    if values["validity_months"] > 240 or values["retraining_days"] > 365:
        f.fail("'validity_months' is at most 240 and 'retraining_days' at most 365")
    if values["recertification_window_days"] > 365:
        f.fail("'recertification_window_days' is at most 365")
    by = f.text("recertify_by", required=False)
    if by:
        match = RECERTIFY_BY.match(by)
        try:
            date(2024, int(match["month"]), int(match["day"])) if match else None
        except ValueError:
            match = None
        if match is None:
            f.fail("'recertify_by' is a day of the year as DD-MM, e.g. 31-01 for 31 January")
        values["recertify_by_day"], values["recertify_by_month"] = (
            int(match["day"]),
            int(match["month"]),
        )
    quiz = None
    if f.data.get("quiz") is not None:
        q = Fields(f.data["quiz"], path, 1, "course.yaml quiz", QUIZ_FIELDS)
        quiz = {
            "slug": q.text("slug"),
            "title": q.text("title"),
            "intro": _flow(q.text("intro", required=False)),
            "pass_mark": q.number("pass_mark", default=80, minimum=1),
            "time_limit_minutes": q.number("time_limit_minutes", default=0),
            "max_attempts": q.number("max_attempts", default=3),
            "wait_minutes": q.number("wait_minutes", default=0),
            "review_mode": q.text("review_mode", required=False, default="full"),
            "one_per_page": q.flag("one_per_page", False),
            "shuffle_questions": q.flag("shuffle_questions", True),
            "draw": q.number("draw", minimum=1),
        }
        if quiz["pass_mark"] > 100:
            q.fail("'pass_mark' is a percentage, at most 100")
        if quiz["review_mode"] not in ("score", "wrong", "full"):
            q.fail("'review_mode' must be score, wrong or full")
    return values, quiz


def read_course(folder: Path, snippets_dir: Path | None) -> CourseSource:
    course_yaml = folder / "course.yaml"
    if not course_yaml.is_file():
        raise ContentError(folder, "a course folder needs course.yaml")
    values, quiz = read_course_yaml(course_yaml)
    course = CourseSource(folder, values, quiz)
    for path in sorted(folder.glob("*.md")):
        if path.name.upper() == "README.MD":
            continue
        course.lessons.append(read_lesson(path, snippets_dir))
    if not course.lessons:
        raise ContentError(folder, "the course has no lessons (NN-<slug>.md)")
    numbers = [lesson.number for lesson in course.lessons]
    slugs = [lesson.slug for lesson in course.lessons]
    if len(set(numbers)) != len(numbers) or len(set(slugs)) != len(slugs):
        raise ContentError(folder, "two lessons share a number or a slug")
    if quiz is not None:
        if quiz["slug"] in slugs:
            raise ContentError(course_yaml, "the quiz slug is also a lesson slug")
        if (folder / "quiz.gift").is_file():
            course.questions += read_gift(folder / "quiz.gift")
        if (folder / "quiz-ordering.yaml").is_file():
            course.questions += read_ordering(folder / "quiz-ordering.yaml")
        names = [q.name for q in course.questions]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ContentError(folder, f"question names must be unique: {duplicates[0]!r}")
        for question in course.questions:
            if question.lesson not in slugs:
                raise ContentError(
                    question.path,
                    f"no lesson {question.lesson!r} in this course",
                    question.line or None,
                )
        if quiz["draw"] > len(course.questions):
            raise ContentError(
                course_yaml,
                f"quiz 'draw' is {quiz['draw']} but there are "
                f"only {len(course.questions)} questions",
            )
    elif (folder / "quiz.gift").exists():
        raise ContentError(course_yaml, "quiz.gift exists but course.yaml has no 'quiz'")
    if any(lesson.teaches_law for lesson in course.lessons) and not values["legal_content_date"]:
        raise ContentError(course_yaml, "the course teaches law: give 'legal_content_date'")
    return course


def read_tree(root) -> list[CourseSource]:
    """Every course under ``root`` (a content/ folder, its courses/ folder, or one course)."""
    root = Path(root)
    if (root / "course.yaml").is_file():
        folders, snippets = [root], root.parent.parent / "snippets"
    else:
        courses_dir = root / "courses" if (root / "courses").is_dir() else root
        folders = sorted(p for p in courses_dir.iterdir() if p.is_dir())
        snippets = courses_dir.parent / "snippets"
    if not folders:
        raise ContentError(root, "no course folders found")
    courses = [read_course(folder, snippets if snippets.is_dir() else None) for folder in folders]
    slugs = [c.slug for c in courses]
    if len(set(slugs)) != len(slugs):
        raise ContentError(root, "two courses share a slug")
    return courses
