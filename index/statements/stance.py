"""Whether the narration has a person take a stance: hope, believe, complain, admit or refuse.

``"…," kata hakim Badu.`` / ``Sebelum sidang, Fulan berharap hakim membebaskannya.`` /
``"…," imbuh dia.``: a continuing cue goes on with whoever spoke last, unless the narration has
since had someone else hope or believe something, which is what that person goes on to say.
A short description after the name may stand before the verb (``Fulan, salah satu pembeli
mengatakan, …``). A person who only stands, waits or is seen (``Terdakwa Fulan berdiri di depan
majelis``) takes no stance, and the one who spoke goes on, unless a second verb joined to the
first says they spoke (``Fulan did not comment, but said …``). The verbs are the ``stance`` class of
the lexicon, with the speech and thinking verbs of the lists.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .lexicon import lexicon
from .text import Token, tokens

__all__ = ["takes_stance"]

_WINDOW = 240
_MAX_DESCRIPTION_WORDS = 8


def takes_stance(body: str, start: int, end: int, name: str) -> bool:
    """Whether the word right after ``name``'s first mention in ``body[start:end]`` is a verb of
    stance, speech or thought (``Fulan Hidayat berharap …``, ``Fulan meyakini …``)."""
    lex = lexicon()
    words = {w.casefold() for w in name.split()}
    toks = tokens(body, start, min(end, start + _WINDOW))
    for k, tok in enumerate(toks[:-1]):
        if tok.text.casefold() not in words:
            continue
        j = k + 1
        while j < len(toks) and toks[j].text.casefold() in words:
            j += 1
        if j >= len(toks):
            return False
        gap = body[toks[j - 1].end : toks[j].start].strip()
        if gap == "," and lex.is_a(toks[j].text, "indefinite"):
            # "Fulan, salah satu pembeli(,) mengatakan …": the verb after the description
            j = _after_description(body, toks, j)
            gap = ""
        if j < len(toks) and not gap and _stance_verb(toks[j].text):
            return True
        # "Fulan, the port's director, did not comment on the cost, but said …": the subject's second
        # verb, joined by "but" or "and", is a speech verb
        return _joined_speech(toks[j:])
    return False


def _joined_speech(toks: list[Token]) -> bool:
    lex = lexicon()  # "joining": the lexicon's conjunctions that keep the subject (not "while")
    return any(lex.is_a(a.text, "joining") and b.text.casefold() in lex.active for a, b in pairwise(toks))


def _stance_verb(word: str) -> bool:
    lex = lexicon()
    verb = word.casefold()
    return verb in lex.active or verb in lex.opinion or lex.is_a(verb, "stance")


def _after_description(body: str, toks: list[Token], j: int) -> int:
    """The index of the first speech or stance verb of a short description starting at ``j``
    (``salah satu pembeli mengatakan``), or ``len(toks)`` when none comes before a stop."""
    for k in range(j, min(len(toks), j + _MAX_DESCRIPTION_WORDS)):
        if k > j and any(c in body[toks[k - 1].end : toks[k].start] for c in ".;:!?"):
            break
        if _stance_verb(toks[k].text):
            return k
    return len(toks)


def undergoes(body: str, start: int, end: int, name: str) -> bool:
    """Whether ``name``'s first mention in ``body[start:end]`` is the patient of an Indonesian
    passive (``Fulan dibebastugaskan …``, ``Fulan juga dinilai melanggar …``, ``Fulan dan Badu
    dinilai …``) or the one who gets something (``Fulan mendapat remisi``): the narration tells
    what was done to them, so they do not take the floor from the running speaker."""
    lex = lexicon()
    words = {w.casefold() for w in name.split()}
    toks = tokens(body, start, min(end, start + _WINDOW))
    for k, tok in enumerate(toks):
        if tok.text.casefold() not in words:
            continue
        after = _past_partners([t for t in toks[k + 1 :] if t.text.casefold() not in words])
        while after and lex.is_a(after[0].text, "adverb"):
            after = after[1:]
        if not after or body[tok.end : after[0].start].strip() == ",":
            return False
        return _passive(after[0].text) or lex.is_a(after[0].text, "undergo")
    return False


def _past_partners(after: list[Token]) -> list[Token]:
    """The words after a name joined to it by ``dan``/``serta`` and the capitalised words of the
    partner's name (``Fulan dan Badu dinilai …``): the verb the two share."""
    if len(after) > 1 and after[0].text.casefold() in _AND and after[1].text[:1].isupper():
        after = after[1:]
        while after and after[0].text[:1].isupper():
            after = after[1:]
    return after


_AND = frozenset({"dan", "serta"})


def _passive(word: str) -> bool:
    return bool(_DI_PASSIVE.fullmatch(word)) and not lexicon().is_a(word, "not_passive")


_DI_PASSIVE = re.compile(r"di[a-z]{4,}")
