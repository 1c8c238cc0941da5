"""``kutip bookmarks`` and ``kutip export state``: the reader's state from the shell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kutip.tui.cli import main
from kutip.tui.userstate import Bookmark, UserState
from tests.articles import write_corpus


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "corpus")
    assert main(["--index", str(tmp_path / "ix"), "index", str(tmp_path / "corpus")]) == 0
    state = UserState.beside(tmp_path / "ix")
    state.toggle_bookmark(Bookmark(kind="article", article="a1", title="Judul pertama", outlet="Warta Uji"))
    state.toggle_bookmark(
        Bookmark(kind="statement", article="a1", title="Judul pertama", statement="a1:1", text="Kami siap", speaker="Sari")
    )
    state.save_search("pasar", "beras")
    state.mark_read("a1")
    return tmp_path / "ix"


def test_bookmarks_lists_them_newest_first(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--index", str(archive), "bookmarks")
    assert code == 0
    assert out.index("Sari: “Kami siap”") < out.index("Judul pertama")
    code, out, _ = run(capsys, "--index", str(archive), "bookmarks", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["kind"], r["statement"]) for r in rows] == [("statement", "a1:1"), ("article", "")]
    assert [r["in_archive"] for r in rows] == [False, False]  # "a1" is no content id of this archive


def test_a_bookmark_of_an_article_still_there_is_said_to_be(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kutip.index.facade import Archive

    opened = Archive.open(archive)
    first = opened.summaries()[0]
    opened.close()
    UserState.beside(archive).toggle_bookmark(Bookmark(kind="article", article=first.id, title=first.title))
    code, out, _ = run(capsys, "--index", str(archive), "bookmarks", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and rows[0]["article"] == first.id and rows[0]["in_archive"] is True
    code, out, _ = run(capsys, "--index", str(archive), "bookmarks")
    assert out.count("no longer in the archive") == 2


def test_no_bookmarks_says_how_to_make_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--index", str(tmp_path / "empty"), "bookmarks")
    assert code == 0 and out == "" and "b bookmarks" in err
    code, out, _ = run(capsys, "--index", str(tmp_path / "empty"), "bookmarks", "--json")
    assert code == 0 and out == ""


def test_export_state_writes_everything_as_one_json_object(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--index", str(archive), "export", "state")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"version", "read", "bookmarks", "searches"}
    assert list(data["read"]) == ["a1"] and data["searches"][0]["query"] == "beras"
    code, _, err = run(capsys, "--index", str(archive), "export", "state", "-o", str(tmp_path / "state.json"))
    assert code == 0 and "2 bookmarks" in err
    assert json.loads((tmp_path / "state.json").read_text(encoding="utf-8")) == data


def test_export_state_works_on_an_empty_archive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--index", str(tmp_path / "empty"), "export", "state")
    assert code == 0 and json.loads(out)["bookmarks"] == []
