"""A writer killed mid-run leaves the previous index readable and the next run completes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.generate import generate
from kutip.index.facade import Archive

FILES = 2000


def _count(location: Path) -> int:
    archive = Archive.open(location)
    try:
        return archive.count()
    finally:
        archive.close()


def test_sigkill_halfway_then_rerun_completes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    generate(corpus, FILES, seed=7)
    location = tmp_path / "ix"
    Archive.open(location).close()
    writer = subprocess.Popen(
        [sys.executable, "-m", "kutip.tui.cli", "--index", str(location), "index", str(corpus)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 240
        while _count(location) == 0 and writer.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert writer.poll() is None, "the writer finished before it could be killed; make the corpus larger"
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(10)
    finally:
        if writer.poll() is None:
            writer.kill()

    archive = Archive.open(location)
    committed = archive.count()
    assert 0 < committed < FILES
    assert len(archive.search("Reuters", limit=None)) > 0  # what was committed is searchable

    report = archive.index([corpus])
    assert report.added + report.unchanged == FILES, (report.added, report.unchanged, report.skipped[:3])
    assert report.unchanged >= committed
    assert "stale lock" in report.recovered_lock
    assert archive.count() == FILES
    assert len(archive.search("reuters", limit=None)) == sum(
        1 for p in corpus.rglob("*.txt") if "(Reuters)" in p.read_text(encoding="utf-8")
    )
    archive.close()
