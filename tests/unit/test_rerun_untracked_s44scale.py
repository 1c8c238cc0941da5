"""An unchanged re-run holds nothing per file that Python's collector tracks
(:meth:`kutip.index.docstore.DocStore.stamps`, the indexer's walk over names): in a process that
indexed 10k articles, the 47.6k objects such a run promoted to the oldest generation started a full
pass over everything alive (190-290 ms) inside the run. Files invented."""

from __future__ import annotations

import gc
import os
from pathlib import Path

from kutip.index.facade import Archive


def _write(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    for n in range(count):
        (folder / f"warta-{n}.txt").write_text(
            f'Warta nomor {n}\n\n"Jembatan nomor {n} selesai," kata Fulan Wibisana di Bogor, Rabu.\n',
            encoding="utf-8",
        )


def test_the_stamps_a_run_compares_are_untracked(tmp_path: Path) -> None:
    _write(tmp_path / "arsip", 3)
    archive = Archive.open(tmp_path / "ix")
    try:
        archive.index([tmp_path / "arsip"])
        stamps = archive._store.stamps()
        states = archive._store.sources()
    finally:
        archive.close()
    assert stamps == {p: (s.file_hash, s.mtime_ns, s.size) for p, s in states.items()}
    gc.collect()
    assert not any(gc.is_tracked(stamp) for stamp in stamps.values())


def test_unchanged_touched_and_changed_files_are_told_apart(tmp_path: Path) -> None:
    folder = tmp_path / "arsip"
    _write(folder, 3)
    archive = Archive.open(tmp_path / "ix")
    try:
        archive.index([folder])
        same = folder / "warta-0.txt"
        os.utime(same, ns=(same.stat().st_atime_ns, same.stat().st_mtime_ns + 10**9))
        (folder / "warta-1.txt").write_text('Warta baru\n\n"Sudah dibuka," kata Fulan Wibisana.\n')
        report = archive.index([folder])
    finally:
        archive.close()
    assert (report.added, report.updated, report.unchanged) == (0, 1, 2)
