"""Two names joined by a hyphen and nothing else name no one person.

"Contoh-Badu" written alone is a ticket of two candidates, a route or a toll segment between two
towns, or an airport named after two figures; a person's hyphenated given name ("Jean-Pierre")
comes with a family name or a lower-case second part ("Bo-sung"). Counted over every read set: no
gold person is written so, and every such person found was one of these.
"""

from __future__ import annotations

import re

from kutip.index.models import Entity, EntityType

__all__ = ["drop_hyphen_pairs", "retype_dashed_ends"]

_PAIR = re.compile(r"[A-Z][\w'’]+-[A-Z][\w'’]+")
_DASHES = "-–—"


def drop_hyphen_pairs(entities: list[Entity]) -> list[Entity]:
    """The entities but persons named only "A-B", two capitalised names and a hyphen."""
    return [e for e in entities if not (e.type is EntityType.PERSON and _PAIR.fullmatch(e.name.strip()))]


def retype_dashed_ends(entities: list[Entity], body: str) -> list[Entity]:
    """A one-word person always glued by a dash to a place or an organisation is of its kind.

    "segmen Contoh-Badu", "rute Contoh–Badu", "grup Contoh-Badu's": the two ends of a route, a toll
    segment or a joint firm are of one kind, so the end the rules and the tagger read as a name
    ("Badu") is the same kind of thing as the named end. A person's hyphenated name pairs two name
    words, never a place's or a firm's.
    """
    starts: dict[int, EntityType] = {}
    ends: dict[int, EntityType] = {}
    for e in entities:
        if e.type in (EntityType.PLACE, EntityType.ORGANIZATION):
            for m in e.mentions:
                starts[m.start] = ends[m.end] = e.type
    for e in entities:
        if e.type is not EntityType.PERSON or len(e.name.split()) != 1 or not e.mentions:
            continue
        kinds = [_dashed_kind(m.start, m.end, body, starts, ends) for m in e.mentions]
        if all(kinds):
            e.type = kinds[0] or e.type
    return entities


def _dashed_kind(
    start: int, end: int, body: str, starts: dict[int, EntityType], ends: dict[int, EntityType]
) -> EntityType | None:
    """The kind of the place or organisation glued to ``body[start:end]`` by a dash, if any."""
    if start > 0 and body[start - 1] in _DASHES and (kind := ends.get(start - 1)) is not None:
        return kind
    if end < len(body) and body[end] in _DASHES:
        return starts.get(end + 1)
    return None
