"""A listed figure's surname written with one slip: a letter changed, dropped, added or two swapped.

Pages misspell a well-known figure once ("Fulan Bowoto" beside "Fulan Bowotu" elsewhere); the gold
writes the correct spelling, and without this rule the slip stands as a second, unknown person.
:func:`kutip.index.entities.figures.near_figure` reads vowel slips and old spellings; this reads the
other slips of a surname, under stricter bounds: the given names as written match one listed figure
only, the surname has six letters or more, and the page writes the slip once (a name written twice
as spelt is someone's own: a namesake).
"""

from __future__ import annotations

from functools import cache

from kutip.index.language import fold, nickname_rows, one_edit, words
from kutip.index.models import Entity

__all__ = ["SURNAME_MIN", "slipped_figure"]

SURNAME_MIN = 6  # letters the listed surname needs before one slip in it is read as that figure's


@cache
def _by_given() -> dict[tuple[str, ...], set[tuple[str, str]]]:
    """Listed forms of two words or more by their given names: (folded surname, full name)."""
    index: dict[tuple[str, ...], set[tuple[str, str]]] = {}
    for full, forms in nickname_rows():
        for form in (full, *forms):
            parts = tuple(fold(w) for w in words(form))
            if len(parts) > 1:
                index.setdefault(parts[:-1], set()).add((parts[-1], full))
    return index


def _swapped(a: str, b: str) -> bool:
    """Two neighbouring letters written in each other's place."""
    if len(a) != len(b):
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _times_written(name: str, body: str) -> int:
    return body.casefold().count(name.casefold())


def slipped_figure(entity: Entity, body: str = "") -> str | None:
    """The listed figure whose surname ``entity``'s name writes with one slip, or None.

    Only where every given name is as listed and no other listed figure bears those given names, the
    listed surname has six letters or more, and the page writes the name as spelt at most once.
    """
    parts = tuple(fold(w) for w in words(entity.name))
    if len(parts) < 2:
        return None
    listed = _by_given().get(parts[:-1], set())
    if len({full for _, full in listed}) != 1:
        return None
    surname = parts[-1]
    found = {
        full
        for own, full in listed
        if own != surname and len(own) >= SURNAME_MIN and (one_edit(own, surname) or _swapped(own, surname))
    }
    if len(found) != 1:
        return None
    as_spelt = {m.start for m in entity.mentions if m.text == entity.name}
    if max(len(as_spelt), _times_written(entity.name, body)) > 1:
        return None
    return found.pop()
