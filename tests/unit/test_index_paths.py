"""The stored name of a file is its real path, however the folder was named."""

from __future__ import annotations

import os
from pathlib import Path

from kutip.index.facade import Archive


def _write(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    for n in range(count):
        (folder / f"catatan-{n}.txt").write_text(
            f'Catatan nomor {n}\n\n"Pasar nomor {n} dibuka lagi," kata Fulan Hidayat di Depok, Selasa.\n',
            encoding="utf-8",
        )


def test_a_folder_named_through_a_link_is_stored_by_its_real_path(tmp_path: Path) -> None:
    real = tmp_path / "real" / "arsip"
    _write(real, 3)
    (tmp_path / "link").symlink_to(tmp_path / "real")
    archive = Archive.open(tmp_path / "ix")
    try:
        first = archive.index([tmp_path / "link" / "arsip"])
        sources = sorted(archive._store.sources())
        again = archive.index([real])
        relative = Path(os.path.relpath(real))
        third = archive.index([relative])
    finally:
        archive.close()
    assert first.added == 3
    assert sources == sorted(str((real / f"catatan-{n}.txt").resolve()) for n in range(3))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)
    assert (third.added, third.updated, third.unchanged) == (0, 0, 3)


def test_a_file_that_is_a_link_is_stored_by_its_target(tmp_path: Path) -> None:
    _write(tmp_path / "arsip", 1)
    (tmp_path / "arsip" / "tautan.txt").symlink_to(tmp_path / "arsip" / "catatan-0.txt")
    (tmp_path / "lain").mkdir()
    (tmp_path / "lain" / "tautan.txt").symlink_to(tmp_path / "arsip" / "catatan-0.txt")
    archive = Archive.open(tmp_path / "ix")
    try:
        report = archive.index([tmp_path / "lain", tmp_path / "arsip"])
        sources = sorted(archive._store.sources())
    finally:
        archive.close()
    assert report.added == 1
    assert sources == [str((tmp_path / "arsip" / "catatan-0.txt").resolve())]


def test_a_missing_file_is_reported_by_its_full_path(tmp_path: Path) -> None:
    archive = Archive.open(tmp_path / "ix")
    try:
        report = archive.index([tmp_path / "hilang.txt"])
    finally:
        archive.close()
    assert [path for path, _ in report.skipped] == [str((tmp_path / "hilang.txt").resolve())]
    assert "cannot read" in report.skipped[0][1]
