"""Phrases ranked without Whoosh's span matchers (``whoosh_engine.phrases`` through ``flat``) give
Whoosh's hits, order and scores.

Made-up words from a fixed seed in several segments (one with deleted documents), with repeated
two-word runs so phrases hold in some documents that have both words and fail in others.
"""

from __future__ import annotations

import math
import random
from pathlib import Path
from typing import Any

import pytest
from whoosh import fields
from whoosh import query as wq
from whoosh.filedb.filestore import FileStorage

from kutip.index.search.whoosh_engine.flat import LIVE, flat_ranked, is_flat
from kutip.index.search.whoosh_engine.phrases import in_order, tree_sum
from kutip.index.search.whoosh_engine.store import WhooshStore

SYLLABLES = ["ka", "ta", "ba", "ru", "me", "di", "sa", "lo", "pe", "ni"]
FIELDS = ("title", "body")


@pytest.fixture(scope="module", params=[(700, 250, 40), (5_200,)], ids=["segments", "large"])
def searcher(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Any:
    folder: Path = tmp_path_factory.mktemp("phrases")
    schema = fields.Schema(
        id=fields.ID(stored=True, unique=True), title=fields.TEXT, body=fields.TEXT(phrase=True)
    )
    index = FileStorage(str(folder)).create_index(schema)
    rng = random.Random(11)
    vocabulary = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))) for _ in range(60)]
    runs = [f"{vocabulary[i]} {vocabulary[i + 1]}" for i in range(0, 12, 2)]
    number = 0
    for size in request.param:
        writer = index.writer()
        for _ in range(size):
            words = [rng.choice(vocabulary[: rng.choice((12, 60))]) for _ in range(rng.randint(4, 30))]
            if rng.random() < 0.4:
                words.insert(rng.randrange(len(words)), rng.choice(runs))
            writer.add_document(id=f"d{number}", title=" ".join(words[:5]), body=" ".join(words))
            number += 1
        writer.commit(merge=False)
    writer = index.writer()
    for gone in range(0, 700, 9):
        writer.delete_by_term("id", f"d{gone}")
    writer.commit(merge=False)
    found = index.searcher()
    found.test_vocabulary = vocabulary
    yield found
    found.close()


def _queries(searcher: Any) -> list[wq.Query]:
    v = searcher.test_vocabulary

    def each(words: list[str], slop: int = 1) -> wq.Or:
        return wq.Or([wq.Phrase(field, words, slop=slop) for field in FIELDS])

    return [
        each([v[0], v[1]]),  # a run that was inserted: holds in many documents
        each([v[1], v[0]]),  # the same words the other way round: mostly fails
        each([v[2], v[3], v[4]]),
        each([v[5], v[5]]),
        each([v[6], v[8]], slop=3),
        each([v[0], v[59]]),  # a frequent and a rare word
        wq.And([each([v[0], v[1]]), wq.Or([wq.Term(f, v[2]) for f in FIELDS])]),
        wq.Or([each([v[2], v[3]]), wq.Or([wq.Term(f, v[9]) for f in FIELDS])]),
        wq.Phrase("body", [v[0], "absent"]),
    ]


def test_the_same_hits_order_and_scores_as_whoosh(searcher: Any) -> None:
    allowed = set(searcher.docs_for_query(wq.Every()))
    for made in _queries(searcher):
        query = made.normalize()
        assert is_flat(query)
        for limit in (5, 50, 5000):
            whoosh = WhooshStore._collected(searcher, query, limit, allowed, None)
            expected = [(hit.docnum, hit.score) for hit in whoosh]
            got = [(docnum, score) for score, docnum in flat_ranked(searcher, query, limit, allowed)]
            assert [d for d, _ in got] == [d for d, _ in expected], (query, limit)
            assert all(math.isclose(a, b, rel_tol=1e-9) for (_, a), (_, b) in zip(got, expected, strict=True))
            assert flat_ranked(searcher, query, limit, LIVE) == flat_ranked(searcher, query, limit, allowed)


def test_only_allowed_documents_are_ranked(searcher: Any) -> None:
    v = searcher.test_vocabulary
    allowed = {docnum for docnum in searcher.docs_for_query(wq.Every()) if docnum % 2}
    got = flat_ranked(searcher, wq.Phrase("body", [v[0], v[1]]), 20, allowed)
    assert got and all(docnum in allowed for _, docnum in got)


def test_words_in_order_within_the_slop() -> None:
    assert in_order([[3, 9], [4]], 1)
    assert not in_order([[4], [3]], 1)  # before, not after
    assert not in_order([[3], [5]], 1)
    assert in_order([[3], [5]], 2)
    assert not in_order([[3], [3]], 1)  # one word twice needs two places
    assert in_order([[3, 4], [3, 4]], 1)
    assert in_order([[1], [2], [3]], 1)
    assert not in_order([[1], [2], [5]], 1)


def test_sums_are_added_as_whoosh_adds_them() -> None:
    assert tree_sum([1.0]) == 1.0
    assert tree_sum([0.1, 0.2, 0.3]) == 0.1 + (0.2 + 0.3)
    assert tree_sum([0.1, 0.2, 0.3, 0.4]) == (0.1 + 0.2) + (0.3 + 0.4)
