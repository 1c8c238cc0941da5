"""The footer of every screen: the keys the focused widget and its screen answer to, in one line.

Textual's ``Footer`` is a container of one widget per key. Each time the bindings may have
changed (focus moves, a screen's ``refresh_bindings``) it removes and mounts them all, and
showing another key set changes the screen's layout, so the whole screen is arranged and
drawn again: closing a search or pressing Tab spent most of its time there. This footer is
one widget of one line. It hears of binding changes as they happen, and when the keys shown
change it redraws that line (never the layout); the line of each key set is kept, so going
back and forth between the list's keys and the search bar's costs a dictionary look-up.

It draws what ``Footer`` draws (each key bold in the footer's key colour, its label after
it, disabled keys dim, the command palette's key on the right behind a thin rule) and, like
``Footer``, a click on a key presses it.
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.cache import LRUCache
from textual.color import Color
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget


class ShownKey(NamedTuple):
    """One key in the footer: what is pressed, what is shown, and whether it works now."""

    key: str
    display: str
    description: str
    enabled: bool


KeySet = tuple[tuple[ShownKey, ...], ShownKey | None]
"""The keys on the left, and the command palette's key on the right (None: not offered)."""

SEPARATOR = "▏"  # the left edge of the palette's key (Footer draws it as a ``vkey`` border)


class KeysFooter(Widget, can_focus=False):
    """One line of keys, redrawn only when the key set changes."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "keys-footer--item",
        "keys-footer--key",
        "keys-footer--description",
        "keys-footer--separator",
    }
    DEFAULT_CSS = """
    KeysFooter {
        dock: bottom;
        height: 1;
        width: 1fr;
        color: $footer-foreground;
        background: $footer-background;
        text-wrap: nowrap;
        & > .keys-footer--item { background: $footer-item-background; }
        & > .keys-footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .keys-footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .keys-footer--separator { color: $foreground 20%; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._keys: KeySet = ((), None)
        self._lines: LRUCache[tuple[KeySet, int, tuple[Style, ...]], Content] = LRUCache(16)

    @property
    def keys(self) -> KeySet:
        """The keys shown now."""
        return self._keys

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed, immediate=True)
        self.bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen[object]) -> None:
        if not self.is_attached or screen is not self.screen:
            return
        keys = self.key_set()
        if keys != self._keys:
            self._keys = keys
            self.refresh()  # one line redrawn; the layout stays as it is

    def key_set(self) -> KeySet:
        """The keys the screen's bindings put in the footer now (one per action, as ``Footer`` does)."""
        app = self.app
        active = self.screen.active_bindings
        shown: dict[str, ShownKey] = {}
        for _node, binding, enabled, _tooltip in active.values():
            if binding.show and binding.action not in shown:
                shown[binding.action] = ShownKey(binding.key, app.get_key_display(binding),
                                                 binding.description, enabled)  # fmt: skip
        palette: ShownKey | None = None
        if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
            _node, binding, enabled, _tooltip = active[app.COMMAND_PALETTE_BINDING]
            palette = ShownKey(binding.key, app.get_key_display(binding), binding.description, enabled)
        return tuple(shown.values()), palette

    # -- drawing ------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines.clear()

    def _styles(self) -> tuple[Style, ...]:
        item = self.rich_style + self.get_component_rich_style("keys-footer--item", partial=True)
        rule = self.get_component_styles("keys-footer--separator").color  # translucent: blended here
        background = Color.from_rich_color(item.bgcolor) if item.bgcolor else self.background_colors[1]
        return (
            self.rich_style,
            item,
            item + self.get_component_rich_style("keys-footer--key", partial=True),
            item + self.get_component_rich_style("keys-footer--description", partial=True),
            item + Style(color=(background + rule).rich_color),
        )

    def render(self) -> Content:
        width = self.size.width
        styles = self._styles()
        cache_key = (self._keys, width, styles)
        line = self._lines.get(cache_key)
        if line is None:
            line = self._lines[cache_key] = Content.from_rich_text(_draw(self._keys, width, styles))
        return line

    def on_click(self, event: events.Click) -> None:
        """A click on a key presses it (a disabled one rings the bell), as on ``Footer``'s keys."""
        for start, end, key in _layout(self._keys, self.size.width):
            if start <= event.x < end:
                if key.enabled:
                    self.app.simulate_key(key.key)
                else:
                    self.app.bell()
                return


def _piece(key: ShownKey) -> str:
    return f" {key.display} {key.description} " if key.description else key.display


def _layout(keys: KeySet, width: int) -> list[tuple[int, int, ShownKey]]:
    """Where each key lands: (start, end, key); the palette's key keeps its place on the right."""
    spans = []
    x = 0
    for key in _fitting(keys, width):
        end = x + cell_len(_piece(key))
        spans.append((x, end, key))
        x = end
    if keys[1] is not None:
        spans.append((_room(keys, width) + 1, width, keys[1]))
    return spans


def _fitting(keys: KeySet, width: int) -> tuple[ShownKey, ...]:
    """The left keys that fit whole before the palette's key, in order: a key cut in the middle
    of its label ("Statements o") reads as a different word, so one that does not fit is left
    out, and so are the keys after it (the help screen lists them all)."""
    room = _room(keys, width)
    x = 0
    for count, key in enumerate(keys[0]):
        x += cell_len(_piece(key))
        if x > room:
            return keys[0][:count]
    return keys[0]


def _palette_piece(key: ShownKey) -> str:
    """The palette's key as ``Footer`` draws it: compact (no padding around the key), a rule before it."""
    return f"{SEPARATOR}{key.display} {key.description} "


def _room(keys: KeySet, width: int) -> int:
    """Columns left of the palette's key."""
    palette = keys[1]
    return max(0, width - (cell_len(_palette_piece(palette)) if palette is not None else 0))


def _draw(keys: KeySet, width: int, styles: tuple[Style, ...]) -> Text:
    """The footer's line at ``width``; blank cells carry only the background, as ``Footer``'s do."""
    base, item, key_style, description_style, separator_style = styles
    dim = Style(dim=True)
    blank, item_blank = Style(bgcolor=base.bgcolor), Style(bgcolor=item.bgcolor)
    palette = keys[1]
    line = Text(no_wrap=True, end="")
    for key in _fitting(keys, width):
        extra = Style() if key.enabled else dim
        if key.description:
            line.append(f" {key.display} ", key_style + extra)
            line.append(f"{key.description} ", description_style + extra)
        else:
            line.append(key.display, key_style + extra)
    room = _room(keys, width)
    line.truncate(room)
    line.append(" " * (room - line.cell_len), blank)
    if palette is not None:
        extra = Style() if palette.enabled else dim
        line.append(SEPARATOR, separator_style + extra)
        line.append(palette.display, key_style + extra)
        line.append(f" {palette.description}", description_style + extra)
        line.append(" ", item_blank + extra)
    line.truncate(width)
    line.append(" " * (width - line.cell_len), blank)
    return line
