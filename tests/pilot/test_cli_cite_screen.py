"""The citation preview and the copy-by-hand dialog show bidi and zero-width characters visibly."""

from __future__ import annotations

import asyncio
from datetime import date

from textual.app import App
from textual.widgets import Static, TextArea

from kutip.index.facade import Article
from kutip.tui.screens.cite import CiteScreen, FallbackDialog
from kutip.tui.text import BIDI_SYMBOL, INVISIBLE_SYMBOL

ARTICLE = Article(
    id="d4e5f6",
    source="/arsip/trem.txt",
    title="Trem \u202eSurabaya\u200b kembali \x1b]52;c;aGk=\x07 jalan",
    outlet="Kabar Nusantara",
    date="2024-11-12",
    author="Sari Handayani",
    url="https://kabarnusantara.example/trem",
    lang="id",
)
HIDDEN = ("\u202e", "\u200b", "\x1b", "\x07")


class Host(App[None]):
    def __init__(self, screen: CiteScreen | FallbackDialog) -> None:
        super().__init__()
        self.dialog = screen

    def on_mount(self) -> None:
        self.push_screen(self.dialog)


def test_preview_shows_bidi_and_zero_width_visibly() -> None:
    async def scenario() -> tuple[str, str]:
        app = Host(CiteScreen(ARTICLE, style="plain", accessed=date(2025, 1, 20)))
        async with app.run_test() as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, CiteScreen)
            return str(screen.query_one("#cite-preview", Static).render()), screen.preview_text

    shown, copied = asyncio.run(scenario())
    assert BIDI_SYMBOL in shown and INVISIBLE_SYMBOL in shown
    assert not any(char in shown for char in HIDDEN)
    assert "\u202e" in copied  # what is copied is the citation itself, not its picture


def test_fallback_dialog_shows_hostile_text_inert() -> None:
    text = "Trem \u202eSurabaya\u200b \x1b[2J kembali"

    async def scenario() -> tuple[str, str]:
        app = Host(FallbackDialog(text, None, "detail \x1b[6n"))
        async with app.run_test() as pilot:
            await pilot.pause()
            area = app.screen.query_one(TextArea)
            return area.text, str(app.screen.query_one("#fallback-detail", Static).render())

    area, detail = asyncio.run(scenario())
    assert area == "Trem ⇄Surabaya◌ ␛[2J kembali"
    assert "␛[6n" in detail and not any(char in area + detail for char in HIDDEN)
