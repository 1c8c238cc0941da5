"""Relink an archive's statements from scratch and write its links, to compare two versions of linking.

    PYTHONPATH=SNAPSHOT python benchmarks/relink.py ARCHIVE/kutip.sqlite3 LINKS.txt [--batch N]

A change to candidate reads must keep links identical; indexing a set again for each version
re-runs the analysis too (and another helper's edits leak in). This copies the archive's SQLite
file, drops linking's tables, and links its statements again with whichever ``kutip`` is
importable (a snapshot of each version on ``PYTHONPATH``), ``--batch`` articles at a time in
the order they were stored, as the indexer's commits would. It writes every ``link_members``
row of a cluster of two or more (``statement|cluster``, sorted), and prints linking's CPU
seconds. Same statements in, so two versions' files are the same exactly when their links are.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kutip.index.linking.store import ensure_schema, set_meta
from kutip.index.linking.update import update_links

_LINKED = (
    "SELECT m.statement, m.cluster FROM link_members m WHERE m.statement != m.cluster OR m.statement IN "
    "(SELECT cluster FROM link_members GROUP BY cluster HAVING count(*) > 1) ORDER BY 1"
)


def unlinked_articles(db: sqlite3.Connection) -> list[str]:
    """Drop linking's tables of ``db`` (made again empty) and return its article ids in stored order,
    to be linked again batch by batch as the indexer's commits would."""
    db.execute("DROP TABLE IF EXISTS link_meta")  # an unknown layout: ensure_schema drops the rest
    ensure_schema(db)
    top = db.execute("SELECT max(rowid) FROM statements").fetchone()[0]
    set_meta(db, "rowid_seen", str(top or 0))  # so each batch links only its own statements
    return [str(r[0]) for r in db.execute("SELECT id FROM articles ORDER BY rowid")]


def relink_in_batches(db: sqlite3.Connection, batch: int) -> float:
    """Drop linking's tables of ``db`` and link its statements again, ``batch`` articles at a time in
    stored order (as the indexer's commits would); linking's CPU seconds."""
    articles = unlinked_articles(db)
    start = time.process_time()
    for first in range(0, len(articles), batch):
        chunk = articles[first : first + batch]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT id FROM statements WHERE article IN ({marks}) ORDER BY rowid"
        ids = [str(r[0]) for r in db.execute(sql, chunk)]
        db.execute("BEGIN")
        update_links(db, ids)
        db.execute("COMMIT")
    return time.process_time() - start


def relink(source: Path, batch: int) -> tuple[list[tuple[str, str]], float]:
    """The archive's links, made again from its statements; and linking's CPU seconds."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "kutip.sqlite3"
        shutil.copy(source, path)
        db = sqlite3.connect(path, isolation_level=None)
        cpu = relink_in_batches(db, batch)
        rows = [(str(a), str(b)) for a, b in db.execute(_LINKED)]
        db.close()
    return rows, cpu


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("archive", type=Path, help="an archive's kutip.sqlite3 (read, never written)")
    parser.add_argument("links", type=Path, help="where to write the links")
    parser.add_argument("--batch", type=int, default=1000, help="articles linked per batch")
    args = parser.parse_args()
    rows, cpu = relink(args.archive, args.batch)
    args.links.write_text("".join(f"{a}|{b}\n" for a, b in rows), encoding="utf-8")
    print(f"{args.archive}: {len(rows)} linked statements, linking CPU {cpu:.1f} s")


if __name__ == "__main__":
    main()
