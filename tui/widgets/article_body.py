"""The article body: word-wrapped, highlighted, and drawn one visible line at a time.

Wrapping keeps character offsets (each visual line is a ``[start, end)`` range of
the body), so any span — a search match, an entity mention, a statement — maps
straight to the line it sits on, and the view can scroll to it. A three-cell gutter
on the left marks lines that carry statements, and shows a marker (``⧉2``) on the
first line of a statement that other articles report too.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import events
from textual.cache import LRUCache
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from kutip.index.facade import Span
from kutip.tui.highlight import Gutter, Layer, SpanIndex, line_content
from kutip.tui.scopes import ScopedKeys
from kutip.tui.text import inert, wrap_offsets
from kutip.tui.widgets.focus_redraw import FocusRedrawsOnly
from kutip.tui.widgets.scroll_size import SizedByContainer

MATCH_LAYER = "match"
CURRENT_MATCH_LAYER = "current-match"
GUTTER_WIDTH = 3


class ArticleBody(ScopedKeys, FocusRedrawsOnly, SizedByContainer, ScrollView, scope="reader", can_focus=True):
    """A scrollable, highlightable article body."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-body--match",
        "article-body--current-match",
        "article-body--person",
        "article-body--organization",
        "article-body--place",
        "article-body--selected-entity",
        "article-body--direct",
        "article-body--indirect",
        "article-body--current-statement",
        "article-body--gutter-direct",
        "article-body--gutter-indirect",
        "article-body--marker",
    }

    DEFAULT_CSS = """
    ArticleBody {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-gutter: stable;  /* a scrollbar appearing must not change the wrap width */
        padding: 0 1;
        & > .article-body--match { background: $warning 40%; }
        & > .article-body--current-match { background: $warning; color: $text-warning; text-style: bold; }
        /* entities: a text colour per type, tuned by the theme for contrast on its background */
        & > .article-body--person { color: $text-accent; text-style: bold; }
        & > .article-body--organization { color: $text-success; }
        & > .article-body--place { color: $text-primary; }
        & > .article-body--selected-entity { background: $accent 35%; text-style: bold underline; }
        /* statements: italic text plus a gutter bar, solid for quotes, dashed for reported speech */
        & > .article-body--direct { text-style: italic; }
        & > .article-body--indirect { text-style: italic; }
        & > .article-body--current-statement { background: $primary 30%; }
        & > .article-body--gutter-direct { color: $text-secondary; text-style: bold; }
        & > .article-body--gutter-indirect { color: $text-muted; }
        & > .article-body--marker { color: $text-accent; text-style: bold; }
    }
    """

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._body = ""
        self._text = ""
        self._layers: dict[str, tuple[Layer, SpanIndex]] = {}
        self._gutters: list[tuple[Gutter, SpanIndex]] = []
        self._marker_offsets: list[int] = []
        self._marker_texts: list[str] = []
        self._styles: dict[str, Style] = {}
        self._plain: RichStyle | None = None
        self._gutter_styles: dict[str, RichStyle] = {}
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

    def set_body(
        self,
        body: str,
        layers: Sequence[Layer] = (),
        gutters: Sequence[Gutter] = (),
        markers: Sequence[tuple[int, str]] = (),
    ) -> None:
        """Show a new body (tabs drawn as one space so offsets stay aligned).

        ``markers`` are (offset, text) pairs: the line holding the offset shows the
        text (two cells at most) in the gutter instead of the statement bar.
        """
        self._body = body.replace("\t", " ")
        self._place_markers(markers)
        self._text = inert(self._body)
        length = len(self._body)
        self._layers = {layer.name: (layer, SpanIndex(layer.spans, length)) for layer in layers}
        self._gutters = [(gutter, SpanIndex(gutter.spans, length)) for gutter in gutters]
        self._wrapped_width = -1
        self._invalidate()
        self._rewrap()
        self.scroll_to(y=0, animate=False, immediate=True)

    def set_markers(self, markers: Sequence[tuple[int, str]]) -> None:
        """Replace the gutter markers of the body shown (no rewrap, no scroll): only the lines
        whose marker changed are drawn again."""
        before = dict(zip(self._marker_offsets, self._marker_texts, strict=True))
        self._place_markers(markers)
        after = dict(zip(self._marker_offsets, self._marker_texts, strict=True))
        changed = {at for at in before.keys() | after.keys() if before.get(at) != after.get(at)}
        if not self._lines:
            return  # not wrapped yet: every line is drawn when it is
        for line in sorted({self.line_of(offset) for offset in changed}):
            self._strip_cache.discard(line)
            self.refresh_lines(line)

    def _place_markers(self, markers: Sequence[tuple[int, str]]) -> None:
        ordered = sorted(markers)
        self._marker_offsets = [offset for offset, _ in ordered]
        self._marker_texts = [text[: GUTTER_WIDTH - 1] for _, text in ordered]

    def set_layer(self, layer: Layer, *, below: str | None = None) -> None:
        """Add or replace one highlight layer; it draws on top, or just under the layer ``below``."""
        self._layers.pop(layer.name, None)
        entry = (layer, SpanIndex(layer.spans, len(self._body)))
        if below is None or below not in self._layers:
            self._layers[layer.name] = entry
        else:
            items = list(self._layers.items())
            position = next(i for i, (name, _) in enumerate(items) if name == below)
            items.insert(position, (layer.name, entry))
            self._layers = dict(items)
        self._invalidate()

    def get_layer(self, name: str) -> Layer | None:
        entry = self._layers.get(name)
        return entry[0] if entry else None

    @property
    def layer_names(self) -> list[str]:
        """Layer names, bottom first."""
        return list(self._layers)

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
        self._strip_cache.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._plain = None
        self._gutter_styles.clear()
        self._strip_cache.clear()

    @property
    def plain_style(self) -> RichStyle:
        """The body's own style, once per restyle: ``rich_style`` walks every ancestor's styles, and
        a line asked for it twice (a body of 40 lines spent 2 of its 4 ms drawing there)."""
        if self._plain is None:
            self._plain = self.rich_style
        return self._plain

    def _gutter_style(self, component: str) -> RichStyle:
        style = self._gutter_styles.get(component)
        if style is None:
            style = (self.visual_style + self.component_style(component)).rich_style
            self._gutter_styles[component] = style
        return style

    def component_style(self, component: str) -> Style:
        """The (partial) visual style of a component class, cached until the theme changes."""
        style = self._styles.get(component)
        if style is None:
            style = self._styles[component] = self.get_visual_style(component, partial=True)
        return style

    def _on_resize(self, event: events.Resize) -> None:
        self._rewrap()

    def _rewrap(self) -> None:
        width = self.scrollable_content_region.width - GUTTER_WIDTH
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

    def render_line(self, y: int) -> Strip:
        line = y + int(self.scroll_y)
        width = self.scrollable_content_region.width
        if not 0 <= line < len(self._lines):
            return Strip.blank(width, self.plain_style)
        strip = self._strip_cache.get(line)
        if strip is None:
            strip = self._render_text_line(line, width)
            self._strip_cache[line] = strip
        return strip

    def _render_text_line(self, line: int, width: int) -> Strip:
        start, end = self._lines[line]
        layers = [(index, self.component_style(layer.component)) for layer, index in self._layers.values()]
        content = line_content(self._text, start, end, layers).rstrip()
        segments = [self._gutter_segment(start, end)]
        segments += content.render_segments(self.visual_style)
        strip = Strip(segments, GUTTER_WIDTH + content.cell_length)
        return strip.adjust_cell_length(width, self.plain_style)

    def marker_on(self, line: int) -> str:
        """The gutter marker drawn on a visual line, or ""."""
        start, end = self._lines[line]
        return self._marker_between(start, end)

    def _marker_between(self, start: int, end: int) -> str:
        position = bisect_left(self._marker_offsets, start)
        if position < len(self._marker_offsets) and self._marker_offsets[position] < max(end, start + 1):
            return self._marker_texts[position]
        return ""

    def _gutter_segment(self, start: int, end: int) -> Segment:
        marker = self._marker_between(start, end)
        if marker:
            return Segment(marker.ljust(GUTTER_WIDTH), self._gutter_style("article-body--marker"))
        for gutter, index in self._gutters:
            if end > start and index.touches(start, end):
                return Segment(gutter.glyph.ljust(GUTTER_WIDTH), self._gutter_style(gutter.component))
        return Segment(" " * GUTTER_WIDTH, self.plain_style)


def match_layers(matches: Sequence[Span], current: int | None) -> list[Layer]:
    """The search-match layers: every match, and the current one on top."""
    layers = [Layer(MATCH_LAYER, "article-body--match", tuple(matches))]
    if current is not None and 0 <= current < len(matches):
        layers.append(Layer(CURRENT_MATCH_LAYER, "article-body--current-match", (matches[current],)))
    return layers
