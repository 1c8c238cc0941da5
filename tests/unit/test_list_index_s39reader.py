"""The whole list read from its covering index (``articles_list``): the same summaries, in the same
order, as the table's own scan and sort gave them (ties by title and id, undated last, the lead of
an untitled article from its body), and an older store without the index gets it when opened."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from kutip.index.docstore import _SUMMARY_COLUMNS, DocStore, summary_of
from kutip.index.facade import Archive
from kutip.index.models import ArticleSummary
from tests.unit.jsonl_archive import indexed, write_records

# Made-up articles: shared dates and titles, undated ones, untitled ones (their lead shows), and
# several articles of one file (their path carries a locator).
RECORDS = [
    {"title": "Pasar Lumbung ramai lagi", "outlet": "Warta Lumbung", "date": "2024-05-03"},
    {"title": "Jembatan Cemara dibuka", "outlet": "Kabar Cemara", "date": "2024-05-03"},
    {"title": "Jembatan Cemara dibuka", "outlet": "Warta Lumbung", "date": "2024-05-03"},
    {"title": "", "outlet": "Alder Courier", "date": "2024-04-12"},
    {"title": "Perpustakaan desa baru", "outlet": "Kabar Cemara", "date": "2023-11-30"},
    {"title": "", "outlet": "Kabar Cemara", "date": ""},
    {"title": "Another undated note", "outlet": "Alder Courier", "date": ""},
]


def _by_the_table(store: DocStore) -> list[ArticleSummary]:
    """The list as ``summaries()`` read it before the index: every row of the table, sorted."""
    sql = f"SELECT {_SUMMARY_COLUMNS} FROM articles NOT INDEXED ORDER BY date = '', date DESC, title, id"
    return [summary_of(row) for row in store.connection().execute(sql)]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    folder = tmp_path_factory.mktemp("list")
    corpus = write_records(
        folder, RECORDS, lambda n: f"KOTA KECIL - Rina Marlina menulis catatan nomor {n} tentang jalan desa.\n\n"
        "Fulan membacanya."
    )
    (folder / "single.txt").write_text("Satu berkas\n\nIsi berkas yang berdiri sendiri.\n", encoding="utf-8")
    with indexed(folder, corpus, folder / "single.txt") as opened:
        yield opened


def test_the_index_gives_the_tables_list(archive: Archive) -> None:
    store = archive._store
    whole = archive.summaries()
    assert whole == _by_the_table(store)
    assert len(whole) == len(RECORDS) + 1
    leads = [summary.lead for summary in whole if not summary.title]
    assert sum(lead.startswith("Rina Marlina menulis") for lead in leads) == 2 and all(leads)
    assert any("#" in summary.path for summary in whole) and any("#" not in s.path for s in whole)


def test_the_list_is_read_from_the_index_alone(archive: Archive) -> None:
    from kutip.index.docstore import _LIST_SELECT

    plan = " ".join(
        str(row[3]) for row in archive._store.connection().execute("EXPLAIN QUERY PLAN " + _LIST_SELECT)
    )
    assert "COVERING INDEX articles_list" in plan and "TEMP B-TREE" not in plan


def test_an_older_store_gets_the_index_when_opened(tmp_path: Path) -> None:
    store = DocStore(tmp_path / "kutip.sqlite3")
    store.close()
    with sqlite3.connect(tmp_path / "kutip.sqlite3") as db:
        db.execute("DROP INDEX articles_list")
    store = DocStore(tmp_path / "kutip.sqlite3")
    names = {
        row[0] for row in store.connection().execute("SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    store.close()
    assert "articles_list" in names


def test_a_store_being_written_opens_without_it(tmp_path: Path) -> None:
    """Another process's write lock: the opening waits a second at most, the list comes from the table."""
    store = DocStore(tmp_path / "kutip.sqlite3")
    store.close()
    writer = sqlite3.connect(tmp_path / "kutip.sqlite3", isolation_level=None)
    writer.execute("DROP INDEX articles_list")
    writer.execute("BEGIN IMMEDIATE")
    try:
        store = DocStore(tmp_path / "kutip.sqlite3")
        assert store.summaries() == []
        names = {row[0] for row in store.connection().execute("SELECT name FROM sqlite_master")}
        store.close()
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert "articles_list" not in names
