"""Matching names: one the user typed against canonical names, a short form against its full name.

``Blinken``, ``antony blinken`` and ``Antony Blinken`` all mean the same speaker:
every typed word must be one of the name's words, after folding case and accents.
"""

from __future__ import annotations

import re

from kutip.index.language import fold

__all__ = [
    "PAIR_HYPHEN",
    "fold",
    "is_short_form",
    "is_short_form_words",
    "name_matches",
    "name_words",
    "words_in_order",
]

_WORD = re.compile(r"\w+")


def name_words(name: str) -> list[str]:
    return _WORD.findall(fold(name.replace("-", " ")))


def name_matches(typed: str, *names: str | None) -> bool:
    """True when every word typed appears in one of the candidate names."""
    wanted = name_words(typed)
    if not wanted:
        return False
    return any(name and set(wanted) <= set(name_words(name)) for name in names)


def is_short_form(short: str, full: str) -> bool:
    """Whether ``short`` is a shorter way of writing the name ``full``: its words occur in ``full``
    in order, starting with the same first word (``Fulan Santoso`` of ``Fulan Badu Santoso``).

    The first word must match: ``Joko Widodo`` is not ``Iriana Joko Widodo``, another given name
    before a name is another person (a wife named with her husband's name after her own). A
    name that stops where a hyphen joins the next capitalised name is one of a pair
    (``Fulan Hidayat-Rina Marlina``, two running mates), not a short form of the pair.
    """
    small = name_words(short)
    return is_short_form_words(small, name_words(full)) and not _ends_at_pair_hyphen(small, full)


def _ends_at_pair_hyphen(small: list[str], full: str) -> bool:
    """Whether ``small`` ends at a word of ``full`` joined by a hyphen to a capitalised word."""
    if not small:
        return False
    return any(fold(left) == small[-1] for left in PAIR_HYPHEN.findall(full))


# "Hidayat-Rina": a word before a hyphen and a capitalised word, two names written as a pair
# (three letters at least: "Al-Hadi" is one name)
PAIR_HYPHEN = re.compile(r"(\w{3,})-(?=[A-Z])")


def is_short_form_words(small: list[str], big: list[str]) -> bool:
    """:func:`is_short_form` on names already folded into words."""
    return bool(small) and len(small) < len(big) and small[0] == big[0] and words_in_order(small[1:], big, 1)


def words_in_order(small: list[str], big: list[str], start: int = 0) -> bool:
    """Whether every word of ``small`` occurs in ``big`` from ``start`` on, in the same order."""
    at = start
    for word in small:
        try:
            at = big.index(word, at) + 1
        except ValueError:
            return False
    return True
