"""The article body: word-wrapped, highlighted, and drawn one visible line at a time.

Wrapping keeps character offsets (each visual line is a ``[start, end)`` range of
the body), so any span — a search match today, an entity or a statement later —
maps straight to the line it sits on, and the view can scroll to it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import ClassVar

from textual import events
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from kutip.index.facade import Span
from kutip.tui.commands import bindings
from kutip.tui.highlight import Layer, layered_content
from kutip.tui.text import wrap_offsets

MATCH_LAYER = "match"
CURRENT_MATCH_LAYER = "current-match"


class ArticleBody(ScrollView, can_focus=True):
    """A scrollable, highlightable article body."""

    BINDINGS: ClassVar[list[BindingType]] = list(bindings("reader"))

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-body--match",
        "article-body--current-match",
    }

    DEFAULT_CSS = """
    ArticleBody {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-gutter: stable;  /* a scrollbar appearing must not change the wrap width */
        padding: 0 1;
        & > .article-body--match { background: $warning 40%; }
        & > .article-body--current-match { background: $warning; color: $text-warning; text-style: bold; }
    }
    """

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._body = ""
        self._layers: dict[str, Layer] = {}
        self._content: Content | None = None
        self._lines: list[tuple[int, int]] = []
        self._line_starts: list[int] = []
        self._wrapped_width = -1
        self._strip_cache: LRUCache[int, Strip] = LRUCache(512)

    @property
    def body(self) -> str:
        return self._body

    @property
    def line_count(self) -> int:
        return len(self._lines)

    def set_body(self, body: str, layers: Sequence[Layer] = ()) -> None:
        """Show a new body (tabs drawn as one space so offsets stay aligned)."""
        self._body = body.replace("\t", " ")
        self._layers = {layer.name: layer for layer in layers}
        self._wrapped_width = -1
        self._invalidate()
        self._rewrap()
        self.scroll_to(y=0, animate=False, immediate=True)

    def set_layer(self, layer: Layer) -> None:
        """Add or replace one highlight layer; later-added layers draw on top."""
        self._layers.pop(layer.name, None)
        self._layers[layer.name] = layer
        self._invalidate()

    def remove_layer(self, name: str) -> None:
        if self._layers.pop(name, None) is not None:
            self._invalidate()

    def line_of(self, offset: int) -> int:
        """The visual line holding character ``offset``."""
        return max(0, bisect_right(self._line_starts, offset) - 1)

    def scroll_to_offset(self, offset: int) -> None:
        """Bring the character at ``offset`` into view, a third of the way down."""
        line = self.line_of(offset)
        height = self.scrollable_content_region.height or 1
        top = int(self.scroll_y)
        if not top <= line < top + height:
            self.scroll_to(y=max(0, line - height // 3), animate=False, immediate=True)

    def line_text(self, line: int) -> str:
        start, end = self._lines[line]
        return self._body[start:end]

    # -- drawing ------------------------------------------------------------

    def _invalidate(self) -> None:
        self._content = None
        self._strip_cache.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._content = None
        self._strip_cache.clear()

    def _on_resize(self, event: events.Resize) -> None:
        self._rewrap()

    def _rewrap(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._wrapped_width:
            return
        self._wrapped_width = width
        lines: list[tuple[int, int]] = []
        position = 0
        for paragraph in self._body.split("\n"):
            start = position
            for cut in wrap_offsets(paragraph, width):
                lines.append((start, position + cut))
                start = position + cut
            lines.append((start, position + len(paragraph)))
            position += len(paragraph) + 1
        self._lines = lines
        self._line_starts = [start for start, _ in lines]
        self._strip_cache.clear()
        self.virtual_size = Size(width, len(lines))
        self.refresh()

    def _styled_body(self) -> Content:
        if self._content is None:
            layers = [
                (layer.spans, self.get_visual_style(layer.component, partial=True))
                for layer in self._layers.values()
            ]
            self._content = layered_content(self._body, layers)
        return self._content

    def render_line(self, y: int) -> Strip:
        line = y + int(self.scroll_y)
        width = self.scrollable_content_region.width
        if not 0 <= line < len(self._lines):
            return Strip.blank(width, self.rich_style)
        strip = self._strip_cache.get(line)
        if strip is None:
            start, end = self._lines[line]
            content = self._styled_body()[start:end].rstrip()
            segments = list(content.render_segments(self.visual_style))
            strip = Strip(segments, content.cell_length).adjust_cell_length(width, self.rich_style)
            self._strip_cache[line] = strip
        return strip


def match_layers(matches: Sequence[Span], current: int | None) -> list[Layer]:
    """The search-match layers: every match, and the current one on top."""
    layers = [Layer(MATCH_LAYER, "article-body--match", tuple(matches))]
    if current is not None and 0 <= current < len(matches):
        layers.append(Layer(CURRENT_MATCH_LAYER, "article-body--current-match", (matches[current],)))
    return layers
