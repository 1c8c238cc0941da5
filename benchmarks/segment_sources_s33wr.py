"""A batch's cost of asking which segments hold each file it writes, against the segments held.

    python benchmarks/segment_sources_s33wr.py [--segments 8 16 32 64] [--files 1000]

Builds a search index of ``S`` segments (small made-up articles, ten per segment; merges left to
none, as a long first import defers its large ones up to ``merges.DEFERRED_SEGMENTS``), then opens
write batches that delete ``--files`` sources never indexed (a first import's files) and one that
re-writes files of every segment, and prints the CPU µs per file of ``Batch.delete_source``: the
first batch (the segments' files read), the second (kept), and the re-write; then the CPU of a
batch adding 100 new files beside one segment of ``--large`` files (a small update of a large
archive, where reading every file of the segment would cost more than its lookups). The batch's reader of
the segments, which Whoosh opens once per batch either way, is opened before the clock starts.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kutip.index.models import Article
from kutip.index.search.whoosh_engine.store import WhooshStore


def _article(n: int) -> Article:
    body = f"Fulan Hidayat mengatakan pasar nomor {n} dibuka besok pagi, kata warga kampung {n % 7}."
    return Article(id=f"a{n}", source=f"/arsip/berita/{n:06d}.md", title=f"Pasar {n}", lang="id", body=body)


class _NoMerges:
    """Every committed segment kept as it is."""

    merge_cpu = 0.0

    def plan(self, written: int, total: int) -> None:
        pass

    def __call__(self, writer: object, segments: list[object]) -> list[object]:
        return list(segments)

    def abandon(self) -> None:
        pass


def _deletes(store: WhooshStore, sources: list[str]) -> float:
    with store.batch() as batch:
        batch._writer.searcher()  # the batch's reader of every segment, opened either way
        start = time.thread_time()
        for source in sources:
            batch.delete_source(source)
        took = time.thread_time() - start
    return took * 1e6 / len(sources)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--segments", type=int, nargs="+", default=[8, 16, 32, 64])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--large", type=int, default=20_000, help="files of the one large segment")
    args = parser.parse_args()
    header = f"{'segments':>8} {'new files, 1st batch':>21} {'2nd batch':>10} {'re-written':>11}"
    print(f"{header}  µs CPU per file")
    for count in args.segments:
        with tempfile.TemporaryDirectory() as folder:
            store = WhooshStore(Path(folder))
            store._merges = _NoMerges()  # type: ignore[assignment]
            for segment in range(count):
                with store.batch() as batch:
                    for n in range(segment * 10, segment * 10 + 10):
                        batch.add_article(_article(n))
            held = len(store._ix._segments())
            new = [f"/arsip/baru/{n:06d}.md" for n in range(args.files)]
            first = _deletes(store, new)
            second = _deletes(store, [f"/arsip/lain/{n:06d}.md" for n in range(args.files)])
            again = _deletes(store, [_article(n).source for n in range(0, count * 10, 10)])
            print(f"{held:>8} {first:>21.1f} {second:>10.1f} {again:>11.1f}")
            store.close()
    with tempfile.TemporaryDirectory() as folder:  # a few files added to a large archive
        store = WhooshStore(Path(folder))
        store._merges = _NoMerges()  # type: ignore[assignment]
        with store.batch() as batch:
            for n in range(args.large):
                batch.add_article(_article(n))
        took = _deletes(store, [f"/arsip/baru/{n:06d}.md" for n in range(100)]) * 100 / 1000
        print(f"100 new files beside one segment of {args.large:,} files: {took:.2f} ms CPU for the batch")
        store.close()


if __name__ == "__main__":
    main()
