"""A ticket or a duo written as one name: ``Prabowo-Sandi``, ``Fulan-Badu``.

An election pair or a duo is written as two short names joined by a hyphen, and a recogniser may
take the joined word (with a capitalised label before it: ``Quick Count Fulan-Badu``) for one
person, who then owns every bare ``Fulan`` of the article. Such a "person" is two people: each
half names a different person the article names itself (``Fulan Hidayat`` and ``Badu Santoso``,
the half being a word of theirs or its start, as ``Sandi`` of ``Sandiaga``) or a short form the
public-figure list gives. Place pairs (``Jakarta-Bandung``) name no person and are left alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..people.lexicon import people_lexicon

_MIN_HALF = 3  # "Al-Farisi" and other joined particles are one name


def is_pair(words: list[str], others: Iterable[str]) -> bool:
    """Whether a hyphenated word of ``words`` joins the short names of two different persons
    among ``others`` (the article's other persons' names) or of the public-figure list."""
    names = [name.split() for name in others]
    for word in words:
        halves = word.split("-")
        if len(halves) != 2 or not all(len(h) >= _MIN_HALF and h[:1].isupper() for h in halves):
            continue
        first, second = (_owners(h, names) for h in halves)
        if first and second and (len(first | second) > 1):
            return True
    return False


def _owners(half: str, names: list[list[str]]) -> frozenset[str]:
    """The persons ``half`` may name: those with a word it is or starts, or a listed figure."""
    folded = half.casefold()
    found = {" ".join(n) for n in names if any(w.casefold().startswith(folded) for w in n)}
    listed = people_lexicon().nicknames.get(folded)
    if listed is not None:
        found.add(listed)
    return frozenset(found)
