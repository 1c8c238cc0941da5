"""Linking and people run without the cyclic collector (issue 11, session 30)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from kutip.index import indexer
from kutip.index.facade import Archive
from kutip.index.indexer import Indexer
from kutip.index.indexer_heap import collector_paused


def _files(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(count):
        (folder / f"item-{n:03d}.txt").write_text(
            f"Catatan nomor {n} tentang jembatan\n\n"
            f'"Jembatan nomor {n} segera diperbaiki," kata Fulan Hidayat di Bogor, Senin.\n',
            encoding="utf-8",
        )
    return folder


@pytest.mark.parametrize("workers", [1, 2])
def test_linking_and_people_run_with_the_collector_off_and_it_comes_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    folder = _files(tmp_path / "news", 30)
    monkeypatch.setattr(indexer, "BATCH_FILES", 10)
    seen: list[tuple[str, bool]] = []
    link, people = indexer.update_links, indexer.update_people

    def linking(*args: object) -> None:
        seen.append(("linking", gc.isenabled()))
        link(*args)  # type: ignore[arg-type]

    def updating(*args: object) -> None:
        seen.append(("people", gc.isenabled()))
        people(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(indexer, "update_links", linking)
    monkeypatch.setattr(indexer, "update_people", updating)
    assert gc.isenabled()
    archive = Archive.open(tmp_path / "ix")
    try:
        report = Indexer(archive._store, archive._search, workers=workers).run([folder])
        assert report.added == archive.count() == 30
        assert len(archive.search("jembatan", None)) == 30
    finally:
        archive.close()
    assert {stage for stage, _ in seen} == {"linking", "people"} and len(seen) >= 4
    assert not any(enabled for _, enabled in seen)
    assert gc.isenabled()


def test_the_collector_comes_back_after_an_error_and_stays_off_when_it_was_off() -> None:
    with pytest.raises(OSError), collector_paused():
        assert not gc.isenabled()
        raise OSError(28, "No space left on device")
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # someone else's choice is kept
    finally:
        gc.enable()


def test_a_cycle_made_while_paused_is_collected_after(tmp_path: Path) -> None:
    class Node:
        other: object = None

    gc.collect()
    with collector_paused():
        a, b = Node(), Node()
        a.other, b.other = b, a
        del a, b
    assert gc.collect() >= 2
