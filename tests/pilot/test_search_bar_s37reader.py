"""The search bar's open mark is set and removed without a pass of the stylesheet (session 37):
no rule styles it, so the bar looks the same either way, and ``/`` and Esc skip that pass."""

from __future__ import annotations

import pytest

from kutip.index.facade import Archive
from kutip.tui.widgets.search_bar import OPEN, SearchBar
from tests.pilot_support import settle, synchronous
from tests.quick_app import quick_app


def styles_of(bar: SearchBar) -> dict[str, object]:
    return dict(bar.styles.get_rules())


@synchronous
async def test_no_rule_styles_the_open_mark(fixture_archive: Archive) -> None:
    """The bar's styles as the stylesheet gives them, open and closed (the stylesheet applied by
    hand each time) are the same with the mark as without it: skipping the pass changes nothing."""
    app = quick_app(fixture_archive)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        bar = app.search_bar
        for focused in (False, True):
            if focused:
                bar.open()
                await settle(app, pilot)
            bar.remove_class(OPEN, update=False)
            app.stylesheet.apply(bar)
            without = styles_of(bar)
            bar.add_class(OPEN, update=False)
            app.stylesheet.apply(bar)
            assert styles_of(bar) == without


@synchronous
async def test_slash_and_esc_set_the_mark_without_a_pass(
    fixture_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``/`` and Esc set and remove the mark with no pass of the stylesheet (the focus has its own)."""
    app = quick_app(fixture_archive)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        bar = app.search_bar
        marks: list[tuple[str, bool]] = []
        add, remove = bar.add_class, bar.remove_class

        def adding(*names: str, update: bool = True) -> SearchBar:
            marks.extend(("add", update) for name in names if name == OPEN)
            return add(*names, update=update)

        def removing(*names: str, update: bool = True) -> SearchBar:
            marks.extend(("remove", update) for name in names if name == OPEN)
            return remove(*names, update=update)

        monkeypatch.setattr(bar, "add_class", adding)
        monkeypatch.setattr(bar, "remove_class", removing)
        await pilot.press("slash", *"beras")
        await settle(app, pilot)
        assert bar.is_open and len(app.article_list.summaries) < len(app.all_summaries)
        await pilot.press("escape")
        await settle(app, pilot)
        assert not bar.is_open and len(app.article_list.summaries) == len(app.all_summaries)
        assert marks == [("add", False), ("remove", False)]
