"""Villages and neighbourhoods read as persons: "warga Sukamaju", "Nagari Koto Baru", "dari A hingga B".

No gazetteer holds a village's name, and two capitalised words look like a person's. The words
around it tell (``gazetteer/local_place_cues.txt``): a resident's or a visit's word right before it
("warga Sukamaju", "kunjungan ke Sukamaju"), a village kind opening it ("Nagari Koto Baru"), or a
range of places it is an item of ("dari Sukamaju, Sukamulya, hingga Bukit Indah" with a place
among the items). A person every mention of which is so written is a place.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from kutip.index.language import fold, phrase_alternatives, sections, words
from kutip.index.models import Entity, EntityType, Mention

__all__ = ["local_places"]

_CUES = "gazetteer/local_place_cues.txt"
_WINDOW = 40  # characters read before a mention for a cue
_ITEM = r"[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,3}"
_LINK = r"(?:,\s(?:hingga|sampai|dan)\s|,\s|\s(?:hingga|sampai|dan)\s)"
_RANGE = re.compile(rf"\bdari\s({_ITEM}(?:{_LINK}{_ITEM})+)")  # "dari A, B, hingga C"
_RANGE_END = re.compile(r"\b(?:hingga|sampai)\b")
# "Warga Badu Santoso mengatakan ...": a sentence that opens on "Warga" names a resident, not a place
_SENTENCE_WARGA = re.compile(r"(?:^|[.!?\n]\s*)Warga\s$")


@cache
def _before() -> re.Pattern[str]:
    alternatives = phrase_alternatives(sections(_CUES).get("before", []))
    return re.compile(rf"(?:^|[^\w,])(?:{alternatives})\s$", re.IGNORECASE)


@cache
def _heads() -> frozenset[str]:
    return frozenset(fold(w) for w in sections(_CUES).get("heads", []))


def _ranges(body: str, places: list[int]) -> list[tuple[int, int]]:
    """Spans of "dari A, B, hingga C" ranges one item of which is a known place (``places``: the
    starts of the places' mentions, sorted), in text order."""
    found: list[tuple[int, int]] = []
    for match in _RANGE.finditer(body):
        start, end = match.span(1)
        k = bisect_left(places, start)
        if _RANGE_END.search(match.group(1)) and k < len(places) and places[k] < end:
            found.append((start, end))
    return found


def _local(body: str, entity: Entity, mention: Mention, ranges: list[tuple[int, int]]) -> bool:
    if fold(words(entity.name)[0]) in _heads():
        return True
    before = body[max(0, mention.start - _WINDOW) : mention.start]
    if _before().search(before) and not _SENTENCE_WARGA.search(before):
        return True
    k = bisect_right(ranges, (mention.start, len(body))) - 1  # the last range opening at or before it
    return k >= 0 and mention.end <= ranges[k][1]


def local_places(entities: list[Entity], body: str) -> list[Entity]:
    """``entities`` with each person every mention of which is a local place's written as one."""
    places = sorted(m.start for e in entities if e.type is EntityType.PLACE for m in e.mentions)
    ranges = _ranges(body, places)
    for entity in entities:
        if entity.type is not EntityType.PERSON or not entity.mentions or not words(entity.name):
            continue
        if all(_local(body, entity, m, ranges) for m in entity.mentions):
            entity.type = EntityType.PLACE
    return entities
