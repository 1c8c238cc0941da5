"""How far apart two spellings of one word are: the slips scrapes keep in names.

The statements layer (a one-word name a letter off a name the body writes more often) and
linking (two reports spelling a speaker's name with one letter changed) ask the same question of
two words, so it is answered once here.
"""

from __future__ import annotations

__all__ = ["one_edit", "one_letter_added"]


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
