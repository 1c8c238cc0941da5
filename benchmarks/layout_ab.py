"""The writer's CPU and bytes under two storage layouts, side by side in one process.

    python benchmarks/layout_ab.py --old-docstore /work/base/index/docstore.py \\
        [--articles 4000] [--sample 1500] [--batch 500] [--cache FILE]

The same analysed copies (``benchmarks/writer.py``'s sample, each copy under new ids) are
committed batch by batch, alternating, into

- two document stores: the module given by ``--old-docstore`` (the start commit's file, loaded
  under another name; it imports this tree's models) and this tree's ``kutip.index.docstore``;
- two search indexes: Whoosh with the session-25 schema (``id`` stored, ``date`` with a column)
  and with this tree's (``id`` a column, no date column).

Linking's and people's hooks are not run (their code is the same on both sides). It prints the
writer thread's CPU per article for each side and the files' sizes. On a shared machine compare
the two columns of one run only: they alternate batch by batch, so load falls on both alike.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from whoosh.fields import ID, STORED, Schema

from benchmarks.writer import analysed_sample, copy_of
from kutip.index import docstore
from kutip.index.models import Article
from kutip.index.search.whoosh_engine import store
from kutip.index.search.whoosh_engine.engine import WhooshEngine
from kutip.index.search.whoosh_engine.schema import build_schema


def load_module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def old_schema() -> Schema:
    """This tree's schema with session 25's ``id`` (stored) and ``date`` (with a column)."""
    schema = build_schema()
    schema.remove("id")
    schema.add("id", STORED())
    schema.remove("date")
    schema.add("date", ID(sortable=True))
    return schema


def search_engine(directory: Path, schema: Callable[[], Schema]) -> WhooshEngine:
    built = store.build_schema
    store.build_schema = schema  # the store creates its index with this schema
    try:
        return WhooshEngine(directory)
    finally:
        store.build_schema = built


def state(article: Article) -> Any:
    return docstore.SourceState(article.source, "0" * 64, 1, len(article.body))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--old-docstore", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=4000)
    parser.add_argument("--sample", type=int, default=1500)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args()
    old = load_module(args.old_docstore, "kutip_old_docstore")
    sample = analysed_sample(args.sample, args.seed, args.cache)
    cpu = {key: 0.0 for key in ("store old", "store new", "search old", "search new")}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        stores = {"old": old.DocStore(work / "old.sqlite3"), "new": docstore.DocStore(work / "new.sqlite3")}
        engines = {
            "old": search_engine(work / "old-whoosh", old_schema),
            "new": search_engine(work / "new-whoosh", build_schema),
        }
        done = 0
        while done < args.articles:
            count = min(args.batch, args.articles - done)
            numbers = range(done, done + count)
            articles = [copy_of(sample[n % len(sample)], n // len(sample)) for n in numbers]
            order = ("old", "new") if (done // args.batch) % 2 == 0 else ("new", "old")
            for side in order:
                started = time.thread_time()
                stores[side].commit_batch([state(a) for a in articles], articles)
                cpu[f"store {side}"] += time.thread_time() - started
            for side in order:
                started = time.thread_time()
                with engines[side].batch() as writing:
                    for article in articles:
                        writing.add_article(article)
                cpu[f"search {side}"] += time.thread_time() - started
            done += count
        for engine in engines.values():
            engine.settle_merges()
            engine.close()
        for docs in stores.values():
            docs.close()
        sizes = {
            "store old": sum(p.stat().st_size for p in work.glob("old.sqlite3*")),
            "store new": sum(p.stat().st_size for p in work.glob("new.sqlite3*")),
            "search old": sum(p.stat().st_size for p in (work / "old-whoosh").iterdir()),
            "search new": sum(p.stat().st_size for p in (work / "new-whoosh").iterdir()),
        }
    print(f"{args.articles:,} articles (copies of {len(sample):,}), batches of {args.batch}")
    for key, seconds in cpu.items():
        print(
            f"  {key:10s}: writer CPU {1000 * seconds / args.articles:5.2f} ms/article, "
            f"{sizes[key] / 1e6:6.1f} MB, {sizes[key] / args.articles / 1000:5.2f} KB an article"
        )


if __name__ == "__main__":
    main()
