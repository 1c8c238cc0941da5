"""Where a speaker's phrase after a post verb ends, and the English office that names its body
after ``of``: ``said Chairman of the MPR Fulan``.

``of`` otherwise ends a speaker's phrase (``said Fulan of the ministry``), but after a capitalised
office (``Minister of Foreign Affairs``, ``Head of the Regional Police``) it joins the office to its
body, and the holder's name may come after the body: the phrase goes on to it when the longer
phrase names a person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .given_names import ends_phrase
from .lexicon import lexicon
from .runs import joined_gap, linked_description_end
from .text import Token

if TYPE_CHECKING:
    from .names import NameBook

_OF = frozenset({"of"})
_ARTICLE = frozenset({"the"})


def phrase_end(book: NameBook, toks: list[Token], i: int) -> int:
    """The index after the last word of the speaker's phrase opening at ``toks[i]``: up to a stop
    word, a verb or a gap (a description runs on to its determiner: ``politikus dari Partai X itu``;
    an English office to its holder: ``Head of the Regional Police Fulan``)."""
    j = _stop(book.body, toks, i, i)
    if office_of(book.body, toks, i, j):
        longer = _stop(book.body, toks, i, j + 1)
        ref, _s, _e = book.analyse(toks[i].start, toks[longer - 1].end)
        if ref.kind == "person" or _comma_after(book.body, toks, longer):
            return longer  # or its holder after a comma: "said the Minister of Trade, Fulan"
    return linked_description_end(book.body, toks, i, j) if j < len(toks) else j


def _stop(body: str, toks: list[Token], i: int, j: int) -> int:
    lex = lexicon()
    while j < len(toks):
        if j > i and not joined_gap(body, toks[j - 1], toks[j].start):
            break
        if ends_phrase(body, toks, i, j) or (j > i and lex.is_verb(toks[j].text)):
            break
        j += 1
    return j


def office_of(body: str, toks: list[Token], i: int, j: int) -> bool:
    """Whether ``toks[j]`` is the ``of`` of a capitalised office opening at ``toks[i]`` (its words
    all capitalised, a role word among them), with the body's capitals joined after it."""
    if j == i or j >= len(toks) or toks[j].text not in _OF:
        return False
    office = toks[i:j]
    if len(office) > 1 and office[0].text in _ARTICLE:
        office = office[1:]  # "the Minister of Labour Affairs"
    lex = lexicon()
    if not all(t.capitalised for t in office) or not any(lex.is_a(t.text, "role") for t in office):
        return False
    k = j + 1
    if k < len(toks) and toks[k].text in _ARTICLE and joined_gap(body, toks[k - 1], toks[k].start):
        k += 1
    return k < len(toks) and toks[k].capitalised and joined_gap(body, toks[k - 1], toks[k].start)


def _comma_after(body: str, toks: list[Token], k: int) -> bool:
    return 0 < k < len(toks) and "," in body[toks[k - 1].end : toks[k].start]
