"""The document store keeps one copy of each statement: in its table, not again in ``articles.extra``."""

from __future__ import annotations

import json
from pathlib import Path

from kutip.index.docstore import DocStore, SourceState
from kutip.index.models import Article, Entity, EntityType, Mention, Statement

BODY = (
    'Fulan Hidayat mengatakan, "Jembatan itu selesai bulan depan." '
    "Menurut Siti Rahmawati, warga menunggu jembatan sejak lama."
)


def _article() -> Article:
    article = Article(
        id="a1", source="/news/a.txt", title="Jembatan desa", lang="id", date="2024-05-01", body=BODY
    )
    article.entities = [Entity("Fulan Hidayat", EntityType.PERSON, [Mention(0, 13, "Fulan Hidayat")])]
    first = BODY.index("Jembatan itu")
    second = BODY.index("warga menunggu")
    article.statements = [
        Statement(
            "a1-s0",
            "a1",
            "Jembatan itu selesai bulan depan.",
            "direct",
            first,
            first + 33,
            speaker="Fulan Hidayat",
            speaker_as_written="Fulan Hidayat",
        ),
        Statement(
            "a1-s1",
            "a1",
            "warga menunggu jembatan sejak lama.",
            "indirect",
            second,
            second + 35,
            speaker="Siti Rahmawati",
            speaker_as_written="Siti Rahmawati",
            role="warga",
            via="Menurut",
        ),
    ]
    return article


def _store(tmp_path: Path) -> DocStore:
    store = DocStore(tmp_path / "kutip.sqlite3")
    store.commit_batch([SourceState("/news/a.txt", "h", 1, len(BODY))], [_article()])
    return store


def test_statements_are_stored_once_and_read_back_whole_and_in_order(tmp_path: Path) -> None:
    store = _store(tmp_path)
    try:
        (extra,) = store.connection().execute("SELECT extra FROM articles").fetchone()
        assert "statements" not in json.loads(extra)
        article = store.article("a1")
        assert article is not None
        assert article.statements == _article().statements
        assert [e.mentions for e in article.entities] == [[Mention(0, 13, "Fulan Hidayat")]]
        (again,) = list(store.iter_articles())
        assert again.statements == _article().statements
    finally:
        store.close()


def test_an_older_store_with_a_copy_in_extra_reads_the_table_not_the_stale_copy(tmp_path: Path) -> None:
    store = _store(tmp_path)
    try:
        db = store.connection()
        stale = {"statements": [{"id": "old", "text": "lama", "kind": "direct", "start": 0, "end": 4}]}
        db.execute("UPDATE articles SET extra = json_patch(extra, ?)", (json.dumps(stale),))
        article = store.article("a1")
        assert article is not None
        assert [s.id for s in article.statements] == ["a1-s0", "a1-s1"]
    finally:
        store.close()
