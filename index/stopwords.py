"""Function-word lists shared by the search analyzer and language detection.

The lists are data files rather than code so linguists can edit them without
touching Python; they are read once per process.
"""

from __future__ import annotations

from functools import cache

from kutip.index.language import lines

__all__ = ["load_word_list", "stopwords"]

_FILES = {"id": "stopwords_id.txt", "en": "stopwords_en.txt"}


def load_word_list(filename: str) -> list[str]:
    """Reads a bundled one-entry-a-line list (see :mod:`kutip.index.language.wordlists`)."""
    return [line.strip() for line in lines(filename)]


@cache
def stopwords(lang: str) -> frozenset[str]:
    """The function words of ``lang`` ("id" or "en"), folded to lower case."""
    try:
        filename = _FILES[lang]
    except KeyError:
        known = ", ".join(sorted(_FILES))
        raise ValueError(f"no stopword list for language {lang!r}; known: {known}") from None
    return frozenset(word.casefold() for word in load_word_list(filename))
