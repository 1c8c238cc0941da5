"""A village named after its head's title, its head named beside it: "Fulan Badu, mantan Lurah Sukamaju".

Villages and wards are in no gazetteer, so the capitalised words after a village head's title
(``gazetteer/village_heads.txt``) read as the holder's name. Where a person of the article stands in
apposition to that title (before it: "Fulan Badu, Lurah Sukamaju", "Fulan Badu selaku Kades
Sukamaju"; or after the words: "Kepala Desa Sukamaju, Fulan Badu,"), the holder is that person
and the words are the place: a person every mention of which is so written becomes a place.
"""

from __future__ import annotations

import re
from functools import cache

from kutip.index.entities.features import first_names
from kutip.index.language import fold, lines, phrase_alternatives, words
from kutip.index.models import Entity, EntityType, Mention

__all__ = ["villages_after_heads"]

_FORMER = r"(?:(?:mantan|eks|bekas|former)\s+)?"
_BETWEEN_BEFORE = re.compile(r"(?:,|\s+selaku|\s+sebagai)\s*$", re.IGNORECASE)  # "Fulan Badu, Lurah"
_BETWEEN_AFTER = re.compile(r"\s*,\s+")  # "Lurah Sukamaju, Fulan Badu"
_WINDOW = 60  # characters read before a mention for its title and the person before it


@cache
def _title_before() -> re.Pattern[str]:
    alternatives = phrase_alternatives(lines("gazetteer/village_heads.txt"))
    return re.compile(rf"(?:^|\W){_FORMER}(?:{alternatives})\s+$", re.IGNORECASE)


def _head_named_beside(body: str, mention: Mention, own: int, at: dict[int, int], given: bool) -> bool:
    """Whether ``mention`` follows a village head's title with another person in apposition.

    ``at`` maps where a person's mention starts and (negated, less one) ends to that person."""
    before = body[max(0, mention.start - _WINDOW) : mention.start]
    found = _title_before().search(before)
    if found is None:
        return False
    title_at = mention.start - len(before) + found.start()  # the mark or space before the title
    between = _BETWEEN_BEFORE.search(body[max(0, title_at - _WINDOW) : title_at + 1])
    if between is not None:
        end = title_at + 1 - (len(between.group(0)))
        if at.get(-end - 1, own) != own:
            return True
    if given:  # "Kades Fulan Badu, Sari Dewi": a given name opening the words makes them the holder
        return False
    after = _BETWEEN_AFTER.match(body, mention.end)
    return after is not None and at.get(after.end(), own) != own


def villages_after_heads(entities: list[Entity], body: str) -> list[Entity]:
    """``entities`` with each person written only after a village head's title, its holder named
    beside it, read as a place."""
    persons = [e for e in entities if e.type is EntityType.PERSON]
    at: dict[int, int] = {}
    for n, person in enumerate(persons):
        for m in person.mentions:
            at[m.start] = n
            at[-m.end - 1] = n
    for n, entity in enumerate(persons):
        parts = words(entity.name)
        given = bool(parts) and fold(parts[0]) in first_names()
        if entity.mentions and all(_head_named_beside(body, m, n, at, given) for m in entity.mentions):
            entity.type = EntityType.PLACE
    return entities
