"""Regions named by the bodies that serve them: "Polres Batu Bara" makes "Batu Bara" a place.

Police, prosecutors, councils and local governments are named after their regency, city or
province (``gazetteer/regional_bodies.txt``), so the words after one of their heads name a
place. A run the rules took for a person because a regional title stands before it
("Kapolres Batu Bara, AKBP Fulan", "Kapolres Batu Bara mengatakan") is that place whenever
the article also writes it after such a head.
"""

from __future__ import annotations

from functools import cache

from kutip.index.entities.cues import Candidate
from kutip.index.entities.lexicon import lexicon
from kutip.index.language import Token, fold, folded_set, lines, words
from kutip.index.models import EntityType

__all__ = ["regions_as_places"]

_HEADS = "gazetteer/regional_bodies.txt"
_LONGEST_REGION = 3  # words: "Kepulauan Bangka Belitung", "Batu Bara", "Jakarta Selatan"


@cache
def _long_heads() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold(w) for w in words(line)) for line in lines(_HEADS) if len(words(line)) > 1)


@cache
def _openers() -> frozenset[str]:
    """Words a regional head starts with: the only tokens worth a closer look."""
    return folded_set(_HEADS) | {key[0] for key in _long_heads()}


def _ends_title(tokens: list[Token], k: int) -> bool:
    """"Wali Kota Fulan": the head word closes a title, and a person's name follows it."""
    titles = lexicon().titles
    return any(
        k + 1 >= length and tuple(t.folded for t in tokens[k + 1 - length : k + 1]) in titles
        for length in (2, 3)
    )


def _region_runs(tokens: list[Token]) -> set[tuple[str, ...]]:
    """Every run of one to three capitalised words written right after a regional body's head."""
    single = folded_set(_HEADS)
    double = _long_heads()
    openers = _openers()
    runs: set[tuple[str, ...]] = set()
    for k in [k for k, token in enumerate(tokens) if token.folded in openers]:
        token = tokens[k]
        start = -1
        if token.folded in single:
            start = k + 1
        elif k + 1 < len(tokens) and (token.folded, tokens[k + 1].folded) in double:
            start = k + 2
        if start < 0 or not token.text[:1].isupper() or _ends_title(tokens, k):
            continue
        end = start
        while end < len(tokens) and end - start < _LONGEST_REGION:
            nxt = tokens[end]
            if not nxt.text[:1].isupper() or nxt.gap != " ":
                break
            runs.add(tuple(t.folded for t in tokens[start : end + 1]))
            end += 1
    return runs


def regions_as_places(tokens: list[Token], candidates: list[Candidate]) -> None:
    """Retypes as places the person candidates the article also writes after a regional body's head."""
    persons = [c for c in candidates if c.type is EntityType.PERSON]
    if not persons:
        return
    runs = _region_runs(tokens)
    if not runs:
        return
    for c in persons:
        if tuple(t.folded for t in tokens[c.first : c.last + 1]) in runs:
            c.type, c.cue = EntityType.PLACE, "region"
