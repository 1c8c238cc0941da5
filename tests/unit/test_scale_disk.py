"""The disk report names where an archive's bytes are, per SQLite table and per Whoosh field."""

from __future__ import annotations

from pathlib import Path

from benchmarks.disk import sqlite_sizes, whoosh_sizes
from kutip.index.facade import Archive


def test_sizes_per_table_and_per_field_of_a_small_archive(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    for n in range(3):
        (news / f"{n}.txt").write_text(
            f"Jembatan desa nomor {n}\n\nPembangunan jembatan nomor {n} diresmikan kemarin. "
            f'"Warga senang," kata Fulan Hidayat.\n',
            encoding="utf-8",
        )
    archive = Archive.open(tmp_path / "ix")
    try:
        archive.index([news])
    finally:
        archive.close()
    tables = dict(sqlite_sizes(tmp_path / "ix" / "kutip.sqlite3"))
    assert tables["articles"] > 0 and tables["statements"] > 0
    kinds, fields = whoosh_sizes(tmp_path / "ix" / "whoosh", "kutip")
    assert sum(kinds.values()) > 0
    assert fields["body_id"] > 0 and fields["said_id"] > 0
