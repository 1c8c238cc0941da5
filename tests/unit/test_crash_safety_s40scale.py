"""A writer killed while it relinks (a new linking version) leaves the old links, and the next run
relinks (session 40).

The relink is one transaction with the new version recorded in it: killed in the middle, the
archive keeps the links and the version it had, so the next run knows to relink again.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from kutip.index.facade import Archive, sample_corpus_path
from kutip.index.indexer_relink import LINKING_VERSION_KEY

# the CLI's own entry point, relinking two files a batch and saying so after each batch, slowly
_WRITER = """
import sys, time
from kutip.index import indexer, linking
from kutip.index.linking.update import update_links

def announced(db, added, removed=()):
    update_links(db, added, removed)
    print("batch", flush=True)
    time.sleep(0.5)

indexer.BATCH_FILES = 2
linking.update_links = announced
from kutip.tui.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _links(archive: Archive) -> list[list[str]]:
    return sorted(sorted(m.statement_id for m in c.members) for c in archive.clusters(min_articles=2))


def test_sigkill_during_a_relink_keeps_the_old_links_and_the_next_run_relinks(tmp_path: Path) -> None:
    location, corpus = tmp_path / "ix", sample_corpus_path()
    archive = Archive.open(location)
    archive.index([corpus])
    linked = _links(archive)
    assert linked
    archive._store.set_meta(LINKING_VERSION_KEY, "an-older-linker")
    archive.close()

    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITER, "--index", str(location), "index", str(corpus)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "batch"  # the first batch relinked, not committed
        assert writer.poll() is None
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(10)
    finally:
        if writer.poll() is None:
            writer.kill()

    archive = Archive.open(location)
    assert archive._store.meta(LINKING_VERSION_KEY) == "an-older-linker"
    assert archive.needs_rebuild
    assert _links(archive) == linked  # the old links, whole
    report = archive.index([corpus])
    assert report.relinked and "stale lock" in report.recovered_lock
    assert _links(archive) == linked and not archive.needs_rebuild
    archive.close()
