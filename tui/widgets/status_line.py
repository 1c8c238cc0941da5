"""One line of status: progress, hit counts, errors, archive changes.

Messages may quote paths or queries from outside, so they are always drawn as
plain ``Content``, never as markup.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from kutip.tui.text import one_line


class StatusLine(Static):
    """The line above the footer."""

    DEFAULT_CSS = """
    StatusLine {
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $text-muted;
        /* one line: a longer message wrapped its end onto a line out of sight (a copy's saved
           file vanished after "also saved to"); it is cut at the edge, with an ellipsis */
        text-wrap: nowrap;
        text-overflow: ellipsis;
        &.-error { color: $text-error; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Content(""), id=id)
        self.message = ""

    def say(self, message: str, *, error: bool = False) -> None:
        """Show ``message`` (flattened to one line)."""
        self.message = one_line(message)
        self.set_class(error, "-error")
        self.update(Content(self.message), layout=False)  # one line, always: no new layout
