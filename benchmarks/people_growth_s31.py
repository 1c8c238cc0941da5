"""People's cost per batch as the archive grows, alone: ``update_people`` on a stored archive's articles.

    python benchmarks/people_growth_s31.py ARCHIVE/kutip.sqlite3 [--batch 500] [--profile 1,19] [--out ROWS]

Reads the articles of a stored archive in the order they were stored and feeds them to
:func:`update_people` batch by batch, one transaction a batch, in a new SQLite file that holds
only the people tables (people reads and writes nothing else), with the document store's
pragmas. Prints people's CPU ms an article per batch and per tenth; ``--profile`` names
batches to run under cProfile (their top functions by own time, and the SQL statements by
time, are printed). ``--out`` writes every people_names row at the end, to compare two versions.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kutip.index.docstore import _CACHE_KIB, PAGE_BYTES, _article, _with_statements
from kutip.index.models import Article
from kutip.index.people import update as people_update
from kutip.index.people import update_people

_REFRESH = [0.0]  # CPU seconds in store.refresh_names (the recount of a batch's names) this batch


def _timed_refresh() -> None:
    """Times the recount of the names a batch touches, the part whose rows grew with each name."""
    original = people_update.refresh_names  # type: ignore[attr-defined]

    def refresh(db: sqlite3.Connection, keys: Any) -> Any:
        start = time.process_time()
        try:
            return original(db, keys)
        finally:
            _REFRESH[0] += time.process_time() - start

    people_update.refresh_names = refresh  # type: ignore[attr-defined]


def _batches(source: Path, size: int) -> list[list[str]]:
    db = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    ids = [str(r[0]) for r in db.execute("SELECT id FROM articles ORDER BY rowid")]
    db.close()
    return [ids[n : n + size] for n in range(0, len(ids), size)]


def _articles(db: sqlite3.Connection, ids: list[str]) -> list[Article]:
    marks = ",".join("?" * len(ids))
    rows = db.execute(f"SELECT * FROM articles WHERE id IN ({marks}) ORDER BY rowid", ids).fetchall()
    return [_with_statements(db, _article(r)) for r in rows]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("archive", type=Path)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--profile", default="")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    profiled = {int(n) for n in args.profile.split(",") if n}
    _timed_refresh()
    source = sqlite3.connect(f"file:{args.archive}?mode=ro", uri=True)
    source.row_factory = sqlite3.Row
    with tempfile.TemporaryDirectory() as scratch:
        db = sqlite3.connect(Path(scratch) / "people.sqlite3", isolation_level=None)
        db.execute(f"PRAGMA page_size={PAGE_BYTES}")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute(f"PRAGMA cache_size=-{_CACHE_KIB}")
        db.execute("PRAGMA temp_store=MEMORY")
        per_batch: list[tuple[int, float, float]] = []
        for number, ids in enumerate(_batches(args.archive, args.batch)):
            articles = _articles(source, ids)
            profile = cProfile.Profile() if number in profiled else None
            _REFRESH[0] = 0.0
            start = time.process_time()
            db.execute("BEGIN IMMEDIATE")
            if profile is not None:
                profile.enable()
            update_people(db, articles, [])
            if profile is not None:
                profile.disable()
            db.execute("COMMIT")
            cpu = time.process_time() - start
            per_batch.append((len(articles), cpu, _REFRESH[0]))
            print(
                f"batch {number:3d}  {len(articles):4d} articles  "
                f"{cpu * 1000 / len(articles):6.2f} ms/article",
                flush=True,
            )
            if profile is not None:
                print(f"--- profile of batch {number}")
                stats = pstats.Stats(profile)
                stats.sort_stats("tottime").print_stats(18)
                stats.print_callers(r"method '(execute|executemany|fetchall)'")
        tenth = max(1, len(per_batch) // 10)
        print("tenth  people ms/article  of it the recount")
        for n in range(0, len(per_batch), tenth):
            rows = per_batch[n : n + tenth]
            arts = sum(a for a, _, _ in rows)
            cpu_ms = sum(c for _, c, _ in rows) * 1000 / arts
            print(f"{n // tenth:5d}  {cpu_ms:16.2f}  {sum(r for _, _, r in rows) * 1000 / arts:17.3f}")
        total = sum(c for _, c, _ in per_batch) * 1000 / sum(a for a, _, _ in per_batch)
        print(f"whole run {total:.2f} ms/article")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = (Path(scratch) / "people.sqlite3").stat().st_size
        print(f"people tables on disk {size / 1e6:.1f} MB")
        if args.out is not None:
            rows = db.execute("SELECT * FROM people_names ORDER BY key").fetchall()
            args.out.write_text("".join("|".join(map(str, r)) + "\n" for r in rows))


if __name__ == "__main__":
    main()
