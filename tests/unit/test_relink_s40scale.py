"""A change to linking alone relinks the stored statements; it does not re-analyse (session 40).

The analysis version used to cover linking's code, so a linking change re-analysed every article
(an hour at 100k). Linking now has its own version in the archive: the relink drops linking's
tables and links the stored statements in the batches a fresh index commits, in one transaction.
"""

from __future__ import annotations

import ast
import sqlite3
import threading
from pathlib import Path

import pytest

from kutip.index import analysis, indexer_relink
from kutip.index.facade import Archive, sample_corpus_path
from kutip.index.indexer_relink import LINKING_VERSION_KEY, stored_batches

INDEX = Path(analysis.__file__).parent


def _links(archive: Archive) -> list[list[str]]:
    """Every cluster of two or more reports, as its members' ids (the answer a relink must keep)."""
    return sorted(sorted(m.statement_id for m in c.members) for c in archive.clusters(min_articles=2))


def _unlinked_archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Archive:
    """The sample corpus analysed and stored with no links at all, under an older linking version
    (as if an older linker had made other links)."""
    with monkeypatch.context() as patch:
        patch.setattr("kutip.index.indexer.update_links", lambda db, added, removed=(): None)
        archive = Archive.open(tmp_path / "old")
        archive.index([sample_corpus_path()])
    archive._store.set_meta(LINKING_VERSION_KEY, "an-older-linker")
    assert _links(archive) == []
    return archive


def _analysis_forbidden(*args: object, **kwargs: object) -> None:
    raise AssertionError("a linking change must not re-analyse an article")


def test_a_linking_change_relinks_the_stored_statements_as_a_fresh_index_links_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = Archive.open(tmp_path / "fresh")
    fresh.index([sample_corpus_path()])
    expected = _links(fresh)
    assert expected, "the sample corpus has remarks reported by several outlets"

    archive = _unlinked_archive(tmp_path, monkeypatch)
    assert archive.needs_rebuild and not archive._needs_reanalysis
    monkeypatch.setattr("kutip.index.indexer.analyse_file", _analysis_forbidden)
    report = archive.index([sample_corpus_path()])

    assert report.rebuilt and report.relinked == len(
        archive._store.connection().execute("SELECT id FROM statements").fetchall()
    )
    assert (report.added, report.updated) == (0, 0)
    assert _links(archive) == expected
    assert not archive.needs_rebuild
    assert archive._store.meta(LINKING_VERSION_KEY) == analysis.linking_version()
    again = archive.index([sample_corpus_path()])
    assert again.relinked == 0 and not again.rebuilt


def test_an_interrupted_relink_keeps_the_old_links_under_the_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = Archive.open(tmp_path / "fresh")
    fresh.index([sample_corpus_path()])
    linked = _links(fresh)
    fresh._store.set_meta(LINKING_VERSION_KEY, "an-older-linker")
    generation = fresh._store.generation()

    cancel = threading.Event()
    calls: list[int] = []

    def stopped(db: sqlite3.Connection, added: list[str], removed: list[str] = []) -> None:  # noqa: B006
        calls.append(len(added))
        cancel.set()  # Ctrl-C while the first batch is linked: the transaction is rolled back
        db.execute("DELETE FROM link_members")

    monkeypatch.setattr("kutip.index.linking.update_links", stopped)
    monkeypatch.setattr(indexer_relink, "stored_batches", lambda db, files: [(1, 1), (2, 99)])
    report = fresh.index([sample_corpus_path()], cancel=cancel)

    assert report.interrupted and len(calls) == 1
    assert _links(fresh) == linked  # the old links, readable
    assert fresh._store.meta(LINKING_VERSION_KEY) == "an-older-linker"  # so the next run relinks
    assert fresh._store.generation() == generation
    monkeypatch.undo()
    finished = fresh.index([sample_corpus_path()])
    assert finished.relinked and _links(fresh) == linked and not fresh.needs_rebuild


def test_batches_are_cut_by_source_files_as_the_indexer_cuts_them(tmp_path: Path) -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE articles (id TEXT, source TEXT)")
    rows = [("a1", "f1"), ("a2", "f1"), ("a3", "f2"), ("a4", "f3"), ("a5", "f3"), ("a6", "f4")]
    db.executemany("INSERT INTO articles VALUES (?, ?)", rows)
    assert stored_batches(db, 2) == [(1, 3), (4, 6)]
    assert stored_batches(db, 3) == [(1, 5), (6, 6)]
    assert stored_batches(db, 1000) == [(1, 6)]


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_nothing_the_analysers_store_depends_on_linking() -> None:
    """Why a linking change may keep the stored analysis: no analyser imports linking's code."""
    assert "linking" not in analysis._ANALYSERS
    sources = [p for package in analysis._ANALYSERS for p in (INDEX / package).rglob("*.py")]
    sources += [INDEX.joinpath(*module.split("/")) for module in analysis._MODULES]
    assert len(sources) > 50
    for source in sources:
        imported = _imported_modules(source)
        assert not any(m.startswith("kutip.index.linking") for m in imported), source
        assert "kutip.index" not in imported or "kutip.index.linking" not in imported, source


def test_each_stage_has_its_own_version() -> None:
    assert analysis.linking_version() != analysis.analysis_version()
    assert len(analysis.linking_version()) == 12
