"""Every cell of a list row is drawn in the row's own colours, or in a part's colour blended on
them: no part comes out black. Session 40, by hand in tmux: an unread row's title was black on
black (the unread style, a partial one, set no colour, and its transparent colours were drawn on
nothing), the outlet and date on a black box; the snapshots had taken the black in."""

from __future__ import annotations

import pytest
from rich.color import Color as RichColor

from kutip.index.facade import Archive
from tests.pilot_support import settle, synchronous
from tests.quick_app import quick_app


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
@synchronous
async def test_list_rows_keep_the_rows_colours(fixture_archive: Archive, theme: str) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=(160, 48)) as pilot:
        app.theme = theme
        await settle(app, pilot)
        listed = app.article_list
        assert listed.read_ids is None or len(listed.read_ids) < 3  # unread rows are listed
        for focused in (True, False):
            if not focused:
                app.reader.body.focus()
                await settle(app, pilot)
            for y in range(3):
                cursor = y == listed.cursor
                name = "article-list--cursor-focused" if cursor and focused else "article-list--cursor"
                row = (listed.rich_style + listed.get_component_rich_style(name)) if cursor else listed.rich_style
                for segment in listed.render_line(y):
                    style = segment.style
                    if not segment.text.strip() or style is None:
                        continue
                    assert style.bgcolor == row.bgcolor, (theme, y, segment.text)
                    assert style.color != style.bgcolor, (theme, y, segment.text)
                    assert style.color != RichColor.parse("#000000") or row.bgcolor == RichColor.parse("#ffffff")
