"""Regions named by the bodies that serve them: "Polres Batu Bara" makes "Batu Bara" a place.

Police, prosecutors, councils and local governments are named after their regency, city or
province (``gazetteer/regional_bodies.txt``), so the words after one of their heads name a
place. A run the rules took for a person because a regional title stands before it
("Kapolres Batu Bara, AKBP Fulan", "Kapolres Batu Bara mengatakan") is that place whenever
the article also writes it after such a head.

After an office ("Ketua KPU", "Kepala BPBD", "Ketua DPRD") the office holder is named as often
as the region ("Ketua DPRD Fulan Hidayat", "Ketua KPU Agus Setiawan"), so a run of two or three
words written there is taken for a place only when the gazetteer knows it as one or the holder's
name follows it after a comma ("Ketua DPRD Batu Bara, Fulan"). A single word stays a place
unless it is a given name: a region is named in one word far more often than a holder. A name
the article also writes after a bare head ("DPRD Batu Bara") is a place all the same.
"""

from __future__ import annotations

from functools import cache

from kutip.index.entities.classes import is_calendar_word
from kutip.index.entities.cues import Candidate
from kutip.index.entities.features import first_names
from kutip.index.entities.lexicon import lexicon
from kutip.index.language import Token, fold, folded_set, lines, words
from kutip.index.models import EntityType

__all__ = ["region_runs", "regions_as_places"]

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
    """ "Wali Kota Fulan": the head word closes a title, and a person's name follows it."""
    titles = lexicon().titles
    return any(
        k + 1 >= length and tuple(t.folded for t in tokens[k + 1 - length : k + 1]) in titles
        for length in (2, 3)
    )


def _after_office(tokens: list[Token], k: int) -> bool:
    """An office stands right before the head at ``k``: "Ketua DPRD", "anggota Bawaslu", and
    through one more head, "Kepala BPBD Kabupaten" (the holder may follow the regency's name)."""
    titles = lexicon().titles
    if k > 0 and tokens[k - 1].folded in folded_set(_HEADS) and tokens[k - 1].gap == " ":
        k -= 1
    return any(
        k - length >= 0 and tuple(t.folded for t in tokens[k - length : k]) in titles for length in (1, 2, 3)
    )


def _region_after_office(tokens: list[Token], start: int, end: int) -> bool:
    """Whether ``tokens[start:end]``, written right after an office's body, names its region."""
    run = tokens[start:end]
    entry = lexicon().entry([t.text for t in run], [t.folded for t in run])
    if entry is not None:
        return entry.type is EntityType.PLACE
    if len(run) == 1:
        return run[0].folded not in first_names()
    return _holder_follows(tokens, end) and not _written_shorter(tokens, start, end)


def _written_shorter(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the article writes the first word of ``tokens[start:end]`` elsewhere without the next:
    "Ketua DPRD Sukamaju Fulan Hidayat, ..." where the story also writes "di Sukamaju" names the
    region in one word, and the words after it are the holder's name, not more of the region."""
    first, second = tokens[start].folded, tokens[start + 1].folded
    return any(
        t.folded == first and k != start and (k + 1 >= len(tokens) or tokens[k + 1].folded != second)
        for k, t in enumerate(tokens)
    )


def _holder_follows(tokens: list[Token], k: int) -> bool:
    """A comma, then a capitalised word that is no weekday or month ("..., Fulan")."""
    if k >= len(tokens):
        return False
    token = tokens[k]
    return token.gap.strip() == "," and token.capitalised and not is_calendar_word(token.folded)


def region_runs(tokens: list[Token]) -> set[tuple[str, ...]]:
    """Every run of one to three capitalised words written right after a regional body's head.

    After an office a run must look like a region, not a holder (see the module's note).
    """
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
        held = _after_office(tokens, k)
        end = start
        while end < len(tokens) and end - start < _LONGEST_REGION:
            nxt = tokens[end]
            if not nxt.text[:1].isupper() or nxt.gap != " ":
                break
            if not held or _region_after_office(tokens, start, end + 1):
                runs.add(tuple(t.folded for t in tokens[start : end + 1]))
            end += 1
    return runs


def regions_as_places(tokens: list[Token], candidates: list[Candidate]) -> None:
    """Retypes as places the person candidates the article also writes after a regional body's head."""
    persons = [c for c in candidates if c.type is EntityType.PERSON]
    if not persons:
        return
    runs = region_runs(tokens)
    if not runs:
        return
    for c in persons:
        if tuple(t.folded for t in tokens[c.first : c.last + 1]) in runs:
            c.type, c.cue = EntityType.PLACE, "region"
