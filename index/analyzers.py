"""Whoosh analysers for Indonesian and English text.

Whoosh pickles analysers into the index's schema, so the stemmers here are
plain module-level functions: a lambda or bound method would break reopening.
"""

from __future__ import annotations

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


@lru_cache(maxsize=1)
def _sastrawi() -> object:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


def stem_id(word: str) -> str:
    """Indonesian stem via Sastrawi (``mengatakan`` → ``kata``); digits pass through."""
    if not word.isalpha() or len(word) < 4:
        return word
    stemmed: str = _sastrawi().stem(word)  # type: ignore[attr-defined]
    return stemmed or word


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
