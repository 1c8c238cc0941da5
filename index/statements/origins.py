"""Where a person comes from, as the article writes it, for descriptions by a place.

News writes a person's country next to the name (``American Fulan Hidayat``, ``Indonesia's Fulan``,
``Fulan of Canada``) and later describes them by a place in it (``the Texas native said``).
``data/people/origins.tsv`` gives each country's words and the places of the world inside it; a
description by a place points to the person whose written origin is that place or its country.
"""

from __future__ import annotations

import re
from functools import cache

from ..entities.lexicon import lexicon as entity_lexicon
from ..language import fold, is_world_place, lines
from ..language.places import world_place_groups
from .people import known_place

__all__ = ["description_origins", "origin_at", "origin_word"]

_TABLE = "people/origins.tsv"
_MOST_PLACE_WORDS = 3
_CAP_RUN = r"[A-Z][\w.]*(?:[ \u00a0][A-Z][\w.]*){0,2}"
_POSSESSIVE = re.compile(rf"({_CAP_RUN})['’]s?[ \u00a0]+\Z")  # "Indonesia's Fulan", "Texas' Fulan"
_OF_PLACE = re.compile(rf"\A,?[ \u00a0]+(?:of|from)[ \u00a0]+({_CAP_RUN})")  # "Fulan of Canada"
_IN_BRACKETS = re.compile(rf"\A[ \u00a0]*\(({_CAP_RUN})\)")  # "Fulan (Canada)"


@cache
def _countries() -> dict[str, frozenset[str]]:
    """Every country word and every place inside a country, folded, to all of that country's words."""
    world = world_place_groups()
    found: dict[str, frozenset[str]] = {}
    for line in lines(_TABLE):
        words_cell, _tab, places_cell = line.partition("\t")
        words = frozenset(fold(w.strip()) for w in words_cell.split(",") if w.strip())
        places: list[str] = []
        for place in (p.strip() for p in places_cell.split(",")):
            places.extend(world.get(place[1:], []) if place.startswith("@") else [place] if place else [])
        for key in (*words, *(fold(p) for p in places)):
            found[key] = words
    return found


def _is_origin(phrase: str) -> bool:
    folded = fold(phrase)
    return folded in _countries() or known_place(phrase) or is_world_place(phrase.split())


def origin_words(place: str) -> frozenset[str]:
    """``place`` (folded) and the words of the country that holds it, or that it names."""
    folded = fold(place)
    return frozenset({folded}) | _countries().get(folded, frozenset())


def origin_at(body: str, start: int, end: int) -> str | None:
    """The origin written right next to the name at ``body[start:end]``, folded: a nationality
    adjective or a place's possessive before it, ``of``/``from`` a place or a bracketed place after."""
    head = body[max(0, start - 40) : start]
    m = _POSSESSIVE.search(head)
    if m and _is_origin(m.group(1)):
        return fold(m.group(1))
    before = head.split()[-2:]
    for n in (2, 1):
        words = before[-n:]
        key = tuple(fold(w) for w in words)
        if len(words) == n and all(w[:1].isupper() for w in words) and key in entity_lexicon().demonyms:
            return " ".join(key)
    tail = body[end : end + 40]
    m = _OF_PLACE.match(tail) or _IN_BRACKETS.match(tail)
    if m and _is_origin(m.group(1)):
        return fold(m.group(1))
    return None


def description_origins(words: tuple[str, ...]) -> frozenset[str]:
    """The origins a description's folded ``words`` name a place by (``texas native``: Texas and
    the United States' words), empty when it names no place."""
    found: set[str] = set()
    for i in range(len(words)):
        for n in range(min(_MOST_PLACE_WORDS, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n])
            if fold(phrase) in _countries() or is_world_place(words[i : i + n]):
                found |= origin_words(phrase)
                break
    return frozenset(found)


def origin_word(word: str) -> bool:
    """A nationality adjective (``American``) or a place's possessive (``Indonesia's``): a word
    written before a name to say where the person comes from, never a word of the name."""
    if (fold(word),) in entity_lexicon().demonyms:
        return True
    stem = re.sub(r"['’]s?\Z", "", word)
    return stem != word and bool(stem) and _is_origin(stem)
