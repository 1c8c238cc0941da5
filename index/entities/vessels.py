"""Ships named after people: "KRI Fulan Hidayat-378", "(KRI) Fulan Hidayat", "kapal induk Fulan Badu".

Navies and coast guards name ships after heroes, so the name reads as a person's. The article
tells: capitalised words written right after a ship's prefix (``data/language/vessels.txt``
[prefixes], in capitals, also closing a bracket), right after a kind of ship written in lower case
([nouns]), or before a hull number hyphenated to them, name the ship; a person spelling that name
(two words at least, or the whole run) is none anywhere in the article.
"""

from __future__ import annotations

import re
from functools import cache

from kutip.index.language import fold, sections, words
from kutip.index.models import Entity, EntityType

__all__ = ["drop_vessels"]

_LIST = "language/vessels.txt"
_WORD = r"[A-Z][\w'’.]*"
_RUN = rf"({_WORD}(?:[ \t]+{_WORD}){{0,3}})"
_HULL = re.compile(_RUN + r"-\d{2,4}\b")  # "Fulan Hidayat-378": the hull number, hyphenated


@cache
def _named() -> re.Pattern[str]:
    lists = sections(_LIST)
    prefixes = "|".join(re.escape(p) for p in sorted(lists["prefixes"], key=len, reverse=True))
    longest_first = sorted(lists["nouns"], key=len, reverse=True)
    nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in longest_first)
    return re.compile(rf"(?:\b(?:{prefixes})\)?|\b(?:{nouns}))[ \t]+" + _RUN)


def _folded(text: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in words(text))


def _ship_names(body: str) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]]]:
    """(runs after a prefix or a ship's noun, runs before a hull number), folded."""
    return {_folded(m.group(1)) for m in _named().finditer(body)}, {
        _folded(m.group(1)) for m in _HULL.finditer(body)
    }


def _a_ship(name: tuple[str, ...], after: set[tuple[str, ...]], numbered: set[tuple[str, ...]]) -> bool:
    n = len(name)
    whole_or_two = n >= 2
    return any(run == name or (whole_or_two and run[:n] == name) for run in after) or any(
        run == name or (whole_or_two and run[-n:] == name) for run in numbered
    )


def drop_vessels(entities: list[Entity], body: str) -> list[Entity]:
    """``entities`` without the persons whose name the article gives a ship."""
    if not any(e.type is EntityType.PERSON for e in entities):
        return entities
    after, numbered = _ship_names(body)
    if not after and not numbered:
        return entities
    return [
        e
        for e in entities
        if e.type is not EntityType.PERSON or not _a_ship(_folded(e.name), after, numbered)
    ]
