"""The search input: one line above the list, always there; ``/`` opens it, Esc closes it,
Ctrl+T restricts it to statements.

It never changes the screen's layout. A bar that appeared and disappeared (``display``)
made Textual arrange and redraw every pane twice on each ``/`` and Esc, and an ``Input``
lays the screen out again on every letter typed (see :mod:`.steady_input`). Here opening
and closing change only colours and the placeholder, so typing and Esc redraw one line.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from textual import events

from kutip.tui.commands import COMMANDS, table_of
from kutip.tui.messages import hints
from kutip.tui.scopes import ScopedKeys
from kutip.tui.widgets.steady_input import SteadyInput

# Each hint from the fullest to the shortest: the bar shows the fullest that fits its width (at
# 80 columns the closed bar's hint was cut mid-phrase, "… · Ctrl+T who"). These are the default
# keys' (tui/messages.py holds the hints by command id; the bar says them with the user's keys).
CLOSED_HINTS = hints(COMMANDS, "closed")
ARTICLES_HINTS = hints(COMMANDS, "articles")
STATEMENTS_HINTS = hints(COMMANDS, "statements")
CLOSED_HINT, ARTICLES_HINT, STATEMENTS_HINT = CLOSED_HINTS[0], ARTICLES_HINTS[0], STATEMENTS_HINTS[0]


def fitting(hints: Sequence[str], width: int) -> str:
    """The fullest of ``hints`` that fits ``width`` cells (the shortest when none does; the
    fullest before the bar has a width)."""
    if width <= 0:
        return hints[0]
    return next((hint for hint in hints if cell_len(hint) <= width), hints[-1])
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
        self._hints = "closed"
        self.statements_only = False
        self.can_focus = False  # closed: Tab passes it by, as it did a hidden bar

    def open(self) -> None:
        self.add_class(OPEN, update=False)
        self.can_focus = True
        self._hint("statements" if self.statements_only else "articles")
        self.focus()

    @property
    def is_open(self) -> bool:
        return self.has_class(OPEN)

    def close(self) -> None:
        self.remove_class(OPEN, update=False)
        self.value = ""
        self._hint("closed")
        self.can_focus = False

    def set_statements_only(self, on: bool) -> None:
        """Search statements (who said what) instead of articles; the bar's tint and hint say which."""
        self.statements_only = on
        self.set_class(on, "-statements")
        if self.is_open:
            self._hint("statements" if on else "articles")

    def _hint(self, which: str) -> None:
        """The fullest of the ``which`` hints that fits, with the user's keys."""
        self._hints = which
        shown = hints(table_of(self.app), which)
        self.placeholder = fitting(shown, self.content_size.width - 1)  # a cell for the cursor

    def on_resize(self, event: events.Resize) -> None:
        """The hint that fits the new width (a repaint of the bar's line, no layout)."""
        self._hint(self._hints)

    def on_click(self, event: events.Click) -> None:
        """A click on the closed bar opens it, as ``/`` does."""
        if not self.is_open:
            event.stop()
            self.open()
