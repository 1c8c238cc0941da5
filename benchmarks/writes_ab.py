"""Whoosh's own document and flush path beside kutip's, in one process, batch by batch.

    python benchmarks/writes_ab.py [--articles 4000] [--sample 1500] [--cache FILE]

The writer's Whoosh work (``benchmarks/writer.py``'s copies of analysed realistic articles) is
written into one index per path, the paths taking turns batch by batch, so a shared machine's load
falls on both alike: ``whoosh`` adds each document with Whoosh's ``add_document`` and flushes with
its ``add_postings`` (how the store wrote before the thirteenth session), ``kutip`` with
:mod:`kutip.index.search.whoosh_engine.documents` and ``.flush``. Prints thread CPU per article
(documents, commit with merges) and each index's size. Stems are learned before timing, as the
workers' stems reach the writer before its documents in a real run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.writer import analysed_sample, copy_of
from kutip.index.models import Article
from kutip.index.search.stemming import remember_stems, stems_of
from kutip.index.search.whoosh_engine import store
from kutip.index.search.whoosh_engine.engine import WhooshEngine

PATHS = ("whoosh", "kutip")


def _write(engine: WhooshEngine, articles: list[Article], path: str) -> tuple[float, float]:
    """(documents, commit) thread CPU seconds of one batch written by ``path``."""
    inline = store.inline_postings
    if path == "whoosh":
        store.inline_postings = lambda writer: None  # type: ignore[assignment]
    try:
        started = time.thread_time()
        with engine.batch() as batch:
            for article in articles:
                batch.delete_source(article.source)
            for article in articles:
                if path == "whoosh":
                    batch._writer.add_document(**store.article_document(article))
                    for doc in store.statement_documents(article):
                        batch._writer.add_document(**doc)
                    batch.added += 1 + len(article.statements)
                else:
                    batch.add_article(article)
            documents = time.thread_time()
        return documents - started, time.thread_time() - documents
    finally:
        store.inline_postings = inline  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=4000)
    parser.add_argument("--sample", type=int, default=1500)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args()
    sample = analysed_sample(args.sample, args.seed, args.cache)
    for article in sample:
        remember_stems(stems_of(article.title + "\n" + article.body))
    with tempfile.TemporaryDirectory() as folder:
        engines = {path: WhooshEngine(Path(folder) / path) for path in PATHS}
        spent = {path: [0.0, 0.0] for path in PATHS}
        stream = (copy_of(sample[i % len(sample)], i // len(sample)) for i in range(args.articles))
        done = 0
        while done < args.articles:
            articles = [next(stream) for _ in range(min(args.batch, args.articles - done))]
            done += len(articles)
            for path in PATHS if (done // args.batch) % 2 else reversed(PATHS):
                documents, commit = _write(engines[path], articles, path)
                spent[path][0] += documents
                spent[path][1] += commit
                print(
                    f"{done:>7} {path:>6}: documents {1000 * documents / len(articles):5.2f}, "
                    f"commit {1000 * commit / len(articles):5.2f} ms/article",
                    file=sys.stderr,
                )
        for path, engine in engines.items():
            engine.settle_merges()
            engine.close()
            size = sum(f.stat().st_size for f in engine.directory.iterdir()) / 1e6
            documents, commit = (1000 * s / args.articles for s in spent[path])
            print(
                f"{path:>6}: documents {documents:5.2f}, commit {commit:5.2f}, "
                f"total {documents + commit:5.2f} CPU ms/article; index {size:.1f} MB"
            )


if __name__ == "__main__":
    main()
