"""The list's top, read from the date index before the whole list: the same rows, in the same
order, as the first rows of ``Archive.summaries()`` (dated newest first, ties by title, undated last)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kutip.index.facade import Archive
from tests.unit.jsonl_archive import indexed, write_records

# Made-up articles: shared dates and titles (ties the order must break the same way), and undated ones.
RECORDS = [
    {"title": "Pasar Lumbung ramai lagi", "outlet": "Warta Lumbung", "date": "2024-05-03"},
    {"title": "Jembatan Cemara dibuka", "outlet": "Kabar Cemara", "date": "2024-05-03"},
    {"title": "Jembatan Cemara dibuka", "outlet": "Warta Lumbung", "date": "2024-05-03"},
    {"title": "Ferry links two towns", "outlet": "Alder Courier", "date": "2024-04-12"},
    {"title": "Perpustakaan desa baru", "outlet": "Kabar Cemara", "date": "2023-11-30"},
    {"title": "Catatan tanpa tanggal", "outlet": "Warta Lumbung", "date": ""},
    {"title": "", "outlet": "Kabar Cemara", "date": ""},
    {"title": "Another undated note", "outlet": "Alder Courier", "date": ""},
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    folder = tmp_path_factory.mktemp("top")
    corpus = write_records(
        folder, RECORDS, lambda n: f"Rina Marlina menulis catatan nomor {n} tentang kota kecil itu.\n\n"
        "Fulan Hidayat membacanya."
    )
    with indexed(folder, corpus) as opened:
        yield opened


def test_the_top_is_the_whole_lists_first_rows(archive: Archive) -> None:
    whole = archive.summaries()
    assert len(whole) == len(RECORDS)
    for limit in range(1, len(RECORDS) + 3):
        assert archive.first_summaries(limit) == whole[:limit]


def test_the_fixture_has_ties_and_undated_articles(archive: Archive) -> None:
    dates = [summary.date for summary in archive.summaries()]
    assert dates.count("") == 3 and dates.count("2024-05-03") == 3
