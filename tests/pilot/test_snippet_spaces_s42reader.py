"""A search hit's snippet line shows a paragraph break as one space (it showed two)."""

from __future__ import annotations

from pathlib import Path

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from tests.pilot_support import settle, synchronous


@synchronous
async def test_snippet_lines_have_no_double_spaces(fixture_archive: Archive, tmp_path: Path) -> None:
    app = KutipApp(fixture_archive, settings_file=tmp_path / "settings.toml", debounce=NO_DEBOUNCE)
    async with app.run_test(size=(200, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"beras", "enter")
        await settle(app, pilot)
        listed = app.article_list
        assert listed.row_height == 2 and listed.summaries
        snippets = [listed.render_line(y).text[3:].rstrip() for y in range(1, 2 * len(listed.summaries), 2)]
        assert any("." in line and "Beras" in line for line in snippets), snippets  # across a break
        assert all(line and "  " not in line for line in snippets), snippets
