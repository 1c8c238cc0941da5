"""Words being typed, in a stemmed index: which stems the words beginning with a prefix have.

The index holds stems (``pemerintah`` is stored as ``perintah``), so a prefix typed
in the search bar (``pemerin``) matches no stored term by itself. The document
store's ``stems`` table records every Indonesian word met at indexing with its stem;
one range scan over its key finds the words that begin with the prefix, and their
stems are what the search looks for. Read only, never written here.
"""

from __future__ import annotations

import sqlite3

MAX_STEMS = 40  # a short prefix can begin hundreds of words; the most common forms suffice while typing


def stems_beginning(db: sqlite3.Connection, prefix: str, limit: int = MAX_STEMS) -> list[str]:
    """Stems of the recorded words that begin with ``prefix`` (folded), at most ``limit``."""
    prefix = prefix.casefold()
    if len(prefix) < 2:
        return []
    rows = db.execute(
        "SELECT DISTINCT stem FROM stems WHERE word >= ? AND word < ? LIMIT ?",
        (prefix, prefix + "\U0010ffff", limit),
    )
    return sorted({stem for (stem,) in rows if stem and stem.isalpha()})
