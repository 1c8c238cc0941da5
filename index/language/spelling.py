"""How far apart two spellings of one word are: the slips scrapes keep in names.

The statements layer (a one-word name a letter off a name the body writes more often) and
linking (two reports spelling a speaker's name with one letter changed) ask the same question of
two words, so it is answered once here; so do the people layer and linking when they ask whether
two spellings differ only in letters names are written with one for the other (``Aziz``/``Azis``).
The old Indonesian spelling ("Soeharto") and its modern key ("suharto") live here too, so the
recogniser and the people layer read a page's spelling of a name alike.
"""

from __future__ import annotations

from collections.abc import Collection

__all__ = ["letters_swapped", "modern_spelling", "one_edit", "one_letter_added", "spelt_alike"]

_SWAP_MIN = 4  # letters a word needs before a swapped letter is read as a spelling of it
_OLD_SPELLING = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("nj", "ny"), ("ch", "kh"))


def modern_spelling(word: str) -> str:
    """A folded word in modern spelling, doubled letters single: "soekarnoputri" -> "sukarnoputri"."""
    word = _modern(word)
    return "".join(c for k, c in enumerate(word) if k == 0 or c != word[k - 1])


def spelt_alike(a: list[str], b: list[str]) -> bool:
    """Whether two names (folded words) are one name in the old and the new spelling, word by word
    ("soeharto"/"suharto", "djoko"/"joko"). Both spellings are right, so a page's own is shown for it;
    a letter doubled or swapped ("muhamad"/"muhammad", "hidajat"/"hidayat") may be a slip, and the
    archive's spelling stands (the gold writes a misspelt name correctly)."""
    return a != b and len(a) == len(b) and all(_modern(x) == _modern(y) for x, y in zip(a, b, strict=True))


def _modern(word: str) -> str:
    for old, new in _OLD_SPELLING:
        word = word.replace(old, new)
    return word


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
