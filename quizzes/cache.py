"""What starting an attempt shares between learners, kept in the shared cache.

The question pool of each section of a quiz (the fixed questions as listed, every question a
random section may draw from) is the same for everyone who starts the quiz. It is computed
once per live revision of the quiz and per state of the question bank, so drawing the
questions of an attempt costs no query beyond fetching the questions drawn. Any change to a
question, a category or a question's tags gives the bank a new generation, and the next
start computes the pools afresh.
"""

import secrets

from django.core.cache import cache
from django.db import transaction

POOLS_KEY = "quizzes:pools:{pk}:{revision}:{generation}"
BANK_KEY = "quizzes:bank-generation"
TIMEOUT = 24 * 3600


def bank_generation() -> str:
    generation = cache.get(BANK_KEY)
    if generation is None:
        generation = secrets.token_hex(8)
        if not cache.add(BANK_KEY, generation, None):
            generation = cache.get(BANK_KEY) or generation
    return generation


def _new_generation(**kwargs) -> None:
    def bump():
        cache.set(BANK_KEY, secrets.token_hex(8), None)

    bump()
    transaction.on_commit(bump)  # and once more, for a reader between the change and commit


def _compute(quiz) -> list:
    from .models import Question

    sections = []
    for section in quiz.sections:
        if section.block_type == "fixed":
            ids = [q.pk for q in section.value["questions"] if q is not None]
            sections.append(("fixed", ids, len(ids)))
            continue
        pool = Question.objects.all()
        category = section.value.get("category")
        if category is not None:
            pool = pool.filter(category.subtree_q())
        tag = (section.value.get("tag") or "").strip()
        if tag:
            pool = pool.filter(tags__name__iexact=tag)
        ids = list(pool.order_by("pk").distinct().values_list("pk", flat=True))
        sections.append(("random", ids, section.value["count"]))
    return sections


def section_pools(quiz) -> list:
    """``[(kind, question ids, count)]`` for each section of the quiz's live content."""
    key = POOLS_KEY.format(pk=quiz.pk, revision=quiz.live_revision_id, generation=bank_generation())
    pools = cache.get(key)
    if pools is None:
        pools = _compute(quiz)
        cache.set(key, pools, TIMEOUT)
    return pools


def connect() -> None:
    from django.db.models.signals import post_delete, post_save

    from .models import Question, QuestionCategory, QuestionTag

    for model in (Question, QuestionCategory, QuestionTag):
        for signal in (post_save, post_delete):
            signal.connect(
                _new_generation,
                sender=model,
                dispatch_uid=f"quizzes.cache.{model.__name__}.{signal is post_save}",
            )
