"""A person a quotation names is spoken of in it, not the one speaking it.

``"Tadi juga masuk Fulan, itu membantu kami," katanya.``: a pronoun cue points at whom the
narration last put forward, but when the quotation's own words name that person while the
one who spoke last is not named there, the speaker goes on talking about them.
"""

from __future__ import annotations

from kutip.index.people.lexicon import folded_words

from .names import NameBook

__all__ = ["names_in_quote", "spoken_of"]

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
