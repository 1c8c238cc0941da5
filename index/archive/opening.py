"""Opening an archive (creating it when new) and repairing a damaged one."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kutip.index.analysis import linking_version
from kutip.index.archive.base import UNOPENED
from kutip.index.archive.guard import LOCK_FILE, SEARCH_DIR, STORE_FILE, reported
from kutip.index.archive.writing import filesystem_path, index_version
from kutip.index.docstore import DocStore
from kutip.index.indexer_relink import LINKING_VERSION_KEY
from kutip.index.integrity import (
    REBUILD_HINT,
    ArchiveError,
    busy_store,
    damaged_search,
    disk_full,
    is_busy,
    is_disk_full,
    one_line,
    salvage_sources,
    store_damage,
)
from kutip.index.locations import default_location
from kutip.index.lock import WriterLock, create_once
from kutip.index.progress import IndexProgress, IndexReport
from kutip.index.search.engine import SearchDamaged

if TYPE_CHECKING:
    from kutip.index.search.whoosh_engine.engine import WhooshEngine

Opened = tuple[Path, DocStore, object, str]


class _Repairable(Protocol):
    def rebuild_search(self, progress: Callable[[IndexProgress], None] | None = None) -> int: ...

    def index(
        self, paths: list[Path], *, progress: Callable[[IndexProgress], None] | None = None
    ) -> IndexReport: ...

    def close(self) -> None: ...


def open_parts(location: Path | None) -> Opened:
    """The folder and store of an archive (creating it when new), its engine left to be opened
    on first use (:class:`~kutip.index.archive.base.ArchiveBase`), and no damage known yet.
    Raises :class:`ArchiveError` when the document store itself cannot be read."""
    location = (location or default_location()).expanduser()
    store_path = location / STORE_FILE
    with _said_in_one_line(location):
        location.mkdir(parents=True, exist_ok=True)
        problem = store_damage(store_path)
        if problem:
            raise ArchiveError(f"{problem}; {REBUILD_HINT}")
        store = DocStore(store_path)
        store.check()
    if not store.meta("version"):
        with contextlib.suppress(sqlite3.OperationalError):  # a full disk: reading still works
            store.set_meta("version", index_version())
            if not store.count():  # a new archive: linked by this version from its first article
                store.set_meta(LINKING_VERSION_KEY, linking_version())
    return location, store, UNOPENED, ""


def open_search(location: Path, store: DocStore, locked: bool = False) -> tuple[WhooshEngine | None, str]:
    """The archive's engine (created when new: under the writer lock, which ``locked`` says the
    caller holds already), or None with one line saying what is damaged."""
    with _said_in_one_line(location):
        return _open_search(location, store, locked)


@contextlib.contextmanager
def _said_in_one_line(location: Path) -> Iterator[None]:
    """A store or engine that cannot be opened raises :class:`ArchiveError` saying why in one line
    (damage and its repair, a full disk, the system's reason), never a traceback."""
    try:
        yield
    except sqlite3.DatabaseError as error:
        raise reported(error, location) from None
    except OSError as error:
        if is_disk_full(error):
            raise disk_full(location) from None
        raise ArchiveError(f"cannot open the archive at {location}: {error.strerror or error}") from None


def _open_search(location: Path, store: DocStore, locked: bool) -> tuple[WhooshEngine | None, str]:
    from kutip.index.search.whoosh_engine.engine import WhooshEngine  # Whoosh: on first use only
    from kutip.index.search.whoosh_engine.store import exists as search_exists

    directory = location / SEARCH_DIR
    if not search_exists(directory):
        articles = store.count()
        if articles:
            reason = f"missing ({articles:,} articles have no search entries)"
            return None, damaged_search(directory, reason)
        if not locked:  # else the engine below creates it, under the caller's lock
            lock = location / LOCK_FILE
            create_once(lock, lambda: search_exists(directory), lambda: WhooshEngine(directory))
    try:
        search = WhooshEngine(directory, known_stems=store.stems)
        search.check()
    except SearchDamaged as error:
        return None, damaged_search(directory, str(error))
    return search, ""


def repair(
    location: Path | None,
    progress: Callable[[IndexProgress], None] | None,
    open_archive: Callable[[Path], _Repairable],
) -> str:
    """Rebuild what is damaged; one line says what was done. ``kutip index --rebuild``.

    A sound document store rebuilds the search index from its articles (no re-analysis);
    a damaged one is kept aside and its recorded files are indexed again.
    """
    location = (location or default_location()).expanduser()
    lock_path = location / LOCK_FILE
    if lock_path.is_dir():
        try:
            lock_path.rmdir()
        except OSError:
            raise ArchiveError(f"the lock file {lock_path} is a folder with files in it: remove it") from None
    store_path = location / STORE_FILE
    with WriterLock(lock_path):
        try:
            problem = store_damage(store_path)
            if not problem:
                store = DocStore(store_path)
                try:
                    problem = store.thorough_check()
                finally:
                    store.close()
        except sqlite3.DatabaseError as error:
            if is_busy(error):  # a lock is no damage: the store must not be set aside
                raise busy_store(store_path) from None
            problem = one_line(error)
        if problem:
            sources = salvage_sources(store_path)
            kept = store_path.with_name(f"{STORE_FILE}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
            store_path.rename(kept)
            for suffix in ("-wal", "-shm"):
                Path(f"{store_path}{suffix}").unlink(missing_ok=True)
            shutil.rmtree(location / SEARCH_DIR, ignore_errors=True)
    archive = open_archive(location)
    try:
        if not problem:
            count = archive.rebuild_search(progress)
            return f"rebuilt the search index from the document store: {count:,} articles"
        found = [filesystem_path(p) for p in sources if filesystem_path(p).exists()]
        report = archive.index(found, progress=progress)
    finally:
        archive.close()
    again = f"{report.added:,} of the {len(sources):,} files it recorded indexed again"
    if not sources:
        again = "the files it recorded could not be read back: run `kutip index` on your folders again"
    return f"the document store was damaged (kept as {kept.name}); {again}"
