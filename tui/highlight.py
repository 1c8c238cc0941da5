"""Build one styled body from independent layers of spans.

Search matches are the first layer; later issues add entity layers (one style per
entity type) and statement marks. Each layer is just spans plus a style, so new
kinds of highlight need no change here. Spans go straight into ``Content`` in a
single pass (no repeated ``stylize`` copies), so a 200 KB body with thousands of
spans stays cheap; later layers draw over earlier ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.content import Content
from textual.content import Span as ContentSpan
from textual.style import Style

from kutip.index.facade import Span
from kutip.tui.text import inert


@dataclass(frozen=True, slots=True)
class Layer:
    """Spans of the body drawn with one component class of the reader's CSS.

    The style is named, not given, so themes (dark, light, custom) restyle every
    layer without the code knowing colours.
    """

    name: str
    component: str
    spans: Sequence[Span]


def layered_content(body: str, layers: Sequence[tuple[Sequence[Span], Style]]) -> Content:
    """The inert body with every layer's spans applied, clipped to the body."""
    length = len(body)
    spans: list[ContentSpan] = []
    for layer_spans, style in layers:
        for span in layer_spans:
            start = max(0, span.start)
            end = min(length, span.end)
            if end > start:
                spans.append(ContentSpan(start, end, style))
    return Content(inert(body), spans, strip_control_codes=False)
