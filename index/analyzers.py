"""Whoosh analysers for Indonesian and English text.

Whoosh pickles analysers into the index's schema, so the stemmers here are
plain module-level functions: a lambda or bound method would break reopening.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache

from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.lang.porter import stem as porter_stem
from whoosh.support.charset import accent_map

from kutip.index.stopwords import stopwords

LANGUAGES = ("id", "en")
# Words, keeping inner dots and apostrophes together ("Liputan6.com", "Korea's").
TOKEN_PATTERN = r"\w+(?:[.'’]\w+)*"


# Sastrawi needs milliseconds for a word outside its dictionary. Stems found once (by an
# analysis worker, or read back from the archive) are kept here, so the writer's index
# analysis and a one-shot search's snippets look words up instead of stemming them again.
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


def stems_of(text: str) -> dict[str, str]:
    """Every folded word of ``text`` that Sastrawi would stem, with its stem."""
    words = {t.text for t in _folding()(text) if t.text.isalpha() and len(t.text) >= 4}
    return {w: stem_id(w) for w in words}


def new_stems(text: str, reported: set[str]) -> dict[str, str]:
    """Stems of the words of ``text`` not yet in ``reported``, which then records them (bounded)."""
    words = {t.text for t in _folding()(text) if t.text.isalpha() and len(t.text) >= 4} - reported
    if len(reported) + len(words) > KNOWN_LIMIT:
        reported.clear()
    reported.update(words)
    return {w: stem_id(w) for w in words}


def folded_words(text: str) -> set[str]:
    return {t.text for t in _folding()(text)}


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


def _folding() -> Analyzer:
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | CharsetFilter(accent_map)


@cache
def language_analyzer(lang: str) -> Analyzer:
    """Folding, the language's stopwords and its stemmer."""
    stem = stem_id if lang == "id" else stem_en
    return (
        _folding()
        | StopFilter(stoplist=stopwords(lang), minsize=1)
        | StemFilter(stemfn=stem, cachesize=100_000)
    )


def neutral_analyzer() -> Analyzer:
    """Folding only, for fields whose language is unknown or mixed (titles, outlets)."""
    return _folding()
