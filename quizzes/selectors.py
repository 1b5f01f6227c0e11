"""Reads for quizzes: review texts and statistics for editors."""

from collections import defaultdict
from decimal import Decimal
from statistics import mean, pstdev

from django.utils.translation import gettext as _

from .html import plain_text
from .models import Attempt, AttemptPurpose, AttemptQuestion, AttemptStatus
from .text import shorten

TOO_EASY = 0.9
TOO_HARD = 0.2
MIN_ATTEMPTS_FOR_FLAGS = 5
STATS_NAME_LENGTH = 60


def describe_response(snapshot: dict, response) -> str:
    """A learner-readable text for a (cleaned) response, used on review pages."""
    if response is None:
        return _("no answer")
    kind = snapshot["type"]
    if kind in ("single", "multiple"):
        texts = {c["id"]: c["text"] for c in snapshot["choices"]}
        chosen = [response] if kind == "single" else response
        return "; ".join(texts.get(i, "?") for i in chosen)
    if kind == "truefalse":
        return _("true") if response else _("false")
    if kind == "matching":
        lefts = {p["id"]: p["left"] for p in snapshot["pairs"]}
        rights = {p["id"]: p["right"] for p in snapshot["pairs"]}
        rights.update({d["id"]: d["right"] for d in snapshot.get("distractors") or []})
        return "; ".join(f"{lefts[k]} → {rights.get(v, '?')}" for k, v in response.items())
    if kind == "ordering":
        texts = {i["id"]: i["text"] for i in snapshot["items"]}
        return " → ".join(texts.get(i, "?") for i in response)
    return str(response)


def closed_attempts(quiz):
    return Attempt.objects.filter(quiz=quiz, purpose=AttemptPurpose.QUIZ).exclude(
        status=AttemptStatus.OPEN
    )


def quiz_statistics(quiz) -> dict:
    rows = list(closed_attempts(quiz).values_list("percent", "passed"))
    count = len(rows)
    buckets = [0] * 10
    for percent, _passed in rows:
        buckets[min(int((percent or 0) // 10), 9)] += 1
    peak = max(buckets) or 1
    return {
        "attempts": count,
        "people": closed_attempts(quiz).values("user").distinct().count(),
        "open": Attempt.objects.filter(
            quiz=quiz, purpose=AttemptPurpose.QUIZ, status=AttemptStatus.OPEN
        ).count(),
        "pass_rate": round(100 * sum(1 for _p, ok in rows if ok) / count, 1) if count else None,
        "mean": round(float(mean(float(p or 0) for p, _ok in rows)), 1) if count else None,
        "distribution": [
            {
                "label": f"{i * 10}–{i * 10 + 9 if i < 9 else 100}%",
                "count": n,
                "width": round(100 * n / peak),
            }
            for i, n in enumerate(buckets)
        ],
    }


def _correlation(xs, ys):
    if len(xs) < 2:
        return None
    sx, sy = pstdev(xs), pstdev(ys)
    if sx == 0 or sy == 0:
        return None
    mx, my = mean(xs), mean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / (len(xs) * sx * sy)


def item_statistics(quiz) -> list[dict]:
    """Per question: facility (share answering correctly) and discrimination (correlation
    of the item with the rest of the test), flagged when too easy, too hard or negative."""
    rows = AttemptQuestion.objects.filter(
        attempt__quiz=quiz, attempt__status__in=[AttemptStatus.SUBMITTED, AttemptStatus.EXPIRED]
    ).values_list(
        "question_id",
        "fraction",
        "snapshot__name",
        "snapshot__text",
        "snapshot__text_format",
        "attempt__score",
    )
    per_question = defaultdict(list)
    names, texts = {}, {}
    for question_id, fraction, name, text, text_format, score in rows:
        f = float(fraction or Decimal(0))
        per_question[question_id].append((f, float(score or 0) - f))
        names[question_id] = name
        texts[question_id] = plain_text(text or "", text_format or "")
    result = []
    for question_id, values in per_question.items():
        fractions = [v[0] for v in values]
        rests = [v[1] for v in values]
        facility = sum(1 for f in fractions if f == 1) / len(fractions)
        discrimination = _correlation(fractions, rests)
        flags = []
        if len(values) >= MIN_ATTEMPTS_FOR_FLAGS:
            if facility > TOO_EASY:
                flags.append(_("too easy"))
            if facility < TOO_HARD:
                flags.append(_("too hard"))
            if discrimination is not None and discrimination < 0:
                flags.append(_("discriminates negatively"))
        name = names[question_id] or ""
        short = shorten(name, STATS_NAME_LENGTH)
        full = texts[question_id]
        result.append(
            {
                "question_id": question_id,
                "name": name,
                "short_name": short,
                # the full name and text, for a disclosure when the short name hides some
                "full_name": name if short != " ".join(name.split()) else "",
                "full_text": full if " ".join(full.split()) != short else "",
                "asked": len(values),
                "facility": round(facility, 2),
                "mean_score": round(mean(fractions), 2),
                "discrimination": None if discrimination is None else round(discrimination, 2),
                "flags": flags,
            }
        )
    result.sort(key=lambda r: (not r["flags"], r["name"] or ""))
    return result


def quizzes_by_course(quizzes) -> list[dict]:
    """``quizzes`` grouped under their courses, both in title order."""
    from courses.models import CoursePage

    quizzes = list(quizzes.order_by("path"))
    parents = {q.path[: -q.steplen] for q in quizzes}
    courses = {c.path: c for c in CoursePage.objects.filter(path__in=parents)}
    groups = defaultdict(list)
    for quiz in quizzes:
        groups[quiz.path[: -quiz.steplen]].append(quiz)
    return [
        {"course": courses.get(path), "quizzes": sorted(items, key=lambda q: q.title)}
        for path, items in sorted(
            groups.items(), key=lambda g: courses[g[0]].title if g[0] in courses else ""
        )
    ]
