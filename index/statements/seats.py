"""Where an office sits: the place between a role word and a person's name.

``Kapolres Sukamaju, AKBP Fulan Hidayat`` seats the office in ``Sukamaju``; such a place
follows a title as a name would, so the name book must not take it for a person.
"""

from __future__ import annotations

import re

from ..language import folded_set
from .lexicon import lexicon
from .text import Token, tokens

_SEAT_WINDOW = 80
_MAX_SEAT_WORDS = 3
_RANK_GAP = frozenset(" ,.\u00a0")


def seat_before(body: str, pos: int) -> tuple[str, ...] | None:
    """The folded words of the place seating the office written before the name at ``pos``
    (role word, place, a comma or not, ranks, name); None when no office stands there."""
    lex = lexicon()
    ranks = folded_set("people/words.txt", "ranks")
    toks = tokens(body, max(0, pos - _SEAT_WINDOW), pos)
    k, edge, commas = len(toks), pos, 0
    while k and toks[k - 1].text.casefold() in ranks:
        if not all(c in _RANK_GAP for c in body[toks[k - 1].end : edge]):
            return None
        k, edge = k - 1, toks[k - 1].start
    seat: list[Token] = []
    while k and len(seat) <= _MAX_SEAT_WORDS:
        tok, gap = toks[k - 1], body[toks[k - 1].end : edge]
        commas += gap.count(",")
        if commas > 1 or (seat and "," in gap) or not all(c in _RANK_GAP for c in gap):
            return None  # one comma, between the place and the name only
        if lex.is_a(tok.text, "role"):
            break
        if not tok.capitalised:
            return None
        seat.insert(0, tok)
        k, edge = k - 1, tok.start
    if not seat or not k or len(seat) > _MAX_SEAT_WORDS or not lex.is_a(toks[k - 1].text, "role"):
        return None
    return tuple(t.text.casefold() for t in seat)


def only_in_offices(body: str, name: str) -> bool:
    """Whether every time the body writes ``name`` a role word stands right before it
    (``Kapolres Sukamaju``): a seat written alone elsewhere (``Jubir Fulan, X`` and then
    ``Fulan mengatakan``) is someone after all."""
    lex = lexicon()
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", body):
        before = tokens(body, max(0, m.start() - _SEAT_WINDOW), m.start())[-1:]
        gap = body[before[0].end : m.start()] if before else "."
        if not before or gap.strip(" \u00a0") or not lex.is_a(before[0].text, "role"):
            return False
    return True
