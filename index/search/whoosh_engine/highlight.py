"""Where a query's words occur in a text, found as the Whoosh analysers index them.

One mechanism serves the result list's snippets and the reader's n/N match
jumps: words are analysed like the index analyses bodies, so a query for
``mengatakan`` also lights up ``kata`` and ``dikatakan``. Analysing every word
of every hit cost more than the search itself, so only words that contain the
core of a query stem (the stem less its first and last letters, which affixes
may change: ``tulis`` in ``menulis``, ``rudi`` in ``Rudy``) are analysed, one by one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kutip.index.models import Span
from kutip.index.search.stemming import LANGUAGES
from kutip.index.search.whoosh_engine.analysis import language_analyzer
from kutip.index.search.whoosh_engine.toolkit import ONE_FOR_ONE_ACCENTS, TOKEN_PATTERN

_WORD = re.compile(TOKEN_PATTERN)
_ACCENTED = re.compile(
    "[" + re.escape("".join(chr(code) for code in ONE_FOR_ONE_ACCENTS if code > 127)) + "]"
)
"""A letter folding changes beyond ASCII case (which the case-blind search of cores ignores): most
texts have none, though few are ASCII (quotes, dashes), and ``str.translate`` with a table costs a
dictionary look-up per character."""


def _core(term: str) -> str:
    if len(term) >= 4:
        return term[1:-1]
    return term[:-1] if len(term) == 3 else term


@lru_cache(maxsize=50_000)
def _stems(word: str, languages: tuple[str, ...] = LANGUAGES) -> frozenset[str]:
    """The stems of one word in these languages (none for a stopword)."""
    return frozenset(t.text for lang in languages for t in language_analyzer(lang)(word, removestops=True))


_JOINERS = ".'’"


def _token_at(text: str, position: int) -> re.Match[str] | None:
    """The word (as the analysers cut words) that covers ``position``."""
    start = position
    while start > 0 and (
        text[start - 1].isalnum()
        or text[start - 1] == "_"
        or (text[start - 1] in _JOINERS and start > 1 and text[start - 2].isalnum())
    ):
        start -= 1
    while start < position and not (text[start].isalnum() or text[start] == "_"):
        start += 1
    return _WORD.match(text, start)


@lru_cache(maxsize=64)
def _cores(terms: frozenset[str]) -> re.Pattern[str]:
    """The cores of ``terms`` as one pattern, longest first: built once per query, not per text
    (a search's 50 snippets asked ``re`` for it 50 times)."""
    return re.compile("|".join(re.escape(_core(t)) for t in sorted(terms, key=len, reverse=True)), re.I)


def _candidates(text: str, terms: frozenset[str] | set[str]) -> Iterator[re.Match[str]]:
    """Each word of ``text`` that contains the core of a term, once, in order."""
    cores = _cores(terms if isinstance(terms, frozenset) else frozenset(terms))
    folded = text if text.isascii() or not _ACCENTED.search(text) else text.translate(ONE_FOR_ONE_ACCENTS)
    end_of_last = -1
    for found in cores.finditer(folded):
        if found.start() < end_of_last:
            continue  # inside a word already yielded
        word = _token_at(text, found.start())
        if word is None or word.end() <= found.start():
            continue
        end_of_last = word.end()
        yield word


def candidates(text: str, terms: frozenset[str] | set[str]) -> list[re.Match[str]]:
    """The words :func:`find_matches` would stem (their lower-cased forms can be looked up first)."""
    if not terms or not text:
        return []
    return list(_candidates(text, terms))


def candidate_words(text: str, terms: frozenset[str] | set[str]) -> set[str]:
    """The lower-cased words :func:`find_matches` will stem, so their stems can be fetched first."""
    return {word.group().lower() for word in candidates(text, terms)}


def find_matches(
    text: str, terms: frozenset[str] | set[str], lang: str = "", found: list[re.Match[str]] | None = None
) -> list[Span]:
    """Where words with these stems occur; ``lang`` analyses as the index did an article of that
    language (Sastrawi is slow on English words), both languages when unknown. ``found``: the
    text's :func:`candidates` when already known."""
    if not terms or not text:
        return []
    languages = (lang,) if lang in LANGUAGES else LANGUAGES
    words = _candidates(text, terms) if found is None else found
    return [Span(w.start(), w.end()) for w in words if _stems(w.group(), languages) & terms]
