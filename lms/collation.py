"""Polish alphabetical order for names, the same on PostgreSQL and SQLite.

Both databases know a collation called ``kadra_pl``: on PostgreSQL it is created from
ICU's Polish locale by a migration (``lms/migrations/0003_polish_collation.py``); on
SQLite, which has no ICU, :func:`polish_sort_key` is registered under that name on every
new connection. Order by ``polish("last_name")`` wherever people are listed.

Polish letters with diacritics are letters of their own (a < ą < b, l < ł < m, s < ś < t,
z < ź < ż), as in CLDR's Polish tailoring that ICU applies; other accented letters sort
with their base letter (é with e), and case only breaks ties (lower case first).
"""

import unicodedata
from functools import lru_cache

from django.db.backends.signals import connection_created
from django.db.models.functions import Collate

COLLATION = "kadra_pl"

# Letters of the Polish alphabet that follow their base letter.
_POLISH = {"ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z"}
_AFTER_Z = {"ż": 2}  # ż follows ź


def polish(field: str) -> Collate:
    """An expression ordering ``field`` in Polish alphabetical order."""
    return Collate(field, COLLATION)


@lru_cache(maxsize=20000)
def polish_sort_key(text: str) -> tuple:
    """A key that sorts strings as ICU's Polish collation does, level by level."""
    primary, secondary, tertiary = [], [], []
    for char in text:
        lower = char.lower()
        if lower in _POLISH:
            letters, accents = [(_POLISH[lower], 1)], ""
        elif lower in _AFTER_Z:
            letters, accents = [("z", _AFTER_Z[lower])], ""
        else:
            decomposed = unicodedata.normalize("NFKD", lower)
            base = "".join(c for c in decomposed if not unicodedata.combining(c)) or lower
            letters = [(letter, 0) for letter in base]
            accents = "".join(c for c in decomposed if unicodedata.combining(c))
        primary.extend(letters)
        secondary.append(accents)
        tertiary.append(char != lower)
    return (primary, secondary, tertiary, text)


def compare(a: str | None, b: str | None) -> int:
    """SQLite collation callback: negative, zero or positive, as ``a`` sorts before ``b``."""
    key_a, key_b = polish_sort_key(a or ""), polish_sort_key(b or "")
    return (key_a > key_b) - (key_a < key_b)


def register_sqlite_collation(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        connection.connection.create_collation(COLLATION, compare)


connection_created.connect(register_sqlite_collation, dispatch_uid="kadra_polish_collation")
