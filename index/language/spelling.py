"""How far apart two spellings of one word are: the slips scrapes keep in names.

The statements layer (a one-word name a letter off a name the body writes more often) and
linking (two reports spelling a speaker's name with one letter changed) ask the same question of
two words, so it is answered once here; so do the people layer and linking when they ask whether
two spellings differ only in letters names are written with one for the other (``Aziz``/``Azis``).
"""

from __future__ import annotations

from collections.abc import Collection

__all__ = ["letters_swapped", "one_edit", "one_letter_added"]

_SWAP_MIN = 4  # letters a word needs before a swapped letter is read as a spelling of it


def one_letter_added(short: str, long: str) -> bool:
    """Whether ``long`` is ``short`` with one letter added somewhere."""
    if len(long) != len(short) + 1:
        return False
    k = next((i for i in range(len(short)) if short[i] != long[i]), len(short))
    return short[k:] == long[k + 1 :]


def one_edit(a: str, b: str) -> bool:
    """One letter added, dropped or changed (the same word counts too)."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    return one_letter_added(a, b) or one_letter_added(b, a)


def letters_swapped(a: str, b: str, pairs: Collection[frozenset[str]], most: int | None = None) -> bool:
    """Two spellings of one name word of four letters or more, the first letter the same, whose
    every differing letter is written for the other by one of ``pairs`` (at most ``most`` of them)."""
    if len(a) != len(b) or len(a) < _SWAP_MIN or a[0] != b[0]:
        return False
    changed = [frozenset((x, y)) for x, y in zip(a, b, strict=True) if x != y]
    return (most is None or len(changed) <= most) and all(pair in pairs for pair in changed)
