"""A damaged archive: one line says what is damaged, `kutip index --rebuild` repairs it."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kutip.index.docstore import DocStore
from kutip.index.facade import Archive, ArchiveError
from kutip.index.integrity import salvage_sources
from tests.articles import write_corpus


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    corpus = write_corpus(tmp_path / "corpus")["banjir"].parent
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    archive.close()
    return tmp_path / "ix", corpus


def _one_line_error(location: Path, *command: str) -> str:
    """Run the CLI; it must fail with one line on stderr and no traceback."""
    done = subprocess.run(
        [sys.executable, "-m", "kutip.tui.cli", "--index", str(location), *command],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode != 0
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    return lines[0]


def _assert_repaired(location: Path) -> None:
    message = Archive.repair(location)
    assert "rebuilt" in message or "indexed again" in message
    archive = Archive.open(location)
    assert archive.damage == ""
    assert {Path(h.summary.path).stem for h in archive.search("banjir")} == {"banjir"}
    archive.close()


def _toc(location: Path) -> Path:
    return next((location / "whoosh").glob("_kutip_*.toc"))


def test_garbled_toc_is_reported_then_repaired(built: tuple[Path, Path]) -> None:
    location, _ = built
    toc = _toc(location)
    toc.write_bytes(b"\x80\x04garbage" + os.urandom(64))
    archive = Archive.open(location)
    assert "search index" in archive.damage and "--rebuild" in archive.damage
    assert len(archive.summaries()) == 3  # reading the list still works
    with pytest.raises(ArchiveError, match="--rebuild"):
        archive.search("banjir")
    archive.close()
    assert "search index" in _one_line_error(location, "search", "banjir")
    _assert_repaired(location)


def test_truncated_toc_is_reported(built: tuple[Path, Path]) -> None:
    location, _ = built
    toc = _toc(location)
    toc.write_bytes(toc.read_bytes()[: toc.stat().st_size // 2])
    assert "search index" in Archive.open(location).damage
    _assert_repaired(location)


def test_truncated_segment_is_reported(built: tuple[Path, Path]) -> None:
    location, _ = built
    for segment in (location / "whoosh").glob("*.seg"):
        segment.write_bytes(segment.read_bytes()[: segment.stat().st_size // 3])
    archive = Archive.open(location)
    if not archive.damage:  # damage the directory did not show surfaces at the first query
        with pytest.raises(ArchiveError, match="--rebuild"):
            archive.search("banjir")
    archive.close()
    _assert_repaired(location)


def test_deleted_search_index_is_reported_and_index_rebuilds_it(built: tuple[Path, Path]) -> None:
    location, corpus = built
    for path in sorted((location / "whoosh").iterdir()):
        path.unlink()
    archive = Archive.open(location)
    assert "missing" in archive.damage
    with pytest.raises(ArchiveError, match="missing"):
        archive.search("banjir")
    report = archive.index([corpus])  # a plain `kutip index` rebuilds it from the store
    assert report.unchanged == 3
    assert archive.damage == "" and len(archive.search("banjir")) == 1
    archive.close()


def test_damaged_sqlite_file_is_reported_then_rebuilt_from_files(built: tuple[Path, Path]) -> None:
    location, _ = built
    store = location / "kutip.sqlite3"
    db = sqlite3.connect(store)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(store.read_bytes())
    data[:16] = b"not a database!!"
    store.write_bytes(bytes(data))
    with pytest.raises(ArchiveError, match=r"document store.*--rebuild"):
        Archive.open(location)
    assert "document store" in _one_line_error(location, "quotes")
    message = Archive.repair(location)
    assert "kept as kutip.sqlite3.damaged-" in message
    Archive.open(location).close()  # opens again (the recorded files could not be salvaged)


def test_garbled_sqlite_pages_are_reported(built: tuple[Path, Path]) -> None:
    location, corpus = built
    store = location / "kutip.sqlite3"
    db = sqlite3.connect(store)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(store.read_bytes())
    for start in range(4096, len(data), 4096):  # every page after the first
        data[start : start + 64] = os.urandom(64)
    store.write_bytes(bytes(data))
    with pytest.raises(ArchiveError, match="document store"):
        archive = Archive.open(location)
        archive.summaries()
        archive.search("banjir")
    assert "kept as kutip.sqlite3.damaged-" in Archive.repair(location)
    archive = Archive.open(location)
    archive.index([corpus])  # the recorded files were lost with the pages: the folder is indexed again
    assert archive.damage == "" and len(archive.search("banjir")) == 1
    archive.close()


def test_lock_path_that_is_a_folder(built: tuple[Path, Path]) -> None:
    location, corpus = built
    lock = location / "kutip.lock"
    lock.unlink()
    lock.mkdir()
    archive = Archive.open(location)
    assert len(archive.search("banjir")) == 1  # reading needs no lock
    with pytest.raises(ArchiveError, match="is a folder"):
        archive.index([corpus])
    archive.close()
    assert "is a folder" in _one_line_error(location, "index", str(corpus))
    _assert_repaired(location)
    assert lock.is_file()


def test_disk_full_while_committing_says_so_and_keeps_what_was_committed(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    location, corpus = built
    extra = corpus / "tambahan.txt"
    extra.write_text('Judul Tambahan\n\n"Kalimat tambahan," kata Rudi Hartono.\n', encoding="utf-8")

    def full(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(DocStore, "commit_batch", full)
    archive = Archive.open(location)
    with pytest.raises(ArchiveError, match=r"disk full.*3 articles"):
        archive.index([corpus])
    assert archive.count() == 3
    assert len(archive.search("banjir")) == 1
    archive.close()


def _open_new(location: str) -> str:
    try:
        Archive.open(Path(location)).close()
    except Exception as error:
        return f"{type(error).__name__}: {error}"
    return ""


def test_two_writers_creating_a_new_archive_at_once(tmp_path: Path) -> None:
    locations = [str(tmp_path / f"ix{n}") for n in range(6) for _ in range(4)]
    with multiprocessing.get_context("forkserver").Pool(4) as pool:
        failures = [f for f in pool.map(_open_new, locations) if f]
    assert failures == []


def test_file_name_with_invalid_utf8_bytes_is_stored_and_read_back(tmp_path: Path) -> None:
    folder = tmp_path / "latin"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9-jembatan.txt")
    (folder / name).write_text('Jembatan Baru\n\n"Jembatan dibuka," kata Rudi Hartono.\n', encoding="utf-8")
    archive = Archive.open(tmp_path / "ix")
    first = archive.index([folder])
    assert (first.added, first.skipped) == (1, [])
    second = archive.index([folder], prune=True)
    assert (second.unchanged, second.removed) == (1, 0)
    assert len(archive.search("jembatan")) == 1
    archive.close()


def test_a_store_locked_by_another_process_is_busy_not_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(self: DocStore) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(DocStore, "check", locked)
    with pytest.raises(ArchiveError, match="is busy") as caught:
        Archive.open(tmp_path / "ix")
    assert "damaged" not in str(caught.value)
    monkeypatch.undo()
    Archive.open(tmp_path / "ix").close()  # nothing was set aside or broken


def test_a_garbled_path_row_is_left_out_of_the_salvage(tmp_path: Path) -> None:
    store = tmp_path / "kutip.sqlite3"
    db = sqlite3.connect(store)
    db.execute("CREATE TABLE sources (path TEXT)")
    db.execute("INSERT INTO sources VALUES ('/arsip/a.txt'), (CAST(X'ff41' AS TEXT)), ('/arsip/b.txt')")
    db.commit()
    db.close()
    assert salvage_sources(store) == ["/arsip/a.txt", "/arsip/b.txt"]
