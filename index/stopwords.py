"""Function-word lists shared by the search analyzer and language detection.

The lists are data files rather than code so linguists can edit them without
touching Python; they are read once per process.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["load_word_list", "stopwords"]

_FILES = {"id": "stopwords_id.txt", "en": "stopwords_en.txt"}


def load_word_list(filename: str) -> list[str]:
    """Reads a bundled one-entry-a-line list, dropping blank lines and ``#`` comments."""
    text = resources.files("kutip.index").joinpath("data").joinpath(filename).read_text(encoding="utf-8")
    entries = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return entries


@cache
def stopwords(lang: str) -> frozenset[str]:
    """The function words of ``lang`` ("id" or "en"), folded to lower case."""
    try:
        filename = _FILES[lang]
    except KeyError:
        known = ", ".join(sorted(_FILES))
        raise ValueError(f"no stopword list for language {lang!r}; known: {known}") from None
    return frozenset(word.casefold() for word in load_word_list(filename))
