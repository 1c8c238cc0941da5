"""A listed figure's surname written with one slip: a letter changed, dropped, added or two swapped.

Pages misspell a well-known figure once ("Fulan Bowoto" beside "Fulan Bowotu" elsewhere); the gold
writes the correct spelling, and without this rule the slip stands as a second, unknown person.
:func:`kutip.index.entities.figures.near_figure` reads vowel slips and old spellings; this reads the
other slips of a surname, under stricter bounds: the given names are written as listed and one
listed surname under them is within the slip (where several listed figures share the given names, only
the old "j" for the new "y": "Fulan Juwono" for "Fulan Yuwono" though "Fulan Wiryo" is listed too), the
surname has six letters or more, and the page writes the slip once (a name
written twice as spelt is someone's own: a namesake).

A page saved from a feed may stop inside the surname ("... kata Menteri Fulan Bowo"): a name that
ends the body on the first letters of the one listed surname under its given names is that figure
(:func:`cut_figure`).
"""

from __future__ import annotations

from functools import cache

from kutip.index.language import fold, nickname_rows, one_edit, words
from kutip.index.models import Entity

__all__ = ["SURNAME_MIN", "cut_figure", "slipped_figure"]

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


def _old_y(a: str, b: str) -> bool:
    """The same word but for "j" where the other writes "y" (the old spelling's "j"), never after "d"."""
    if len(a) != len(b) or a == b:
        return False
    pairs = enumerate(zip(a, b, strict=True))
    return all(x == y or ({x, y} == {"j", "y"} and (k == 0 or a[k - 1] != "d")) for k, (x, y) in pairs)


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

    Only where every given name is as listed and one surname listed under them is within the slip, the
    listed surname has six letters or more, and the page writes the name as spelt at most once.
    """
    parts = tuple(fold(w) for w in words(entity.name))
    if len(parts) < 2:
        return None
    listed = _by_given().get(parts[:-1], set())
    surname = parts[-1]
    # given names several listed figures share: only the old "j" for the new "y" ("Fulan Juwono" for a
    # listed "Fulan Yuwono"); another letter changed is as often a namesake ("Suyanto" beside "Susanto")
    shared = len({full for _, full in listed}) > 1
    found = {
        full
        for own, full in listed
        if own != surname
        and len(own) >= SURNAME_MIN
        and (_old_y(own, surname) if shared else one_edit(own, surname) or _swapped(own, surname))
    }
    if len(found) != 1:
        return None
    as_spelt = {m.start for m in entity.mentions if m.text == entity.name}
    if max(len(as_spelt), _times_written(entity.name, body)) > 1:
        return None
    return found.pop()


CUT_MIN = 4  # letters of a surname a page must print before it stops (fewer are dropped: ``cut_off``)


def cut_figure(entity: Entity, body: str) -> str | None:
    """The listed figure whose surname a mention ending ``body`` stops inside ("Fulan Bow" for "Fulan
    Bowoto", the page cut off there), or None: the given names as listed, the surname's first letters
    (four or more) as written, one listed figure with both."""
    if not any(not body[m.end :].strip() for m in entity.mentions):
        return None
    parts = tuple(fold(w) for w in words(entity.name))
    if len(parts) < 2 or len(parts[-1]) < CUT_MIN:
        return None
    found = {
        full
        for own, full in _by_given().get(parts[:-1], set())
        if len(own) > len(parts[-1]) and own.startswith(parts[-1])
    }
    return found.pop() if len(found) == 1 else None
