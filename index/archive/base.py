"""What every part of the archive holds: its folder, document store and search engine."""

from __future__ import annotations

from pathlib import Path

from kutip.index.docstore import DocStore
from kutip.index.integrity import ArchiveError
from kutip.index.search.engine import SearchEngine
from kutip.index.search.whoosh_engine.engine import WhooshEngine


class ArchiveBase:
    def __init__(
        self, location: Path, store: DocStore, search: WhooshEngine | None, damage: str = ""
    ) -> None:
        self.location = location
        self._store = store
        self._searchindex = search
        self.damage = damage  # one line: what is damaged and how to repair it; "" when sound

    @property
    def _search(self) -> WhooshEngine:
        if self._searchindex is None:
            raise ArchiveError(self.damage)
        return self._searchindex

    @property
    def _engine(self) -> SearchEngine:
        """The engine, seen through the protocol: all that searching may use."""
        return self._search
