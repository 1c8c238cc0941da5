"""The reader's main screen: Textual's default screen, except that a change of focus redraws
only the widgets it restyles, and a frame draws only the widgets it changes.

Textual's screen keeps the focused widget in a reactive that repaints the screen, and a screen
repainted is every line of every pane composed and written again (30 KB at 160 x 48): Esc back
to the list, Enter into the reader and Tab each moved the focus, and that full redraw was
half of their time at 10,000 articles. The widget losing the focus and the one gaining it are
restyled (``:focus`` rules) and redraw themselves; nothing else on the screen depends on focus.

A frame that is not a full one (:class:`ChangedOnlyCompositor`) writes to the terminal only the
spans of the screen that changed, but Textual draws for it every widget that crosses the
rectangle around all of them, whole: Esc changes the list (the screen's full height) and the
status line and footer (its full width), so that rectangle was the screen, and the reader's body
and the side panes were drawn and cut into pieces for nothing. ``j`` changes two rows of the
list, and every pane beside those rows was drawn whole too.
"""

from __future__ import annotations

from textual import events
from textual._compositor import ChopsUpdate, Compositor
from textual.geometry import Region
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget


class ChangedOnlyCompositor(Compositor):
    """Textual's compositor, whose partial update draws only the widgets that show in a changed region.

    The update writes the changed regions' spans only, so a widget that crosses none of them
    gives nothing it writes; nor does a widget behind one that covers the whole changed region
    (every widget draws every cell of its region, and the one in front wins each cell): the
    containers behind the list (its column, the panes' row, the screen: 140 lines at 160 x 48)
    were drawn in every frame that changed the list, for nothing. Both are left out of the
    drawing. Every other part of the update (the cuts of each line, the spans, full updates) is
    Textual's own.
    """

    def __init__(self) -> None:
        super().__init__()
        self._changed: list[Region] | None = None  # while a partial update draws: its regions

    @property
    def visible_widgets(self) -> dict[Widget, tuple[Region, Region]]:
        widgets = super().visible_widgets
        changed = self._changed
        if changed is None:
            return widgets
        needed: set[Widget] = set()
        for area in changed:
            for widget, (region, clip) in widgets.items():  # front to back, as they are drawn
                shown = region.intersection(clip)
                if shown.overlaps(area):
                    needed.add(widget)
                    if shown.contains_region(area):
                        break  # it draws every cell of the area: nothing behind it shows there
        return {widget: place for widget, place in widgets.items() if widget in needed}

    def render_partial_update(self) -> ChopsUpdate | None:
        self.cuts  # noqa: B018 (the cuts of each line, from every widget, before the drawing is narrowed)
        self._changed = list(self._dirty_regions)
        try:
            return super().render_partial_update()
        finally:
            self._changed = None


class ReaderScreen(Screen[object]):
    """The screen the reader's panes are composed into."""

    focused: Reactive[Widget | None] = Reactive(None, repaint=False)

    def __init__(self, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._compositor = ChangedOnlyCompositor()
        self.side_wanted: bool | None = None  # ``s``'s choice; None: the width's (app.tcss)

    def toggle_side(self) -> None:
        """``s``: show the side panes if hidden, else hide them (see :meth:`_fit_side`)."""
        self.side_wanted = not self.query_one("#side-column").display
        self._fit_side()
        self._focus_shown()

    def _fit_side(self) -> None:
        """The side panes as ``s`` last asked, on the screen. Below the width the list, the reader
        and the side panes need together (``-narrow``), showing the side panes hides the list: the
        three overflowed the screen, the side panes drawn beyond its edge and the reader's lines cut
        off. The choice holds across resizes, each width laid out anew."""
        side, column = self.query("#side-column"), self.query("#list-column")
        if not side or not column:
            return  # not composed yet
        narrow = self.has_class("-narrow")
        shown = not narrow if self.side_wanted is None else self.side_wanted
        side.first().display = shown
        column.first().display = not (shown and narrow)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """A key that takes the focus into the list's column (``/``, Ctrl+T, the facets) brings the
        column back where showing the side panes had hidden it."""
        if not self.side_wanted or not self.has_class("-narrow"):
            return  # the list is shown: nothing to bring back (and no query on every Tab, Enter, Esc)
        column = next(iter(self.query("#list-column")), None)
        if column is not None and not column.display and column in event.widget.ancestors:
            self.side_wanted = None  # the width's own layout again
            self._fit_side()

    def on_resize(self, _event: events.Resize) -> None:
        self.call_later(self._resized)  # after Textual's own handler has set the width's classes

    def _resized(self) -> None:
        self._fit_side()
        self._focus_shown()

    def _focus_shown(self) -> None:
        """A terminal narrowed below the side column's width hides the column (``app.tcss``): a
        focus left in one of its panes took the keys out of sight (``j`` moved a hidden cursor,
        the footer named the hidden pane's keys). It moves to the reader's body (so does a focus in the
        list ``s`` hid)."""
        focused = self.focused
        if focused is None or all(node.display for node in focused.ancestors_with_self):
            return
        reader = self.query("#reader-body")
        if reader:
            reader.first().focus()
