"""Finding files: recursive, sorted, each once, hidden and junk files left out."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from kutip.index.ingest import SUPPORTED_SUFFIXES, discover, filesystem_path, storable_path
from tests.hostile import write_bad_name


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


# -- issue 12: links, pipes and odd names are reported, never followed out of the folders given -----
def _skips(paths: list[Path]) -> tuple[list[str], dict[str, str]]:
    skipped: list[tuple[str, str]] = []
    found = [p.name for p in discover(paths, skipped=skipped)]
    return found, {Path(path).name: reason for path, reason in skipped}


def test_link_leading_outside_the_folder_is_skipped_with_a_reason(tmp_path: Path) -> None:
    secret = touch(tmp_path / "outside" / "secret.txt")
    folder = tmp_path / "news"
    touch(folder / "a.txt")
    (folder / "passwd.txt").symlink_to(secret)
    found, skips = _skips([folder])
    assert found == ["a.txt"]
    assert skips["passwd.txt"].startswith("link leads outside the folders given")


def test_link_outside_is_read_when_its_target_is_named_too(tmp_path: Path) -> None:
    secret = touch(tmp_path / "outside" / "secret.txt")
    folder = tmp_path / "news"
    touch(folder / "a.txt")
    (folder / "link.txt").symlink_to(secret)
    found, skips = _skips([folder, secret])
    assert found == ["a.txt", "link.txt"] and skips == {}


def test_a_link_the_user_names_is_read(tmp_path: Path) -> None:
    secret = touch(tmp_path / "outside" / "secret.txt")
    link = tmp_path / "link.txt"
    link.symlink_to(secret)
    assert _skips([link]) == (["link.txt"], {})


def test_link_inside_the_folder_is_read_once(tmp_path: Path) -> None:
    touch(tmp_path / "a.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    found, skips = _skips([tmp_path])
    assert found == ["a.txt"] and skips == {}


def test_links_to_folders_are_reported_not_followed(tmp_path: Path) -> None:
    touch(tmp_path / "outside" / "x.txt")
    folder = tmp_path / "news"
    touch(folder / "a.txt")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "away").symlink_to(tmp_path / "outside", target_is_directory=True)
    found, skips = _skips([folder])
    assert found == ["a.txt"]
    assert "not followed" in skips["loop"]
    assert skips["away"].startswith("link leads outside the folders given")


def test_loops_dangling_links_and_fifos_are_reported(tmp_path: Path) -> None:
    touch(tmp_path / "a.txt")
    (tmp_path / "loop1.txt").symlink_to(tmp_path / "loop2.txt")
    (tmp_path / "loop2.txt").symlink_to(tmp_path / "loop1.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    found, skips = _skips([tmp_path])
    assert found == ["a.txt"]
    assert skips["loop1.txt"].startswith("link loop") and skips["loop2.txt"].startswith("link loop")
    assert skips["gone.txt"] == "link leads nowhere (its target is missing)"
    assert skips["pipe.txt"] == "a named pipe (FIFO), not a file"


def test_named_loop_and_fifo_are_reported(tmp_path: Path) -> None:
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    found, skips = _skips([tmp_path / "loop.txt", tmp_path / "pipe.txt"])
    assert found == []
    assert skips["loop.txt"].startswith("link loop") and skips["pipe.txt"].startswith("a named pipe")


def test_socket_is_reported(tmp_path: Path) -> None:
    touch(tmp_path / "a.txt")
    with socket.socket(socket.AF_UNIX) as server:
        try:
            server.bind(str(tmp_path / "s.txt"))
        except OSError:
            pytest.skip("no unix sockets here")
        found, skips = _skips([tmp_path])
    assert found == ["a.txt"] and skips["s.txt"] == "a socket, not a file"


def test_file_name_that_is_not_utf8_is_skipped_with_a_reason(tmp_path: Path) -> None:
    touch(tmp_path / "a.txt")
    bad = write_bad_name(tmp_path)
    if bad is None:
        pytest.skip("this file system refuses names that are not UTF-8")
    skipped: list[tuple[str, str]] = []
    assert [p.name for p in discover([tmp_path], skipped=skipped)] == ["a.txt"]
    ((path, reason),) = skipped
    assert filesystem_path(path) == bad and "not valid UTF-8" in reason
    path.encode("utf-8")  # the skip line itself is storable and printable


def test_with_any_name_a_path_that_is_not_utf8_is_yielded(tmp_path: Path) -> None:
    bad = write_bad_name(tmp_path)
    if bad is None:
        pytest.skip("this file system refuses names that are not UTF-8")
    assert list(discover([tmp_path], any_name=True)) == [bad]


def test_storable_path_round_trips_any_bytes(tmp_path: Path) -> None:
    raw = os.fsdecode(b"/arsip/berita-\xff\xfe-\x80.txt")
    stored = storable_path(raw)
    stored.encode("utf-8")
    assert os.fsencode(filesystem_path(stored)) == b"/arsip/berita-\xff\xfe-\x80.txt"
    assert storable_path("/arsip/Café 漢字.txt") == "/arsip/Café 漢字.txt"  # UTF-8 paths unchanged
    assert filesystem_path("/arsip/Café.txt") == Path("/arsip/Café.txt")


def test_names_that_would_not_round_trip_are_skipped_even_with_any_name(tmp_path: Path) -> None:
    touch(tmp_path / "a.txt")
    touch(tmp_path / "odd-\U0010ffff.txt")
    skipped: list[tuple[str, str]] = []
    assert [p.name for p in discover([tmp_path], skipped=skipped, any_name=True)] == ["a.txt"]
    assert "not valid UTF-8" in skipped[0][1]


def test_without_a_skip_list_nothing_outside_is_yielded(tmp_path: Path) -> None:
    secret = touch(tmp_path / "outside" / "secret.txt")
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "passwd.txt").symlink_to(secret)
    assert list(discover([folder])) == []
