"""A "person" that is a prison's name written without its head word (issue 9).

"... dipindah ke Lapas Sukamaju. Di Sukamaju, ia ..." or "held at Wirabata Prison ... Wirabata has":
a page that names a facility with its head word (``language/facility_heads.txt``: ``Lapas``,
``Rutan`` before the name, ``Prison``, ``Penitentiary`` after it) goes on writing the bare name for
the same facility, and the recogniser, seeing a capitalised name with no head, took it for a person.
Such a name is the facility's: it becomes an organisation. A class number between an Indonesian
head and the name (``Lapas Kelas IIA Sukamaju``) is read over.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kutip.index.language import folded_set
from kutip.index.models import Entity, EntityType

__all__ = ["facility_names_as_bodies"]

_HEADS = "language/facility_heads.txt"
_CLASS = r"(?:Kelas\s+(?:[IV]+[AB]?|\d[AB]?)\s+)?"  # "Lapas Kelas IIA Sukamaju"


@cache
def _heads() -> tuple[str, str]:
    """The before and after heads as regex alternations (case-insensitive)."""
    before = "|".join(sorted(map(re.escape, folded_set(_HEADS, "before")), key=len, reverse=True))
    after = "|".join(sorted(map(re.escape, folded_set(_HEADS, "after")), key=len, reverse=True))
    return before, after


def _named_with_head(body: str, name: str) -> bool:
    """Whether ``body`` writes ``name`` right after a head of [before] or right before one of [after]."""
    before, after = _heads()
    written = re.escape(name)
    pattern = (
        rf"(?<![\w-])(?i:{before})\s+{_CLASS}{written}(?![\w-])"
        rf"|(?<![\w-]){written}\s+(?i:{after})(?![\w-])"
    )
    return re.search(pattern, body) is not None


def facility_names_as_bodies(entities: list[Entity], body: str) -> list[Entity]:
    """``entities`` with each person whose name the page also writes with a facility head made an
    organisation (the facility)."""
    return [
        replace(e, type=EntityType.ORGANIZATION)
        if e.type is EntityType.PERSON and e.mentions and _named_with_head(body, e.name)
        else e
        for e in entities
    ]
