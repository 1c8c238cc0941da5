"""The reader's search bar: what it says about a bad query, and searching as you type."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from tests.pilot_support import settle, synchronous
from tests.snapshots.test_tui_app import write_fixture_corpus


@pytest.fixture
def fixture_archive(tmp_path: Path) -> Iterator[Archive]:
    opened = Archive.open(tmp_path / "fx")
    opened.index([write_fixture_corpus(tmp_path / "fixture")])
    yield opened
    opened.close()


def quick_app(archive: Archive) -> KutipApp:
    app = KutipApp(archive, settings_file=archive.location.parent / "settings.toml")
    app.debounce = NO_DEBOUNCE
    return app


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
