"""The open article's entities as the entities pane lists them: grouped by type, most mentioned
first, credited people after the people mentioned, and the people the archive knows as one
person merged into one row under its name."""

from __future__ import annotations

from collections.abc import Mapping

from kutip.index.models import Article, Entity, EntityType

ENTITY_GROUP_ORDER = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)


def entity_groups(
    article: Article, canonical: Mapping[str, str] | None = None
) -> list[tuple[EntityType, list[tuple[Entity, str]]]]:
    """(type, [(entity, credit role or "")]) per type, most mentioned first; credits after people.

    With ``canonical`` (written name -> the archive's name for that person), the people the
    archive knows as one are one row: named canonically, every mention, the article's own
    spellings as its aliases.
    """
    groups: list[tuple[EntityType, list[tuple[Entity, str]]]] = []
    for entity_type in ENTITY_GROUP_ORDER:
        members = [e for e in article.entities if e.type == entity_type]
        if entity_type == EntityType.PERSON and canonical:
            members = merge_people(members, canonical)
        members.sort(key=lambda e: (-len(e.mentions), e.name.casefold()))
        rows: list[tuple[Entity, str]] = [(entity, "") for entity in members]
        if entity_type == EntityType.PERSON:
            known = {entity.name for entity in members} | {a for e in members for a in e.aliases}
            rows += [
                (Entity(c.name, EntityType.PERSON), c.role) for c in article.credits if c.name not in known
            ]
        if rows:
            groups.append((entity_type, rows))
    return groups


def merge_people(persons: list[Entity], canonical: Mapping[str, str]) -> list[Entity]:
    """One entity per person the archive knows, under its canonical name, with the article's spellings.

    A canonical name shorter than the article's own is not shown instead of it (the archive's
    key drops words the article wrote as part of the name), as in the statements' speakers.
    """
    grouped: dict[str, list[Entity]] = {}
    for entity in persons:
        grouped.setdefault(canonical.get(entity.name, entity.name), []).append(entity)
    merged = []
    for name, members in grouped.items():
        if len(members) == 1 and len(name.split()) < len(members[0].name.split()):
            merged.append(members[0])
            continue
        fullest = max(members, key=lambda e: (len(e.name.split()), len(e.mentions)))
        shown = name if len(name.split()) >= len(fullest.name.split()) else fullest.name
        mentions = sorted((m for e in members for m in e.mentions), key=lambda m: (m.start, m.end))
        spellings = [e.name for e in members if e.name != shown]
        if spellings or shown != members[0].name:
            merged.append(Entity(shown, EntityType.PERSON, mentions, list(dict.fromkeys(spellings))))
        else:
            merged.append(members[0])
    return merged
