"""The writer's Whoosh work alone: documents, commits and merges, per batch, over a long run.

    python benchmarks/writer.py [--articles 10000] [--sample 1500] [--batch 1000] [--cache FILE]

Analysing 10k articles takes most of an hour on a shared machine, and the writer's Whoosh cost
depends only on what it is given. So ``--sample`` realistic articles (``benchmarks/realistic.py``)
are analysed once (cached in ``--cache``), then written ``--articles`` times over into a fresh
search index, each copy under new ids and sources, in batches of ``--batch`` articles, exactly as
the indexer's commit does (delete by source, add, commit with kutip's merge policy). It prints the
writer's CPU per article (documents, commit with merges) for the first and the last 10 % of the
batches and the index's size. Copies repeat the sample's vocabulary, so term files are smaller
than a real 10k corpus's: compare policies with it, not absolute sizes.
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.realistic import generate_realistic
from kutip.index.models import Article
from kutip.index.pool import analyse_file
from kutip.index.search.whoosh_engine import store
from kutip.index.search.whoosh_engine.engine import WhooshEngine


def analysed_sample(count: int, seed: int, cache: Path | None) -> list[Article]:
    """``count`` analysed articles, from ``cache`` when it holds them."""
    if cache is not None and cache.exists():
        articles: list[Article] = pickle.loads(cache.read_bytes())
        if len(articles) >= count:
            return articles[:count]
    with tempfile.TemporaryDirectory() as folder:
        articles = []
        for path in generate_realistic(Path(folder), count, seed=seed):
            articles.extend(analyse_file(path, path.read_bytes()).articles)
    if cache is not None:
        cache.write_bytes(pickle.dumps(articles))
    return articles


def copy_of(article: Article, round_: int) -> Article:
    """The article under a new id and source, its statements too (a distinct document)."""
    suffix = f"r{round_}"
    statements = [
        dataclasses.replace(s, id=f"{s.id}{suffix}", article=f"{article.id}{suffix}")
        for s in article.statements
    ]
    return dataclasses.replace(
        article, id=f"{article.id}{suffix}", source=f"{article.source}.{suffix}", statements=statements
    )


def run(sample: list[Article], total: int, batch: int, directory: Path) -> list[tuple[int, float, float]]:
    """(articles, documents CPU s, commit CPU s) per batch; then the merge still running in a
    child process is waited for and committed, as the end of an indexing run does."""
    engine = WhooshEngine(directory)
    start = time.perf_counter()
    stream = (copy_of(sample[i % len(sample)], i // len(sample)) for i in range(total))
    batches = []
    done = 0
    while done < total:
        articles = [next(stream) for _ in range(min(batch, total - done))]
        started = time.thread_time()
        with engine.batch() as writing:
            for article in articles:
                writing.delete_source(article.source)
            for article in articles:
                writing.add_article(article)
            documents = time.thread_time()
        finished = time.thread_time()
        batches.append((len(articles), documents - started, finished - documents))
        done += len(articles)
        print(
            f"{done:>7} articles: documents {1000 * (documents - started) / len(articles):5.1f}, "
            f"commit {1000 * (finished - documents) / len(articles):5.1f} ms/article, "
            f"merge processes so far {engine.merge_cpu:.1f} s CPU, wall {time.perf_counter() - start:.0f} s",
            file=sys.stderr,
        )
    waited = time.perf_counter()
    engine.settle_merges()
    print(
        f"end of run: waited {time.perf_counter() - waited:.1f} s for the merge process; merge processes "
        f"spent {1000 * engine.merge_cpu / total:.1f} CPU ms/article in all",
        file=sys.stderr,
    )
    engine.close()
    return batches


def per_article(batches: list[tuple[int, float, float]]) -> tuple[float, float]:
    articles = sum(b[0] for b in batches)
    return 1000 * sum(b[1] for b in batches) / articles, 1000 * sum(b[2] for b in batches) / articles


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--sample", type=int, default=1500)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--cache", type=Path)
    parser.add_argument(
        "--writer-mb", type=int, default=store.BATCH_WRITER_MB, help="a batch's in-memory Whoosh pool"
    )
    args = parser.parse_args()
    store.BATCH_WRITER_MB = args.writer_mb
    sample = analysed_sample(args.sample, args.seed, args.cache)
    with tempfile.TemporaryDirectory() as folder:
        batches = run(sample, args.articles, args.batch, Path(folder))
        size = sum(f.stat().st_size for f in Path(folder).iterdir())
        segments = len(list(Path(folder).glob("*.seg")))
    tenth = max(1, len(batches) // 10)
    for label, part in (
        ("whole run", batches),
        ("first 10 %", batches[:tenth]),
        ("last 10 %", batches[-tenth:]),
    ):
        documents, commit = per_article(part)
        print(
            f"{label:>10}: documents {documents:5.1f}, commit {commit:5.1f}, "
            f"total {documents + commit:5.1f} ms/article"
        )
    print(f"index: {size / 1e6:.1f} MB in {segments} segment(s)")


if __name__ == "__main__":
    main()
