"""The writer gives the C heap's free pages back after each commit (``indexer_heap.release_free_heap``)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kutip.index import indexer
from kutip.index.facade import Archive, sample_corpus_path
from kutip.index.indexer_heap import release_free_heap


def _resident_mb() -> float:
    with open(f"/proc/{os.getpid()}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the resident size from /proc")
def test_freed_blocks_between_live_ones_leave_the_resident_size() -> None:
    blocks = [b"x" * (1500 + i % 7) for i in range(40_000)]  # ~60 MB of the C heap, not pymalloc's
    pinned = blocks[::10]  # a live block every few pages: the heap cannot shrink from its top
    del blocks
    before = _resident_mb()
    assert release_free_heap()
    assert before - _resident_mb() > 20
    assert len(pinned) == 4_000


def test_each_commit_releases_the_heap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bool] = []

    def release() -> bool:
        calls.append(True)
        return True

    monkeypatch.setattr(indexer, "release_free_heap", release)
    monkeypatch.setattr(indexer, "BATCH_FILES", 1)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("12_", "13_"):
        source = next(sample_corpus_path().glob(f"{name}*"))
        (corpus / source.name).write_bytes(source.read_bytes())
    archive = Archive.open(tmp_path / "ix")
    report = archive.index([corpus])
    archive.close()
    assert len(calls) == len(report.batches) == 2
