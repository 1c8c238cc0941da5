"""A speech verb the lists lack, known by its place: ``"…," seloroh Fulan`` / ``"…," singkat Fulan``.

Indonesian puts the verb of a quotation's cue before the speaker when the cue follows the
quotation, and writes there any verb of saying, joking, answering, closing or shouting, many
of them bare roots the speech lists cannot all hold. So one lower-case word right after a
quotation closed by a comma (or ``?``/``!``), followed at once by a recognised person's name,
is that person's cue whatever the word (a name the body introduces as an ordinary person,
``Larsi, salah satu pedagang``, counts as recognised). Function words (the stopword list, the lexicon's word
classes: ``dan``, ``sambil``, ``bersama``, ``kemudian``) are no verb, and the name must be one the
recogniser found as a person, so ``"…," bunyi spanduk`` or ``"…," lalu Fulan pergi`` cue no one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kutip.index.stopwords import stopwords

from .introduced import introduced_persons
from .lexicon import lexicon
from .names import NameBook
from .speaker_ref import SpeakerRef
from .text import Token

__all__ = ["inverted_cue"]

_ROOT = re.compile(r"[a-z]{4,}")
_CLOSING = ",?!"
_MARKS = "\"'”’“»«"


def _closed_by_comma(body: str, mark_end: int) -> bool:
    """Whether the quotation that ends at ``mark_end`` ends with a comma, ? or ! inside its marks."""
    k = mark_end
    while k > 0 and body[k - 1] in _MARKS:
        k -= 1
    return k < mark_end and k > 0 and body[k - 1] in _CLOSING


PhraseReader = Callable[[NameBook, list[Token], int, int], tuple[SpeakerRef, int]]


def inverted_cue(
    book: NameBook, mark_end: int, toks: list[Token], np_after: PhraseReader
) -> tuple[SpeakerRef, int, int] | None:
    """``(speaker, cue start, cue end)`` when ``toks`` (the words after the closing mark at
    ``mark_end``) open with an unlisted verb and a recognised person's name, else None."""
    if book.lang != "id" or len(toks) < 2 or not _closed_by_comma(book.body, mark_end):
        return None
    verb, name = toks[0], toks[1]
    word = verb.text
    lex = lexicon()
    if not _ROOT.fullmatch(word) or lex.is_verb(word) or word in stopwords("id"):
        return None
    if any(word in words for words in lex.classes.values()):
        return None
    if book.body[verb.end : name.start] != " " or not name.capitalised:
        return None
    ref, np_end = np_after(book, toks, 1, toks[-1].end)
    if ref.kind != "person" or ref.name is None:
        return None
    if not book.is_recognised(ref.name) and ref.name not in introduced_persons(book.body):
        return None
    return ref, verb.start, np_end
