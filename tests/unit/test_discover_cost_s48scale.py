"""Discovery walks in strings: no ``stat`` of a plain file (the indexer's ``lstat`` is the one a
file), no ``Path`` object a file, and the same files, order and skips as before."""

from __future__ import annotations

import inspect
import os
import sys
from pathlib import Path

import pytest

from kutip.index.facade import Archive
from kutip.index.indexer import Indexer
from kutip.index.ingest import discover
from kutip.index.ingest.discover import discover_names

_TEXT = "Sukarna Widodo berkata kepada wartawan di balai desa pada Senin pagi tentang jembatan baru."


def _archive_of(tmp_path: Path, files: int) -> Path:
    folder = tmp_path / "arsip"
    for n in range(files):
        page = folder / f"{n % 3:02d}" / f"berita-{n:03d}.txt"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f"Jembatan {n}\n\n{_TEXT} Nomor {n}.\n", encoding="utf-8")
    return folder


def _counting_stats(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real_lstat, real_stat = os.lstat, os.stat

    def lstat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        calls.append(os.fspath(path))  # type: ignore[arg-type]
        return real_lstat(path, *args, **kwargs)  # type: ignore[arg-type]

    def stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        calls.append(os.fspath(path))  # type: ignore[arg-type]
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "lstat", lstat)
    monkeypatch.setattr(os, "stat", stat)
    return calls


def test_the_walk_states_no_plain_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _archive_of(tmp_path, 30)
    calls = _counting_stats(monkeypatch)
    names = list(discover_names([folder], skipped=[], any_name=True))
    assert len(names) == 30
    assert not [c for c in calls if c.endswith(".txt")]  # each file's type came from its folder entry


def test_an_unchanged_run_states_each_file_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _archive_of(tmp_path, 12)
    archive = Archive.open(tmp_path / "ix")
    try:
        assert Indexer(archive._store, archive._search, workers=1).run([folder]).added == 12
        calls = _counting_stats(monkeypatch)
        report = Indexer(archive._store, archive._search, workers=1).run([folder])
    finally:
        archive.close()
    assert report.unchanged == 12 and report.added == 0
    per_file = [c for c in calls if c.endswith(".txt")]
    assert sorted(per_file) == sorted(set(per_file)) and len(per_file) == 12


def test_names_and_paths_are_the_same_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _archive_of(tmp_path, 7)
    (folder / "00" / "catatan.txt~").write_text("x", encoding="utf-8")
    (folder / ".tersembunyi").mkdir()
    (folder / ".tersembunyi" / "x.txt").write_text("x", encoding="utf-8")
    # a link met first: its target is not read again
    (folder / "tautan.txt").symlink_to(folder / "01" / "berita-001.txt")
    paths = list(discover([folder]))
    assert [os.fspath(p) for p in paths] == list(discover_names([folder]))
    assert all(type(p) is type(folder) for p in paths)
    assert [p.relative_to(folder).as_posix() for p in paths] == [
        "tautan.txt", "00/berita-000.txt", "00/berita-003.txt", "00/berita-006.txt",
        "01/berita-004.txt", "02/berita-002.txt", "02/berita-005.txt",
    ]  # fmt: skip
    monkeypatch.chdir(folder)
    assert list(discover_names([Path(".")]))[:2] == ["tautan.txt", "00/berita-000.txt"]  # no "./"


def test_a_folder_link_is_reported_before_the_files_it_sits_beside(tmp_path: Path) -> None:
    folder = tmp_path / "arsip"
    folder.mkdir()
    (folder / "a.txt").write_text("x", encoding="utf-8")
    (folder / "b.txt").symlink_to(tmp_path / "hilang.txt")
    (folder / "z").symlink_to(tmp_path, target_is_directory=True)
    skipped: list[tuple[str, str]] = []
    assert [p.name for p in discover([folder], skipped=skipped)] == ["a.txt"]
    assert [Path(path).name for path, _ in skipped] == ["z", "b.txt"]


def test_deep_folders_need_no_recursion(tmp_path: Path) -> None:
    deep = tmp_path / "arsip"
    here = deep
    for _ in range(120):
        here = here / "d"
    here.mkdir(parents=True)
    (here / "dasar.txt").write_text("x", encoding="utf-8")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + 60)  # fewer frames than the folders are deep
    try:
        found = [os.path.basename(name) for name in discover_names([deep])]
    finally:
        sys.setrecursionlimit(limit)
    assert found == ["dasar.txt"]
