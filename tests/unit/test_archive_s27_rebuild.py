"""An interrupted rebuild keeps every article searchable (crash safety, session 27).

A newer kutip opening an archive re-analyses it (another analysis) or re-indexes it from the store
(another search format). Either used to start by emptying the search index, so Ctrl-C or a crash
during the rebuild left an archive whose articles listed but whose searches found nothing.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from kutip.index.analysis import analysis_version
from kutip.index.archive import writing
from kutip.index.facade import Archive
from kutip.index.progress import IndexProgress
from kutip.index.search.whoosh_engine.schema import SCHEMA_VERSION
from tests.articles import write_corpus


def _built(tmp_path: Path) -> tuple[Archive, Path]:
    folder = write_corpus(tmp_path / "corpus")["banjir"].parent
    archive = Archive.open(tmp_path / "ix")
    archive.index([folder])
    return archive, folder


def _found(archive: Archive, query: str) -> set[str]:
    return {Path(hit.summary.path).stem for hit in archive.search(query)}


def test_an_interrupted_reanalysis_leaves_the_old_documents_searchable(tmp_path: Path) -> None:
    archive, folder = _built(tmp_path)
    archive._store.set_meta("version", f"{SCHEMA_VERSION}.older-analysis")
    cancel = threading.Event()
    cancel.set()  # Ctrl-C before the first file is read again

    report = archive.index([folder], cancel=cancel)

    assert report.interrupted and archive.needs_rebuild  # the next run finishes the work
    assert _found(archive, "perahu") == {"banjir"}
    assert _found(archive, "title:rail") == {"transit"}
    finished = archive.index([folder])
    assert finished.rebuilt and not archive.needs_rebuild
    assert _found(archive, "perahu") == {"banjir"}


def test_an_interrupted_search_rebuild_keeps_the_live_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive, folder = _built(tmp_path)
    archive._store.set_meta("version", f"{SCHEMA_VERSION - 1}.{analysis_version()}")
    monkeypatch.setattr(writing, "REBUILD_CHUNK", 1)

    def interrupt(_: IndexProgress) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        archive.index([folder], progress=interrupt)  # stopped after the first of three articles

    assert _found(archive, "perahu") == {"banjir"}
    assert _found(archive, "title:rail") == {"transit"}
    assert not (archive.location / (writing.SEARCH_DIR + writing.REBUILDING)).exists()
    report = archive.index([folder])
    assert report.rebuilt and not archive.needs_rebuild
    assert (report.added, report.updated, report.unchanged) == (0, 0, 3)
    assert _found(archive, "title:rail") == {"transit"}
    assert sorted(p.name for p in archive.location.iterdir() if p.name.startswith(writing.SEARCH_DIR)) == [
        writing.SEARCH_DIR
    ]


def test_a_new_analysis_and_search_format_together_keep_searches_whole(tmp_path: Path) -> None:
    archive, folder = _built(tmp_path)
    archive._store.set_meta("version", f"{SCHEMA_VERSION - 1}.older-analysis")
    cancel = threading.Event()
    cancel.set()

    report = archive.index([folder], cancel=cancel)  # the format is rebuilt first, then analysis stops

    assert report.interrupted and archive.needs_rebuild
    assert _found(archive, "perahu") == {"banjir"}
    finished = archive.index([folder])
    assert finished.rebuilt and not archive.needs_rebuild
    assert _found(archive, "title:rail") == {"transit"}
