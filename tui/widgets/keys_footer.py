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

    def bindings_changed(self, screen: Screen[object]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._pending:
            self._pending = True  # one update after this refresh, whatever changed meanwhile
            self.call_later(self._update_keys)

    def key_set(self) -> KeySet:
        """The keys the screen's bindings put in the footer now."""
        return tuple(
            (binding.key, binding.description, binding.action, enabled, tooltip)
            for (_node, binding, enabled, tooltip) in self.screen.active_bindings.values()
            if binding.show
        )

    async def _update_keys(self) -> None:
        self._pending = False
        if not self.is_attached:
            return
        wanted = self.key_set()
        if wanted == self._shown:
            return
        for widget in self._kept.get(self._shown, []) if self._shown is not None else []:
            widget.display = False
        self._shown = wanted
        kept = self._kept.pop(wanted, None)
        if kept is not None:
            self._kept[wanted] = kept  # now the newest
            for widget in kept:
                widget.display = True
            return
        widgets = compose(self)
        self._kept[wanted] = widgets
        while len(self._kept) > KEPT_SETS:
            oldest = next(iter(self._kept))
            await self.remove_children(self._kept.pop(oldest))
        await self.mount_all(widgets)
