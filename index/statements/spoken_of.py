"""Who a quotation after the narration is about, and who is speaking it.

``"Tadi juga masuk Fulan, itu membantu kami," katanya.``: a pronoun cue points at whom the
narration last put forward, but when the quotation's own words name that person while the
one who spoke last is not named there, the speaker goes on talking about them. An uncued
quotation right after the narration put someone forward (``Rina menyarankan agar …``) is
theirs; one that speaks of a third person (``beliau``) and never of itself is not the person
just put forward, but the last speaker's; a sentence that opens on the running speaker's cue
(``Menurutnya, …``) is their account, and whom it names is not put forward.
"""

from __future__ import annotations

import re

from kutip.index.language import fold
from kutip.index.people.lexicon import folded_words

from .found import Found
from .fronts import cue_word
from .lexicon import lexicon, verbs_of
from .memory import SpeakerMemory
from .names import NameBook
from .text import tokens

__all__ = ["names_in_quote", "not_spoken_of", "put_forward_since", "spoken_of", "told_by_pronoun"]

_MIN_LETTERS = 4  # a shorter word of a name ("Ade", "Iis") is too often another word


def names_in_quote(book: NameBook, start: int, end: int) -> set[str]:
    """The persons the quotation ``body[start:end]`` names: its person mentions, by the name the
    article resolves them to."""
    return {name for _s, _e, name in book.person_mentions(start, end)}


def _named(name: str, named: set[str], quote_words: set[str]) -> bool:
    """Whether ``name`` is among ``named`` or one long word of it is written in the quotation."""
    if name in named:
        return True
    return any(len(w) >= _MIN_LETTERS and w in quote_words for w in folded_words(name))


def spoken_of(book: NameBook, start: int, end: int, candidate: str, other: str) -> bool:
    """Whether the quotation ``body[start:end]`` names ``candidate`` and not ``other``: then
    ``candidate`` is who it is about, and ``other`` the likelier speaker."""
    named = names_in_quote(book, start, end)
    quote_words = set(folded_words(book.body[start:end]))
    return _named(candidate, named, quote_words) and not _named(other, named, quote_words)


def told_by_pronoun(body: str, start: int, end: int) -> bool:
    """Whether the sentence ``body[start:end]`` opens with a cue pointing back at the running
    speaker (``Menurutnya, …``, ``Kata dia, …``): what it tells is theirs, and a person it names
    (``apa yang disampaikan Fulan``) is spoken of, not put forward to speak."""
    toks = tokens(body, start, min(end, start + 200))[:2]
    if not toks or not cue_word(toks[0].text):
        return False
    glued = toks[0].text.casefold() not in verbs_of("id")  # "Menurutnya": the third person glued on
    return glued or (len(toks) > 1 and lexicon().is_a(toks[1].text.casefold(), "pronoun"))


def put_forward_since(memory: SpeakerMemory, book: NameBook) -> bool:
    """Whether the narration put a person forward after the last statement (the focus is a subject
    who has not spoken since)."""
    focus = memory.focus
    return (
        focus is not None
        and focus == memory.subject
        and focus != memory.last
        and focus not in memory.organisations
        and book.is_person(focus)
    )


def not_spoken_of(book: NameBook, f: Found, memory: SpeakerMemory, found: str | None) -> str | None:
    """A pronoun cue's person, unless the quotation names them and not whoever spoke last: then
    the quotation is about them, and the last speaker goes on (``"Tadi juga masuk Fulan,"
    katanya`` after a sentence that put Fulan forward)."""
    last = memory.said_last
    if f.kind != "direct" or f.ref.kind != "pronoun" or found is None or last is None:
        return found
    if last in memory.organisations or not book.is_person(last):
        return found
    if spoken_of(book, f.start, f.end, found, last):
        return last
    if last == found:
        return _named_by_office(book, f, memory, found) or found
    # "Beliau melanjutkan kunjungannya …", katanya: after a sentence about the President
    fresh = found == memory.focus and found == memory.subject
    return last if fresh and _of_a_third_person(book.body[f.start : f.end]) else found


def _of_a_third_person(quote: str) -> bool:
    """Whether a quotation speaks of someone in the third person (``dia``, ``beliau``) and never
    of its speaker in the first person singular."""
    classes = lexicon().classes
    words = set(folded_words(quote))
    return bool(words & classes["third_person"]) and not words & classes["first_person"]


def _named_by_office(book: NameBook, f: Found, memory: SpeakerMemory, found: str) -> str | None:
    """``"Soal itu tanya Menkopangan saja," pungkasnya`` right after the narration reported what
    the Menkopangan said: the quotation names the last speaker by the short form of their office
    (the bracketed one the article gave: ``Menteri Koordinator Pangan (Menkopangan) Fulan``), so it
    is about them, and the person who spoke before them goes on; None when it does not."""
    short = _BRACKETED.search(memory.roles.get(found, ""))
    if short is None or fold(short.group(1)) not in set(folded_words(book.body[f.start : f.end])):
        return None
    for name in reversed(memory.history):
        if name != found and name not in memory.organisations and book.is_person(name):
            return None if spoken_of(book, f.start, f.end, name, found) else name
    return None


_BRACKETED = re.compile(r"\((\w{3,})\)")
