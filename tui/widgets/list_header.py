"""One line above the article list: its order and what narrows it (unread only, facet filters)."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from kutip.tui.messages import message
from kutip.tui.text import one_line
from kutip.tui.widgets.list_shape import ListShape


class ListHeader(Static):
    """``by outlet · unread only · outlet: Warta`` — o sorts, u unread, F facets, x clears."""

    DEFAULT_CSS = """
    ListHeader {
        height: 1;
        padding: 0 1;
        color: $text-muted;
        background: $boost;
        /* one line: a longer header wrapped its end (the filter's value) out of sight */
        text-wrap: nowrap;
        text-overflow: ellipsis;
        &.-narrowed { color: $text-warning; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Content(""), id=id)
        self.text = ""
        self._drawn: tuple[str, bool] = ("", False)

    def show_shape(
        self,
        shape: ListShape,
        searching: bool,
        shown: int,
        total: int,
        unread: int = -1,
        *,
        mentioning: str = "",
    ) -> None:
        """``unread`` counts the unread among the shown (-1: read state not tracked); ``mentioning``
        names the entity whose articles the list is narrowed to (``a`` in the entities pane)."""
        narrowing = [*([f"mentioning {mentioning}"] if mentioning else []), *shape.narrowing()]
        parts = [f"{shown} of {total}" if shown != total else f"{total}", *narrowing]
        unread_part = [f"{unread} unread"] if unread >= 0 and not shape.unread_only else []
        if narrowing:  # what hides rows first: a narrow header cuts its end
            parts += [shape.order(searching), *unread_part]
        else:
            parts += [*unread_part, shape.order(searching)]
        self.text = one_line(" · ".join(parts))
        if shape.narrowed:
            self.text += message(self.app, "header_facets")
        elif mentioning:
            self.text += message(self.app, "header_filter")
        self._show(bool(narrowing))

    def show_loading(self, shape: ListShape, total: int) -> None:
        """While only the list's top is loaded: the archive's count, and that the rest is coming
        (the unread are counted once the whole list is in)."""
        self.text = one_line(f"{total} · {shape.describe(False)} · loading the rest of the list…")
        self._show(shape.narrowed)

    def show_statements(self, count: int | None, more: bool = False) -> None:
        """Above statement search results: their count (None while the first search runs), not
        the hidden article list's, which would read as the count of these results."""
        if count is None:
            self.text = "statements only · searching…"
        else:
            plural = "s" if count != 1 else ""
            self.text = f"{count}{'+' if more else ''} statement{plural} · best match first"
        self._show(False)

    def _show(self, narrowed: bool) -> None:
        """Draw :attr:`text` (one line, always: no new layout), unless it is drawn already: the
        list tells its header of every change of rows, and a redraw of the same words costs a frame."""
        if (self.text, narrowed) == self._drawn:
            return
        self._drawn = (self.text, narrowed)
        self.set_class(narrowed, "-narrowed")
        self.update(Content(self.text), layout=False)
