"""The document store's smaller layout (issue 11, disk): ``extra`` keeps only what SQL reads, the
rest is compressed in ``packed``; entities and sources are one B-tree each. Older stores read the
same."""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

from kutip.index.docstore import DocStore, SourceState
from kutip.index.models import Article, Credit, Entity, EntityType, Mention
from kutip.index.profiles import FORM_ARTICLES, MAX_FORMS, _mention_forms

BODY = (
    "Fulan Hidayat meresmikan jembatan baru. Menurut Pak Fulan, jembatan itu dibangun warga. "
    "Hidayat menambahkan bahwa Dinas Pekerjaan Umum ikut membantu."
)

_OLD_ARTICLES = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY, source TEXT NOT NULL, locator TEXT NOT NULL, title TEXT NOT NULL,
    outlet TEXT NOT NULL, date TEXT NOT NULL, author TEXT NOT NULL, url TEXT NOT NULL,
    lang TEXT NOT NULL, format TEXT NOT NULL, dateline TEXT NOT NULL, body TEXT NOT NULL,
    extra TEXT NOT NULL
);
"""

_OLD_FORMS_SQL = (  # the query that read the mentions out of ``extra`` before ``packed``
    "SELECT json_extract(m.value, '$[2]') AS form, count(*) AS n FROM "
    "(SELECT a.id, a.extra FROM entities x JOIN articles a ON a.id = x.article "
    f"WHERE x.name = ? AND x.type = ? ORDER BY a.date DESC LIMIT {FORM_ARTICLES}) a, "
    "json_each(a.extra, '$.entities') e, json_each(e.value, '$.mentions') m "
    "WHERE json_extract(e.value, '$.name') = ? AND json_extract(e.value, '$.type') = ? "
    f"GROUP BY form ORDER BY n DESC, form LIMIT {MAX_FORMS}"
)


def _article(n: int, title: str = "Jembatan desa") -> Article:
    article = Article(
        id=f"a{n}",
        source=f"/berita/{n}.txt",
        title=title,
        outlet="Kabar Contoh",
        date=f"2024-05-0{n}",
        lang="id",
        body=BODY,
        event_date="2024-04-30",
        boilerplate=["Baca juga: berita lain"],
        credits=[Credit("author", "Siti Rahmawati")],
    )
    first, second, third = BODY.index("Fulan Hidayat"), BODY.index("Pak Fulan"), BODY.index("Hidayat m")
    article.entities = [
        Entity(
            "Fulan Hidayat",
            EntityType.PERSON,
            [Mention(first, first + 13, "Fulan Hidayat"), Mention(second, second + 9, "Pak Fulan")]
            + [Mention(third, third + 7, "Hidayat")] * n,
            aliases=["Pak Fulan"],
        ),
        Entity("Dinas Pekerjaan Umum", EntityType.ORGANIZATION, [Mention(100, 120, "Dinas Pekerjaan Umum")]),
    ]
    return article


def _state(n: int) -> SourceState:
    return SourceState(f"/berita/{n}.txt", f"hash{n}", 1, len(BODY))


def _old_extra(article: Article) -> str:
    """``extra`` as stores before ``packed`` wrote it: everything, uncompressed."""
    return json.dumps(
        {
            "boilerplate": article.boilerplate,
            "event_date": article.event_date,
            "credits": [[c.role, c.name] for c in article.credits],
            "entities": [
                {
                    "name": e.name,
                    "type": e.type.value,
                    "aliases": e.aliases,
                    "mentions": [[m.start, m.end, m.text] for m in e.mentions],
                }
                for e in article.entities
            ],
        },
        ensure_ascii=False,
    )


def _old_store(path: Path, articles: list[Article]) -> None:
    """A store file whose ``articles`` has no ``packed`` column, its rows in the old layout."""
    db = sqlite3.connect(path)
    db.executescript(_OLD_ARTICLES)
    db.executemany(
        "INSERT INTO articles VALUES (?, ?, '', ?, ?, ?, '', '', 'id', 'txt', '', ?, ?)",
        [(a.id, a.source, a.title, a.outlet, a.date, a.body, _old_extra(a)) for a in articles],
    )
    db.commit()
    db.close()


def _read_back(article: Article | None) -> tuple[object, ...]:
    assert article is not None
    return (article.entities, article.credits, article.boilerplate, article.event_date)


def test_extra_keeps_what_sql_reads_and_the_rest_is_packed_and_reads_back(tmp_path: Path) -> None:
    store = DocStore(tmp_path / "kutip.sqlite3")
    try:
        store.commit_batch([_state(1)], [_article(1)])
        db = store.connection()
        extra, packed = db.execute("SELECT extra, packed FROM articles").fetchone()
        assert json.loads(extra) == {"event_date": "2024-04-30"}
        assert (
            db.execute("SELECT json_extract(extra, '$.event_date') FROM articles").fetchone()[0]
            == "2024-04-30"
        )
        assert len(packed) < len(_old_extra(_article(1)).encode()) and zlib.decompress(packed)
        assert _read_back(store.article("a1")) == _read_back(_article(1))
        (again,) = list(store.iter_articles())
        assert _read_back(again) == _read_back(_article(1))
    finally:
        store.close()


def test_an_untitled_articles_lead_stays_in_extra_for_the_summary_query(tmp_path: Path) -> None:
    store = DocStore(tmp_path / "kutip.sqlite3")
    try:
        store.commit_batch([_state(1)], [_article(1, title="")])
        (summary,) = store.summaries()
        assert summary.lead.startswith("Fulan Hidayat meresmikan")
    finally:
        store.close()


def test_an_older_store_gains_the_column_and_reads_both_layouts(tmp_path: Path) -> None:
    path = tmp_path / "kutip.sqlite3"
    _old_store(path, [_article(1)])
    store = DocStore(path)
    try:
        db = store.connection()
        db.execute("INSERT INTO entities VALUES ('a1', 'Fulan Hidayat', 'person', 3)")
        store.commit_batch([_state(2)], [_article(2)])
        rows = dict(db.execute("SELECT id, packed IS NULL FROM articles").fetchall())
        assert rows == {"a1": 1, "a2": 0}
        assert _read_back(store.article("a1")) == _read_back(_article(1))
        assert _read_back(store.article("a2")) == _read_back(_article(2))
        forms = _mention_forms(db, "Fulan Hidayat", EntityType.PERSON)
        assert forms == ["Fulan Hidayat", "Hidayat", "Pak Fulan"]  # "Hidayat" 3 times, the others twice
    finally:
        store.close()


def test_mention_forms_are_what_the_sql_over_extra_gave(tmp_path: Path) -> None:
    old, new = tmp_path / "old.sqlite3", tmp_path / "new.sqlite3"
    articles = [_article(n) for n in (1, 2, 3)]
    _old_store(old, articles)
    db = sqlite3.connect(old)
    db.execute("CREATE TABLE entities (article TEXT, name TEXT, type TEXT, mentions INTEGER)")
    db.executemany(
        "INSERT INTO entities VALUES (?, 'Fulan Hidayat', 'person', 1)", [(a.id,) for a in articles]
    )
    wanted = ("Fulan Hidayat", "person", "Fulan Hidayat", "person")
    expected = [str(form) for form, _ in db.execute(_OLD_FORMS_SQL, wanted)]
    db.close()
    store = DocStore(new)
    try:
        store.commit_batch([_state(n) for n in (1, 2, 3)], articles)
        forms = _mention_forms(store.connection(), "Fulan Hidayat", EntityType.PERSON)
        assert forms == list(dict.fromkeys(["Fulan Hidayat", *expected]))
    finally:
        store.close()


def test_entities_and_sources_are_one_btree_each_and_still_replace(tmp_path: Path) -> None:
    store = DocStore(tmp_path / "kutip.sqlite3")
    try:
        store.commit_batch([_state(1)], [_article(1)])
        store.commit_batch([_state(1)], [_article(1)])  # the same file again
        db = store.connection()
        names = {str(r[0]) for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "sqlite_autoindex_entities_1" not in names and "sqlite_autoindex_sources_1" not in names
        assert db.execute("SELECT count(*) FROM sources").fetchone()[0] == 1
        assert db.execute("SELECT count(*) FROM entities").fetchone()[0] == 2
        assert store.entity_counts("person") == [("Fulan Hidayat", "person", 1, 3)]
    finally:
        store.close()
