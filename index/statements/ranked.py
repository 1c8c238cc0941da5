"""Whether a name is written right after a rank (``AKBP Fulan Tanjung``, ``Irjen. Pol. Fulan``)
or right before an academic degree (``Fulan Hidayat SE MM``).

A police or military rank (the ``[ranks]`` of ``people/words.txt`` that the statement lexicon
also holds as a title) stands before a person's name only, never before a place or a body, so a
capitalised name after one is a person even when the recogniser does not know the name. Ranks
that are also everyday nouns (``polisi``, ``TNI``) are no such evidence.
"""

from __future__ import annotations

from ..people.lexicon import people_lexicon
from .lexicon import lexicon
from .people import corps_mark
from .runs import is_degree, not_a_name
from .text import Token, tokens

_REACH = 24  # the longest rank and its dot and spaces


def ranked_name(body: str, start: int, end: int, words: list[str]) -> bool:
    """Whether ``words``, written at ``body[start:end]``, are a person's name by the rank before
    them or the academic degree after them (``Fulan Hidayat SE``, ``Fulan, S.H``): both are
    written with persons only.

    The words must still be a name by their own kind; a place head written last is a surname
    there (``AKBP Fulan Tanjung``: a place head opens a place's name, ``Tanjung Priok``)."""
    if not (ranked(body, start) or degreed(body, end)):
        return False
    core = words[:-1] if len(words) > 1 and lexicon().is_a(words[-1], "place_head") else words
    return not not_a_name(core)


def degreed(body: str, end: int) -> bool:
    """Whether an academic degree follows ``body[:end]`` (after a space, maybe a comma)."""
    after = body[end : end + _REACH]
    rest = after.lstrip(" \u00a0")
    if rest.startswith(","):
        rest = rest[1:].lstrip(" \u00a0")
    if len(rest) == len(after):
        return False  # glued to the name: no separate word
    word = rest.split(" ")[0].rstrip(",.;:)")
    return bool(word) and is_degree(word)


def ranked(body: str, start: int) -> bool:
    """Whether a rank word stands right before ``body[start]`` (a space, or its dot and a space),
    maybe with its corps between (``Kapten Inf Fulan``, ``Laksma TNI Fulan``)."""
    before = tokens(body, max(0, start - 2 * _REACH), start)
    if not before or not _adjoins(body, before[-1].end, start):
        return False
    if is_rank(before[-1].text):
        return True
    return (
        len(before) >= 2
        and corps_mark(before[-1].text)
        and _adjoins(body, before[-2].end, before[-1].start)
        and is_rank(before[-2].text)
    )


def _adjoins(body: str, end: int, start: int) -> bool:
    gap = body[end:start]
    if gap.startswith("."):
        gap = gap[1:]
    return bool(gap) and not gap.strip(" \u00a0")


def ranked_end(toks: list[Token]) -> bool:
    """Whether a phrase ends with a rank, maybe with its corps (``… Kapten Inf``): a person's
    name is what follows it, after the comma too."""
    if toks and is_rank(toks[-1].text):
        return True
    return len(toks) >= 2 and corps_mark(toks[-1].text) and is_rank(toks[-2].text)


def is_rank(word: str) -> bool:
    """A rank that is a title only: listed as a rank and as a role or honorific, and no body's
    head noun (``Polisi``)."""
    lex = lexicon()
    folded = word.casefold()
    return (
        folded in people_lexicon().ranks
        and (lex.is_a(folded, "role") or lex.is_a(folded, "honorific"))
        and not lex.is_a(folded, "orghead")
    )
