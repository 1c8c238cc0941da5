"""The reader's search bar: what it says about a bad query, and searching as you type."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest

from kutip.index.facade import Archive, SearchStopped
from kutip.tui.app import KutipApp
from kutip.tui.debounce import Debounce
from kutip.tui.stoppable import StoppableWork
from kutip.tui.widgets.article_list import ArticleList
from tests.pilot_support import settle, synchronous
from tests.quick_app import quick_app


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("title:(", "'(' that is not closed"),
        ("date:2024-02-30", "February 2024 has 29 days"),
        ("speaker:sari", "searches statements, not articles"),
    ],
)
@synchronous
async def test_the_search_bar_says_what_is_wrong_like_the_cli(
    fixture_archive: Archive, typed: str, said: str
) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *typed)
        await settle(app, pilot)
        assert said in app.status.message
        assert app.status.has_class("-error")
        with pytest.raises(Exception, match=said.replace("(", r"\(")):
            Archive.check_query(typed)


@synchronous
async def test_two_letters_are_searched_as_typed_and_three_as_a_prefix(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, bool]] = []
    search = fixture_archive.search

    def recording(query: str, *args: object, prefix: bool = False, **kwargs: object) -> object:
        asked.append((query, prefix))
        return search(query, *args, prefix=prefix, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(fixture_archive, "search", recording)
    app = quick_app(fixture_archive)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", "p", "e")
        await settle(app, pilot)
        assert asked[-1] == ("pe", False)
        assert "still typing" not in app.status.message
        await pilot.press("r")
        await settle(app, pilot)
        assert asked[-1] == ("per", True)
        assert "still typing" in app.status.message


@synchronous
async def test_a_newer_key_stops_the_search_under_way_and_its_words_are_searched(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search that would run for seconds (a short prefix over a large archive) is told to stop
    when the next key comes and gives up inside its thread; the newer words are searched and shown."""
    stopped: list[str] = []
    started = threading.Event()
    search = fixture_archive.search

    def slow_for_per(query: str, *args: object, stop: Any = None, **kwargs: object) -> object:
        if query == "per":
            started.set()
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:  # pure Python, like Whoosh ranking, asking as it does
                if stop():
                    stopped.append(query)
                    raise SearchStopped
        return search(query, *args, stop=stop, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(fixture_archive, "search", slow_for_per)
    app = quick_app(fixture_archive)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", "p", "e", "r")
        assert await asyncio.to_thread(started.wait, 5)
        begun = time.monotonic()
        await pilot.press("s")
        await settle(app, pilot)
        assert time.monotonic() - begun < 10
        assert stopped == ["per"]
        assert app.search_query == "pers"
        assert "for pers" in app.status.message and not app.searching.searches.busy


@synchronous
async def test_a_key_typed_when_no_search_is_under_way_searches_at_once(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No fixed wait: the pause for typing applies only while a search is still under way."""
    settles: list[float] = []
    run = StoppableWork.run

    def recording(self: StoppableWork, work: Any, wanted: Any, settle: float = 0.0) -> Any:
        settles.append(settle)
        return run(self, work, wanted, settle)

    monkeypatch.setattr(StoppableWork, "run", recording)
    app = KutipApp(fixture_archive, settings_file=fixture_archive.location.parent / "settings.toml",
                   debounce=Debounce(search=0.5))  # fmt: skip
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", "p", "a", "s")
        await settle(app, pilot)
        assert settles and settles[-1] == 0.0  # each key found the previous search done
        assert "for pas" in app.status.message


@synchronous
async def test_a_list_shown_as_the_reader_quits_updates_nothing(fixture_archive: Archive) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        article_list = app.article_list
    app.on_article_list_shown(ArticleList.Shown(article_list))  # no screen left: no IndexError
