"""The cross-language matcher's cost per article (issue 10): every pair of statements in two
languages that the linker shortlists for each other (:func:`shortlist.candidate_docs`) in each
archive named, timed through :func:`crosslang.cross_report` at each bar the pair may be weighed at
("same", "undated", "unknown"). The shortlists are read first and untimed: only the matcher is
measured. Run the start code and the change on one machine, interleaved (``--repeat``), and compare.

    python benchmarks/crosslang_matcher_s38cross.py ARCHIVE_DIR [...] [--repeat 3]

Measurement only: nothing here is imported by kutip.
"""

from __future__ import annotations

import argparse
import sqlite3
import time
from pathlib import Path

from kutip.index.linking.crosslang import cross_report
from kutip.index.linking.shortlist import candidate_docs
from kutip.index.linking.store import LinkDoc, load_docs

BARS = ("same", "undated", "unknown")


def _pairs(db: sqlite3.Connection) -> tuple[list[tuple[LinkDoc, LinkDoc]], int]:
    ids = [str(row[0]) for row in db.execute("SELECT statement FROM link_docs")]
    docs = load_docs(db, ids)
    seen: set[tuple[str, str]] = set()
    pairs = []
    for doc in docs.values():
        for other in candidate_docs(db, doc):
            key = (min(doc.statement, other.statement), max(doc.statement, other.statement))
            if other.lang != doc.lang and key not in seen:
                seen.add(key)
                pairs.append((doc, other))
    articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    return pairs, int(articles)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archives", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    work = []
    for archive in args.archives:
        db = sqlite3.connect(archive / "kutip.sqlite3")
        work.append((archive.name, *_pairs(db)))
    pairs = sum(len(p) for _, p, _ in work)
    articles = sum(n for _, _, n in work)
    best = float("inf")
    linked = 0
    for _ in range(args.repeat):
        start = time.process_time()
        linked = sum(cross_report(a, b, how) for _, found, _ in work for a, b in found for how in BARS)
        best = min(best, time.process_time() - start)
    print(f"{len(work)} archives, {articles} articles, {pairs} cross-language pairs, {linked} matched bars")
    per_article = best * 1000 / max(articles, 1)
    print(f"matcher CPU {best * 1000:.1f} ms (best of {args.repeat}), {per_article:.3f} ms per article")


if __name__ == "__main__":
    main()
