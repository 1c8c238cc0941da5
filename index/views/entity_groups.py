"""The open article's entities as the entities pane lists them: grouped by type, most mentioned
first, credited people after the people mentioned, and the people the archive knows as one
person merged into one row under its name."""

from __future__ import annotations

from collections.abc import Mapping

from kutip.index.models import Article, Entity, EntityType, person_forms
from kutip.index.people.same_person import one_per_person

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
            known = person_forms(members) | person_forms(article.entities)
            rows += [
                (Entity(c.name, EntityType.PERSON), c.role) for c in article.credits if c.name not in known
            ]
        if rows:
            groups.append((entity_type, rows))
    return groups


def merge_people(persons: list[Entity], canonical: Mapping[str, str]) -> list[Entity]:
    """One entity per person the archive knows (see :func:`kutip.index.people.one_per_person`,
    the one rule `kutip entities` and the speakers follow too)."""
    return one_per_person(persons, canonical)
