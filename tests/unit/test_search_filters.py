"""Field filters narrow without ranking: run apart from the scored words, kept per generation."""

from __future__ import annotations

from pathlib import Path

from kutip.index.models import Article
from kutip.index.search.parse import parse_query
from kutip.index.search.tree import And, Dates, Phrase, Word, filters_apart
from kutip.index.search.whoosh_engine.engine import WhooshEngine


def test_filters_are_the_narrowing_conjuncts_of_an_and() -> None:
    ranking, narrowing = filters_apart(parse_query('banjir lang:id date:2024 outlet:"Kabar Nusantara"'))
    assert ranking == Word("banjir")
    assert narrowing == (Word("id", "lang"), Dates("2024", "2024-99-99", "2024"), Phrase("Kabar Nusantara", "outlet"))
    assert filters_apart(parse_query("lang:id")) == (Word("id", "lang"), ())  # something must rank
    assert filters_apart(parse_query("banjir OR lang:id"))[1] == ()  # only an AND's conjuncts narrow
    whole = parse_query("banjir person:Fulan")
    assert filters_apart(whole) == (whole, ())  # people rank: they are not filters
    assert isinstance(whole, And)


def _article(n: int, lang: str, date: str, words: str) -> Article:
    return Article(id=f"a{n}", source=f"/n/{n}.txt", title=f"Catatan {n}", lang=lang, date=date, body=words)


def test_filtered_ranking_is_the_unfiltered_ranking_narrowed(tmp_path: Path) -> None:
    engine = WhooshEngine(tmp_path / "ix")
    with engine.batch() as batch:
        batch.add_article(_article(1, "id", "2024-01-02", "banjir banjir banjir di pasar"))
        batch.add_article(_article(2, "id", "2023-05-06", "banjir di pasar"))
        batch.add_article(_article(3, "id", "2024-03-04", "banjir merendam pasar induk sejak pagi tadi"))
        batch.add_article(_article(4, "en", "2024-03-04", "banjir hit the market"))
    try:
        everything = engine.rank(parse_query("banjir"), None).ids()
        narrowed = engine.rank(parse_query("banjir lang:id date:2024"), None).ids()
        assert narrowed == [i for i in everything if i in {"a1", "a3"}]
        assert narrowed == ["a1", "a3"]
        assert len(engine._allowed) == 1  # the filters' documents are kept for the next keystroke
        engine.rank(parse_query("banjir pasar lang:id date:2024"), None)
        assert len(engine._allowed) == 1
        with engine.batch() as batch:
            batch.add_article(_article(5, "id", "2024-06-07", "banjir lagi"))
        assert "a5" in engine.rank(parse_query("banjir lang:id date:2024"), None).ids()  # a new generation
    finally:
        engine.close()
