"""The stems table is filled whichever process analyses: snippets and prefix search read it back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kutip.index.facade import Archive
from kutip.index.indexer import POOL_MIN_FILES


def _stems(archive_dir: Path) -> dict[str, str]:
    db = sqlite3.connect(archive_dir / "kutip.sqlite3")
    try:
        return dict(db.execute("SELECT word, stem FROM stems").fetchall())
    finally:
        db.close()


def _write(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"{n:03d}.txt").write_text(
            f"Jembatan desa nomor {n}\n\nPembangunan jembatan penghubung diresmikan pemerintah kabupaten. "
            f"Fulan Hidayat mengatakan perdagangan warga meningkat.\n",
            encoding="utf-8",
        )


def test_a_small_run_analysed_in_the_writer_records_its_stems(tmp_path: Path) -> None:
    _write(tmp_path / "news", 3)
    assert POOL_MIN_FILES > 3  # analysed in the writer process, not by the pool
    archive = Archive.open(tmp_path / "ix")
    try:
        archive.index([tmp_path / "news"])
    finally:
        archive.close()
    stems = _stems(tmp_path / "ix")
    assert stems.get("pembangunan") == "bangun"
    assert stems.get("perdagangan") == "dagang"


def test_a_second_archive_in_the_same_process_records_the_same_stems(tmp_path: Path) -> None:
    _write(tmp_path / "news", 2)
    for name in ("one", "two"):
        archive = Archive.open(tmp_path / name)
        try:
            archive.index([tmp_path / "news"])
        finally:
            archive.close()
    assert _stems(tmp_path / "two").get("diresmikan") == _stems(tmp_path / "one").get("diresmikan") == "resmi"


def test_a_re_analysis_replaces_a_stale_stem(tmp_path: Path) -> None:
    """After a stemmer change the archive is analysed again; the stems it recorded before must
    not survive, or snippets and prefix search keep reading the old stemmer's mistakes."""
    _write(tmp_path / "news", 2)
    archive = Archive.open(tmp_path / "ix")
    try:
        archive.index([tmp_path / "news"])
    finally:
        archive.close()
    db = sqlite3.connect(tmp_path / "ix" / "kutip.sqlite3")
    with db:
        db.execute("UPDATE stems SET stem = 'basi' WHERE word = 'diresmikan'")  # an older stemmer's
        db.execute("UPDATE meta SET value = 'old' WHERE key = 'version'")  # built by other rules
    db.close()
    archive = Archive.open(tmp_path / "ix")
    try:
        archive.index([tmp_path / "news"])
    finally:
        archive.close()
    assert _stems(tmp_path / "ix").get("diresmikan") == "resmi"
