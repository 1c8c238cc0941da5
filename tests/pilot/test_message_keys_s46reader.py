"""The rest of the messages naming keys come from one table and name the user's keys: the match and
mention steps (``n/N``), the page's filter keys (``[o]``, ``x clears them``), the list header's
``x clears``, the empty bookmarks view's ``b`` were written with the default keys after the user
had rebound them. Invented text (the pages of test_leftovers_s45reader)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.messages import MESSAGES
from tests.pilot.page_screens import pushed_page
from tests.pilot.pages import archive_fixture
from tests.pilot.test_leftovers_s45reader import ARTICLES, SPEAKER
from tests.pilot.test_message_keys_s45review import rebound
from tests.pilot_support import settle, synchronous

archive = archive_fixture(ARTICLES)
KEYS = 'next_match = "e"\nprevious_match = "E"\npage_outlet = "l"\npage_clear = "Z"\nfacets_clear = "X"\nbookmark = "v"'


def test_every_message_names_keys_by_command_id() -> None:
    from kutip.tui.commands import COMMANDS, keyed

    for name, template in MESSAGES.items():  # a field that is no command id nor a value fails here
        fields = {f: "?" for f in ("what", "name", "query", "order", "articles", "verb", "shown", "more",
                                   "plural", "count", "why", "at", "left", "next")}  # fmt: skip
        assert keyed(COMMANDS, template, **fields), name


@synchronous
async def test_the_first_match_names_the_rebound_step_keys(archive: Archive, tmp_path: Path) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE, settings_file=rebound(tmp_path, KEYS))
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"kapal", "enter", "enter")  # the results, then the first one opened
        await settle(app, pilot)
        said = str(app.status.render())
        assert said.endswith(" for kapal — e/E for next/previous"), said  # was "n/N for next/previous"


@synchronous
async def test_the_pages_filter_keys_are_the_rebound_ones(archive: Archive, tmp_path: Path) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE, settings_file=rebound(tmp_path, KEYS))
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        page = await pushed_page(app, pilot, SPEAKER)
        await pilot.press("d")  # a filter on: the line offers its clearing key
        await settle(app, pilot)
        line = str(page.query_one("#page-filters", Static).render())
        assert "[l]" in line and "[Z] clear" in line and "[o]" not in line, line


@synchronous
async def test_the_list_header_and_empty_bookmarks_name_the_rebound_keys(archive: Archive, tmp_path: Path) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE, settings_file=rebound(tmp_path, KEYS))
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("u")  # unread only: the list narrowed
        await settle(app, pilot)
        header = str(app.query_one("ListHeader").render())
        assert header.endswith(" — X clears"), header  # was "x clears"
        assert app.facet_panel.border_title == "facets · Enter filters · X clears"
        await pilot.press("B")
        await settle(app, pilot)
        said = str(app.screen.query_one("#bookmarks-header", Static).render())
        assert "No bookmarks yet: v bookmarks the open article" in said, said


@synchronous
async def test_the_bar_the_empty_reader_and_entities_name_the_rebound_keys(archive: Archive, tmp_path: Path) -> None:
    keys = 'search = "ctrl+f"\nopen = "l"'
    app = KutipApp(archive, debounce=NO_DEBOUNCE, settings_file=rebound(tmp_path, keys))
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        assert app.search_bar.placeholder.startswith("ctrl+f to search the archive"), app.search_bar.placeholder
        header = str(app.query_one("#reader-header", Static).render())
        assert header == "Choose an article from the list and press l.", header  # was "press Enter."
        (shown,) = (str(option.prompt) for option in app.entities_pane.options)
        assert shown.startswith("Open an article (l on the list)"), shown


def test_the_welcome_text_names_the_rebound_keys() -> None:
    from kutip.tui.commands import with_overrides
    from kutip.tui.screens.welcome import welcome_content

    plain = welcome_content(Path("/tmp/archive"), with_overrides({"welcome_add": "i"})).plain
    assert "or press i to type a folder path" in plain, plain  # was "press a"
