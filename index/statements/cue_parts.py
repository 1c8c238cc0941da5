"""Small readers of a cue's parts: the role an apposition gives (``Name, seorang pakar di X,``),
English news's relayed remark (``Fulan was quoted as saying``) and the holder named after a
role's comma (``kata Presiden Direktur PT X, Fulan``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import lexicon
from .runs import joined_gap
from .text import Token, tokens

if TYPE_CHECKING:
    from .names import NameBook


def apposition(body: str, start: int, end: int) -> str | None:
    """``Name, seorang pakar di X,`` → the role between the commas."""
    lex = lexicon()
    text = body[start:end]
    if not text.startswith(","):
        return None
    seg_end = text.find(",", 1)
    seg = text[1 : seg_end if seg_end > 0 else len(text)]
    toks = tokens(seg, 0, len(seg))
    if not toks:
        return None
    first = 1 if lex.is_a(toks[0].text, "indefinite") and len(toks) > 1 else 0
    if not any(lex.is_a(t.text, "role") for t in toks[first : first + 3]):
        return None
    return seg.strip().rstrip(".!?") or None



_MAX_RELAY_WORDS = 6  # "is quoted by the Jakarta Globe as saying": the outlet's few words


def quoted_as(toks: list[Token], k: int) -> int | None:
    """The index of the participle when ``toks[k]`` opens ``was quoted as saying`` (an adverb may
    stand before ``quoted``: ``is also quoted as telling``; an outlet may relay it: ``was quoted
    by Kabar Harian as saying``): English news relays a remark so, and the subject before it is the
    speaker, as before ``said``."""
    lex = lexicon()
    if not lex.is_a(toks[k].text, "quoted_aux"):
        return None
    i = k + 1
    while i < len(toks) and lex.is_a(toks[i].text, "adverb"):
        i += 1
    if i + 2 >= len(toks) or toks[i].text.casefold() != "quoted":
        return None
    i += 1
    if toks[i].text.casefold() == "by":  # "was quoted by Kabar Harian as saying": the outlet that relays it
        i += 1
        while i < len(toks) and i <= k + _MAX_RELAY_WORDS and toks[i].capitalised:
            i += 1
    if i + 1 >= len(toks) or toks[i].text.casefold() != "as":
        return None
    return i + 1 if toks[i + 1].text.casefold() in lex.participle else None


def holder_after(book: NameBook, toks: list[Token], apposed: int) -> bool:
    """Whether the comma piece at ``toks[apposed]`` is a name of two words or more the article
    knows as a person's (``…, Fulan Hidayat dalam acara X``), not a date or a place."""
    k = apposed + 1
    while k < len(toks) and joined_gap(book.body, toks[k - 1], toks[k].start):
        k += 1
    ref, ns, ne = book.analyse(toks[apposed].start, toks[k - 1].end)
    named = ref.kind == "person" and ref.name is not None and book.is_recognised(ref.name)
    return named and len(tokens(book.body, ns, ne)) > 1
