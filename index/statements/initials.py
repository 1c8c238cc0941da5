"""Persons the body names by initials only (``seorang murid berinisial H``, ``D, siswa kelas X``).

Indonesian news gives minors, witnesses and suspects by their initials: after a word such as
``berinisial``, or opening a sentence with what the person is set off after them (``D, siswa
kelas X lainnya, …``, ``ID salah satu penumpang mengaku …``). The cue then names them by those
letters alone (``ujar H``). The letters are no entity the recogniser lists, and one of them
(``H``) is an honorific elsewhere, so without this the quotation went to the person named before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import lexicon
from .people import known_place_or_body
from .text import Token, tokens

_MAX_INITIALS = 3
_INITIALS = re.compile(r"[A-Z]{1,3}")
_SENTENCE_END = ".!?\n"


@lru_cache(maxsize=8)  # asked for each cue of one body in turn
def initialled_persons(body: str) -> frozenset[str]:
    """The initials written right after an initials word (``berinisial H``), or opening a sentence
    before a word of what a person is (``D, siswa …``, ``ID salah satu penumpang …``), unless they
    are a known place or body's (``AS salah satu mitra …`` is the country)."""
    cues = lexicon().classes.get("initials_cue", frozenset())
    toks = tokens(body, 0, len(body))
    found: set[str] = set()
    for k, tok in enumerate(toks[:-1]):
        text = tok.text
        cued = text.casefold() in cues  # lexicon().is_a(text, "initials_cue"), without the call
        if not cued and (len(text) > _MAX_INITIALS or not text.isupper()):
            continue  # neither branch below can hold: no cue, and no initials (_INITIALS) either
        nxt = toks[k + 1]
        gap = body[tok.end : nxt.start]
        if cued and _INITIALS.fullmatch(nxt.text) and not gap.strip():
            found.add(nxt.text)
        elif (
            _INITIALS.fullmatch(text)
            and gap.strip() in ("", ",")
            and (k == 0 or body[: tok.start].rstrip()[-1:] in _SENTENCE_END)
            and _kind_follows(toks, k + 1)
            and not known_place_or_body(tok.text)
        ):
            found.add(tok.text)
    return frozenset(found)


def _kind_follows(toks: list[Token], k: int) -> bool:
    """Whether a word of what a person is (class person_kind) opens ``toks[k:]`` in lower case,
    maybe after indefinite words (``salah satu penumpang``)."""
    lex = lexicon()
    while k < len(toks) and lex.is_a(toks[k].text, "indefinite") and toks[k].text.islower():
        k += 1
    return k < len(toks) and toks[k].text.islower() and lex.is_a(toks[k].text, "person_kind")
