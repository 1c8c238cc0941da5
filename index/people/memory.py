"""The people tables for a set of articles held in memory, without an archive.

Tests and one-off checks build a :class:`PeopleIndex` from articles and ask it the same
questions as the archive: the answers come from the very same code, run on an in-memory
SQLite database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from kutip.index.models import Article
from kutip.index.people.lookup import canonical, resolve_role, variants
from kutip.index.people.update import update_people

__all__ = ["PeopleIndex"]


class PeopleIndex:
    """Who is who across some articles; ``add``/``remove`` keep it current."""

    def __init__(self) -> None:
        self.db = sqlite3.connect(":memory:")

    @classmethod
    def from_articles(cls, articles: Iterable[Article]) -> PeopleIndex:
        index = cls()
        index.add(list(articles))
        return index

    def add(self, articles: Sequence[Article]) -> None:
        with self.db:
            update_people(self.db, articles, [])

    def remove(self, article_ids: Sequence[str]) -> None:
        with self.db:
            update_people(self.db, [], article_ids)

    def canonical(self, name: str) -> str:
        return canonical(self.db, name)

    def variants(self, name: str) -> list[str]:
        return variants(self.db, name)

    def resolve_role(self, role: str, date: str) -> str | None:
        return resolve_role(self.db, role, date)

    def persons(self) -> dict[str, list[str]]:
        """Canonical person -> the stored names of two or more words that are that person."""
        grouped: dict[str, list[str]] = {}
        for name, display in self.db.execute(
            "SELECT person_name, display FROM people_names WHERE words > 1 ORDER BY person_name, display"
        ):
            grouped.setdefault(name, []).append(display)
        return grouped
