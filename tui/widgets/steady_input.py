"""An ``Input`` whose typing never lays the screen out again.

Textual's ``Input`` sets its scrollable width to the text's on every letter, and that
reactive asks for a layout of the whole screen: every pane arranged and redrawn per key.
The input's own size never depends on its text, so the width is set the way Textual sets it
after a layout (the size kept, the scroll position checked) and only the line is redrawn.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import Input


class SteadyInput(Input):
    """An Input that redraws its line, not the screen's layout, as its text changes."""

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)
    """The text's width: the input's own size never changes with it."""

    def _watch_virtual_size(self, size: Size) -> None:
        self._scroll_update(size)  # Textual's own step after a layout: the cursor stays in view
        self.refresh()
