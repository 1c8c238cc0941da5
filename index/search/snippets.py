"""Short excerpts around the matches of a query: the result list's snippets.

Which words match is the engine's business (:meth:`SearchEngine.matches`); where to cut
the excerpt is the same for every engine.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise

from kutip.index.models import Span

SNIPPET_CHARS = 200


def _densest_start(matches: list[Span], width: int) -> int:
    """Where the run of ``width`` characters holding most matches begins: the first match from
    which the most of those after it end within ``width`` (the earliest such, on a tie).

    Spans in text order end in order too (the engine's words never overlap): then the matches
    a window holds are a run found by bisection, not counted by a scan of all that follow, which
    made a common word's snippets quadratic in its matches (a search's 50 snippets, ~7 % of its
    CPU at 10k articles). Overlapping spans (a prefix match inside a stem match) are counted
    the long way, with the same result.
    """
    if all(a.end <= b.end for a, b in pairwise(matches)):
        ends = [m.end for m in matches]
        counts = (bisect_right(ends, first.start + width, i) - i for i, first in enumerate(matches))
    else:
        counts = (
            sum(1 for m in matches[i:] if m.end <= first.start + width) for i, first in enumerate(matches)
        )
    best_start, best_count = matches[0].start, 0
    for first, count in zip(matches, counts, strict=False):
        if count > best_count:
            best_start, best_count = first.start, count
    return best_start


def snippet(text: str, matches: list[Span], width: int = SNIPPET_CHARS) -> tuple[str, tuple[Span, ...]]:
    """An excerpt of about ``width`` characters around the densest run of matches, on one line."""
    if not text:
        return "", ()
    if not matches:
        start, end = 0, min(len(text), width)
    else:
        best_start = _densest_start(matches, width)
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
