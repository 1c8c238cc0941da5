"""A prefix being typed stands for its most frequent terms only (a short prefix over a large
archive begins thousands); a prefix searched with Enter still stands for every term."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import RamStorage
from whoosh.searching import Searcher

from kutip.index.search.whoosh_engine.unions import FrequentPrefix

DOCS = {"bersih": 6, "berkata": 3, "bertani": 1, "banjir": 4}  # made-up counts of documents


@pytest.fixture
def searcher() -> Iterator[Searcher]:
    index = RamStorage().create_index(Schema(key=ID(stored=True), body=TEXT))
    with index.writer() as writer:
        number = 0
        for word, documents in DOCS.items():
            for _ in range(documents):
                writer.add_document(key=str(number), body=word)
                number += 1
    with index.searcher() as opened:
        yield opened


def _terms(query: FrequentPrefix, searcher: Searcher) -> list[str]:
    return [term.decode() for term in query._btexts(searcher.reader())]


def test_the_most_frequent_terms_are_kept(searcher: Searcher, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _terms(FrequentPrefix("body", "ber"), searcher) == ["berkata", "bersih", "bertani"]  # all
    assert _terms(FrequentPrefix("body", "ber", most=2), searcher) == ["berkata", "bersih"]
    monkeypatch.setattr(FrequentPrefix, "POSTINGS", 8)
    assert _terms(FrequentPrefix("body", "ber", most=3), searcher) == ["bersih"]  # 6 + 3 is over 8
    monkeypatch.setattr(FrequentPrefix, "POSTINGS", 1)
    assert _terms(FrequentPrefix("body", "ber", most=3), searcher) == ["bersih"]  # the first always


def test_the_kept_terms_are_searched(searcher: Searcher) -> None:
    found = searcher.search(FrequentPrefix("body", "ber", most=1), limit=None)
    assert len(found) == DOCS["bersih"]
    assert len(searcher.search(FrequentPrefix("body", "ber"), limit=None)) == 10


def test_prefixes_kept_differently_are_different_queries() -> None:
    assert FrequentPrefix("body", "ber", most=2) != FrequentPrefix("body", "ber", most=3)
    assert FrequentPrefix("body", "ber", most=2) == FrequentPrefix("body", "ber", most=2)
    assert len({FrequentPrefix("body", "ber", most=2), FrequentPrefix("body", "ber", most=2)}) == 1
