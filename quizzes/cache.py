"""What starting an attempt shares between learners, kept in the shared cache.

The question pool of each section of a quiz (the fixed questions as listed, every question a
random section may draw from) is the same for everyone who starts the quiz. It is computed
once per live revision of the quiz and per state of the question bank, so drawing the
questions of an attempt costs no query beyond fetching the questions drawn. Any change to a
question, a category or a question's tags gives the bank a new generation, and the next
start computes the pools afresh.

What every attempt page shows of one question version, whoever takes it (the digest its
public ids are made from and the question text as markup), is kept by each process per
version (``version_view``), checked against the snapshot it was made from. What differs per
attempt (the order of the choices, the public ids) is made per attempt as before.
"""

import secrets
import threading
from collections import OrderedDict

from django.core.cache import cache
from django.db import transaction

POOLS_KEY = "quizzes:pools:{pk}:{revision}:{generation}"
BANK_KEY = "quizzes:bank-generation"
TIMEOUT = 24 * 3600
VERSIONS_HELD = 4096  # question versions each process keeps (a few hundred bytes each)
_versions: OrderedDict = OrderedDict()
_versions_lock = threading.Lock()


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


def version_view(version_id, snapshot: dict) -> dict:
    """``{"digest", "text_html"}`` of a question version as asked (``snapshot``, frozen in
    the attempt), computed once per version by each process. The entry is used only for the
    same snapshot (comparing two dicts is far cheaper than the digest), so a version id
    met again with another snapshot (one overwritten before it was ever asked, or an id a
    rolled-back transaction gave out) gets its own. Without a version it is computed."""
    from . import grading
    from .html import render_text

    held = _versions.get(version_id) if version_id is not None else None
    if held is not None and held["snapshot"] == snapshot:  # a cheap check, never stale
        return held
    view = {
        "snapshot": snapshot,
        "digest": grading.snapshot_digest(snapshot),
        "text_html": render_text(snapshot.get("text", ""), snapshot.get("text_format", "")),
    }
    if version_id is not None:
        with _versions_lock:
            _versions[version_id] = view
            while len(_versions) > VERSIONS_HELD:
                _versions.popitem(last=False)
    return view
