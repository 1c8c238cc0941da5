"""People's evidence on disk (issue 11): a rowid table whose indexes hold one column each, not
three copies of every name form; each row still once (synthetic names, made up here)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from kutip.index.people import PeopleIndex

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.people import _article, _people


def _evidence(index: PeopleIndex) -> list[tuple[str, ...]]:
    return sorted(
        tuple(r)
        for r in index.db.execute("SELECT article, key, written, name_key, kind FROM people_evidence")
    )


def test_each_index_of_the_evidence_holds_one_column() -> None:
    index = PeopleIndex.from_articles([])  # the tables are made on the first batch
    db = index.db
    assert (
        db.execute("SELECT sql FROM sqlite_master WHERE name = 'people_evidence'")
        .fetchone()[0]
        .count("WITHOUT ROWID")
        == 0
    )
    indexes = [r[1] for r in db.execute("PRAGMA index_list(people_evidence)")]
    columns = {name: [r[2] for r in db.execute(f"PRAGMA index_info({name})")] for name in indexes}
    assert columns == {
        "people_evidence_article": ["article"],
        "people_evidence_key": ["key"],
        "people_evidence_name": ["name_key"],
    }


def test_an_article_given_twice_in_one_batch_keeps_its_rows_once() -> None:
    rng = random.Random(5)
    people = _people(rng, 40)
    articles = [_article(rng, n, people) for n in range(30)]
    once = PeopleIndex.from_articles(articles)
    twice = PeopleIndex.from_articles([*articles, articles[3], articles[7]])
    rows = _evidence(once)
    assert rows and len(rows) == len(set(rows))
    assert _evidence(twice) == rows
    assert twice.persons() == once.persons()
    again = PeopleIndex.from_articles(articles)
    again.add(articles[:10])  # replaced: the old rows go first
    assert _evidence(again) == rows
