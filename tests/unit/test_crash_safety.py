"""A writer killed mid-run leaves the previous index readable and the next run completes it.

The writer commits every ``BATCH`` files here, not every 1,000 (session 40): the kill then lands
after the first commit of a 400-file run, where it landed after the first of a 2,000-file run, and
the same code runs (the workers, the commit thread, the stale lock). The test took 5.5 minutes of
the suite, nearly all of it indexing files that proved nothing more. The first commit is watched
for with one SQLite count (not an archive opened every 0.1 s), so the kill follows it closely and
the writer still has most of its files ahead.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.generate import generate
from kutip.index.facade import Archive

FILES = 400
BATCH = 30
# the CLI's own entry point, with the indexer's batches made small before it runs
_WRITER = (
    "import sys\n"
    "from kutip.index import indexer\n"
    f"indexer.BATCH_FILES = indexer.BATCH_MIN_FILES = {BATCH}\n"
    "from kutip.tui.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def _count(location: Path) -> int:
    """The articles committed so far (the store is the committed truth; 0 before it exists)."""
    store = location / "kutip.sqlite3"
    try:
        db = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=5)
        try:
            return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            db.close()
    except sqlite3.OperationalError:  # not created yet, or its tables not yet
        return 0


def test_sigkill_halfway_then_rerun_completes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    generate(corpus, FILES, seed=7)
    location = tmp_path / "ix"
    Archive.open(location).close()
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, "--index", str(location), "index", str(corpus)],
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
