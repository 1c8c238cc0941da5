"""The relative word between a speaker's name and the speech verb: ``Fulan yang ikut menemui
massa menyatakan``, ``Name who … said``, and in English a relative clause set off by its comma
(``Chief Justice Fulan, who stated, "…"``, ``Fulan, who on Thursday said that …``)."""

from __future__ import annotations

import re

from .lexicon import lexicon
from .text import Token

_MAX_RELATIVE_WORDS = 10


def relative_clause(body: str, toks: list[Token], lang: str) -> Token | None:
    """The relative word of a clause that ends right before the verb (``toks`` run up to it):
    after a capitalised name, no punctuation after it, no speech verb, ten words at most.

    The Indonesian ``yang`` after a comma is left out: ``Fulan, yang mengatakan …`` is not how
    the language introduces a speaker, and ``pihak yang mengatakan`` describes someone unnamed."""
    lex = lexicon()
    for r in range(len(toks) - 1, max(0, len(toks) - 2 - _MAX_RELATIVE_WORDS), -1):
        tok = toks[r]
        gap = body[tok.end : toks[r + 1].start] if r + 1 < len(toks) else ""
        if lex.is_verb(tok.text) or any(c in ',.;:!?"“”' for c in gap):
            return None
        if lex.is_a(tok.text, "relative") and not tok.capitalised:
            if r == 0:
                return None
            prev = toks[r - 1]
            between = body[prev.end : tok.start].strip()
            joined = between == "" or (between == "," and lang == "en")
            if not (prev.capitalised and joined):
                return None
            return None if lang == "id" and _an_object(body, toks, r - 1) else tok
    return None


_ACTIVE = re.compile(r"me[a-z]{4,}")
_OBJECT_LOOK_BACK = 2  # words before the name: "menyindir pernyataan Fulan", "mengungkit janji Fulan"


def _an_object(body: str, toks: list[Token], last: int) -> bool:
    """Whether the name ending at ``toks[last]`` is what an active verb just before it acts on
    (``Badu menyindir pernyataan Fulan yang hanya menyarankan …``, ``mengungkit janji Fulan yang
    pada Februari menyatakan …``): a statement nested in another person's sentence, which does
    not put Fulan forward as the one speaking now."""
    lex = lexicon()
    k = last
    while k > 0 and toks[k - 1].capitalised and not body[toks[k - 1].end : toks[k].start].strip():
        k -= 1
    for j in range(k - 1, max(-1, k - 1 - _OBJECT_LOOK_BACK), -1):
        word = toks[j]
        if body[word.end : toks[j + 1].start].strip() or word.capitalised:
            return False
        if _ACTIVE.fullmatch(word.text) and not lex.is_verb(word.text):
            return True
    return False
