"""Where linking's writer cost grows with the archive: an archive's statements relinked batch by
batch (as ``benchmarks/relink.py`` does), each batch's CPU, SQL statements and candidate reads, and
a profile of the second and the last whole batches side by side.

    python benchmarks/linking_growth_s28.py ARCHIVE/kutip.sqlite3 [--batch 1000] [--top 25]

The archive is copied; its linking tables are dropped and made again. Per batch: linking CPU ms per
article, SQLite statements run (``set_trace_callback``), rows of the key tables, and the functions
whose own CPU grew most between those two batches (cProfile; it inflates many small Python
calls, so read the growth, not the totals).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
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


def _tables(db: sqlite3.Connection) -> dict[str, int]:
    found = db.execute("SELECT name FROM sqlite_master WHERE type='table' AND name LIKE 'link%'")
    names = [r[0] for r in found]
    return {name: db.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in names}


def _own(stats: pstats.Stats) -> dict[str, float]:
    return {
        f"{Path(file).name}:{line}({name})": row[2]
        for (file, line, name), row in stats.stats.items()  # type: ignore[attr-defined]
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("archive", type=Path)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "kutip.sqlite3"
        shutil.copy(args.archive, path)
        db = sqlite3.connect(path, isolation_level=None)
        articles = unlinked_articles(db)
        sql: Counter[str] = Counter()
        db.set_trace_callback(lambda statement: sql.update([statement.split("(")[0][:70]]))
        profiles: list[cProfile.Profile] = []
        head = f"{'articles':>13s} {'statements':>10s} {'CPU ms/art':>10s} {'SQL/stmt':>8s}"
        print(f"{head}  key tables (rows)")
        batches = range(0, len(articles), args.batch)
        for number, first in enumerate(batches):
            chunk = articles[first : first + args.batch]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT id FROM statements WHERE article IN ({marks}) ORDER BY rowid"
            ids = [str(r[0]) for r in db.execute(query, chunk)]
            sql.clear()
            # the second batch and the last whole one (the first fills empty tables; the last may be short)
            profile = cProfile.Profile() if number in (1, len(batches) - 2) else None
            cpu = time.process_time()
            if profile is not None:
                profile.enable()
            db.execute("BEGIN")
            update_links(db, ids)
            db.execute("COMMIT")
            if profile is not None:
                profile.disable()
                profiles.append(profile)
            cpu = time.process_time() - cpu
            tables = _tables(db)
            shown = ", ".join(f"{k} {v:,}" for k, v in sorted(tables.items()) if v)
            per = sum(sql.values()) / max(1, len(ids))
            mark = " (profiled)" if profile is not None else ""
            figures = f"{len(ids):10d} {cpu * 1000 / len(chunk):10.2f} {per:8.1f}"
            print(f"{first:6d}-{first + len(chunk):6d} {figures}  {shown}{mark}", flush=True)
            if number == len(batches) - 1:
                print("SQL statements in the last batch, by kind:")
                for statement, count in sql.most_common(12):
                    print(f"  {count:8d}  {statement}")
        db.close()
    first_own, last_own = (_own(pstats.Stats(p)) for p in profiles)
    grown = sorted(last_own, key=lambda k: last_own[k] - first_own.get(k, 0.0), reverse=True)
    print("\nOwn CPU (s, profiled) that grew most, second batch -> last whole batch:")
    for key in grown[: args.top]:
        print(f"  {first_own.get(key, 0.0):7.2f} -> {last_own[key]:7.2f}  {key}")


if __name__ == "__main__":
    main()
