"""Indonesian words: the Sastrawi root dictionary and stems, and words the training news writes lower case.

A capitalised word that is an ordinary word ("Berlangsung", "Nomor") is seldom a name.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kutip.index.language import fold, lines
from kutip.index.search.stemming import confix_stem, root_words

__all__ = [
    "LOWER_WORDS",
    "is_derived_word",
    "is_listed_word",
    "is_lower_word",
    "is_plain_word",
    "living_active_verb",
    "root_affixed_elsewhere",
    "stem",
]

LOWER_WORDS = "models/lower_words.txt"


@cache
def _dictionary() -> frozenset[str]:
    # the stems are Sastrawi's algorithm in kutip's own code (search/stemmer), word for word the
    # same as Sastrawi's stemmer and about fifteen times faster; its package keeps the roots
    return root_words() | _learnt()


def is_listed_word(folded: str) -> bool:
    """A dictionary root or a word the training news writes lower case, as written (no stemming)."""
    return folded in _dictionary()


@cache
def _learnt() -> frozenset[str]:
    try:
        return frozenset(fold(w) for w in lines(LOWER_WORDS))
    except FileNotFoundError:
        return frozenset()


def is_lower_word(folded: str) -> bool:
    """A word the training news writes in lower case ("berharap", "lima"): an everyday word."""
    return folded in _learnt()


@lru_cache(maxsize=1 << 14)
def is_plain_word(folded: str) -> bool:
    """An ordinary Indonesian word: in the root dictionary (as written or stemmed) or learnt lower case."""
    words = _dictionary()
    if folded in words:
        return True
    stem = confix_stem(folded)
    return stem != folded and stem in words


@lru_cache(maxsize=1 << 14)
def is_derived_word(folded: str) -> bool:
    """An affixed Indonesian word whose root is in the dictionary ("pencetak" from "cetak")."""
    stem = confix_stem(folded)
    return stem != folded and stem in _dictionary()


@lru_cache(maxsize=1 << 14)
def stem(folded: str) -> str:
    """The Sastrawi root of an Indonesian word ("diundang" -> "undang")."""
    return confix_stem(folded)


@cache
def _learnt_by_root() -> dict[str, frozenset[str]]:
    """The lower-case words of the training news by their Sastrawi root (once, about 0.6 s)."""
    found: dict[str, set[str]] = {}
    for word in _learnt():
        found.setdefault(stem(word), set()).add(word)
    return {root: frozenset(forms) for root, forms in found.items()}


def root_affixed_elsewhere(folded: str) -> bool:
    """Whether the training news writes the root of ``folded`` in lower case with another affix
    (``terpisah``: ``berpisah``, ``memisahkan``): the word is a form of a living verb or adjective.
    A name that only parses as an affix and a root (``Terawan``: ``awan``, a cloud) has no such
    forms, since the news does not affix that root that way."""
    root = stem(folded)
    return root != folded and bool(_learnt_by_root().get(root, frozenset()) - {root, folded})


_ACTIVE_VERB = re.compile(r"(?:meng|meny|mem|men|me|ber)[a-z]{3,}(?:kan|i)?")  # "mengangkat", "berharap"


def living_active_verb(folded: str) -> bool:
    """Whether ``folded`` is a meN- or ber- form of a dictionary root the training news also writes
    with other affixes ("mengangkat": "diangkat", "pengangkatan"): a verb, no name. A name that only
    parses as a prefix and a root ("meliana": "liana") has no such living root."""
    return (
        _ACTIVE_VERB.fullmatch(folded) is not None
        and is_derived_word(folded)
        and root_affixed_elsewhere(folded)
    )
