"""A scroll view whose content changes without laying the screen out again.

Textual lays the whole screen out whenever a widget's scrollable size changes
(``virtual_size`` is a layout reactive), and after a layout it draws every widget anew.
For a pane whose own size is fixed by its container (``1fr``), new content changes only
its scrollbar, unless the scrollbar appears or goes. Opening an article gave the body and
both side panes new sizes: three layout requests, about half of Enter's CPU at 10,000
articles. :class:`SizedByContainer` asks for a layout only when one is needed, and
otherwise updates the scrollbar the way Textual does after a layout. When a scrollbar does show
or hide, :func:`settle_scrollbars` tells the view at once, so one layout places it: left to
Textual, the layout finds the scrollbar changed and asks for a second one (Esc from a short list
of hits back to 10,000 rows drew three frames, two of them whole layouts).
"""

from __future__ import annotations

from typing import cast

from textual.geometry import Size
from textual.reactive import Reactive
from textual.scrollbar import ScrollBar
from textual.widget import Widget


def needs_layout(widget: Widget, old: Size, new: Size) -> bool:
    """Whether ``widget`` going from content of size ``old`` to ``new`` changes the layout: its
    size follows its content (or is not set), or a scrollbar shows or hides."""
    styles = widget.styles
    if not widget.is_mounted or any(size is None or size.is_auto for size in (styles.height, styles.width)):
        return True
    width, height = widget.container_size
    return (old.height > height) != (new.height > height) or (old.width > width) != (new.width > width)


def settle_scrollbars(widget: Widget) -> None:
    """Show or hide ``widget``'s scrollbars for its new ``virtual_size`` now, before the layout it
    has asked for, so that layout places them: Textual decides only after laying out, and a
    scrollbar that appears then asks for another layout of the whole screen."""
    if widget.is_mounted and widget.container_size:
        widget._refresh_scrollbars()


class SteadyScrollBar(ScrollBar):
    """A scrollbar that asks for no layout when the layout gives it a new size.

    After every layout Textual sets each widget's ``virtual_size`` to its new size, and that
    reactive asks for another layout of the whole screen. A scrollbar's size is its view's
    arrangement's, and its thumb follows the view's ``_scroll_update`` (the window's sizes), so the
    second layout changes nothing: the first article opened, or a header one line taller, laid the
    screen out twice (session 37: 33 + 8.5 ms of update at load 3, 156 + 38 at load 8)."""

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)


class SizedByContainer:
    """Mixed in before a scroll view whose size its container sets (not ``auto``). A plain mixin:
    as a ``Widget`` subclass it would hide the view's component classes. Its vertical scrollbar
    is a :class:`SteadyScrollBar`."""

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        """The vertical scrollbar, made as Textual makes it (``Widget.vertical_scrollbar``) but steady."""
        widget = cast(Widget, self)
        bar = widget._vertical_scrollbar
        if bar is None:
            bar = SteadyScrollBar(vertical=True, name="vertical", thickness=widget.scrollbar_size_vertical)
            bar.display = False
            widget._vertical_scrollbar = bar
            widget.app._start_widget(widget, bar)
        return bar

    def watch_virtual_size(self, old: Size, new: Size) -> None:
        widget = cast(Widget, self)
        if needs_layout(widget, old, new):
            widget.refresh(layout=True)
            settle_scrollbars(widget)
        else:
            widget._scroll_update(new)  # Textual's own no-layout path (Widget._size_updated, layout=False)
