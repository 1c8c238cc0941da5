"""Two names joined by a hyphen and nothing else name no one person.

"Contoh-Badu" written alone is a ticket of two candidates, a route or a toll segment between two
towns, or an airport named after two figures; a person's hyphenated given name ("Jean-Pierre")
comes with a family name or a lower-case second part ("Bo-sung"). Counted over every read set: no
gold person is written so, and every such person found was one of these.
"""

from __future__ import annotations

import re

from kutip.index.models import Entity, EntityType

__all__ = ["drop_hyphen_pairs"]

_PAIR = re.compile(r"[A-Z][\w'’]+-[A-Z][\w'’]+")


def drop_hyphen_pairs(entities: list[Entity]) -> list[Entity]:
    """The entities but persons named only "A-B", two capitalised names and a hyphen."""
    return [e for e in entities if not (e.type is EntityType.PERSON and _PAIR.fullmatch(e.name.strip()))]
