"""Prefixes and wildcards unioned in an array find what Whoosh's tree of unions finds, with the
same scores and the same top hits (a bound that was too low once lost top hits)."""

from __future__ import annotations

import random

import pytest
from whoosh import query as wq
from whoosh.fields import ID, STORED, TEXT, Schema
from whoosh.filedb.filestore import RamStorage
from whoosh.index import FileIndex

from kutip.index.search.whoosh_engine import unions
from kutip.index.search.whoosh_engine.unions import ArrayOr, ArrayPrefix, ArrayWildcard, array_unions

SYLLABLES = ["ka", "ke", "ta", "ti", "ra", "ru", "ma", "mi", "pa", "pe", "la", "lo"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


@pytest.fixture(scope="module")
def index() -> FileIndex:
    rng = random.Random(7)
    schema = Schema(id=STORED(), kind=ID(), title=TEXT(field_boost=3.0), body=TEXT(phrase=True))
    ix = RamStorage().create_index(schema)
    with ix.writer() as writer:
        for n in range(600):
            writer.add_document(
                id=str(n),
                kind="a" if n % 3 else "b",
                title=" ".join(_word(rng) for _ in range(3)),
                body=" ".join(_word(rng) for _ in range(40)),
            )
    return ix


def _hits(ix: FileIndex, query: wq.Query, limit: int | None) -> list[tuple[str, float]]:
    with ix.searcher() as searcher:
        return [(hit["id"], round(hit.score, 9)) for hit in searcher.search(query, limit=limit)]


QUERIES = [
    wq.Prefix("body", "ka"),
    wq.Prefix("body", "ket"),
    wq.Or([wq.Prefix("title", "ra"), wq.Prefix("body", "ra"), wq.Term("body", "rama")]),
    wq.And([wq.Prefix("body", "ma"), wq.Term("kind", "a")]),
    wq.Wildcard("body", "ke*la"),
    wq.Prefix("body", "pe", boost=2.0),
    wq.Or(
        [wq.Term(field, a + b) for a in SYLLABLES[:4] for b in SYLLABLES[:4] for field in ("title", "body")]
    ),
    wq.And([wq.Or([wq.Term("body", "ka" + b) for b in SYLLABLES], boost=1.5), wq.Prefix("title", "ta")]),
]


@pytest.mark.parametrize("query", QUERIES, ids=str)
@pytest.mark.parametrize("limit", [5, 50, None])
def test_same_hits_and_scores_as_the_tree(
    index: FileIndex, query: wq.Query, limit: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(unions, "TREE_ABOVE", 0)  # this small segment stands for a large one
    monkeypatch.setattr(wq.Or, "matcher_type", wq.Or.DEFAULT_MATCHER)  # Whoosh's tree, as above 5,000
    tree = _hits(index, query, limit)
    monkeypatch.setattr(wq.Or, "matcher_type", wq.Or.AUTO_MATCHER)
    array = _hits(index, array_unions(query), limit)
    assert [score for _, score in array] == [score for _, score in tree]
    last = tree[-1][1]  # documents tied with the last one may be cut in either order
    assert {i for i, score in array if score > last} == {i for i, score in tree if score > last}
    if limit is None:
        assert sorted(array) == sorted(tree)
    assert len(tree) >= min(limit or 6, 6)


def test_small_segments_score_as_whoosh_does(index: FileIndex) -> None:
    query = wq.Prefix("body", "ka")
    assert sorted(_hits(index, array_unions(query), None)) == sorted(_hits(index, query, None))


def test_the_query_is_copied_with_array_leaves() -> None:
    query = wq.And([wq.Prefix("body", "ka"), wq.Or([wq.Wildcard("body", "k?t*"), wq.Term("body", "x")])])
    swapped = array_unions(query)
    kinds = {type(q) for q in swapped.leaves()}
    assert kinds == {ArrayPrefix, ArrayWildcard, wq.Term}
    assert {type(q) for q in query.leaves()} == {wq.Prefix, wq.Wildcard, wq.Term}
    assert [(q.fieldname, q.text) for q in swapped.leaves()] == [
        (q.fieldname, q.text) for q in query.leaves()
    ]


def test_a_phrase_needing_the_current_match_keeps_the_tree(
    index: FileIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(unions, "TREE_ABOVE", 0)
    query = wq.Prefix("body", "ka")
    with index.searcher() as searcher:
        leaf = searcher.leaf_searchers()[0][0]
        current = leaf.context().set(needs_current=True)
        assert not isinstance(array_unions(query).matcher(leaf, current), unions._ArrayUnion)
        assert isinstance(array_unions(query).matcher(leaf, leaf.context()), unions._ArrayUnion)


def test_an_or_of_many_queries_is_unioned_in_an_array(
    index: FileIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(unions, "TREE_ABOVE", 0)
    many = wq.Or([wq.Term("body", "ka" + b) for b in SYLLABLES])
    few = wq.Or([wq.Term("body", "kaka"), wq.Term("body", "kata")])
    assert isinstance(array_unions(many), ArrayOr)
    assert type(array_unions(few)) is wq.Or
    with index.searcher() as searcher:
        leaf = searcher.leaf_searchers()[0][0]
        assert isinstance(array_unions(many).matcher(leaf, leaf.context()), unions._ArrayUnion)
        sparse = wq.Or([wq.Term("body", f"none{n}") for n in range(10)] + [wq.Term("body", "kaka")])
        assert not isinstance(array_unions(sparse).matcher(leaf, leaf.context()), unions._ArrayUnion)
