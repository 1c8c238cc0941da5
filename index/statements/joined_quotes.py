"""Quotations a sentence joins to a cue it already gave: a second fragment of the same clause
(``said X were "…" and that "…"``) and a participle's own subject after ``with`` (``with Fulan
saying "…"``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..language import fold
from .lexicon import lexicon
from .speaker_ref import NONE, SpeakerRef
from .text import Token, tokens

if TYPE_CHECKING:
    from .found import Found
    from .marks import Quotation
    from .names import NameBook

_MAX_JOIN_WORDS = 3
_MAX_NAME_WORDS = 5


def joins_previous(body: str, end: int, start: int) -> bool:
    """Whether only a conjunction and a complementiser stand between a quotation ending at ``end``
    and the next opening at ``start`` (``"…" and that "…"``, ``"…" dan bahwa "…"``): the second
    goes on with the first one's cue."""
    lex = lexicon()
    gap = body[end:start]
    words = tokens(gap, 0, len(gap))
    if not words or len(words) > _MAX_JOIN_WORDS or any(c in gap for c in ".;:!?"):
        return False
    if not lex.is_a(words[0].text, "conjunction"):
        return False
    return all(lex.is_a(w.text, "complementiser") for w in words[1:])


def goes_on(book: NameBook, prev: Found, end: int, q: Quotation) -> bool:
    """Whether quotation ``q`` goes on with the cue of ``prev``, the quotation ending at ``end``:
    joined by a conjunction (:func:`joins_previous`), or a fragment of the same report (``Fulan
    noted that, being among the "biggest donors," the country will go on to "help where it is
    needed"``): a cue before the earlier one, a lower-case fragment of a few words, and between
    them narration of one sentence that puts no one else forward."""
    body = book.body
    if joins_previous(body, end, q.open):
        return True
    gap = body[end : q.open]
    if prev.cue is None or prev.cue[1] > prev.start or not body[q.start : q.start + 1].islower():
        return False
    if len(tokens(body, q.start, q.end)) < _MIN_FRAGMENT_WORDS or any(c in gap for c in ".;:!?"):
        return False
    words = tokens(gap, 0, len(gap))
    lex = lexicon()
    # "…", but critics called the plan "…": a conjunction or a verb of saying opens another report
    if any(lex.is_a(w.text, "conjunction") or lex.is_verb(w.text) or _labels(w.text) for w in words):
        return False
    return len(words) <= _MAX_FRAGMENT_GAP_WORDS and not book.person_mentions(end, q.open)


def _labels(word: str) -> bool:
    return fold(word) in lexicon().label


_MIN_FRAGMENT_WORDS = 3
_MAX_FRAGMENT_GAP_WORDS = 12
_MAX_HEAD_WORDS = 3
_HEAD_CLASSES = ("possessive_det", "role", "anaphor_pre")


def absolute_subject(book: NameBook, before: list[Token], verb: Token) -> tuple[SpeakerRef, int]:
    """``with Fulan Hidayat saying "…"``: the name right before the participle ``verb``, after
    ``with`` (lexicon class ``absolute``), is its subject; returns (ref, cue start), NONE if none."""
    k = len(before)
    while k > 0 and before[k - 1].capitalised and len(before) - k < _MAX_NAME_WORDS:
        k -= 1
    if k == len(before) or k == 0:
        return NONE, verb.start
    lex = lexicon()
    head = k
    while head > 1 and k - head < _MAX_HEAD_WORDS and lex.is_any(before[head - 1].text, _HEAD_CLASSES):
        head -= 1  # "with its chair Fulan saying": the holder's office and its owner before the name
    opener = before[head - 1].text
    # '… with Fulan replying, "…," and Badu repeating: "…"': a conjunction that opens what
    # follows a quotation goes on with the absolute clause before it
    if not (lex.is_a(opener, "absolute") or (k == 1 and lex.is_a(opener, "conjunction"))):
        return NONE, verb.start
    body = book.body
    words = before[head - 1 :]
    if any(body[a.end : b.start].strip() for a, b in zip(words, [*words[1:], verb], strict=False)):
        return NONE, verb.start
    ref, _s, _e = book.analyse(before[k].start, before[-1].end, prefer_last=True)
    return (ref, before[k].start) if ref.kind == "person" else (NONE, verb.start)
