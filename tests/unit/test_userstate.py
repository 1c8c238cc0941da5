"""The user's state file: read marks, bookmarks and saved searches beside the archive."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kutip.index.facade import Archive, Statement
from kutip.tui.userstate import Bookmark, UserState, UserStateError, locate_statement, state_path
from tests.snapshots.test_tui_app import write_fixture_corpus


def article_mark(article: str = "a1") -> Bookmark:
    return Bookmark(kind="article", article=article, title="Judul uji", outlet="Warta Uji", date="2024-05-01")


def statement_mark(statement: str = "a1:2", text: str = "Kami siap", start: int = 40) -> Bookmark:
    return Bookmark(
        kind="statement", article="a1", title="Judul uji", statement=statement, text=text, speaker="Sari", start=start
    )


def test_the_file_sits_beside_the_archive_not_in_it(tmp_path: Path) -> None:
    assert state_path(tmp_path / "index") == tmp_path / "index.state.json"


def test_changes_are_saved_at_once_and_read_back(tmp_path: Path) -> None:
    state = UserState(tmp_path / "s.json")
    assert state.mark_read("a1") and not state.mark_read("a1")
    assert state.toggle_bookmark(article_mark())
    assert state.toggle_bookmark(statement_mark())
    state.save_search("banjir", " banjir bekasi ")
    again = UserState(tmp_path / "s.json")
    assert again.read_ids == {"a1"}
    assert [b.kind for b in again.bookmarks] == ["statement", "article"]  # newest first
    assert [(s.name, s.query) for s in again.searches] == [("banjir", "banjir bekasi")]
    assert again.to_json() == state.to_json()
    assert not list(tmp_path.glob(".state-*"))  # no temporary file left behind


def test_bookmarking_again_removes_it(tmp_path: Path) -> None:
    state = UserState(tmp_path / "s.json")
    assert state.toggle_bookmark(article_mark())
    assert not state.toggle_bookmark(article_mark())
    assert state.bookmarks == []


def test_a_search_saved_under_a_taken_name_replaces_it(tmp_path: Path) -> None:
    state = UserState(tmp_path / "s.json")
    state.save_search("pasar", "beras")
    state.save_search("pasar", "beras OR gula", statements=True)
    assert [(s.query, s.statements) for s in state.searches] == [("beras OR gula", True)]
    with pytest.raises(UserStateError):
        state.save_search("  ", "beras")
    with pytest.raises(UserStateError):
        state.save_search("kosong", " ")


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"bookmarks": [{"kind": "bogus"}, 3]}'])
def test_a_damaged_file_costs_only_its_contents(tmp_path: Path, content: str) -> None:
    path = tmp_path / "s.json"
    path.write_text(content, encoding="utf-8")
    state = UserState(path)
    assert state.bookmarks == [] and state.read_ids == frozenset()
    assert "\n" not in state.problem
    state.mark_read("a1")  # and it can be written again
    assert json.loads(path.read_text(encoding="utf-8"))["read"].keys() == {"a1"}


def test_an_unwritable_place_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    state = UserState(tmp_path / "file" / "s.json")
    with pytest.raises(UserStateError, match="cannot save"):
        state.mark_read("a1")


def test_a_renumbered_statement_is_found_by_its_words() -> None:
    mark = statement_mark(statement="a1:2", text="Kami siap", start=40)
    renumbered = [
        Statement(id="a1:1", article="a1", text="Lain kata", kind="direct", start=5, end=14),
        Statement(id="a1:3", article="a1", text="Kami siap", kind="direct", start=42, end=51),
    ]
    found = locate_statement(renumbered, mark)
    assert found is not None and found.id == "a1:3"
    assert locate_statement(renumbered[:1], mark) is None


def test_bookmarks_survive_a_rebuild_of_the_archive(tmp_path: Path) -> None:
    location = tmp_path / "ix"
    archive = Archive.open(location)
    archive.index([write_fixture_corpus(tmp_path / "fixture")])
    first = archive.summaries()[0]
    state = UserState.beside(location)
    state.toggle_bookmark(article_mark(first.id))
    state.mark_read(first.id)
    archive.close()
    Archive.repair(location)
    archive = Archive.open(location)
    archive.index([tmp_path / "fixture"])
    again = UserState.beside(location)
    assert again.bookmarks[0].article in {s.id for s in archive.summaries()}  # content ids are stable
    assert again.is_read(first.id)
    archive.close()
    shutil.rmtree(location)  # even an archive indexed again from nothing keeps the ids
    archive = Archive.open(location)
    archive.index([tmp_path / "fixture"])
    assert first.id in {s.id for s in archive.summaries()}
    assert UserState.beside(location).has_bookmark(first.id)
    archive.close()


def test_saves_from_many_threads_leave_the_newest_state(tmp_path: Path) -> None:
    import threading

    state = UserState(tmp_path / "s.json")

    def mark(n: int) -> None:
        state.mark_read(f"a{n}", save=False)
        state.save()

    threads = [threading.Thread(target=mark, args=(n,)) for n in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert UserState(tmp_path / "s.json").read_ids == {f"a{n}" for n in range(40)}
