"""The disk report sums SQLite's bytes per owner and per ``articles`` column."""

from __future__ import annotations

from pathlib import Path

from benchmarks.disk import article_columns, by_owner
from kutip.index.docstore import DocStore, SourceState
from kutip.index.models import Article


def test_tables_and_indexes_are_summed_per_owner() -> None:
    sizes = [("articles", 2.0), ("link_keys", 1.0), ("link_members_cluster", 0.5), ("people_names", 0.25)]
    sizes += [
        ("sqlite_autoindex_statements_1", 0.5),
        ("sqlite_autoindex_link_docs_1", 0.5),
        ("(free pages)", 0.125),
    ]
    assert by_owner(sizes) == {"document store": 2.5, "linking": 2.0, "people": 0.25, "(free pages)": 0.125}


def test_article_columns_are_mean_stored_bytes(tmp_path: Path) -> None:
    store = DocStore(tmp_path / "kutip.sqlite3")
    try:
        article = Article(id="a1", source="/berita/a.txt", title="Jembatan", body="Jembatan dibuka. " * 20)
        store.commit_batch([SourceState("/berita/a.txt", "h", 1, 1)], [article])
    finally:
        store.close()
    count, columns = article_columns(tmp_path / "kutip.sqlite3")
    assert count == 1
    assert columns["id"] == 2 and columns["title"] == len("Jembatan")
    assert 0 < columns["body"] < len(article.body)  # compressed
    assert columns["packed"] > 0
