"""What reference cycles linking leaves, and who holds them: one batch relinked, then the collector asked.

    python benchmarks/linking_cycles_s31.py ARCHIVE/kutip.sqlite3 [--before 1500] [--batch 500]

Copies the archive's SQLite file, drops linking's tables, links the statements of the first
``--before`` articles (stored order) in batches as the indexer would, then links the next
``--batch`` articles with the collector off and runs ``gc.collect()`` with ``DEBUG_SAVEALL``: it
prints how many objects the batch left in cycles, by type, and for the most common types an
example chain of referrers, so the cycle's owner can be found.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.relink import unlinked_articles
from kutip.index.linking.update import update_links


def _link(db: sqlite3.Connection, articles: list[str]) -> None:
    marks = ",".join("?" * len(articles))
    ids = [
        str(r[0])
        for r in db.execute(f"SELECT id FROM statements WHERE article IN ({marks}) ORDER BY rowid", articles)
    ]
    db.execute("BEGIN")
    update_links(db, ids)
    db.execute("COMMIT")


def _describe(obj: object) -> str:
    kind = type(obj).__name__
    if isinstance(obj, dict):
        return f"dict keys={list(obj)[:6]}"
    if hasattr(obj, "__qualname__"):
        return f"{kind} {getattr(obj, '__module__', '')}.{obj.__qualname__}"
    if kind == "cell":
        return "cell"
    if kind == "frame":
        return f"frame {obj.f_code.co_filename}:{obj.f_code.co_name}"  # type: ignore[attr-defined]
    return f"{kind} {repr(obj)[:80]}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("archive", type=Path)
    parser.add_argument("--before", type=int, default=1500)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--examples", type=int, default=6)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "kutip.sqlite3"
        shutil.copy(args.archive, path)
        db = sqlite3.connect(path, isolation_level=None)
        articles = unlinked_articles(db)
        for first in range(0, args.before, args.batch):
            _link(db, articles[first : min(first + args.batch, args.before)])
        gc.collect()
        gc.disable()
        start = time.process_time()
        _link(db, articles[args.before : args.before + args.batch])
        cpu = time.process_time() - start
        clock = time.perf_counter()
        gc.collect()  # first without saving: what the collector's pass costs
        print(f"the collector's pass after the batch: {(time.perf_counter() - clock) * 1000:.1f} ms wall")
        gc.disable()
        _link(db, articles[args.before + args.batch : args.before + 2 * args.batch])
        gc.set_debug(gc.DEBUG_SAVEALL)
        found = gc.collect()
        garbage = list(gc.garbage)
        gc.set_debug(0)
        gc.garbage.clear()
        print(
            f"batch of {args.batch} after {args.before}: linking CPU {cpu:.2f} s; "
            f"the next batch: {found} objects in cycles"
        )
        kinds = Counter(type(o).__name__ for o in garbage)
        for kind, n in kinds.most_common(15):
            print(f"  {n:7d} {kind}")
        ids = {id(o) for o in garbage}
        # the objects no other garbage object refers to are where the cycles' owners sit
        named = Counter(
            _describe(o)
            for o in garbage
            if type(o).__name__ in ("function", "method", "type", "cell", "frame")
        )
        for text, n in named.most_common(25):
            print(f"  {n:7d} {text}")
        for kind, _ in kinds.most_common(args.examples):
            sample = next(o for o in garbage if type(o).__name__ == kind)
            print(f"-- a {kind}: {_describe(sample)}")
            chain = sample
            for _ in range(6):
                holders = [r for r in gc.get_referrers(chain) if id(r) in ids and r is not garbage]
                if not holders:
                    break
                chain = holders[0]
                print(f"     held by {_describe(chain)}")


if __name__ == "__main__":
    main()
