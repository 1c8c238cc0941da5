"""Built batch by batch, with articles removed on the way, the people tables give the same
answers as built at once from the articles that remain (synthetic names, made up here)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from kutip.index.people import PeopleIndex

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.people import _article, _people


def test_incremental_equals_from_scratch() -> None:
    rng = random.Random(7)
    people = _people(rng, 300)
    articles = [_article(rng, n, people) for n in range(600)]
    incremental = PeopleIndex()
    kept: dict[str, object] = {}
    for start in range(0, len(articles), 50):
        batch = articles[start : start + 50]
        incremental.add(batch)
        kept.update((a.id, a) for a in batch)
        gone = rng.sample(sorted(kept), 8)
        incremental.remove(gone)
        for article_id in gone:
            kept.pop(article_id)
    remaining = [a for a in articles if a.id in kept]
    scratch = PeopleIndex.from_articles(remaining)
    assert incremental.persons() == scratch.persons()
    names = sorted({p.name.split()[-1] for p in people[:60]} | {p.name for p in people[:60]})
    assert [incremental.canonical(n) for n in names] == [scratch.canonical(n) for n in names]
