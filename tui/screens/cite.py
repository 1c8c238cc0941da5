"""Choosing a citation style with a live preview, and showing text the clipboard may not hold.

Both screens take plain arguments (an article, a statement, a text) and need no
app state; the caller copies the chosen citation and, when the copy chain cannot
confirm the clipboard, opens :class:`FallbackDialog` so the text can be selected
by hand. Article text reaches the screen only as :class:`~textual.content.Content`
built from plain strings, so markup in an article shows literally, and through
:func:`~kutip.tui.text.inert`, so control, bidi and zero-width characters show as
visible symbols (the copied text itself is left exactly as cited).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static, TextArea
from textual.widgets.option_list import Option

from kutip.index.facade import (
    STYLES,
    Article,
    ArticleSummary,
    Statement,
    cite_article,
    cite_statement,
)
from kutip.tui.citation_styles import listed_name
from kutip.tui.commands import keyed, table_of
from kutip.tui.scopes import ScopedKeys
from kutip.tui.text import inert
from kutip.tui.widgets.keys_footer import KeysFooter

__all__ = ["CiteScreen", "FallbackDialog", "citation_text"]


def citation_text(
    article: Article | ArticleSummary, statement: Statement | None, style: str, accessed: date | None = None
) -> str:
    """The text the screen previews and the caller copies for ``style``."""
    if statement is not None:
        return cite_statement(article, statement, style, accessed)
    return cite_article(article, style, accessed)


class CiteScreen(ScopedKeys, ModalScreen[str | None], scope="cite"):
    """Pick a style (↑/↓, j/k); the preview follows the highlight; Enter returns the style, Esc None."""

    DEFAULT_CSS = """
    CiteScreen {
        align: center middle;
        & > Vertical {
            width: 90%;
            max-width: 110;
            height: 80%;
            border: round $primary;
            border-title-align: center;
            background: $surface;
            padding: 0 1;
        }
        #cite-styles { height: auto; max-height: 9; }
        #cite-preview-box { height: 1fr; border-top: solid $primary-muted; }
        #cite-hint { color: $text-muted; height: 1; }
    }
    """

    def __init__(
        self,
        article: Article | ArticleSummary,
        statement: Statement | None = None,
        *,
        style: str = "plain",
        accessed: date | None = None,
    ) -> None:
        super().__init__()
        self.article = article
        self.statement = statement
        self.accessed = accessed or date.today()
        self.initial_style = style if style in STYLES else STYLES[0]
        self.preview_text = ""

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Cite statement" if self.statement is not None else "Cite article"
            yield OptionList(*(Option(listed_name(s), id=s) for s in STYLES), id="cite-styles")
            with VerticalScroll(id="cite-preview-box"):
                yield Static(id="cite-preview")
            hint = keyed(table_of(self.app), "Enter copy · {cite_cancel} cancel · ↑↓ style")  # the user's Esc
            yield Static(Content(hint), id="cite-hint")
        yield KeysFooter()  # the dialog's keys, not those of the screen under it

    def on_mount(self) -> None:
        styles = self.query_one("#cite-styles", OptionList)
        styles.highlighted = STYLES.index(self.initial_style)
        self._show(self.initial_style)
        styles.focus()

    def _show(self, style: str) -> None:
        self.preview_text = citation_text(self.article, self.statement, style, self.accessed)
        self.query_one("#cite-preview", Static).update(Content(inert(self.preview_text)))

    @property
    def style(self) -> str:
        """The highlighted style."""
        option = self.query_one("#cite-styles", OptionList).highlighted_option
        return option.id if option is not None and option.id else self.initial_style

    @on(OptionList.OptionHighlighted, "#cite-styles")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id:
            self._show(event.option.id)

    @on(OptionList.OptionSelected, "#cite-styles")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cursor_down(self) -> None:
        self.query_one("#cite-styles", OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one("#cite-styles", OptionList).action_cursor_up()

    def action_cancel(self) -> None:
        self.dismiss(None)


class FallbackDialog(ScopedKeys, ModalScreen[None], scope="fallback"):
    """The text in a read-only, selectable area, with the file it was saved to; Esc closes."""

    DEFAULT_CSS = """
    FallbackDialog {
        align: center middle;
        & > Vertical {
            width: 90%;
            max-width: 110;
            height: 70%;
            border: round $warning;
            border-title-align: center;
            background: $surface;
            padding: 0 1;
        }
        #fallback-detail { height: auto; }
        #fallback-text { height: 1fr; }
        #fallback-path { height: auto; color: $text-muted; }
    }
    """

    def __init__(self, text: str, path: Path | None = None, detail: str = "") -> None:
        super().__init__()
        self.text = text
        self.path = path
        self.detail = detail or "The clipboard could not be confirmed: select the text below and copy it."

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Copy by hand"
            yield Static(Content(inert(self.detail)), id="fallback-detail")
            yield TextArea(inert(self.text), read_only=True, soft_wrap=True, id="fallback-text")
            where = f"Saved to {self.path}" if self.path else "Not saved to a file."
            closes = keyed(table_of(self.app), " · {fallback_close} close")
            yield Static(Content(inert(where) + closes), id="fallback-path")
        yield KeysFooter()

    def on_mount(self) -> None:
        area = self.query_one("#fallback-text", TextArea)
        area.focus()
        area.select_all()

    def action_close(self) -> None:
        self.dismiss(None)
