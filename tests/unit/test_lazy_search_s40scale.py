"""The search engine is opened on first use, so Whoosh is not imported to list an archive (session 40).

The reader's first paint reads only SQLite (the list's first rows, whether the archive needs a
rebuild), as do ``quotes``, ``statements`` and ``entities``; opening the archive used to open the
engine, importing Whoosh (a tenth of a second of CPU, more under load) before any of them.
"""

from __future__ import annotations

import threading
from pathlib import Path

from kutip.index.archive.writing import search_format
from kutip.index.facade import Archive
from kutip.index.search.whoosh_engine.schema import SCHEMA_VERSION
from tests.articles import write_corpus


def _built(tmp_path: Path) -> Path:
    folder = write_corpus(tmp_path / "corpus")["banjir"].parent
    archive = Archive.open(tmp_path / "ix")
    archive.index([folder])
    archive.close()
    return tmp_path / "ix"


def test_listing_an_archive_leaves_its_engine_unopened(tmp_path: Path) -> None:
    """Whether Whoosh is imported at all also depends on what the facade's modules import; the
    archive's part is to open no engine until a search, a write or ``damage`` asks for one."""
    archive = Archive.open(_built(tmp_path))
    assert not archive.needs_rebuild and archive.count() == 3
    assert len(archive.first_summaries(10)) == 3 and len(archive.summaries()) == 3
    assert not archive._search_opened
    assert not archive.damage  # asking for the damage opens the engine
    assert archive._search_opened
    archive.close()


def test_the_search_format_is_read_without_importing_the_schema() -> None:
    assert search_format() == SCHEMA_VERSION


def test_threads_asking_at_once_share_one_engine(tmp_path: Path) -> None:
    archive = Archive.open(_built(tmp_path))
    engines: list[object] = []
    threads = [threading.Thread(target=lambda: engines.append(archive._search)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(engines) == 4 and all(engine is engines[0] for engine in engines)
    assert len(archive.search("banjir")) == 1
    archive.close()
