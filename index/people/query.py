"""Query terms naming a person, widened to every name the archive knows that person by.

``person:Jokowi`` and ``speaker:"Joko Widodo"`` should find the same documents, whichever
name each article used. The façade passes the typed query through :func:`expand_query`
before parsing it; a name the archive does not know is left as typed.
"""

from __future__ import annotations

import re
import sqlite3

from kutip.index.people.lookup import variants

__all__ = ["PERSON_FIELDS", "expand_query"]

PERSON_FIELDS = ("person", "speaker")
_TERM = re.compile(r'(?<![\w:])(person|speaker):("([^"]+)"|[^\s()"]+)', re.IGNORECASE)


def _phrase(name: str) -> str:
    return '"' + name.replace('"', " ").replace(",", " ").strip() + '"'


def expand_query(db: sqlite3.Connection, query: str) -> str:
    """``person:X`` / ``speaker:X`` terms replaced by ``(person:X OR person:"Y" …)`` over X's variants."""

    def widen(match: re.Match[str]) -> str:
        field = match.group(1).lower()
        typed = match.group(3) if match.group(3) is not None else match.group(2)
        others = [f"{field}:{_phrase(n)}" for n in variants(db, typed) if n.strip() and n != typed]
        if not others:
            return match.group(0)
        return "(" + " OR ".join([match.group(0), *others]) + ")"

    return _TERM.sub(widen, query)
