"""Every key on the screen in front: the dialogs' own footers, the help's vim keys, a pane's cursor.

Session 38, by hand in tmux: the help, the citation picker and the copy-by-hand dialog showed the
footer of the screen under them ("q Quit", "⏎ Open article": neither is what those keys do there),
the help scrolled with the arrows but not with j/k/g/G, a long description wrapped back under the
keys, and Tab into the statements pane left no statement under the cursor, so f, p and Enter rang
the bell until j was pressed.
"""

from __future__ import annotations

from pathlib import Path

from textual.containers import VerticalScroll

from kutip.index.facade import Archive
from kutip.tui.commands import COMMANDS
from kutip.tui.screens.cite import CiteScreen, FallbackDialog
from kutip.tui.screens.help import DESCRIPTION_WIDTH, KEY_COLUMN, HelpScreen, help_content
from kutip.tui.screens.saved_searches import NamePrompt
from kutip.tui.widgets.keys_footer import KeysFooter
from kutip.tui.widgets.statements_pane import StatementsPane
from tests.pilot.test_tui_footer import shown, the_footer
from tests.pilot_support import settle, synchronous
from tests.quick_app import quick_app


@synchronous
async def test_the_help_shows_its_own_keys_and_scrolls_with_vim_keys(fixture_archive: Archive) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        keys = shown(the_footer(app.screen))
        assert "escape,q,question_mark" in keys or "escape" in keys[0], keys
        assert "enter" not in keys  # the list's Open article is not a key of the help
        scroll = app.screen.query_one(VerticalScroll)
        assert scroll.max_scroll_y > 3
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert scroll.scroll_y == 3
        await pilot.press("k")
        await pilot.pause()
        assert scroll.scroll_y == 2
        await pilot.press("G")
        await pilot.pause()
        assert scroll.scroll_y == scroll.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert scroll.scroll_y == 0
        await pilot.press("escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, HelpScreen)


def test_a_long_description_in_the_help_goes_on_under_itself() -> None:
    lines = help_content().plain.splitlines()
    longest = max(COMMANDS, key=lambda command: len(command.description))
    assert len(longest.description) > DESCRIPTION_WIDTH
    at = next(i for i, line in enumerate(lines) if line.startswith(f"  {longest.display_keys} "))
    assert lines[at + 1].startswith(" " * (2 + KEY_COLUMN)) and lines[at + 1].strip()
    for line in lines:
        assert len(line) <= 2 + KEY_COLUMN + DESCRIPTION_WIDTH, line


@synchronous
async def test_the_dialogs_show_their_own_keys(fixture_archive: Archive, tmp_path: Path) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("C")
        await settle(app, pilot)
        assert isinstance(app.screen, CiteScreen)
        keys = shown(the_footer(app.screen))
        assert "escape" in keys and "enter" not in keys, keys
        await pilot.press("escape")
        await settle(app, pilot)
        for dialog in (FallbackDialog("text", tmp_path / "saved.txt"), NamePrompt("Save search", "a note")):
            app.push_screen(dialog)
            await settle(app, pilot)
            assert app.screen is dialog
            keys = shown(the_footer(dialog))
            assert "escape" in keys, (type(dialog).__name__, keys)
            assert len(list(app.screen.query(KeysFooter))) == 1
            dialog.dismiss(None)
            await settle(app, pilot)


@synchronous
async def test_tab_into_the_statements_pane_puts_the_cursor_on_the_first_statement(
    fixture_archive: Archive,
) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        for _ in range(len(app.all_summaries)):  # the first article that has statements
            await pilot.press("enter")
            await settle(app, pilot)
            if app.reader.article is not None and app.reader.article.statements:
                break
            app.article_list.focus()
            await pilot.press("j")
        article = app.reader.article
        assert article is not None and article.statements
        pane = app.statements_pane
        pane.focus()
        await pilot.pause()
        assert isinstance(app.focused, StatementsPane)
        first = min(article.statements, key=lambda statement: statement.start)
        assert pane.current is not None and pane.current.id == first.id
        target = app.citation_target()
        assert target is not None and target[1] is not None and target[1].id == first.id
