"""Build styled body text from independent layers of spans.

Search matches, entities (one style per type), the selected entity's mentions and
statements are each a layer: spans plus a named style, so a new kind of highlight
needs no change here. Layers are indexed by start offset, so drawing one visual
line only touches the spans on that line: a 200 KB body with thousands of spans
costs a few bisects per line, not a pass over every span. Later layers draw over
earlier ones.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from textual.content import Content
from textual.content import Span as ContentSpan
from textual.style import Style

from kutip.index.facade import Article, EntityType, Span
from kutip.tui.text import inert

ENTITY_COMPONENTS: dict[EntityType, str] = {
    EntityType.PERSON: "article-body--person",
    EntityType.ORGANIZATION: "article-body--organization",
    EntityType.PLACE: "article-body--place",
}
"""One component class (so one themeable colour) per entity type."""

STATEMENT_COMPONENTS = {"direct": "article-body--direct", "indirect": "article-body--indirect"}
GUTTER_COMPONENTS = {"direct": "article-body--gutter-direct", "indirect": "article-body--gutter-indirect"}
GUTTER_GLYPHS = {"direct": "┃", "indirect": "┆"}
"""Statements also get a mark in the left gutter: a solid bar for quotes, dashed for reported speech."""


@dataclass(frozen=True, slots=True)
class Layer:
    """Spans of the body drawn with one component class of the reader's CSS.

    The style is named, not given, so themes (dark, light, custom) restyle every
    layer without the code knowing colours.
    """

    name: str
    component: str
    spans: Sequence[Span]


@dataclass(frozen=True, slots=True)
class Gutter:
    """Lines touching any of ``spans`` get ``glyph`` in the left gutter, styled by ``component``."""

    name: str
    component: str
    glyph: str
    spans: Sequence[Span]


class SpanIndex:
    """A layer's spans sorted by start, clipped to the body, for per-line lookups."""

    __slots__ = ("_ends", "_longest", "_starts")

    def __init__(self, spans: Sequence[Span], length: int) -> None:
        clipped = sorted(
            (max(0, span.start), min(length, span.end))
            for span in spans
            if min(length, span.end) > max(0, span.start)
        )
        self._starts = [start for start, _ in clipped]
        self._ends = [end for _, end in clipped]
        self._longest = max((end - start for start, end in clipped), default=0)

    def __len__(self) -> int:
        return len(self._starts)

    def overlapping(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The parts of spans inside ``[start, end)``."""
        if not self._starts:
            return
        low = bisect_left(self._starts, start - self._longest)
        high = bisect_left(self._starts, end)
        for position in range(low, high):
            span_end = self._ends[position]
            if span_end > start:
                yield max(self._starts[position], start), min(span_end, end)

    def touches(self, start: int, end: int) -> bool:
        return next(self.overlapping(start, max(end, start + 1)), None) is not None


def line_content(text: str, start: int, end: int, layers: Sequence[tuple[SpanIndex, Style]]) -> Content:
    """``text[start:end]`` (already inert) with every layer's spans that fall on it."""
    spans = [
        ContentSpan(span_start - start, span_end - start, style)
        for index, style in layers
        for span_start, span_end in index.overlapping(start, end)
    ]
    return Content(text[start:end], spans, strip_control_codes=False)


def layered_content(body: str, layers: Sequence[tuple[Sequence[Span], Style]]) -> Content:
    """The whole inert body with every layer's spans applied, clipped to the body."""
    length = len(body)
    spans: list[ContentSpan] = []
    for layer_spans, style in layers:
        for span in layer_spans:
            start = max(0, span.start)
            end = min(length, span.end)
            if end > start:
                spans.append(ContentSpan(start, end, style))
    return Content(inert(body), spans, strip_control_codes=False)


def entity_layers(article: Article) -> list[Layer]:
    """One layer per entity type, every mention of every entity of that type."""
    by_type: dict[EntityType, list[Span]] = {kind: [] for kind in ENTITY_COMPONENTS}
    for entity in article.entities:
        if entity.type in by_type:
            by_type[entity.type].extend(Span(mention.start, mention.end) for mention in entity.mentions)
    return [Layer(f"entity-{kind.value}", ENTITY_COMPONENTS[kind], spans) for kind, spans in by_type.items()]


def statement_layers(article: Article) -> list[Layer]:
    """Direct quotes and reported speech, each in its own quote style."""
    return [
        Layer(
            f"statement-{kind}",
            component,
            [Span(s.start, s.end) for s in article.statements if s.kind == kind],
        )
        for kind, component in STATEMENT_COMPONENTS.items()
    ]


def statement_gutters(article: Article) -> list[Gutter]:
    """Gutter marks for statements; a line with a quote shows the quote's bar."""
    return [
        Gutter(
            f"gutter-{kind}",
            GUTTER_COMPONENTS[kind],
            GUTTER_GLYPHS[kind],
            [Span(s.start, s.end) for s in article.statements if s.kind == kind],
        )
        for kind in ("direct", "indirect")
    ]
