"""Rebuild linking's and people's tables of one store, to compare two versions' bytes exactly.

    PYTHONPATH=SNAPSHOT python benchmarks/same_store.py COPY/kutip.sqlite3 [--batch 300]

Two pipeline runs differ in where their batches fell (and so in linking), and carry the load's
noise. This rewrites a copy of one store's derived tables with whichever ``kutip`` is importable:
the people tables rebuilt from the stored articles (``rebuild_people``), every statement relinked
``--batch`` articles at a time in stored order; then ``VACUUM`` and the bytes per table, as
``dbstat`` counts them. Run it on two copies of one store, one per version: the same statements
go in, so the tables compare exactly; it writes ``COPY.links`` (``statement|cluster`` of every
member row) for comparing the clusters. It changes the copy: never point it at an archive in use.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.relink import relink_in_batches
from kutip.index.docstore import DocStore
from kutip.index.people import rebuild_people

MB = 1e6
OWNERS = ("link_", "people_")


def rebuild(path: Path, batch: int) -> tuple[float, float, int]:
    """People rebuilt and statements relinked in place; (people CPU s, linking CPU s, articles)."""
    store = DocStore(path)
    articles = list(store.iter_articles())
    start = time.process_time()
    with store.transaction() as db:
        rebuild_people(db, articles)
    people = time.process_time() - start
    db = sqlite3.connect(path, isolation_level=None)
    linking = relink_in_batches(db, batch)
    rows = db.execute("SELECT statement, cluster FROM link_members ORDER BY 1").fetchall()
    Path(f"{path}.links").write_text("".join(f"{a}|{b}\n" for a, b in rows), encoding="utf-8")
    db.execute("VACUUM")
    db.close()
    return people, linking, len(articles)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("store", type=Path, help="a COPY of an archive's kutip.sqlite3 (rewritten)")
    parser.add_argument("--batch", type=int, default=300, help="articles linked per batch")
    args = parser.parse_args()
    people, linking, count = rebuild(args.store, args.batch)
    print(f"{count:,} articles; people rebuild CPU {people:.1f} s, linking CPU {linking:.1f} s")
    db = sqlite3.connect(f"file:{args.store}?mode=ro", uri=True)
    sizes = db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
    db.close()
    for name, size in sizes:
        if str(name).removeprefix("sqlite_autoindex_").startswith(OWNERS):
            print(f"  {name:36s} {size / MB:7.2f} MB  {size / max(count, 1) / 1000:5.2f} KB an article")
    print(f"  SQLite file {sum(size for _, size in sizes) / MB:.1f} MB")


if __name__ == "__main__":
    main()
