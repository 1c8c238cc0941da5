"""Words between a subject and its speech verb that are no subject themselves: asides set off by
commas, adverbs and manner phrases.

``Fulan, recalling his years with Rina, said: "…"`` names Rina inside an aside; the speaker is
Fulan, before it. English writes such asides with a participle, Indonesian with ``saat``,
``ketika`` or ``usai`` (the lexicon's ``circumstance`` words).
"""

from __future__ import annotations

from .lexicon import lexicon
from .runs import is_degree
from .text import Token

_PARTICIPLE_SUFFIX = "ing"
_MIN_PARTICIPLE = 6  # "recalling", "speaking"; not "king", "thing"
_NOT_PARTICIPLES = frozenset({"morning", "evening", "building", "meeting", "ceiling", "spring", "nothing"})


def participial(toks: list[Token]) -> bool:
    """A clause set off by commas that says what the subject was doing or when (``Fulan,
    recalling his years with Rina, said``; ``Fulan, saat ditemui Rina, mengatakan``): a name in it
    is an object, so the subject is read before it."""
    first = toks[0].text
    if not first.islower():
        return False
    if lexicon().is_a(first, "circumstance"):
        return True
    shaped = len(first) >= _MIN_PARTICIPLE and first.endswith(_PARTICIPLE_SUFFIX)
    return shaped and first not in _NOT_PARTICIPLES


def without_modifiers(toks: list[Token]) -> list[Token]:
    """The words before a speech verb without the adverbs and manner phrases right before it
    (``Fulan juga menyatakan``, ``Fulan dengan tegas menyatakan``) and the academic degrees after
    the name (``Fulan, S.H., M.H. menyatakan``): the subject precedes them."""
    lex = lexicon()
    while toks:
        if len(toks) > 1 and toks[-2].capitalised and is_degree(toks[-1].text.rstrip(",")):
            toks = toks[:-1]  # "Fulan Hidayat, S.H. mengatakan": the degrees after the name
        elif lex.is_a(toks[-1].text, "adverb"):
            toks = toks[:-1]
        elif len(toks) > 2 and lex.is_a(toks[-2].text, "manner") and toks[-1].text.islower():
            toks = toks[:-2]
        else:
            break
    return toks
