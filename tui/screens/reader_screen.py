"""The reader's main screen: Textual's default screen, except that a change of focus redraws
only the widgets it restyles.

Textual's screen keeps the focused widget in a reactive that repaints the screen, and a screen
repainted is every line of every pane composed and written again (30 KB at 160 x 48): Esc back
to the list, Enter into the reader and Tab each moved the focus, and that full redraw was
half of their time at 10,000 articles. The widget losing the focus and the one gaining it are
restyled (``:focus`` rules) and redraw themselves; nothing else on the screen depends on focus.
"""

from __future__ import annotations

from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget


class ReaderScreen(Screen[object]):
    """The screen the reader's panes are composed into."""

    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
