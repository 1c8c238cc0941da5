"""Where a query's words occur in a text, and short excerpts around them.

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

from whoosh.support.charset import accent_map

from kutip.index.analyzers import LANGUAGES, TOKEN_PATTERN, language_analyzer
from kutip.index.models import Span

SNIPPET_CHARS = 200
_WORD = re.compile(TOKEN_PATTERN)


def _core(term: str) -> str:
    if len(term) >= 4:
        return term[1:-1]
    return term[:-1] if len(term) == 3 else term


@lru_cache(maxsize=50_000)
def _stems(word: str, languages: tuple[str, ...] = LANGUAGES) -> frozenset[str]:
    """The stems of one word in these languages (none for a stopword)."""
    return frozenset(t.text for lang in languages for t in language_analyzer(lang)(word, removestops=True))


_ONE_FOR_ONE = {k: v for k, v in accent_map.items() if isinstance(v, str) and len(v) == 1}
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


def _candidates(text: str, terms: set[str]) -> Iterator[re.Match[str]]:
    """Each word of ``text`` that contains the core of a term, once, in order."""
    cores = re.compile("|".join(re.escape(_core(t)) for t in sorted(terms, key=len, reverse=True)), re.I)
    folded = text if text.isascii() else text.translate(_ONE_FOR_ONE)
    end_of_last = -1
    for found in cores.finditer(folded):
        if found.start() < end_of_last:
            continue  # inside a word already yielded
        word = _token_at(text, found.start())
        if word is None or word.end() <= found.start():
            continue
        end_of_last = word.end()
        yield word


def candidate_words(text: str, terms: set[str]) -> set[str]:
    """The lower-cased words :func:`find_matches` will stem, so their stems can be fetched first."""
    if not terms or not text:
        return set()
    return {word.group().lower() for word in _candidates(text, terms)}


def find_matches(text: str, terms: set[str], lang: str = "") -> list[Span]:
    """Where words with these stems occur; ``lang`` analyses as the index did an article of that
    language (Sastrawi is slow on English words), both languages when unknown."""
    if not terms or not text:
        return []
    languages = (lang,) if lang in LANGUAGES else LANGUAGES
    found = _candidates(text, terms)
    return [Span(w.start(), w.end()) for w in found if _stems(w.group(), languages) & terms]


def snippet(text: str, matches: list[Span], width: int = SNIPPET_CHARS) -> tuple[str, tuple[Span, ...]]:
    """An excerpt of about ``width`` characters around the densest run of matches, on one line."""
    if not text:
        return "", ()
    if not matches:
        start, end = 0, min(len(text), width)
    else:
        best_start, best_count = matches[0].start, 0
        for i, first in enumerate(matches):
            count = sum(1 for m in matches[i:] if m.end <= first.start + width)
            if count > best_count:
                best_start, best_count = first.start, count
        start = max(0, best_start - width // 4)
        end = min(len(text), start + width)
    while start > 0 and not text[start - 1].isspace() and start > end - width - 20:
        start -= 1
    while end < len(text) and not text[end].isspace() and end < start + width + 20:
        end += 1
    excerpt = text[start:end].replace("\n", " ")
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    spans = tuple(Span(m.start + shift, m.end + shift) for m in matches if m.start >= start and m.end <= end)
    return prefix + excerpt + suffix, spans
