"""Bodies may be stored zlib-compressed; every reader gets the text back, old plain rows too."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from kutip.index import docstore
from kutip.index.docstore import DocStore, SourceState, decode_body, lead_column, read_body
from kutip.index.models import Article

BODY = "JAKARTA - Fulan Hidayat meresmikan jembatan desa yang dibangun warga selama dua tahun. " * 8


def _articles() -> list[Article]:
    titled = Article(
        id="t1", source="/news/t.txt", title="Jembatan desa", lang="id", date="2024-05-01", body=BODY
    )
    untitled = dataclasses.replace(titled, id="u1", source="/news/u.txt", title="", dateline="JAKARTA")
    return [titled, untitled]


def _store(tmp_path: Path, articles: list[Article]) -> DocStore:
    store = DocStore(tmp_path / "kutip.sqlite3")
    states = [SourceState(a.source, "h" + a.id, 1, 1) for a in articles]
    store.commit_batch(states, articles)
    return store


@pytest.fixture
def compressing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docstore, "COMPRESS_BODIES", True)


@pytest.mark.usefixtures("compressing")
def test_compressed_bodies_read_back_through_every_reader(tmp_path: Path) -> None:
    store = _store(tmp_path, _articles())
    try:
        db = store.connection()
        kinds = {r[0] for r in db.execute("SELECT typeof(body) FROM articles")}
        assert kinds == {"blob"}
        (size,) = db.execute("SELECT sum(length(body)) FROM articles").fetchone()
        assert size < len(BODY.encode())  # both bodies together: smaller than one plain copy
        article = store.article("u1")
        assert article is not None and article.body == BODY
        assert store.bodies(["t1", "u1"]) == {"t1": BODY, "u1": BODY}
        assert read_body(db, "t1") == BODY and read_body(db, "gone") == ""
        assert [a.body for a in store.iter_articles()] == [BODY, BODY]
        leads = {s.id: s.lead for s in store.summaries()}
        assert leads["t1"] == "" and leads["u1"].startswith("Fulan Hidayat meresmikan")
    finally:
        store.close()


def test_plain_rows_of_an_older_store_still_read_beside_compressed_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    titled, untitled = _articles()
    monkeypatch.setattr(docstore, "COMPRESS_BODIES", False)
    store = _store(tmp_path, [untitled])  # plain, as every store before compression
    try:
        monkeypatch.setattr(docstore, "COMPRESS_BODIES", True)
        store.commit_batch([SourceState(titled.source, "h", 1, 1)], [titled])
        db = store.connection()
        kinds = dict(db.execute("SELECT id, typeof(body) FROM articles").fetchall())
        assert kinds == {"u1": "text", "t1": "blob"}
        assert store.bodies(["t1", "u1"]) == {"t1": BODY, "u1": BODY}
        (lead,) = db.execute(f"SELECT {lead_column()} FROM articles WHERE id = 'u1'").fetchone()
        assert lead == BODY[: docstore.LEAD_READ]
    finally:
        store.close()


def test_new_bodies_are_compressed_by_default(tmp_path: Path) -> None:
    store = _store(tmp_path, _articles()[:1])
    try:
        (kind,) = store.connection().execute("SELECT typeof(body) FROM articles").fetchone()
        assert kind == "blob"
    finally:
        store.close()


def test_decode_body_takes_either_form() -> None:
    assert decode_body("plain") == "plain"
    assert decode_body(None) == ""
    import zlib

    assert decode_body(zlib.compress(b"Fulan berkata")) == "Fulan berkata"
