"""An office, its seat and then its holder: ``kata Kepala Balai X di Sukamaju, Fulan Hidayat``.

A regional branch's head is written as the agency's office, ``di`` and the town, and then, after
a comma, the name. The cue's phrase stops at ``di``, so without this the office alone was read as
the speaker (``Kepala Balai``), or the archive named the agency's national head for it.
"""

from __future__ import annotations

from .lexicon import lexicon
from .runs import joined_gap
from .text import Token

__all__ = ["seat_apposed_at"]

_MAX_SEAT_WORDS = 3  # "di Kota Sukamaju Barat"


def seat_apposed_at(body: str, toks: list[Token], i: int, j: int) -> int | None:
    """The index of the word after the comma that closes an office's seat (``di Sukamaju,``) at
    ``toks[j]``, when a role word opens the phrase at ``toks[i]``; None otherwise.

    The seat is one to three capitalised words joined to the link word, then a comma."""
    lex = lexicon()
    if j <= i or j + 1 >= len(toks) or not lex.is_a(toks[i].text, "role"):
        return None
    if not lex.is_a(toks[j].text, "office_seat") or not joined_gap(body, toks[j - 1], toks[j].start):
        return None
    for k in range(j + 1, min(len(toks), j + 2 + _MAX_SEAT_WORDS)):
        gap = body[toks[k - 1].end : toks[k].start]
        if k > j + 1 and "," in gap:
            return k
        too_long = k == j + 1 + _MAX_SEAT_WORDS
        if too_long or not toks[k].capitalised or not joined_gap(body, toks[k - 1], toks[k].start):
            return None
    return None
