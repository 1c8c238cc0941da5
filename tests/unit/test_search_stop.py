"""A search told to stop gives up inside the engine, says so with SearchStopped (never as damage),
and leaves the archive ready for the next search."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kutip.index.facade import Archive, SearchStopped
from tests.articles import write_corpus


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    opened = Archive.open(tmp_path / "ix")
    opened.index([write_corpus(tmp_path / "corpus")["banjir"].parent])
    yield opened
    opened.close()


class _StopAt:
    """A stop check that says stop from its ``at``-th question on, counting the questions."""

    def __init__(self, at: int) -> None:
        self.at, self.asked = at, 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.asked >= self.at


def _questions(search: object) -> int:
    never = _StopAt(10**9)
    search(never)  # type: ignore[operator]
    return never.asked


@pytest.mark.parametrize("prefix", [False, True])
def test_a_stop_at_any_question_ends_the_search_and_the_next_one_runs(archive: Archive, prefix: bool) -> None:
    def search(stop: _StopAt) -> object:
        return archive.search("warga", limit=1000, snippets=0, prefix=prefix, stop=stop)

    asked = _questions(search)
    assert asked >= 4  # before and inside the engine, not only between the archive's steps
    for at in range(1, asked + 1):
        with pytest.raises(SearchStopped):
            search(_StopAt(at))
    assert archive.search("warga", limit=1000, snippets=0) == archive.search("warga", limit=1000, snippets=0)
    assert archive.search("warga")  # the engine's lock was released


def test_statement_search_stops_too(archive: Archive) -> None:
    def search(stop: _StopAt) -> object:
        return archive.search_statements("warga", limit=1000, stop=stop)

    asked = _questions(search)
    assert asked >= 3
    for at in range(1, asked + 1):
        with pytest.raises(SearchStopped):
            search(_StopAt(at))
    assert archive.search_statements("warga")


def test_without_a_stop_check_the_answers_are_the_same(archive: Archive) -> None:
    never = _StopAt(10**9)
    for query in ("warga", "war", "banjir OR line", 'lang:en "light rail"'):
        assert archive.search(query, stop=never) == archive.search(query)
        assert archive.search(query, prefix=True, stop=never) == archive.search(query, prefix=True)
