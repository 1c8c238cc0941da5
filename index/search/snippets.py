"""Short excerpts around the matches of a query: the result list's snippets.

Which words match is the engine's business (:meth:`SearchEngine.matches`); where to cut
the excerpt is the same for every engine.
"""

from __future__ import annotations

from kutip.index.models import Span

SNIPPET_CHARS = 200


def snippet(text: str, matches: list[Span], width: int = SNIPPET_CHARS) -> tuple[str, tuple[Span, ...]]:
    """An excerpt of about ``width`` characters around the densest run of matches, on one line."""
    if not text:
        return "", ()
    if not matches:
        start, end = 0, min(len(text), width)
    else:
        best_start, best_count = matches[0].start, 0
        for i, first in enumerate(matches):
            count = sum(1 for m in matches[i:] if m.end <= first.start + width)
            if count > best_count:
                best_start, best_count = first.start, count
        start = max(0, best_start - width // 4)
        end = min(len(text), start + width)
    while start > 0 and not text[start - 1].isspace() and start > end - width - 20:
        start -= 1
    while end < len(text) and not text[end].isspace() and end < start + width + 20:
        end += 1
    excerpt = text[start:end].replace("\n", " ")
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    spans = tuple(Span(m.start + shift, m.end + shift) for m in matches if m.start >= start and m.end <= end)
    return prefix + excerpt + suffix, spans
