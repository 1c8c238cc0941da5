"""Candidate generation stays bounded as the archive grows (speaker + term keys, date windows)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import linking as bench
from kutip.index.docstore import DocStore
from kutip.index.linking import candidates, update_links
from kutip.index.linking.shortlist import MAX_CANDIDATES
from kutip.index.linking.store import load_docs


def _mean_candidates(folder: Path, archived: int) -> tuple[float, int]:
    gen = bench.Generator(seed=3, speakers=2_000, vocabulary=2_000)
    store = DocStore(folder / f"scale-{archived}.sqlite3")
    with store.transaction() as db:
        bench.build_archive(db, gen, archived)
        rows = bench.new_articles(db, gen, archived, 60)
        ids = bench._insert_articles(db, rows)
        update_links(db, ids, [])
    db = store._db()
    docs = list(load_docs(db, ids).values())
    counts = [len(candidates(db, d)) for d in docs]
    links = bench.linked_count(db)
    store.close()
    return sum(counts) / len(counts), links


def test_candidates_do_not_grow_with_the_archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bench, "ARTICLES_PER_DAY", 10)  # 1,000 articles span 100 days, 8,000 span two years
    small, small_links = _mean_candidates(tmp_path, 1_000)
    large, large_links = _mean_candidates(tmp_path, 8_000)
    assert large < 2 * small + 2, (small, large)  # eight times the archive, about the same work
    assert large < MAX_CANDIDATES / 4
    # the re-reported remarks (a third of 180 statements) are still found in both
    assert small_links >= 40 and large_links >= 40
