"""The one query behind the reader's person facet: who each article mentions.

It reads the document store's ``entities`` table (never writes it) in one pass, so
counting people among a search's hits needs no query per article or per person.
"""

from __future__ import annotations

import sqlite3


def persons_by_article(db: sqlite3.Connection) -> dict[str, set[str]]:
    """Article id -> the names of the people its body mentions, as the article spells them."""
    found: dict[str, set[str]] = {}
    for article, name in db.execute("SELECT article, name FROM entities WHERE type = 'person'"):
        found.setdefault(article, set()).add(name)
    return found
