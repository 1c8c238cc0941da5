"""``benchmarks/memory_peak_s42scale.py`` indexes a corpus with size-bound batches and reports the
writer's peak resident size, the peak in each commit phase and the state at the peak."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pytest

from benchmarks import memory_peak_s42scale as bench
from kutip.index import indexer
from kutip.index.facade import sample_corpus_path

PHASES = {bench.BETWEEN, "commit", "people", "whoosh documents", "whoosh commit", "sqlite", "linking"}


def test_the_peak_is_reported_by_commit_phase_with_size_bound_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("12_", "13_", "14_"):
        source = next(sample_corpus_path().glob(f"{name}*"))
        shutil.copy(source, corpus / source.name)
    for name in ("timed", "BATCH_SECONDS", "BATCH_MAX_SECONDS", "SLOW_FILE_SECONDS"):
        monkeypatch.setattr(indexer, name, getattr(indexer, name))  # the script patches them: undone after
    monkeypatch.setattr(indexer.Indexer, "_commit", indexer.Indexer._commit)
    monkeypatch.setattr(indexer, "BATCH_FILES", 1)
    result = bench.main([str(corpus), str(tmp_path / "out"), "--interval", "0.005"])
    assert math.isinf(indexer.BATCH_SECONDS) and math.isinf(indexer.SLOW_FILE_SECONDS)
    assert len(result["batches"]) == 3 and min(result["batches"]) >= 1  # a file a batch
    assert result["writer_peak_mb"] >= result["at_peak"]["rss_mb"] > 0
    assert result["phase_peaks_mb"] and set(result["phase_peaks_mb"]) <= PHASES
    assert "linking" in result["phase_peaks_mb"]  # sampled as each commit ends, at the latest
    assert json.loads((tmp_path / "out" / "peak.json").read_text())["batches"] == result["batches"]
