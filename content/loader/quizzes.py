"""Load a course's final quiz from content files: questions into the bank, and a quiz page.

Called by ``content.loader`` (``manage.py load_content``). Questions are matched by
name inside the quiz's category. The quiz page's marked revision keeps, for each question,
the hash of its file entry and of the bank question as the loader left it, so a question
edited in the bank since is reported as a conflict (and kept) instead of being overwritten.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from content.loader.load import MARKER, marked_revision, marker_of
from content.loader.parse import ContentError, digest
from courses.models import LessonPage
from quizzes.bank import (
    category_for_path,
    question_from_dict,
    question_to_dict,
    question_version_current,
    validate_options,
)
from quizzes.models import Question, QuestionCategory, QuestionOption, QuizPage


def bank_hash(question: Question) -> str:
    data = question_to_dict(question)
    data.pop("category", None)
    lessons = sorted(question.lessons.values_list("slug", flat=True))
    return digest({**data, "lessons": lessons})


def _category(quiz: QuizPage | None, course, spec: dict) -> QuestionCategory:
    if quiz is not None:
        for section in quiz.sections:
            if section.block_type == "random" and section.value.get("category"):
                return section.value["category"]
    return category_for_path(f"{course.title}/{spec['title']}")


@transaction.atomic
def question_replace(question: Question, data: dict, *, lessons) -> Question:
    """Give a bank question the content of an interchange dict; past attempts keep the
    version they asked (``question_version_current`` adds a new one when needed)."""
    fresh = Question(category=question.category)
    kind = data["type"]
    options = _options(data)
    correct_true = bool(data["answer"]) if kind == "truefalse" else fresh.correct_true
    decimals = [
        {**o, "weight": None if o.get("weight") is None else Decimal(str(o["weight"]))}
        for o in options
    ]
    problems = validate_options(kind, decimals, correct_true=correct_true)
    if problems:
        raise ValidationError(problems)
    question.kind = kind
    question.text = data["text"]
    question.general_feedback = data.get("general_feedback", "")
    question.scoring = (
        data.get("scoring", fresh.scoring) if kind in ("multiple", "ordering") else (fresh.scoring)
    )
    question.correct_true = correct_true
    question.feedback_true = data.get("feedback_true", "")
    question.feedback_false = data.get("feedback_false", "")
    for flag in ("ignore_case", "ignore_diacritics", "ignore_spaces"):
        setattr(question, flag, data.get(flag, getattr(fresh, flag)))
    question.save()
    question.options.all().delete()
    for position, option in enumerate(options):
        weight = option.get("weight")
        QuestionOption.objects.create(
            question=question,
            sort_order=position,
            text=option["text"],
            match_text=option.get("match_text", ""),
            is_correct=option.get("is_correct", False),
            weight=None if weight is None else Decimal(str(weight)),
            feedback=option.get("feedback", ""),
        )
    question.lessons.set(lessons)
    question.save()
    question = Question.objects.get(pk=question.pk)
    question_version_current(question)
    return question


def _options(data: dict) -> list[dict]:
    kind = data["type"]
    if kind in ("single", "multiple"):
        return [
            {
                "text": c["text"],
                "is_correct": bool(c.get("correct")),
                "weight": c.get("weight"),
                "feedback": c.get("feedback", ""),
            }
            for c in data["choices"]
        ]
    if kind == "matching":
        return [{"text": left, "match_text": right} for left, right in data["pairs"]]
    if kind == "ordering":
        return [{"text": item} for item in data["items"]]
    if kind == "short":
        return [
            {"text": a["text"], "weight": a.get("fraction"), "feedback": a.get("feedback", "")}
            for a in data["answers"]
        ]
    return []


def load_quiz(loader, course, source) -> QuizPage:
    spec = dict(source.quiz)
    draw = spec.pop("draw")
    quiz = QuizPage.objects.child_of(course).filter(slug=spec["slug"]).first()
    label = f"quiz {course.slug}/{spec['slug']}"
    if quiz is not None and not loader.force and marked_revision(quiz) is None:
        # Not made by the loader (by hand, or by an older seed): its bank is not ours to fill.
        loader.report.conflicts.append(
            f"{label}: the quiz was not made by the loader; kept it and its question bank. "
            "Load with --force to take it over."
        )
        return quiz
    category = _category(quiz, course, spec)
    lessons = {p.slug: p for p in LessonPage.objects.child_of(course)}
    previous = loader_marker(quiz)
    hashes = {}
    for item in source.questions:
        hashes[item.name] = _question(loader, category, item, lessons, previous.get(item.name))
    names = set(hashes)
    for name in Question.objects.filter(category.subtree_q()).values_list("name", flat=True):
        if name not in names:
            loader.report.notes.append(
                f"{label}: question {name!r} is in the quiz's bank but not in the content files; "
                "the quiz still draws it. Remove it in the question bank if it should go."
            )
    values = {
        "_model": QuizPage,
        **spec,
        "sections": [
            {"type": "random", "value": {"category": category.pk, "tag": "", "count": draw}}
        ],
    }
    loader._write(
        quiz,
        parent=course,
        values=values,
        content_hash=digest({"quiz": source.quiz, "category": category.name}),
        label=label,
        path=source.path / "course.yaml",
        extra={"questions": hashes},
    )
    if quiz is not None and hashes != previous:
        _save_question_hashes(quiz, hashes)
    return QuizPage.objects.child_of(course).get(slug=spec["slug"])


def loader_marker(quiz) -> dict:
    return marker_of(quiz).get("questions", {}) if quiz is not None else {}


def _save_question_hashes(quiz, hashes):
    """Keep the question hashes current on the quiz's marked revision (the page itself did
    not change, so it gets no new revision)."""
    revision = marked_revision(quiz)
    if revision is not None:
        revision.content[MARKER]["questions"] = hashes
        revision.save(update_fields=["content"])


def _question(loader, category, item, lessons, previous: dict | None) -> dict:
    report = loader.report
    lesson = lessons.get(item.lesson)
    linked = [lesson] if lesson else []
    question = Question.objects.filter(category=category, name=item.name).first()
    try:
        if question is None:
            question = question_from_dict(
                item.data,
                category=category,
                lessons=linked,
                tags=[item.lesson],
                acting_user=loader.user,
            )
            report.questions_created += 1
            return {"file": item.content_hash, "bank": bank_hash(question)}
        current = bank_hash(question)
        if previous and previous.get("file") == item.content_hash:
            if previous.get("bank") != current:
                report.kept.append(f"question {item.name!r}")
            return previous
        edited = not previous or previous.get("bank") != current
        if edited and not loader.force:
            report.conflicts.append(
                f"question {item.name!r} ({loader._source(item.path)}): edited in the question "
                "bank after the last load (or not made by the loader); kept it. Merge the change "
                "into the file, or load with --force to overwrite it."
            )
            return previous or {"file": None, "bank": current}
        question = question_replace(question, item.data, lessons=linked)
        report.questions_updated += 1
        return {"file": item.content_hash, "bank": bank_hash(question)}
    except ValidationError as error:
        line = item.line or None
        raise ContentError(
            item.path, f"question {item.name!r}: {'; '.join(error.messages)}", line
        ) from None
