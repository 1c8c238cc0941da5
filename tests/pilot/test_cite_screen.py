"""The style picker previews each style live and returns the chosen one; the fallback dialog shows text."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

from textual.app import App
from textual.widgets import Static, TextArea

from kutip.index.facade import Article, Statement
from kutip.tui.screens.cite import CiteScreen, FallbackDialog

ACCESSED = date(2025, 1, 20)
ARTICLE = Article(
    id="a1b2c3",
    source="/arsip/banjir.txt",
    title="Banjir [bold]Rendam[/bold] [@click=app.quit]Bekasi[/] \x1b[31m",
    outlet="Kabar Nusantara",
    date="2024-11-12",
    author="Sari Handayani",
    url="https://kabarnusantara.example/banjir",
    lang="id",
)
STATEMENT = Statement(
    "a1b2c3:1", "a1b2c3", "Kami sudah menyiapkan perahu karet,", "direct", 0, 30, speaker="Sari Handayani"
)


class Host(App[None]):
    def __init__(self, screen: CiteScreen | FallbackDialog) -> None:
        super().__init__()
        self.dialog = screen
        self.results: list[object] = []

    def on_mount(self) -> None:
        self.push_screen(self.dialog, self.results.append)


def preview(app: Host) -> str:
    return str(app.screen.query_one("#cite-preview", Static).render())


def test_preview_follows_the_highlight_and_enter_returns_the_style() -> None:
    async def scenario() -> tuple[list[str], list[object]]:
        app = Host(CiteScreen(ARTICLE, style="apa", accessed=ACCESSED))
        seen = []
        async with app.run_test() as pilot:
            await pilot.pause()
            seen.append(preview(app))
            await pilot.press("down")
            seen.append(preview(app))
            await pilot.press("k", "k")
            seen.append(preview(app))
            await pilot.press("enter")
            await pilot.pause()
        return seen, app.results

    seen, results = asyncio.run(scenario())
    assert seen[0].startswith("Handayani, S. (2024, November 12).")
    assert seen[1].startswith("Handayani, Sari. “Banjir")  # MLA
    assert seen[2].startswith("Sari Handayani, [Banjir \\[bold\\]")  # two up from MLA: Markdown
    assert "\\[bold\\]" in seen[2]
    assert results == ["markdown"]


def test_markup_in_an_article_is_shown_literally_and_does_nothing() -> None:
    async def scenario() -> tuple[str, bool]:
        app = Host(CiteScreen(ARTICLE, style="plain", accessed=ACCESSED))
        async with app.run_test() as pilot:
            await pilot.pause()
            text = preview(app)
            await pilot.click("#cite-preview")
            await pilot.pause()
            return text, app.is_running

    text, running = asyncio.run(scenario())
    assert "[bold]Rendam[/bold] [@click=app.quit]Bekasi[/]" in text
    assert "\x1b" not in text
    assert running


def test_statement_preview_and_escape_cancels() -> None:
    async def scenario() -> tuple[str, str, list[object]]:
        app = Host(CiteScreen(ARTICLE, STATEMENT, style="chicago", accessed=ACCESSED))
        async with app.run_test() as pilot:
            await pilot.pause()
            title = str(app.screen.query_one("Vertical").border_title)
            text = preview(app)
            await pilot.press("escape")
            await pilot.pause()
        return title, text, app.results

    title, text, results = asyncio.run(scenario())
    assert title == "Cite statement"
    assert text.startswith("Sari Handayani: “Kami sudah menyiapkan perahu karet.”")
    assert "Note: Sari Handayani," in text
    assert results == [None]


def test_fallback_dialog_shows_selectable_read_only_text_and_the_path(tmp_path: Path) -> None:
    saved = tmp_path / "kutip-1.txt"

    async def scenario() -> tuple[str, str, bool, str, list[object]]:
        app = Host(FallbackDialog("[b]teks[/b] kutipan", saved, "No clipboard available"))
        async with app.run_test() as pilot:
            await pilot.pause()
            area = app.screen.query_one(TextArea)
            path_line = str(app.screen.query_one("#fallback-path", Static).render())
            await pilot.press("x")  # read-only: typing changes nothing
            result = (area.text, area.selected_text, area.read_only, path_line)
            await pilot.press("escape")
            await pilot.pause()
        return (*result, app.results)

    text, selected, read_only, path_line, results = asyncio.run(scenario())
    assert text == "[b]teks[/b] kutipan" and selected == text and read_only
    assert str(saved) in path_line
    assert results == [None]
