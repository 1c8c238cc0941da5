"""The article list's rows apart from the widget: a row's cells, a line cut to its cells, a snippet
cut to its match, and the rows kept in memory while a search shows its hits."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from textual.cache import LRUCache
from textual.content import Content
from textual.strip import Strip
from textual.style import Style as VisualStyle

from kutip.index.facade import ArticleSummary, Span
from kutip.tui.text import one_line
from kutip.tui.widgets.list_shape import ListShape, PersonsOf

UNREAD_MARK = "•"
DATE_WIDTH = 10
OUTLET_WIDTH = 14
"""The cells an outlet's name always has when the list is wide enough to name outlets."""
OUTLET_MAX = 24
"""The most cells an outlet's name takes where the title keeps ``TITLE_KEPT``."""
TITLE_KEPT = 16
"""The cells a title keeps before an outlet's name takes more than ``OUTLET_WIDTH``: at 100 columns
a name of 15 to 18 letters shows whole and its title these cells (the whole title is on the status
line)."""
GAP = 1

Snippet = tuple[str, tuple[Span, ...]]
RowCache = LRUCache[tuple[int, int, bool, bool | None, bool], Strip]  # line, width, cursor, focus, read
"""Drawn rows by (line, width, has the cursor, list has the focus (None: either), article read)."""


@dataclass(frozen=True, slots=True)
class KeptRows:
    """A list without snippets as it was shown: what it was made from, and what it made."""

    base: Sequence[ArticleSummary]
    shape: ListShape
    persons_of: PersonsOf
    read_version: int
    summaries: Sequence[ArticleSummary]
    rows: RowCache
    unread: int | None
    ids: Collection[str] | None = None  # the ids of ``summaries``, once a count of the unread built them

    def fits(self, base: Sequence[ArticleSummary], shape: ListShape, persons_of: PersonsOf) -> bool:
        """Whether these rows are what ``base`` in ``shape`` would give (read marks aside)."""
        return base is self.base and shape == self.shape and persons_of is self.persons_of


def fit(content: Content, width: int) -> Content:
    """Exactly ``width`` cells: cut with an ellipsis, or padded."""
    if cell_len(content.plain) > width:
        return content.truncate(width, ellipsis=True)
    return content.extend_right(width - content.cell_length)


def single_spaced(text: str, spans: tuple[Span, ...]) -> Snippet:
    """The snippet with each run of white space (a paragraph break, a tab) as one space, its matches
    moved with their words: a break between two paragraphs showed as two spaces on the row."""
    if "  " not in text and "\n" not in text and "\t" not in text and "\r" not in text:
        return text, spans
    kept: list[str] = []
    moved: list[int] = []  # each character's place on the row (a dropped space: the next one's)
    for char in text:
        moved.append(len(kept))
        if not char.isspace():
            kept.append(char)
        elif not kept or kept[-1] != " ":
            kept.append(" ")
    moved.append(len(kept))
    last = len(text)
    return "".join(kept), tuple(Span(moved[min(s.start, last)], moved[min(s.end, last)]) for s in spans)


def from_first_match(text: str, spans: tuple[Span, ...], before: int = 12) -> tuple[str, tuple[Span, ...]]:
    """The snippet from a few words before its first match, so a narrow row still shows the match."""
    if not spans or spans[0].start <= before:
        return text, spans
    cut = text.rfind(" ", 0, spans[0].start - before) + 1
    if cut <= 1:
        return text, spans
    shift = cut - 1  # the ellipsis takes one character
    return "…" + text[cut:], tuple(Span(s.start - shift, s.end - shift) for s in spans)


def outlet_room(width: int) -> int:
    """The most cells an outlet's name takes on a row ``width`` wide: ``OUTLET_WIDTH``, more up to
    ``OUTLET_MAX`` while the title keeps ``TITLE_KEPT``."""
    return max(OUTLET_WIDTH, min(OUTLET_MAX, width - DATE_WIDTH - 3 * GAP - TITLE_KEPT))


def row_content(
    summary: ArticleSummary, width: int, *, unread: bool, cursor: bool, style: Callable[[str], VisualStyle]
) -> Content:
    """One row: a dot when unread, the headline (title, or an untitled scrape's opening words in brackets),
    then outlet and date. On the cursor row every cell takes the cursor's colours. ``style`` gives
    the list's style for ``unread``, ``outlet`` and ``date``.

    The outlet's name takes the cells it needs, set against the date, and the title the rest: a
    fixed column cut names longer than it (``The Jakarta P…``) and left its cells blank beside the
    title of a page that names no outlet (half the rows of some archives)."""
    date = one_line(summary.date)[:DATE_WIDTH].ljust(DATE_WIDTH)
    name = one_line(summary.outlet) if width >= DATE_WIDTH + OUTLET_WIDTH + 20 else ""
    outlet_width = min(cell_len(name), outlet_room(width))
    title_width = max(1, width - DATE_WIDTH - (outlet_width + GAP if outlet_width else 0) - GAP - 1)
    # an untitled scrape's opening words in brackets, as its citation gives them: no headline passes for one
    lead = f"[{one_line(summary.lead)}]" if summary.lead else ""
    shown = one_line(summary.title) if summary.title else lead
    title_text = (UNREAD_MARK if unread else " ") + (shown or "(untitled)")
    title = fit(Content(title_text, strip_control_codes=False), title_width)
    if unread:
        title = title.stylize(style("unread"))
    parts: list[Content] = [title, Content(" " * GAP)]
    when = Content(date, strip_control_codes=False)
    if not cursor:
        when = when.stylize(style("date"))
    if outlet_width:
        outlet = fit(Content(name, strip_control_codes=False), outlet_width)
        parts += [outlet if cursor else outlet.stylize(style("outlet")), Content(" " * GAP)]
    parts.append(when)
    return Content.assemble(*parts)
