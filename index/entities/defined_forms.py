"""A short form the article defines in brackets takes the type of the name it stands for.

News defines a body's short form once, in brackets right after its full name ("Direktorat
Jenderal Contoh Darat (Ditjen Cotdat)", "the Contoh Retailers Association (Acoret)"), and then
writes the short form alone. Alone, and one word, the short form looks like a person's name (it
opens clauses, it follows "said"), so a person the rules found under it is the organisation
itself. A person defined after a person ("Joko Widodo (Jokowi)") is untouched: only an
organisation's name right before the bracket retypes it.
"""

from __future__ import annotations

import re

from kutip.index.models import Entity, EntityType

__all__ = ["retype_defined_short_forms"]


def retype_defined_short_forms(entities: list[Entity], body: str) -> list[Entity]:
    """Persons of one word that a bracket right after an organisation's name defines become organisations,
    as do those written in brackets after a body's short head ("(Ditjen Cotdat)")."""
    ends = {m.end for e in entities if e.type is EntityType.ORGANIZATION for m in e.mentions}
    if not ends:
        return entities
    for entity in entities:
        name = entity.name.strip()
        if (
            entity.type is EntityType.PERSON
            and name
            and " " not in name
            and _defined_after_body(body, name, ends)
        ):
            entity.type = EntityType.ORGANIZATION
    return entities


def _defined_after_body(body: str, name: str, ends: set[int]) -> bool:
    """Whether ``name`` stands alone in a bracket that opens right after an organisation's name, or in one
    that opens with an organisation's head ("(Ditjen X)")."""
    for match in re.finditer(
        r"(?P<open>\s*\(\s*)(?:(?P<head>[A-Z][\w-]*)\s+)?" + re.escape(name) + r"\s*\)", body
    ):
        if match["head"] is not None and match.end("head") in ends:
            return True
        if match["head"] is None and match.start("open") in ends:
            return True
    return False
