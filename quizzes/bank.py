"""The question bank: snapshots for grading, versions, and conversion to and from the
interchange dicts used by seed content and by GIFT/Aiken import and export."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .html import plain_text
from .models import (
    Question,
    QuestionCategory,
    QuestionKind,
    QuestionOption,
    QuestionVersion,
    TextFormat,
)
from .text import default_name

TRUEFALSE_KEY_MISSING = gettext_lazy("Choose whether the statement is true or false.")


def _weight(value):
    return None if value is None else float(value)


def validate_options(
    kind: str, options: list[dict], scoring: str = "", *, correct_true=None
) -> list[str]:
    """Problems with a question's answers, as messages an editor can act on. ``options`` are
    the answers' fields (text, match_text, is_correct, weight); ``correct_true`` is the key of
    a true/false question (None: not chosen)."""
    problems = []
    correct = [o for o in options if o.get("is_correct")]
    texts = [(o.get("text") or "").strip() for o in options]
    if kind == QuestionKind.TRUEFALSE and correct_true is None:
        problems.append(str(TRUEFALSE_KEY_MISSING))
    if kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        if len(options) < 2:
            problems.append(_("Add at least two choices."))
        if not all(texts):
            problems.append(_("Give every choice its text, or delete the empty one."))
    if kind == QuestionKind.SINGLE and not correct:
        problems.append(_("Mark the correct choice."))
    if kind == QuestionKind.MULTIPLE:
        if not correct:
            problems.append(_("Mark at least one correct choice."))
        if any(o.get("weight") is not None and o["weight"] <= 0 for o in correct):
            problems.append(
                _("A correct choice needs a positive weight: raise it or untick the choice.")
            )
        if any(
            o.get("weight") is not None and o["weight"] > 0 for o in options if o not in correct
        ):
            problems.append(
                _(
                    "A choice with a positive weight must be ticked as correct, or its weight lowered."
                )
            )
    if kind == QuestionKind.MATCHING:
        pairs = [o for o, text in zip(options, texts, strict=True) if text]
        if len(pairs) < 2:
            problems.append(_("Add at least two pairs to match."))
        if any(not (o.get("match_text") or "").strip() for o in options):
            problems.append(_("Give every left item its matching right item."))
    if kind == QuestionKind.ORDERING:
        if len(options) < 2:
            problems.append(_("Add at least two items to put in order."))
        if not all(texts):
            problems.append(_("Give every item its text, or delete the empty one."))
    if kind == QuestionKind.SHORT:
        if not options:
            problems.append(_("Add at least one accepted answer."))
        elif not all(texts):
            problems.append(_("Give every accepted answer its text, or delete the empty one."))
        elif not any(o.get("weight") is None or o["weight"] > 0 for o in options):
            problems.append(
                _(
                    "Give at least one accepted answer a positive weight "
                    "(an empty weight means full marks)."
                )
            )
    return problems


def build_snapshot(question: Question) -> dict:
    """The question as the grader and the attempt see it (see quizzes.grading)."""
    # Sorted in Python so prefetched options (one query for many questions) are used.
    options = sorted(question.options.all(), key=lambda o: (o.sort_order or 0, o.pk or 0))
    base = {
        "type": question.kind,
        "name": question.name,
        "text": question.text,
        "general_feedback": question.general_feedback,
        "shuffle": question.shuffle_answers,
    }
    if question.text_format == TextFormat.HTML:
        base["text_format"] = TextFormat.HTML
    kind = question.kind
    if kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        choices = []
        for o in options:
            choice = {
                "id": f"o{o.pk}",
                "text": o.text,
                "correct": o.is_correct,
                "feedback": o.feedback,
            }
            if kind == QuestionKind.MULTIPLE and o.weight is not None:
                choice["weight"] = float(o.weight)
            choices.append(choice)
        base["choices"] = choices
        if kind == QuestionKind.MULTIPLE:
            base["scoring"] = question.scoring
    elif kind == QuestionKind.TRUEFALSE:
        base.update(
            answer=question.correct_true,
            feedback_true=question.feedback_true,
            feedback_false=question.feedback_false,
        )
    elif kind == QuestionKind.MATCHING:
        base["pairs"] = [
            {"id": f"p{o.pk}", "left": o.text, "right": o.match_text} for o in options if o.text
        ]
        distractors = [{"id": f"d{o.pk}", "right": o.match_text} for o in options if not o.text]
        if distractors:
            base["distractors"] = distractors
    elif kind == QuestionKind.ORDERING:
        base["items"] = [{"id": f"i{o.pk}", "text": o.text} for o in options]
        base["scoring"] = question.scoring
    elif kind == QuestionKind.SHORT:
        base["answers"] = [
            {
                "text": o.text,
                "fraction": float(o.weight) if o.weight is not None else 1.0,
                "feedback": o.feedback,
            }
            for o in options
        ]
        base.update(
            ignore_case=question.ignore_case,
            ignore_diacritics=question.ignore_diacritics,
            ignore_spaces=question.ignore_spaces,
        )
    return base


@transaction.atomic
def question_version_current(question: Question) -> QuestionVersion:
    """The version to ask now: reuse the latest if unchanged, overwrite it if it has never
    been asked, otherwise add a new version so past attempts keep theirs."""
    snapshot = build_snapshot(question)
    latest = question.versions.select_for_update().order_by("-number").first()
    if latest is not None and latest.snapshot == snapshot:
        return latest
    if latest is not None and not latest.asked.exists():
        latest.snapshot = snapshot
        latest.save(update_fields=["snapshot"])
        return latest
    return QuestionVersion.objects.create(
        question=question, number=(latest.number + 1) if latest else 1, snapshot=snapshot
    )


def category_for_path(name: str) -> QuestionCategory:
    name = "/".join(part.strip() for part in (name or "").split("/") if part.strip())
    category, _created = QuestionCategory.objects.get_or_create(name=name or _("Default"))
    return category


@transaction.atomic
def question_from_dict(
    data: dict, *, category: QuestionCategory, lessons=(), tags=(), acting_user=None
) -> Question:
    """Create a question from an interchange dict (seed content, GIFT, Aiken)."""
    kind = data["type"]
    text_format = TextFormat.HTML if data.get("text_format") == "html" else TextFormat.PLAIN
    question = Question(
        category=category,
        name=(data.get("name") or default_name(plain_text(data["text"], text_format)))[:255],
        kind=kind,
        text=data["text"],
        text_format=text_format,
        general_feedback=data.get("general_feedback", ""),
    )
    options = []
    if kind in ("single", "multiple"):
        question.scoring = (
            data.get("scoring", "all_or_nothing") if kind == "multiple" else ("all_or_nothing")
        )
        for c in data["choices"]:
            options.append(
                {
                    "text": c["text"],
                    "is_correct": bool(c.get("correct")),
                    "weight": c.get("weight"),
                    "feedback": c.get("feedback", ""),
                }
            )
    elif kind == "truefalse":
        question.correct_true = bool(data["answer"])
        question.feedback_true = data.get("feedback_true", "")
        question.feedback_false = data.get("feedback_false", "")
    elif kind == "matching":
        for left, right in data["pairs"]:
            options.append({"text": left, "match_text": right})
        for right in data.get("distractors") or []:
            options.append({"text": "", "match_text": right})
    elif kind == "ordering":
        question.scoring = data.get("scoring", "all_or_nothing")
        for item in data["items"]:
            options.append({"text": item})
    elif kind == "short":
        for answer in data["answers"]:
            if isinstance(answer, str):
                answer = {"text": answer}
            options.append(
                {
                    "text": answer["text"],
                    "weight": answer.get("fraction"),
                    "feedback": answer.get("feedback", ""),
                }
            )
        question.ignore_case = data.get("ignore_case", True)
        question.ignore_diacritics = data.get("ignore_diacritics", False)
        question.ignore_spaces = data.get("ignore_spaces", True)
    else:
        raise ValidationError(_("Unknown question type: %(type)s") % {"type": kind})
    problems = validate_options(
        kind,
        [
            {**o, "weight": None if o.get("weight") is None else Decimal(str(o["weight"]))}
            for o in options
        ],
        correct_true=question.correct_true,
    )
    if problems:
        raise ValidationError(problems)
    question.save()
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
    if lessons:
        question.lessons.set(lessons)
    if tags:
        question.tags.add(*tags)
    question.save()
    question_version_current(question)
    return question


def question_to_dict(question: Question) -> dict:
    """The interchange dict of a question (the inverse of ``question_from_dict``)."""
    # Sorted in Python so prefetched options (one query for many questions) are used.
    options = sorted(question.options.all(), key=lambda o: (o.sort_order or 0, o.pk or 0))
    data = {
        "type": question.kind,
        "name": question.name,
        "text": question.text,
        "category": question.category.name,
        "general_feedback": question.general_feedback,
    }
    if question.text_format == TextFormat.HTML:
        data["text_format"] = "html"
    if question.kind == "single":
        data["choices"] = [
            {"text": o.text, "correct": o.is_correct, "feedback": o.feedback} for o in options
        ]
    elif question.kind == "multiple":
        data["scoring"] = question.scoring
        data["choices"] = [
            {
                "text": o.text,
                "correct": o.is_correct,
                "feedback": o.feedback,
                "weight": _weight(o.weight),
            }
            for o in options
        ]
        if any(c["weight"] is None for c in data["choices"]):
            for c in data["choices"]:
                c.pop("weight")
    elif question.kind == "truefalse":
        data.update(
            answer=question.correct_true,
            feedback_true=question.feedback_true,
            feedback_false=question.feedback_false,
        )
    elif question.kind == "matching":
        data["pairs"] = [[o.text, o.match_text] for o in options if o.text]
        distractors = [o.match_text for o in options if not o.text]
        if distractors:
            data["distractors"] = distractors
    elif question.kind == "ordering":
        data["items"] = [o.text for o in options]
    elif question.kind == "short":
        data["answers"] = [
            {
                "text": o.text,
                "fraction": 1.0 if o.weight is None else float(o.weight),
                "feedback": o.feedback,
            }
            for o in options
        ]
        data.update(
            ignore_case=question.ignore_case,
            ignore_diacritics=question.ignore_diacritics,
            ignore_spaces=question.ignore_spaces,
        )
    return data
