"""What keeps indexing cheap at scale: each word stemmed once per run, few Whoosh segments,
nothing stored in Whoosh that the document store already holds."""

from __future__ import annotations

from pathlib import Path

from whoosh.query import Term

from kutip.index.models import Article
from kutip.index.pool import AnalysisPool
from kutip.index.search.parse import parse_query
from kutip.index.search.whoosh_engine.engine import WhooshEngine
from kutip.index.search.whoosh_engine.schema import id_reader
from kutip.index.search.whoosh_engine.store import MERGE_TIER

WORDS = "pembangunan jembatan diresmikan pemerintah kabupaten penghubung perdagangan"


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_word_stemmed_by_one_worker_is_not_stemmed_or_sent_again_by_another(tmp_path: Path) -> None:
    first = _write(tmp_path, "a.txt", f"Catatan pertama\n\n{WORDS.capitalize()} kemarin.\n")
    later = [
        _write(tmp_path, f"b{n}.txt", f"Catatan lain {n}\n\n{WORDS.capitalize()} lagi.\n") for n in range(4)
    ]
    pool = AnalysisPool(2)
    try:
        pool.submit(first, first.read_bytes())
        (sent,) = list(pool.results())
        for path in later:
            pool.submit(path, path.read_bytes())
        again = list(pool.results())
    finally:
        pool.close()
    assert sent.stems.get("pembangunan") == "bangun"
    assert {"pembangunan", "perdagangan", "diresmikan"} <= set(sent.stems)
    for result in again:  # whichever worker took it: the other one's stems were forwarded
        assert not {"pembangunan", "perdagangan", "diresmikan"} & set(result.stems)
        assert result.articles


def _article(n: int) -> Article:
    return Article(
        id=f"art{n:04d}",
        source=f"/news/{n:04d}.txt",
        title=f"Jembatan nomor {n}",
        lang="id",
        body=f"Pembangunan jembatan nomor {n} selesai tahun ini. Warga menyeberang sungai setiap hari.",
    )


def test_many_small_commits_leave_few_segments_and_every_article_searchable(tmp_path: Path) -> None:
    index = WhooshEngine(tmp_path / "ix")
    try:
        commits = MERGE_TIER * 4
        for n in range(commits):
            with index.batch() as batch:
                batch.delete_source(f"/news/{n:04d}.txt")
                batch.add_article(_article(n))
        segments = index._ix._segments()
        assert len(segments) < commits // 2  # merged, but not on every commit
        assert index.doc_count() == commits
        hits = index.rank(parse_query("jembatan"), None).hits
        assert {article_id for article_id, _ in hits} == {f"art{n:04d}" for n in range(commits)}
    finally:
        index.close()


def test_whoosh_keeps_only_the_id_in_a_column_and_indexes_no_id_terms(tmp_path: Path) -> None:
    index = WhooshEngine(tmp_path / "ix")
    try:
        with index.batch() as batch:
            batch.add_article(_article(1))
        searcher = index._ix.searcher()
        try:
            (docnum,) = list(searcher.docs_for_query(Term("doctype", "article")))
            assert searcher.stored_fields(docnum) == {}  # no stored field: the id is a column
            assert id_reader(searcher)(docnum) == "art0001"
            assert "id" not in searcher.reader().indexed_field_names()
            assert "title" not in searcher.reader().indexed_field_names()  # one title field per language
        finally:
            searcher.close()
    finally:
        index.close()
