"""The search input: hidden until ``/``, closed with Esc; Ctrl+T restricts it to statements."""

from __future__ import annotations

from textual.widgets import Input

from kutip.tui.scopes import ScopedKeys

ARTICLES_HINT = "Search the archive — Enter: results, Esc: close"
STATEMENTS_HINT = "Who said what: words, or speaker:name words — Enter: results"


class SearchBar(ScopedKeys, Input, scope="search"):
    """An Input whose extra keys come from the command table."""

    DEFAULT_CSS = """
    SearchBar {
        display: none;
        border-title-align: right;
        border-title-color: $text-accent;
        &.-open { display: block; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder=ARTICLES_HINT, id=id)
        self.statements_only = False

    def open(self) -> None:
        self.add_class("-open")
        self.focus()

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def close(self) -> None:
        self.remove_class("-open")
        self.value = ""

    def set_statements_only(self, on: bool) -> None:
        """Search statements (who said what) instead of articles; the border says which."""
        self.statements_only = on
        self.placeholder = STATEMENTS_HINT if on else ARTICLES_HINT
        self.border_title = "statements only · Ctrl+T" if on else ""
