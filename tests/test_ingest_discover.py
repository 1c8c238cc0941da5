"""Finding files: recursive, sorted, each once, hidden and junk files left out."""

from __future__ import annotations

from pathlib import Path

from kutip.index.ingest import SUPPORTED_SUFFIXES, discover


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("isi", encoding="utf-8")
    return path


def test_discover_is_recursive_sorted_and_skips_hidden_and_junk(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", "sub/c.json", "sub/z/d.pdf", ".hidden.txt", ".git/x.txt", "e.txt~",
                 "__MACOSX/f.txt", "Thumbs.db", "sub/.DS_Store"]:  # fmt: skip
        touch(tmp_path / name)
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert found == ["a.md", "b.txt", "sub/c.json", "sub/z/d.pdf"]


def test_named_files_come_once_in_given_order(tmp_path: Path) -> None:
    a = touch(tmp_path / "a.txt")
    b = touch(tmp_path / "d" / "b.txt")
    assert list(discover([b, tmp_path, a])) == [b, a]


def test_missing_named_path_is_yielded_for_reporting(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert list(discover([missing])) == [missing]


def test_directory_symlink_cycles_do_not_loop(tmp_path: Path) -> None:
    touch(tmp_path / "a.txt")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [p.name for p in discover([tmp_path])] == ["a.txt"]


def test_supported_suffixes() -> None:
    assert {".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"} <= SUPPORTED_SUFFIXES
    assert ".pdf" not in SUPPORTED_SUFFIXES
