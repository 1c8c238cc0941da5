"""Clusters follow the archive as articles are added, replaced and removed (DocStore + linker, no Whoosh)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.docstore import DocStore, SourceState
from kutip.index.linking import cluster_ids, clusters, find, members_of, update_links
from kutip.index.models import Article, Statement

FULL = "Harga cabai di pasar induk akan turun pekan depan karena panen raya di Jawa Tengah sudah dimulai"
FIRST = "Harga cabai di pasar induk akan turun pekan depan,"
SECOND = "panen raya di Jawa Tengah sudah dimulai sehingga pasokan cabai bertambah"
OTHER = "Kami belum menerima laporan kelangkaan pupuk di tingkat petani"


def _article(aid: str, outlet: str, date: str, *said: tuple[str, str, str]) -> Article:
    article = Article(id=aid, source=f"/corpus/{aid}.txt", outlet=outlet, date=date, lang="id", body="-")
    article.statements = [
        Statement(id=f"{aid}:{n}", article=aid, text=text, kind=kind, start=0, end=1, speaker=speaker)
        for n, (speaker, text, kind) in enumerate(said)
    ]
    return article


class Archive:
    """A DocStore fed the way the indexer feeds it, calling the linker after each batch."""

    def __init__(self, path: Path) -> None:
        self.store = DocStore(path / "store.sqlite3")

    def _ids(self, sources: list[str]) -> list[str]:
        db = self.store._db()
        return [
            r[0]
            for source in sources
            for r in db.execute(
                "SELECT s.id FROM statements s JOIN articles a ON a.id = s.article WHERE a.source = ?",
                (source,),
            )
        ]

    def add(self, *articles: Article) -> None:
        states = [SourceState(a.source, a.id, 1, 1) for a in articles]
        removed = self._ids([a.source for a in articles])  # statements of the files' previous versions
        self.store.commit_batch(states, articles)
        with self.store.transaction() as db:
            update_links(db, [s.id for a in articles for s in a.statements], removed)

    def remove(self, *articles: Article) -> None:
        removed = self._ids([a.source for a in articles])
        self.store.commit_batch([], [], [a.source for a in articles])
        with self.store.transaction() as db:
            update_links(db, [], removed)

    def cluster_of(self, statement_id: str) -> str | None:
        db = self.store._db()
        if db.execute("SELECT 1 FROM statements WHERE id = ?", (statement_id,)).fetchone() is None:
            return None
        return cluster_ids(db, [statement_id]).get(statement_id)


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path)


def test_add_then_link_then_remove(archive: Archive) -> None:
    a = _article("a", "Harian Satu", "2024-05-02", ("Sri Lestari", FULL, "direct"), ("Sri Lestari", OTHER, "direct"))
    archive.add(a)
    assert archive.cluster_of("a:0") == "a:0"  # a singleton is its own cluster
    b = _article("b", "Kabar Dua", "2024-05-03", ("Lestari", FIRST, "direct"))
    archive.add(b)
    assert archive.cluster_of("b:0") == archive.cluster_of("a:0") == "a:0"  # earliest member names it
    assert archive.cluster_of("a:1") == "a:1"  # the speaker's other remark stays apart
    archive.remove(b)
    assert archive.cluster_of("a:0") == "a:0"
    assert [c.id for c in clusters(archive.store._db())] == []


def test_bridging_statement_merges_clusters(archive: Archive) -> None:
    archive.add(_article("b", "Kabar Dua", "2024-05-03", ("Sri Lestari", FIRST, "direct")))
    archive.add(_article("c", "Warta Tiga", "2024-05-04", ("Sri Lestari", SECOND, "indirect")))
    assert archive.cluster_of("b:0") != archive.cluster_of("c:0")
    # within two days of both (reports three days apart would need near-identical words)
    archive.add(_article("a", "Harian Satu", "2024-05-02", ("Sri Lestari", FULL, "direct")))
    assert archive.cluster_of("b:0") == archive.cluster_of("c:0") == archive.cluster_of("a:0") == "a:0"
    found = clusters(archive.store._db())
    assert len(found) == 1
    assert [m.article for m in found[0].members] == ["a", "b", "c"]
    assert found[0].earliest.article == "a"
    # removing the bridge splits the cluster again
    archive.remove(_article("a", "", ""))
    assert archive.cluster_of("b:0") == "b:0"
    assert archive.cluster_of("c:0") == "c:0"


def test_changed_file_relinks_its_new_statements(archive: Archive) -> None:
    archive.add(_article("a", "Harian Satu", "2024-05-02", ("Sri Lestari", FULL, "direct")))
    archive.add(_article("b", "Kabar Dua", "2024-05-03", ("Sri Lestari", FIRST, "direct")))
    edited = _article("b2", "Kabar Dua", "2024-05-03", ("Sri Lestari", OTHER, "direct"))
    edited.source = "/corpus/b.txt"  # same file, new text
    archive.add(edited)
    assert archive.cluster_of("b:0") is None  # gone with the old version
    assert archive.cluster_of("a:0") == "a:0"
    assert archive.cluster_of("b2:0") == "b2:0"


def test_same_article_never_links_itself(archive: Archive) -> None:
    archive.add(_article("a", "Harian Satu", "2024-05-02", ("Sri Lestari", FULL, "direct"), ("Sri Lestari", FIRST, "indirect")))
    assert archive.cluster_of("a:0") != archive.cluster_of("a:1")


def test_distant_dates_are_not_linked(archive: Archive) -> None:
    archive.add(_article("a", "Harian Satu", "2024-01-02", ("Sri Lestari", FULL, "direct")))
    archive.add(_article("b", "Kabar Dua", "2024-09-03", ("Sri Lestari", FIRST, "direct")))
    assert archive.cluster_of("a:0") != archive.cluster_of("b:0")
    archive.add(_article("c", "Warta Tiga", "", ("Sri Lestari", FIRST, "direct")))  # undated meets any date
    assert archive.cluster_of("c:0") in {"a:0", "b:0"}


def test_statements_left_unlinked_by_a_crash_are_linked_later(archive: Archive) -> None:
    archive.store.commit_batch([], [_article("a", "Harian Satu", "2024-05-02", ("Sri Lestari", FULL, "direct"))])
    assert archive.cluster_of("a:0") is None  # committed, but the linker never ran
    archive.add(_article("b", "Kabar Dua", "2024-05-03", ("Sri Lestari", FIRST, "direct")))
    assert archive.cluster_of("a:0") == archive.cluster_of("b:0") == "a:0"


def test_find_and_json_shape(archive: Archive) -> None:
    archive.add(_article("a", "Harian Satu", "2024-05-02", ("Sri Lestari", FULL, "direct")))
    archive.add(_article("b", "Kabar Dua", "2024-05-03", ("Sri Lestari", FIRST, "direct"), ("Budi", OTHER, "direct")))
    db = archive.store._db()
    hits = find(db, "harga cabai turun")  # loose: no exact phrase in either text
    assert [c.id for c in hits] == ["a:0"]
    assert {m.outlet for m in hits[0].members} == {"Harian Satu", "Kabar Dua"}
    assert [c.id for c in find(db, "kelangkaan pupuk petani")] == ["b:1"]  # singletons count
    assert find(db, "gempa bumi") == []
    row = hits[0].to_json()
    assert set(row) == {"cluster", "speaker", "members"}
    assert row["speaker"] == "Sri Lestari"
    assert set(row["members"][0]) == {
        "id", "article", "path", "outlet", "date", "kind", "via", "text", "lang", "event_date"
    }
    assert [m.earliest for m in members_of(db, ["a:0"])[0].members] == [True, False]
    assert [c.id for c in clusters(db, speaker="lestari")] == ["a:0"]
    assert clusters(db, speaker="Budi") == []
    assert [c.id for c in clusters(db, speaker="Budi", min_articles=1)] == ["b:1"]
