"""``Pemerintah Fulan Hidayat menjamin …``: a government named after its head is the subject.

A head of government's name after ``Pemerintah``, ``Kabinet`` or ``Era`` says whose government
acts; the person is not put forward, so a later ``kata dia`` still means the passage's speaker.
The words are the ``regime`` class of ``data/speech_lexicon.tsv``.
"""

from __future__ import annotations

from .lexicon import lexicon
from .text import Token

__all__ = ["government_of"]


def government_of(lead: list[Token]) -> bool:
    """Whether a capitalised lead opens with a government word and a name follows it at once (not
    an office: "Cabinet Secretary Fulan", "Government spokesman Fulan" name their holder)."""
    lex = lexicon()
    if len(lead) < 2 or not lead[0].capitalised or not lex.is_a(lead[0].text, "regime"):
        return False
    return lead[1].capitalised and not lex.is_any(lead[1].text, ("role", "orghead", "place", "regime"))
