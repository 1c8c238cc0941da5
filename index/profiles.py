"""A person's or an entity's page: the facts the reader's person page shows, gathered in one call.

The page needs names, outlets, a timeline and the most-reported remarks together; building
them here keeps that domain work out of the reader and behind the façade.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kutip.index import people
from kutip.index.linking import Cluster
from kutip.index.models import EntityType

if TYPE_CHECKING:
    from kutip.index.docstore import DocStore
    from kutip.index.facade import Archive, StatementRow


@dataclass(slots=True)
class Profile:
    """Everything the page shows about one person (or organisation, or place)."""

    name: str
    entity_type: EntityType
    names: list[str] = field(default_factory=list)
    statements: list[StatementRow] = field(default_factory=list)
    outlets: list[tuple[str, int]] = field(default_factory=list)
    months: list[tuple[str, int]] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)


def build_profile(archive: Archive, store: DocStore, name: str, entity_type: EntityType | None) -> Profile:
    """The page for ``name``; a person unless told otherwise."""
    kind = entity_type or EntityType.PERSON
    profile = Profile(name=name, entity_type=kind)
    if kind is not EntityType.PERSON:
        return profile
    profile.names = people.variants(store.connection(), name) or [name]
    profile.statements = archive.statements(speaker=name)
    outlets = Counter(row.article.outlet for row in profile.statements if row.article.outlet)
    profile.outlets = outlets.most_common()
    months = Counter(row.article.date[:7] for row in profile.statements if len(row.article.date) >= 7)
    profile.months = sorted(months.items())
    profile.clusters = archive.clusters(speaker=name)
    return profile
