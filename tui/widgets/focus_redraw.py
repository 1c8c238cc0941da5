"""A change of focus that redraws only what it changes.

Textual redraws a widget whole when it gains or loses the focus (``Widget._on_focus`` and
``_on_blur`` call ``refresh()``), whatever its look owes to focus, and the frame then draws the
widget's scrollbar too (it lies in the region marked changed). Tab and Enter move the focus
between the list, the reader's body and the side panes: the body (no ``:focus`` rule) was drawn
again, 40 lines and its scrollbar at 160 x 48, for a look that does not change; the list, whose
cursor row alone follows the focus, was drawn whole with its scrollbar.

:class:`FocusRedrawsOnly` does what Textual does on focus and blur (the ``has_focus`` reactive,
whose watcher restyles the widget, and the message to the parent) and marks changed only
:meth:`~FocusRedrawsOnly.focus_regions`. A style that does change with the focus still redraws
the widget through the restyle (Textual refreshes a node whose styles change), so only the
unconditional redraw is left out.
"""

from __future__ import annotations

from typing import cast

from textual import events
from textual.geometry import Region
from textual.widget import Widget


class FocusRedrawsOnly:
    """Mixed in before a widget: a change of focus redraws :meth:`focus_regions` (none: nothing)."""

    def focus_regions(self) -> list[Region] | None:
        """The regions of the widget's content (as ``Widget.refresh`` takes them: 0, 0 at the
        content's top-left) that look different with the focus; None: the whole widget."""
        return []

    def watch_has_focus(self, _has_focus: bool) -> None:
        """Restyle the widget, as Textual does, only when a rule for it or what it holds names
        ``:focus``: Textual restyles it at every change of focus, and setting a scrollbar colour
        (``ScrollbarColorProperty``) redraws the scrollbar even when the colour is the same, so
        each Tab drew the list's and the body's scrollbars again, and asked for a layout."""
        widget = cast(Widget, self)
        if not widget.is_attached:
            return
        stylesheet = widget.app.stylesheet
        rules_map = stylesheet.rules_map
        for node in widget.walk_children(with_self=True):
            for name in rules_map.keys() & node._selector_names:
                if any("focus" in rule.pseudo_classes for rule in rules_map[name]):
                    widget.update_node_styles()
                    return

    def _on_focus(self, event: events.Focus) -> None:
        self._focus_changed(event, True)

    def _on_blur(self, event: events.Blur) -> None:
        self._focus_changed(event, False)

    def _focus_changed(self, event: events.Focus | events.Blur, focused: bool) -> None:
        widget = cast(Widget, self)
        event.prevent_default()  # Textual's own handler (the same, with a whole redraw) is skipped
        widget.has_focus = focused
        regions = self.focus_regions()
        if regions is None:
            widget.refresh()
        elif regions:
            widget.refresh(*regions)
        if widget.parent is not None:
            message = events.DescendantFocus(widget) if focused else events.DescendantBlur(widget)
            widget.parent.post_message(message)
