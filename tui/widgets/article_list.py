"""The article list: a virtual list that draws only the rows on screen.

It is a line-API ``ScrollView``: ``render_line`` formats just the visible row it is
asked for, so opening and scrolling 100,000 summaries costs the same as 10.

The app gives it a base list; its :class:`ListShape` orders and narrows it (sort,
unread only, facet filters). Unread articles are bold with a dot. While a search
is on, each row has a second line with the hit's snippet; snippets are asked for
(:class:`ArticleList.SnippetsWanted`) only for the rows drawn.

The rows without snippets are kept while a search shows hits (:class:`KeptRows`), so
closing the search shows them from memory: nothing is ordered, filtered or drawn anew.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import ClassVar

from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style as VisualStyle

from kutip.index.facade import ArticleSummary
from kutip.tui.scopes import ScopedKeys
from kutip.tui.text import one_line
from kutip.tui.widgets.focus_redraw import FocusRedrawsOnly
from kutip.tui.widgets.list_rows import (
    KeptRows,
    RowCache,
    Snippet,
    fit,
    from_first_match,
    row_content,
    single_spaced,
)
from kutip.tui.widgets.list_shape import ListShape, PersonsOf
from kutip.tui.widgets.scroll_size import settle_scrollbars


class ArticleList(ScopedKeys, FocusRedrawsOnly, ScrollView, scope="list", can_focus=True):
    """Rows of title, outlet and date with a cursor row."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--cursor",
        "article-list--cursor-focused",
        "article-list--outlet",
        "article-list--date",
        "article-list--unread",
        "article-list--snippet",
        "article-list--match",
    }

    DEFAULT_CSS = """
    ArticleList {
        overflow-x: hidden;
        overflow-y: auto;
        /* the cursor's row without and with the focus: two classes, not a ``:focus`` rule, so that a
           change of focus leaves the list's styles as they are and redraws only the cursor's row */
        & > .article-list--cursor { background: $block-cursor-blurred-background; }
        & > .article-list--cursor-focused {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
        & > .article-list--outlet { color: $text-secondary; }
        & > .article-list--date { color: $text-muted; }
        & > .article-list--unread { text-style: bold; }
        & > .article-list--snippet { color: $text-muted; }
        & > .article-list--match { text-style: bold underline; color: $text-accent; }
    }
    """

    cursor: reactive[int] = reactive(0, always_update=True, init=False, repaint=False)  # watch_cursor redraws

    class Highlighted(Message):
        """The cursor moved to another article (or the list emptied)."""

        def __init__(self, article_list: ArticleList, summary: ArticleSummary | None, index: int) -> None:
            super().__init__()
            self.article_list = article_list
            self.summary = summary
            self.index = index

    class Selected(Message):
        """The user chose an article to read (Enter or click)."""

        def __init__(self, article_list: ArticleList, summary: ArticleSummary, index: int) -> None:
            super().__init__()
            self.article_list = article_list
            self.summary = summary
            self.index = index

    class Shown(Message):
        """The rows changed: a new base, order or filter (the header and facet counts follow)."""

        def __init__(self, article_list: ArticleList) -> None:
            super().__init__()
            self.article_list = article_list

    class MarkReadRequested(Message):
        """The user toggled the read mark of the article under the cursor (``m``)."""

        def __init__(self, summary: ArticleSummary) -> None:
            super().__init__()
            self.summary = summary

    class SnippetsWanted(Message):
        """Rows on screen lack their snippet: the app fetches them for these article ids."""

        def __init__(self, article_list: ArticleList, ids: list[str]) -> None:
            super().__init__()
            self.article_list = article_list
            self.ids = ids

    def __init__(
        self,
        summaries: Sequence[ArticleSummary] = (),
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._base: Sequence[ArticleSummary] = summaries
        self._summaries: Sequence[ArticleSummary] = summaries
        self._row_cache: RowCache = LRUCache(256)
        self._kept: KeptRows | None = None  # the rows without snippets, while a search shows hits
        self._read_version = 0  # counts changes of the read marks
        self._unread: int | None = None  # unread among the shown, counted when first asked
        self._shown_ids: Collection[str] | None = None  # the shown rows' ids, once a count needed them
        self._known_rows: tuple[Sequence[ArticleSummary], Mapping[str, int]] | None = None
        self._drawn_width = 0  # the width the cached rows were drawn at
        self._drawn_styles: dict[bool, tuple[object, ...]] = {}  # by focus: the styles rows were drawn in
        self._rows_follow_focus = False  # whether rows off the cursor look different with focus
        self._row_styles: tuple[Style, Style, Style] | None = None  # a row, the cursor blurred, focused
        self._row_visuals: tuple[VisualStyle, VisualStyle, VisualStyle] = (VisualStyle(),) * 3  # the same
        self._part_styles: dict[str, VisualStyle] = {}  # the component styles rows are drawn with
        self._last_highlighted: str | None = None
        self.shape = ListShape()
        self.read_ids: Collection[str] | None = None  # None: read state is not tracked, nothing is bold
        self.persons_of: PersonsOf = {}
        self._snippets: dict[str, Snippet] | None = None  # None: one line per row, no snippets
        self._wanted: set[str] = set()  # rows drawn without a snippet, asked for after this refresh
        self._requested: set[str] = set()
        self.on_shown: Callable[[], None] | None = None
        """Called at once when the rows change, in place of the :class:`Shown` message (the app's
        header count and facet counts then change in the same frame as the rows: through the
        message they came a frame later, 30-60 ms after Esc's rows at 10,000 articles)."""
        self.virtual_size = Size(0, len(summaries))

    # -- data ---------------------------------------------------------------

    @property
    def summaries(self) -> Sequence[ArticleSummary]:
        """The rows shown: the base, shaped."""
        return self._summaries

    @property
    def base(self) -> Sequence[ArticleSummary]:
        """What the app gave, before the shape orders and narrows it (facets count from this)."""
        return self._base

    @property
    def row_height(self) -> int:
        return 1 if self._snippets is None else 2

    @property
    def highlighted(self) -> ArticleSummary | None:
        """The summary under the cursor, if any."""
        if 0 <= self.cursor < len(self._summaries):
            return self._summaries[self.cursor]
        return None

    def set_summaries(
        self, summaries: Sequence[ArticleSummary], keep_id: str | None = None, *, snippets: bool = False
    ) -> None:
        """Show new rows (shaped); the cursor stays on ``keep_id`` when it is still listed.

        With ``snippets`` (a search's hits) each row gets a second line for its snippet.
        """
        if self._snippets is None:
            self._keep_rows()
        self._base = summaries
        self._snippets = {} if snippets else None
        self._wanted.clear()
        self._requested.clear()
        kept = self._kept
        if not snippets and kept is not None and kept.fits(summaries, self.shape, self.persons_of):
            self._restore(kept, keep_id)
            return
        self._show(keep_id)

    def know_rows(self, base: Sequence[ArticleSummary], rows: Mapping[str, int]) -> None:
        """The row of each article id in ``base`` (built by the caller, off the UI thread). While
        ``base`` is shown in its own order the cursor's row and the unread are found through it:
        Esc back to 100,000 rows scanned every row for the cursor's article (up to ~14 ms)."""
        self._known_rows = (base, rows)

    def _rows_by_id(self) -> Mapping[str, int] | None:
        """The row of each shown id, when the rows shown are a known base in its own order."""
        known = self._known_rows
        if known is None or known[0] is not self._base or self.shape != ListShape():
            return None
        return known[1]

    def extend(self, summaries: Sequence[ArticleSummary]) -> None:
        """The whole list after its top (``summaries`` begins with the base shown): the rows on
        screen, the cursor and the scroll stay as they are, and no row is drawn again. When the
        list was ordered or narrowed meanwhile, or its top changed, it is shown anew instead."""
        base = self._base
        plain = self._snippets is None and self.shape == ListShape()
        top = summaries[: len(base)]
        if not plain or len(top) < len(base) or any(a.id != b.id for a, b in zip(base, top, strict=True)):
            keep = self.highlighted
            self.set_summaries(summaries, keep.id if keep else None)
            return
        if any(a.outlet != b.outlet for a, b in zip(base, top, strict=True)):  # the whole list's outlet
            self._row_cache = LRUCache(256)  # names (tui.outlet_names): the top's rows drawn anew
            self.refresh()
        self._base = self._summaries = summaries
        self._kept = None
        self._unread, self._shown_ids = None, None
        self._set_rows_size(Size(self.size.width, len(summaries) * self.row_height))
        self._announce_shown()

    def _announce_shown(self) -> None:
        if self.on_shown is not None:
            self.on_shown()
        else:
            self.post_message(self.Shown(self))

    def _keep_rows(self) -> None:
        """Remember the rows shown now, to show them again when the same base comes back."""
        self._kept = KeptRows(
            self._base, self.shape, self.persons_of, self._read_version, self._summaries,
            self._row_cache, self._unread, self._shown_ids,
        )  # fmt: skip

    def _restore(self, kept: KeptRows, keep_id: str | None) -> None:
        """Show kept rows again: ordered and filtered as they were, drawn as they were (rows are
        cached with their read mark, so a mark changed since draws that row anew); re-filtered
        when a mark changed while unread only is on, and the unread counted again."""
        if kept.read_version != self._read_version:
            if self.shape.unread_only:
                self._show(keep_id)
                return
            kept = KeptRows(kept.base, kept.shape, kept.persons_of, self._read_version, kept.summaries,
                            kept.rows, None, kept.ids)  # fmt: skip
        self._show(keep_id, kept)

    def set_shape(self, shape: ListShape) -> None:
        """Order and narrow the same base another way, keeping the cursor's article."""
        self.shape = shape
        keep = self.highlighted
        self._show(keep.id if keep else None)

    def set_read(self, read_ids: Collection[str], changed: str | None = None) -> None:
        """Which articles are read; redraws. An article read while "unread only" is on stays
        listed (no longer bold) until the list changes, so the cursor stays on what is open.

        ``changed`` names the one article whose mark changed (Enter marks the article read):
        only its row is drawn again. Rows are cached with their read state, so none is emptied.
        """
        self.read_ids = read_ids
        self._read_version += 1
        row = self._cursor_row_of(changed) if changed is not None else None
        if row is None:
            self._unread = None
            self.refresh()
        else:  # the one mark that changed is on a shown row: the count follows it, no recount
            if self._unread is not None:
                self._unread += -1 if changed in read_ids else 1
            self._refresh_rows(row)
        self._announce_shown()  # the header counts the unread

    def _cursor_row_of(self, article_id: str) -> int | None:
        """The row of ``article_id`` when it is the cursor's (the usual case: the article just
        opened), else None; not a search of every row."""
        summary = self.highlighted
        return self.cursor if summary is not None and summary.id == article_id else None

    def add_snippets(self, snippets: Mapping[str, Snippet]) -> None:
        if self._snippets is None:
            return
        self._snippets.update(snippets)
        lines = self.row_height  # only the snippet lines are drawn anew, not the titles above them
        for key in [key for key in self._row_cache.keys() if key[0] % lines]:  # noqa: SIM118 (no __iter__)
            self._row_cache.discard(key)
        self.refresh()

    def _show(self, keep_id: str | None, kept: KeptRows | None = None) -> None:
        if kept is None:
            self._summaries = self.shape.apply(self._base, self.read_ids or (), self.persons_of)
            self._row_cache = LRUCache(256)  # a new cache: a kept one may still hold the old
            self._unread, self._shown_ids = None, None
        else:
            self._summaries, self._row_cache, self._unread = kept.summaries, kept.rows, kept.unread
            self._shown_ids = kept.ids
        summaries = self._summaries
        self._set_rows_size(Size(self.size.width, len(summaries) * self.row_height))
        index = 0
        if keep_id is not None:
            index = self.index_of(keep_id) or 0
        self._last_highlighted = None
        self.scroll_to(y=0, animate=False, immediate=True)
        self.cursor = index
        self.refresh()
        self._announce_shown()

    def _set_rows_size(self, size: Size) -> None:
        """The scrollable size for new rows. The list's own region stays as it is, so unless its
        scrollbar appears or goes this is done the way Textual does it after a layout (the size
        set, the scrollbar told): setting ``virtual_size`` would lay the whole screen out again,
        twice (the scrollbar's size follows a layout later), which made Esc back to 10,000 rows
        cost a full arrangement and redraw of every pane.

        Once the rows have overflowed the list, its scrollbar stays (``overflow-y: scroll``): a
        scrollbar that shows or hides lays the whole screen out, and a search narrowing 10,000
        rows to a screenful, then Esc back, did that twice (about 10-13 ms of CPU each at 160 x 48,
        in Esc's frame). A list that never overflowed (a small archive) keeps no scrollbar."""
        if size == self.virtual_size:
            return
        if self.is_mounted and 0 < self.container_size.height < size.height:
            self._keep_scrollbar()
        shown = self.styles.overflow_y == "scroll" or size.height > self.container_size.height
        if not self.is_mounted or shown != self.show_vertical_scrollbar:
            self.virtual_size = size  # the scrollbar shows or hides: that is a new layout
            settle_scrollbars(self)  # one layout, not two
            return
        self.set_reactive(ArticleList.virtual_size, size)
        self._scroll_update(size)  # Textual's own no-layout path (Widget._size_updated, layout=False)
        self.refresh()

    def _keep_scrollbar(self) -> None:
        """From now on the scrollbar shows whatever the rows (see :meth:`_set_rows_size`)."""
        if self.styles.overflow_y != "scroll":
            self.styles.overflow_y = "scroll"

    @property
    def unread_count(self) -> int:
        """Unread articles among the rows shown (-1: read state is not tracked); counted once per list."""
        if self.read_ids is None:
            return -1
        if self._unread is None:
            self._unread = self._count_unread(self.read_ids)
        return self._unread

    def _count_unread(self, read: Collection[str]) -> int:
        """Unread among the shown. Counted from the read marks, fewer than the rows as a rule, through
        the rows' ids (built once per list and kept with its rows): Esc back to 100,000 rows after
        reading an article counted every row again."""
        shown = self._summaries
        if not read:
            return len(shown)
        if len(read) * 4 >= len(shown):
            return sum(1 for summary in shown if summary.id not in read)
        ids = self._shown_ids
        if ids is None:
            rows = self._rows_by_id()
            ids = frozenset(summary.id for summary in shown) if rows is None else rows.keys()
            self._shown_ids = ids
        return len(shown) - sum(1 for article_id in read if article_id in ids)

    def index_of(self, article_id: str) -> int | None:
        """The row of ``article_id`` among the shown, if listed."""
        rows = self._rows_by_id()
        if rows is not None:
            return rows.get(article_id)
        return next((i for i, summary in enumerate(self._summaries) if summary.id == article_id), None)

    # -- cursor -------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self._summaries) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        if not self._scroll_cursor_into_view():  # a scroll redraws every line; a move only two rows
            self._refresh_rows(old, new)  # the cache is keyed by whether a row has the cursor
        summary = self.highlighted
        summary_id = summary.id if summary else None
        if summary_id != self._last_highlighted:
            self._last_highlighted = summary_id
            self.post_message(self.Highlighted(self, summary, new))

    def focus_regions(self) -> list[Region] | None:
        """The cursor's row alone follows the focus (unless the theme restyles every row with it)."""
        if self._rows_follow_focus:
            return None
        if not 0 <= self.cursor < len(self._summaries):
            return []
        lines = self.row_height
        width = max(self.virtual_size.width, self.size.width)
        return [Region(0, self.cursor * lines - int(self.scroll_y), width, lines)]

    def _refresh_rows(self, *rows: int) -> None:
        """Redraw only these rows' lines: a full refresh would draw every line on screen again
        (each through Textual's styles), which was most of a ``j`` at 10,000 articles."""
        lines = self.row_height
        for row in set(rows):
            if 0 <= row < len(self._summaries):
                self.refresh_lines(row * lines, lines)

    def _scroll_cursor_into_view(self) -> bool:
        """Scroll so the cursor's row shows; whether it scrolled (then every line is redrawn)."""
        lines = self.row_height
        height = self.scrollable_content_region.height or 1
        top = int(self.scroll_y)
        first, last = self.cursor * lines, self.cursor * lines + lines - 1
        if first < top:
            self.scroll_to(y=first, animate=False, immediate=True)
        elif last >= top + height:
            self.scroll_to(y=last - height + 1, animate=False, immediate=True)
        else:
            return False
        self.refresh()
        return True

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height // self.row_height - 1)

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_page_down(self) -> None:
        self.cursor += self._page()

    def action_page_up(self) -> None:
        self.cursor -= self._page()

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self._summaries) - 1

    def action_select(self) -> None:
        summary = self.highlighted
        if summary is not None:
            self.post_message(self.Selected(self, summary, self.cursor))

    def action_mark_read(self) -> None:
        summary = self.highlighted
        if summary is not None:
            self.post_message(self.MarkReadRequested(summary))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        row = (offset.y + int(self.scroll_y)) // self.row_height
        if 0 <= row < len(self._summaries):
            self.cursor = row
            self.action_select()

    # -- drawing ------------------------------------------------------------

    def notify_style_update(self) -> None:
        """Rows drawn before a change of theme or CSS are dropped; a change of focus (the cache's
        key holds it) or of a class that does not restyle the rows keeps them."""
        super().notify_style_update()
        self._row_styles = None
        self._part_styles = {}
        try:
            components = [self.get_component_rich_style(name) for name in sorted(self.COMPONENT_CLASSES)]
        except KeyError:  # styled before its component classes are: nothing drawn yet
            components = []
        styles = (self.rich_style, *components)
        if not components or self._drawn_styles.get(self.has_focus) != styles:
            self._drawn_styles[self.has_focus] = styles
            self._row_cache.clear()
            self._kept = None
        # rows off the cursor are drawn in all but the cursor's style (sorted first of the components)
        self._rows_follow_focus = len({(drawn[0], *drawn[2:]) for drawn in self._drawn_styles.values()}) > 1

    def _on_resize(self, event: events.Resize) -> None:
        if event.size.width != self._drawn_width:
            self._row_cache.clear()  # rows are cached by their line: a taller list draws the same rows
        self._drawn_width = event.size.width
        self.virtual_size = Size(event.size.width, len(self._summaries) * self.row_height)

    def render_line(self, y: int) -> Strip:
        line = y + int(self.scroll_y)
        row, part = divmod(line, self.row_height)
        width = self.scrollable_content_region.width
        if not 0 <= row < len(self._summaries):
            return Strip.blank(width, self.rich_style)
        cursor = row == self.cursor
        read = self.read_ids is not None and self._summaries[row].id in self.read_ids
        key = (line, width, cursor, self.has_focus if cursor or self._rows_follow_focus else None, read)
        strip = self._row_cache.get(key)
        if strip is None:
            strip = self._render_row(row, width) if part == 0 else self._render_snippet(row, width)
            self._row_cache[key] = strip
        return strip

    def _render_row(self, row: int, width: int) -> Strip:
        content = self.row_content(self._summaries[row], width, cursor=row == self.cursor)
        return self._strip(row, content, width)

    def _strip(self, row: int, content: Content, width: int) -> Strip:
        styles = self._row_styles
        if styles is None:  # ``rich_style`` walks every ancestor: once per restyle, not per row drawn
            plain = self.rich_style
            cursor = plain + self.get_component_rich_style("article-list--cursor")
            focused = plain + self.get_component_rich_style("article-list--cursor-focused")
            styles = self._row_styles = (plain, cursor, focused)
            self._row_visuals = (
                self.visual_style,
                self.get_visual_style("article-list--cursor"),
                self.get_visual_style("article-list--cursor-focused"),
            )
        which = (2 if self.has_focus else 1) if row == self.cursor else 0
        base = styles[which]
        # the parts' styles (unread, outlet, date, matches) are partial: their colours are
        # transparent where they set none, and drawn on nothing they came out black (an unread
        # title was black on black); drawn on the row's own colours they blend into them
        segments = list(content.render_segments(self._row_visuals[which]))
        strip = Strip(segments, content.cell_length).apply_style(base)
        return strip.adjust_cell_length(width, base)

    def _part_style(self, name: str) -> VisualStyle:
        """A component's style (``outlet``, ``date``…), looked up once per restyle: the lookup
        walks the component's rules, and a row asked for two or three of them."""
        found = self._part_styles.get(name)
        if found is None:
            found = self._part_styles[name] = self.get_visual_style(f"article-list--{name}", partial=True)
        return found

    def _render_snippet(self, row: int, width: int) -> Strip:
        summary = self._summaries[row]
        assert self._snippets is not None
        found = self._snippets.get(summary.id)
        if found is None:
            if summary.id not in self._wanted and summary.id not in self._requested:
                if not self._wanted:
                    self.call_later(self._ask_snippets)  # from this widget, so the message bubbles to the app
                self._wanted.add(summary.id)
            return self._strip(row, Content(""), width)
        text, spans = from_first_match(*single_spaced(*found))
        content = Content("   " + one_line(text), strip_control_codes=False)
        if row != self.cursor:
            content = content.stylize(self._part_style("snippet"))
        match = self._part_style("match")
        for span in spans:
            content = content.stylize(match, span.start + 3, span.end + 3)
        return self._strip(row, fit(content, width), width)

    def _ask_snippets(self) -> None:
        wanted, self._wanted = sorted(self._wanted), set()
        if wanted and self._snippets is not None:
            self._requested.update(wanted)
            self.post_message(self.SnippetsWanted(self, wanted))

    def row_content(self, summary: ArticleSummary, width: int, cursor: bool = False) -> Content:
        """One row: a dot when unread, the headline, then outlet and date (:func:`list_rows.row_content`)."""
        unread = self.read_ids is not None and summary.id not in self.read_ids

        def style(name: str) -> VisualStyle:
            return self._part_style(name)

        return row_content(summary, width, unread=unread, cursor=cursor, style=style)
