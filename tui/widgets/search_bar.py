"""The search input: one line above the list, always there; ``/`` opens it, Esc closes it,
Ctrl+T restricts it to statements.

It never changes the screen's layout. A bar that appeared and disappeared (``display``)
made Textual arrange and redraw every pane twice on each ``/`` and Esc, and an ``Input``
lays the screen out again on every letter typed (see :mod:`.steady_input`). Here opening
and closing change only colours and the placeholder, so typing and Esc redraw one line.
"""

from __future__ import annotations

from textual import events

from kutip.tui.scopes import ScopedKeys
from kutip.tui.widgets.steady_input import SteadyInput

CLOSED_HINT = "/ to search the archive · Ctrl+T who said what"
ARTICLES_HINT = "Search the archive — Enter: results, Esc: close"
STATEMENTS_HINT = "Statements only: words, or speaker:name words — Enter: results"
OPEN = "-open"
"""The class of an open bar: a mark for the code (:attr:`SearchBar.is_open`), styled by no rule.
It is set and removed without a pass of the stylesheet over the bar (``update=False``): that pass
cost ~2-5 ms of each ``/`` and Esc for nothing, since the bar's look follows its focus (``:focus``,
its own pass). A rule styling ``.-open`` would not apply: style the focus instead
(``tests/unit/test_search_bar_s37reader.py`` holds every stylesheet to that)."""


class SearchBar(ScopedKeys, SteadyInput, scope="search"):
    """An Input whose extra keys come from the command table."""

    DEFAULT_CSS = """
    SearchBar {
        height: 1;
        border: none;
        padding: 0 1;
        background: $boost;
        &:focus { border: none; background: $surface; background-tint: $foreground 5%; }
        &.-statements { background-tint: $accent 20%; }
        &:focus.-statements { background-tint: $accent 25%; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder=CLOSED_HINT, id=id)
        self.statements_only = False
        self.can_focus = False  # closed: Tab passes it by, as it did a hidden bar

    def open(self) -> None:
        self.add_class(OPEN, update=False)
        self.can_focus = True
        self.placeholder = STATEMENTS_HINT if self.statements_only else ARTICLES_HINT
        self.focus()

    @property
    def is_open(self) -> bool:
        return self.has_class(OPEN)

    def close(self) -> None:
        self.remove_class(OPEN, update=False)
        self.value = ""
        self.placeholder = CLOSED_HINT
        self.can_focus = False

    def set_statements_only(self, on: bool) -> None:
        """Search statements (who said what) instead of articles; the bar's tint and hint say which."""
        self.statements_only = on
        self.set_class(on, "-statements")
        if self.is_open:
            self.placeholder = STATEMENTS_HINT if on else ARTICLES_HINT

    def on_click(self, event: events.Click) -> None:
        """A click on the closed bar opens it, as ``/`` does."""
        if not self.is_open:
            event.stop()
            self.open()
