"""Textual's footer, made cheap to switch between the key sets the reader goes back and forth between.

Textual's ``Footer`` removes and mounts every key widget each time the bindings may have
changed (focus moves, a screen's ``refresh_bindings``), several times for one key press.
Typing in the search bar shows three keys and the list seventeen, so closing a search
used to spend most of its time building a footer that had been built before. This one
waits for the last change of a refresh, does nothing when the keys shown are the same,
and keeps the widgets of the few key sets last shown, mounted but hidden, to show again.
It draws exactly what ``Footer`` draws (it composes with ``Footer.compose``).
"""

from __future__ import annotations

from textual.compose import compose
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer

KeySet = tuple[tuple[str, str, str, bool, str], ...]
"""What the footer shows: (key, description, action, enabled, tooltip) of each shown binding."""

KEPT_SETS = 6
"""Key sets whose widgets stay mounted (hidden) to be shown again."""


class KeysFooter(Footer):
    """A ``Footer`` that shows a key set it built before by un-hiding its widgets."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._pending = False
        self._shown: KeySet | None = None
        self._kept: dict[KeySet, list[Widget]] = {}  # oldest first

    def on_mount(self) -> None:
        self.call_later(self._listen)  # after Footer's own on_mount has subscribed

    def _listen(self) -> None:
        """Hear of binding changes as they happen (``Footer`` hears of them a message later)."""
        signal = self.screen.bindings_updated_signal
        signal.unsubscribe(self)
        signal.subscribe(self, self.bindings_changed, immediate=True)

    def bindings_changed(self, screen: Screen[object]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if not self.is_attached or screen is not self.screen:
            return
        self._show_kept(self.key_set())  # a set built before: shown in the frame of the change
        if not self._pending:
            self._pending = True  # one check after the changes in flight, building a new set if need be
            self.call_later(self._update_keys)

    def key_set(self) -> KeySet:
        """The keys the screen's bindings put in the footer now."""
        return tuple(
            (binding.key, binding.description, binding.action, enabled, tooltip)
            for (_node, binding, enabled, tooltip) in self.screen.active_bindings.values()
            if binding.show
        )

    def _show_kept(self, wanted: KeySet) -> bool:
        """Show ``wanted`` if it is shown or kept; False when it must be built."""
        if wanted == self._shown:
            return True
        kept = self._kept.pop(wanted, None)
        if kept is None:
            return False
        self._hide_shown()
        self._shown = wanted
        self._kept[wanted] = kept  # now the newest
        for widget in kept:
            widget.display = True
        return True

    def _hide_shown(self) -> None:
        for widget in self._kept.get(self._shown, []) if self._shown is not None else []:
            widget.display = False

    async def _update_keys(self) -> None:
        self._pending = False
        if not self.is_attached:
            return
        wanted = self.key_set()
        if self._show_kept(wanted):
            return
        self._hide_shown()
        self._shown = wanted
        widgets = compose(self)
        self._kept[wanted] = widgets
        while len(self._kept) > KEPT_SETS:
            oldest = next(iter(self._kept))
            await self.remove_children(self._kept.pop(oldest))
        await self.mount_all(widgets)
