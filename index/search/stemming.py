"""Stems of Indonesian (Sastrawi) and English (Porter) words, and the folded words of a text.

The search analysers, the snippets and linking all stem the same way, so they share
this module. Whoosh pickles analysers into the index's schema by the stemmers' module
path, so the stemmers are plain functions that stay here: a lambda, a bound method or a
move would stop older archives from opening.

Sastrawi needs milliseconds for a word outside its dictionary. Stems found once (by an
analysis worker, or read back from the archive) are kept here, so the writer's index
analysis and a one-shot search's snippets look words up instead of stemming them again.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from kutip.index.search.whoosh_engine.toolkit import TOKEN_PATTERN, folding, porter_stem

__all__ = [
    "KNOWN_LIMIT",
    "LANGUAGES",
    "TOKEN_PATTERN",
    "folded_words",
    "new_stems",
    "remember_stems",
    "stem_en",
    "stem_id",
    "stems_of",
    "unknown_words",
]

LANGUAGES = ("id", "en")

_KNOWN_ID: dict[str, str] = {}
KNOWN_LIMIT = 2_000_000


def remember_stems(stems: dict[str, str]) -> None:
    """Add Indonesian stems computed elsewhere; bounded so a huge run cannot exhaust memory."""
    if len(_KNOWN_ID) + len(stems) > KNOWN_LIMIT:
        _KNOWN_ID.clear()
    _KNOWN_ID.update(stems)


def unknown_words(words: Iterable[str]) -> set[str]:
    """The words among ``words`` whose Indonesian stem is not yet known in this process."""
    return {w for w in words if w not in _KNOWN_ID}


def _stemmable(text: str) -> set[str]:
    return {t.text for t in folding()(text) if t.text.isalpha() and len(t.text) >= 4}


def stems_of(text: str) -> dict[str, str]:
    """Every folded word of ``text`` that Sastrawi would stem, with its stem."""
    return {w: stem_id(w) for w in _stemmable(text)}


def new_stems(text: str, reported: set[str]) -> dict[str, str]:
    """Stems of the words of ``text`` not yet in ``reported``, which then records them (bounded)."""
    words = _stemmable(text) - reported
    if len(reported) + len(words) > KNOWN_LIMIT:
        reported.clear()
    reported.update(words)
    return {w: stem_id(w) for w in words}


def folded_words(text: str) -> set[str]:
    return {t.text for t in folding()(text)}


@lru_cache(maxsize=1)
def _sastrawi() -> object:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


def stem_id(word: str) -> str:
    """Indonesian stem via Sastrawi (``mengatakan`` → ``kata``); digits pass through."""
    if not word.isalpha() or len(word) < 4:
        return word
    known = _KNOWN_ID.get(word)
    if known is not None:
        return known
    stemmed: str = _sastrawi().stem(word) or word  # type: ignore[attr-defined]
    if len(_KNOWN_ID) >= KNOWN_LIMIT:
        _KNOWN_ID.clear()
    _KNOWN_ID[word] = stemmed
    return stemmed


def stem_en(word: str) -> str:
    """English Porter stem (``ministers`` → ``minist``)."""
    stemmed: str = porter_stem(word)
    return stemmed
