"""What every part of the archive holds: its folder, document store and search engine.

The search engine is opened on first use, not with the archive: opening it imports Whoosh (a
tenth of a second of CPU and more under load), which the reader's first paint and every command
that reads only the store (``quotes``, ``statements``, ``entities``) never need. Whatever first
asks for the engine or for :attr:`ArchiveBase.damage` opens it, under a lock (the reader asks
from several threads).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from kutip.index.docstore import DocStore
from kutip.index.integrity import ArchiveError
from kutip.index.search.engine import SearchEngine

if TYPE_CHECKING:
    from kutip.index.search.whoosh_engine.engine import WhooshEngine

UNOPENED = object()  # the engine not yet asked for


class ArchiveBase:
    def __init__(
        self,
        location: Path,
        store: DocStore,
        search: WhooshEngine | object | None = UNOPENED,
        damage: str = "",
    ) -> None:
        self.location = location
        self._store = store
        self._engine_slot: WhooshEngine | object | None = search
        self._damage = damage  # one line: what is damaged and how to repair it; "" when sound
        self._opening = threading.Lock()

    def _opened(self, locked: bool = False) -> WhooshEngine | None:
        """The engine (opened now if it was not yet); None when damaged or missing. ``locked``: the
        caller holds the writer lock (a new archive's engine is then created without taking it)."""
        slot = self._engine_slot
        if slot is UNOPENED:
            with self._opening:
                if self._engine_slot is UNOPENED:
                    from kutip.index.archive.opening import open_search

                    self._engine_slot, damage = open_search(self.location, self._store, locked)
                    self._damage = self._damage or damage
                slot = self._engine_slot
        return slot  # type: ignore[return-value]

    @property
    def _searchindex(self) -> WhooshEngine | None:
        return self._opened()

    @_searchindex.setter
    def _searchindex(self, engine: WhooshEngine | None) -> None:
        self._engine_slot = engine

    @property
    def _search_opened(self) -> bool:
        """Whether the engine was asked for already (closing need not open it)."""
        return self._engine_slot is not UNOPENED

    @property
    def damage(self) -> str:
        """One line: what is damaged and how to repair it; "" when sound (opens the engine to know)."""
        self._opened()
        return self._damage

    @damage.setter
    def damage(self, value: str) -> None:
        self._damage = value

    @property
    def _search(self) -> WhooshEngine:
        engine = self._opened()
        if engine is None:
            raise ArchiveError(self._damage)
        return engine

    @property
    def _engine(self) -> SearchEngine:
        """The engine, seen through the protocol: all that searching may use."""
        return self._search
