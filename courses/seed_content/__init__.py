"""Seed courses loaded by ``manage.py seed_demo``.

Each module in this package defines ``COURSE``, a plain dict, so content is reviewed
like any other text and loaded into Wagtail pages by ``courses.seed.load_course``.

Format
------
COURSE = {
    "slug": "standardy-obslugi",            # URL slug, unique
    "title": "...",
    "area": "customer_service",             # intercultural | migration_law | customer_service | other
    "summary": "...",                       # 1-3 sentences
    "audience": "...",
    "estimated_minutes": 90,
    "objectives": ["...", ...],             # learning objectives
    "validity_months": 24,                  # 0 = no expiry
    "retraining_days": 30,                  # days allowed for retraining after a legal change
    "session_required": False,              # internal session attendance required
    "sequential": True,                     # lessons must be taken in order
    "legal_content_date": "2026-10-01",     # or None; date legal content is current to
    "requires_legal_review": False,         # True: course shows that the legal team must confirm it
    "lessons": [
        {
            "slug": "...", "title": "...", "estimated_minutes": 15,
            "intro": "...",                 # one-paragraph plain-text lead
            "body": [                       # StreamField blocks, in order
                ("text", "<h2>..</h2><p>..</p><ul><li>..</li></ul>"),   # h2/h3/p/ul/ol/li/strong/em only
                ("key_points", {"heading": "...", "points": ["...", ...]}),
                ("legal_reference", {"act": "...", "article": "...", "journal": "Dz.U. ...",
                                     "status_as_of": "2026-10-01", "note": "..."}),
                ("scenario", {"title": "...", "client_says": "...",
                              "answers": [{"text": "...", "good": True, "explanation": "..."}, ...]}),
                ("callout", {"kind": "info" | "warning" | "tip", "title": "...", "text": "..."}),
            ],
        },
    ],
    "quiz": {
        "slug": "test-koncowy", "title": "...", "intro": "...",
        "pass_mark": 80, "time_limit_minutes": 20, "max_attempts": 3,
        "questions": [   # each: "type", "text", "lesson" (slug it tests), "general_feedback"
            {"type": "single", "choices": [{"text": "...", "correct": True, "feedback": "..."}, ...]},
            {"type": "multiple", "scoring": "partial" | "all_or_nothing", "choices": [...]},
            {"type": "truefalse", "answer": True, "feedback_true": "...", "feedback_false": "..."},
            {"type": "matching", "pairs": [["left", "right"], ...]},          # 3-6 pairs
            {"type": "ordering", "items": ["first", "second", ...]},          # correct order
            {"type": "short", "answers": ["...", ...], "ignore_case": True,
             "ignore_diacritics": True, "ignore_spaces": True},
        ],
    },
}
"""

from importlib import import_module

MODULES = ["standardy", "kultura", "prawo"]


def all_courses():
    return [import_module(f"{__name__}.{name}").COURSE for name in MODULES]
