"""Words that end a speaker's phrase in lower case but are given names when they open it."""

from __future__ import annotations

from .lexicon import lexicon
from .runs import joined_gap
from .text import Token


def name_at_start(body: str, toks: list[Token], i: int, j: int) -> bool:
    """``kata Hari``: the stop word ``toks[j]`` (lexicon class ``name_stop``) is a given name when
    it is capitalised where the phrase opens (``j == i``) and no time word or determiner is joined
    to it (``Hari ini``, ``Hari Senin`` stay the day; ``kata Hari, Senin`` is Hari on a Monday)."""
    lex = lexicon()
    if j != i or not toks[j].capitalised or not lex.is_a(toks[j].text, "name_stop"):
        return False
    after = toks[j + 1].text if j + 1 < len(toks) and joined_gap(body, toks[j], toks[j + 1].start) else ""
    return not (lex.is_a(after, "time") or lex.is_a(after, "pronoun_det"))


def ends_phrase(body: str, toks: list[Token], i: int, j: int) -> bool:
    """Whether ``toks[j]`` ends the speaker's phrase that opens at ``toks[i]`` (a stop word, or
    a given name spelt like one: see :func:`name_at_start`)."""
    return lexicon().is_a(toks[j].text, "np_stop") and not name_at_start(body, toks, i, j)
