"""Mentions the recogniser gave a person that are another person's name.

A ticket written bare inside a quotation (``Prabowo Gibran menang``) or as one word
(``Prabowo-Gibran``) may make the recogniser fold one person's short form into the other's
entity: the running mate then owns every ``ucap Prabowo`` of the article. A mention whose words
share none of its entity's name and all stand in exactly one other person's name is that
person's; it moves to them, and the written form goes from the first person's aliases.
"""

from __future__ import annotations

from ..models import Entity, EntityType, Mention

__all__ = ["mentions_to_owners"]


def mentions_to_owners(entities: list[Entity]) -> list[Entity]:
    """``entities`` with every stray person mention moved to its owner (copies of the entities
    that change; the article's own list is left as it is)."""
    people = [e for e in entities if e.type is EntityType.PERSON]
    words = {id(e): {w.casefold() for w in e.name.split()} for e in people}
    moved: dict[int, list[Mention]] = {}
    strays: dict[int, set[int]] = {}
    gone: dict[int, set[str]] = {}
    for ent in people:
        own = words[id(ent)]
        for n, mention in enumerate(ent.mentions):
            written = {w.casefold() for w in mention.text.split()}
            if not written or written & own:
                continue
            owners = [o for o in people if o is not ent and written <= words[id(o)]]
            if len(owners) != 1:
                continue
            moved.setdefault(id(owners[0]), []).append(mention)
            strays.setdefault(id(ent), set()).add(n)
            gone.setdefault(id(ent), set()).add(mention.text)
    if not strays:
        return entities
    out: list[Entity] = []
    for ent in entities:
        key = id(ent)
        if key not in strays and key not in moved:
            out.append(ent)
            continue
        kept = [m for n, m in enumerate(ent.mentions) if n not in strays.get(key, set())]
        mentions = sorted(kept + moved.get(key, []), key=lambda m: m.start)
        if not mentions:
            continue  # every mention was another person's: no one of its own
        aliases = [a for a in ent.aliases if a not in gone.get(key, set())]
        out.append(Entity(ent.name, ent.type, mentions, aliases))
    return out
