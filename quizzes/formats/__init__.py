"""Moodle question-bank formats: GIFT (import and export) and Aiken (import). Pure Python.

Questions are the platform's plain dicts (single, multiple, truefalse, matching, short).
Parsers never raise on bad input: every block ends up in ``questions``, ``errors`` or
``skipped`` (kinds the platform lacks), each issue with the 1-based line where it starts.

``gift`` reads GIFT, ``export`` writes it, ``aiken`` reads Aiken; ``base`` holds what they
share. Import from this package: ``from quizzes.formats import parse_gift``.
"""

from .aiken import parse_aiken
from .base import BLANK, SHORT_DEFAULTS, ImportIssue, ImportResult
from .export import export_gift
from .gift import parse_gift

__all__ = [
    "BLANK",
    "SHORT_DEFAULTS",
    "ImportIssue",
    "ImportResult",
    "export_gift",
    "parse_aiken",
    "parse_gift",
]
