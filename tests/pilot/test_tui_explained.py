"""Nothing on screen is left unexplained: empty panes say why, headers count what is shown,
and a key with nothing to act on says so."""

from __future__ import annotations

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.widgets import entities_pane, statements_pane
from kutip.tui.widgets.list_header import ListHeader
from tests.pilot_support import settle, synchronous


def new_app(archive: Archive) -> KutipApp:
    app = KutipApp(archive, settings_file=archive.location.parent / "settings.toml")
    app.debounce = NO_DEBOUNCE
    return app


def prompts(pane: object) -> list[str]:
    return [str(option.prompt) for option in pane.options]  # type: ignore[attr-defined]


@synchronous
async def test_the_side_panes_say_what_they_will_show_before_an_article_is_open(fixture_archive: Archive) -> None:
    app = new_app(fixture_archive)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        assert prompts(app.entities_pane) == [entities_pane.NO_ARTICLE]
        assert prompts(app.statements_pane) == [statements_pane.NO_ARTICLE]
        assert app.entities_pane.current is None and app.statements_pane.current is None
        await pilot.press("enter")
        await settle(app, pilot)
        assert entities_pane.NO_ARTICLE not in prompts(app.entities_pane)


@synchronous
async def test_an_article_without_statements_says_none_were_found(fixture_archive: Archive) -> None:
    app = new_app(fixture_archive)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        quiet = next(
            i for i, s in enumerate(app.article_list.summaries)
            if not (article := fixture_archive.article(s.id)) or not article.statements
        )  # fmt: skip
        app.article_list.cursor = quiet
        await pilot.press("enter")
        await settle(app, pilot)
        assert prompts(app.statements_pane) == [statements_pane.NONE_FOUND]
        app.statements_pane.focus()
        await pilot.press("enter")  # the note is not a row: nothing is chosen
        await settle(app, pilot)
        assert app.statements_pane.current is None


@synchronous
async def test_statement_results_are_counted_in_the_header_and_the_list_count_comes_back(
    fixture_archive: Archive,
) -> None:
    app = new_app(fixture_archive)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        header = app.part(ListHeader)
        articles_header = header.text
        await pilot.press("ctrl+t", *"beras")
        await settle(app, pilot)
        count = len(app.statement_results.hits)
        assert count >= 1
        assert header.text == f"{count} statement{'s' if count != 1 else ''} · best match first"
        await pilot.press("escape")
        await settle(app, pilot)
        assert header.text == articles_header


@synchronous
async def test_clearing_filters_when_there_are_none_says_so(fixture_archive: Archive) -> None:
    app = new_app(fixture_archive)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("x")
        await settle(app, pilot)
        assert app.status.message.startswith("No filters to clear")
        await pilot.press("u", "x")
        await settle(app, pilot)
        assert app.status.message.startswith("Filters cleared — ")  # and the rows shown again counted
        assert not app.article_list.shape.narrowed
