"""Search does only the work that is shown: one searcher per generation, snippets on request."""

from __future__ import annotations

from pathlib import Path

from kutip.index.facade import Archive
from tests.articles import write_corpus


def test_snippets_only_for_the_hits_asked_for(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")["banjir"].parent
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    everything = archive.search("kata OR said", limit=None)
    assert len(everything) >= 2 and all(h.snippet for h in everything)
    ranked = archive.search("kata OR said", limit=None, snippets=1)
    assert [h.summary.id for h in ranked] == [h.summary.id for h in everything]
    assert ranked[0].snippet and not any(h.snippet for h in ranked[1:])
    later = archive.snippets_for([h.summary.id for h in ranked[1:]], "kata OR said")
    assert {i: text for i, (text, _) in later.items()} == {h.summary.id: h.snippet for h in everything[1:]}
    archive.close()


def test_searcher_is_reused_until_a_commit(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path / "corpus")
    archive = Archive.open(tmp_path / "ix")
    archive.index([paths["banjir"]])
    engine = archive._search
    archive.search("banjir")
    first = engine._searcher
    archive.search("perahu")
    assert engine._searcher is first
    archive.index([paths["transit"]])
    assert len(archive.search("rail")) == 1  # another generation: a fresh searcher sees it
    assert engine._searcher is not first
    archive.close()


def test_statement_words_do_not_make_article_hits_and_vice_versa(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")["banjir"].parent
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    articles = archive.search("perahu")
    statements = archive.search_statements("perahu")
    assert articles and statements
    assert {h.summary.id for h in articles} == {h.row.article.id for h in statements}
    assert archive.search_statements("Bekasi Selasa") == []  # words of the article outside any quote
    archive.close()


def test_summaries_the_caller_holds_are_not_read_again(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")["banjir"].parent
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    everything = archive.search("kata OR said", limit=None, snippets=0)
    assert len(everything) >= 2
    held = {everything[0].summary.id: everything[0].summary}  # the reader holds one of the hits
    asked: list[list[str]] = []
    by_id = archive._store.summaries_by_id
    archive._store.summaries_by_id = lambda ids: by_id(asked.append(list(ids)) or asked[-1])  # type: ignore[method-assign]
    hits = archive.search("kata OR said", limit=None, snippets=0, known=held)
    assert [h.summary for h in hits] == [h.summary for h in everything]
    assert hits[0].summary is held[everything[0].summary.id]
    assert asked == [[h.summary.id for h in everything[1:]]]  # only the others come from the store
    archive.close()
