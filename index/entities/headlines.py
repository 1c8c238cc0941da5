"""Persons named in headline lines: "Baca juga: Fulan Wirawan Bisa Ulang Kisah Badu Santoso".

In a Title Case line every word is capitalised, so the rules only keep such a run if it
links to a name found elsewhere, and the tagger, which learnt from running text, hardly
helps. Words decide instead: a run of two or more words that are no Indonesian words
(not in the Sastrawi root dictionary after stemming, not written in lower case in the
article or in the tagger's training news, not listed as ordinary) is a name; a run that
opens with one such word ("Putri X") counts when the article repeats it.
"""

from __future__ import annotations

from kutip.index.entities.cues import Candidate
from kutip.index.entities.dictionary import is_derived_word, is_plain_word
from kutip.index.entities.lexicon import Lexicon
from kutip.index.language import Token, written_lower
from kutip.index.models import EntityType

__all__ = ["bracketed", "headline_persons", "is_derived_word", "is_plain_word"]


def _ordinary(token: Token, lex: Lexicon, lower: frozenset[str]) -> bool:
    word = token.folded
    if word in lower or word in lex.common or word in lex.portfolios or word in lex.title_starts:
        return True
    return not token.text[:1].isupper() or not any(c.isalpha() for c in word) or is_plain_word(word)


def _runs(tokens: list[Token], c: Candidate, lex: Lexicon, lower: frozenset[str]) -> list[tuple[int, int]]:
    """Runs of unknown words inside ``c``, each with at most one ordinary word before it."""
    runs: list[tuple[int, int]] = []
    k = c.first
    while k <= c.last:
        if _ordinary(tokens[k], lex, lower) or tokens[k].hyphenated:
            k += 1
            continue
        end = k
        while end < c.last and not tokens[end + 1].hyphenated and not _ordinary(tokens[end + 1], lex, lower):
            end += 1
        start = k
        if k > c.first and not tokens[k].hyphenated and tokens[k - 1].text[:1].isupper():
            start = k - 1  # "Putri Candrawathi": kept only if the article repeats it
        runs.append((start, end))
        k = end + 1
    return runs


def headline_persons(tokens: list[Token], candidates: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Candidates with the names in weak headline runs made persons (other words left out)."""
    lower = written_lower(tokens)
    starts: dict[str, list[int]] = {}
    for k, token in enumerate(tokens):
        if token.text[:1].isupper():
            starts.setdefault(token.folded, []).append(k)
    out: list[Candidate] = []
    for c in candidates:
        if not (c.type is EntityType.PERSON and c.weak and tokens[c.first].title_case_line):
            out.append(c)
            continue
        found = []
        for start, end in _runs(tokens, c, lex, lower):
            unknown = end - start + 1 - (1 if _ordinary(tokens[start], lex, lower) else 0)
            key = tuple(tokens[k].folded for k in range(start, end + 1))
            if end > start and (unknown >= 2 or _repeated(key, tokens, starts)):
                found.append(Candidate(start, end, EntityType.PERSON, "headline"))
        out.extend(found or [c])
    return out


def _repeated(key: tuple[str, ...], tokens: list[Token], starts: dict[str, list[int]]) -> bool:
    """Whether the words of ``key`` are written as one run more than once in the article."""
    n = len(key)
    count = 0
    for k in starts.get(key[0], []):
        if tuple(t.folded for t in tokens[k : k + n]) == key:
            count += 1
            if count > 1:
                return True
    return False


def bracketed(tokens: list[Token], c: Candidate) -> bool:
    """A person run set apart as a list item: opened or closed by a bracket ("(Fulan Badu-Sari Dewi)")."""
    if c.type is not EntityType.PERSON:
        return False
    opened = "(" in tokens[c.first].gap
    closed = c.last + 1 < len(tokens) and ")" in tokens[c.last + 1].gap
    return opened or closed
