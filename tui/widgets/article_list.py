"""The article list: a virtual list that draws only the rows on screen.

It is a line-API ``ScrollView``: the virtual height is the row count and
``render_line`` formats just the visible row it is asked for, so opening and
scrolling 100,000 summaries costs the same as 10.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.cells import cell_len
from textual import events
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from kutip.index.facade import ArticleSummary
from kutip.tui.commands import bindings
from kutip.tui.text import one_line

DATE_WIDTH = 10
OUTLET_WIDTH = 14
GAP = 1


class ArticleList(ScrollView, can_focus=True):
    """Rows of title, outlet and date with a cursor row."""

    BINDINGS: ClassVar[list[BindingType]] = list(bindings("list"))

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--cursor",
        "article-list--outlet",
        "article-list--date",
    }

    DEFAULT_CSS = """
    ArticleList {
        overflow-x: hidden;
        overflow-y: auto;
        & > .article-list--cursor { background: $block-cursor-blurred-background; }
        &:focus > .article-list--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
        & > .article-list--outlet { color: $text-secondary; }
        & > .article-list--date { color: $text-muted; }
    }
    """

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

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

    def __init__(
        self,
        summaries: Sequence[ArticleSummary] = (),
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._summaries: Sequence[ArticleSummary] = summaries
        self._row_cache: LRUCache[tuple[int, int, bool, bool], Strip] = LRUCache(256)
        self._last_highlighted: str | None = None
        self.virtual_size = Size(0, len(summaries))

    # -- data ---------------------------------------------------------------

    @property
    def summaries(self) -> Sequence[ArticleSummary]:
        return self._summaries

    @property
    def highlighted(self) -> ArticleSummary | None:
        """The summary under the cursor, if any."""
        if 0 <= self.cursor < len(self._summaries):
            return self._summaries[self.cursor]
        return None

    def set_summaries(self, summaries: Sequence[ArticleSummary], keep_id: str | None = None) -> None:
        """Show new rows; the cursor stays on ``keep_id`` when it is still listed."""
        self._summaries = summaries
        self._row_cache.clear()
        self.virtual_size = Size(self.size.width, len(summaries))
        index = 0
        if keep_id is not None:
            index = next((i for i, summary in enumerate(summaries) if summary.id == keep_id), 0)
        self._last_highlighted = None
        self.scroll_to(y=0, animate=False, immediate=True)
        self.cursor = index
        self.refresh()

    def index_of(self, article_id: str) -> int | None:
        return next((i for i, summary in enumerate(self._summaries) if summary.id == article_id), None)

    # -- cursor -------------------------------------------------------------

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self._summaries) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self._row_cache.clear()
        self.refresh()
        self._scroll_cursor_into_view()
        summary = self.highlighted
        summary_id = summary.id if summary else None
        if summary_id != self._last_highlighted:
            self._last_highlighted = summary_id
            self.post_message(self.Highlighted(self, summary, new))

    def _scroll_cursor_into_view(self) -> None:
        height = self.scrollable_content_region.height or 1
        top = int(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

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

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        row = offset.y + int(self.scroll_y)
        if 0 <= row < len(self._summaries):
            self.cursor = row
            self.action_select()

    # -- drawing ------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._row_cache.clear()

    def _on_resize(self, event: events.Resize) -> None:
        self._row_cache.clear()
        self.virtual_size = Size(event.size.width, len(self._summaries))

    def render_line(self, y: int) -> Strip:
        row = y + int(self.scroll_y)
        width = self.scrollable_content_region.width
        if not 0 <= row < len(self._summaries):
            return Strip.blank(width, self.rich_style)
        key = (row, width, row == self.cursor, self.has_focus)
        strip = self._row_cache.get(key)
        if strip is None:
            strip = self._render_row(row, width)
            self._row_cache[key] = strip
        return strip

    def _render_row(self, row: int, width: int) -> Strip:
        summary = self._summaries[row]
        row_content = self.row_content(summary, width)
        base = self.rich_style
        if row == self.cursor:
            base = base + self.get_component_rich_style("article-list--cursor")
        segments = list(row_content.render_segments())
        strip = Strip(segments, row_content.cell_length).apply_style(base)
        return strip.adjust_cell_length(width, base)

    def row_content(self, summary: ArticleSummary, width: int) -> Content:
        """One row: headline (title, or an untitled scrape's opening words), then outlet and date."""
        date = one_line(summary.date)[:DATE_WIDTH].ljust(DATE_WIDTH)
        outlet_width = OUTLET_WIDTH if width >= DATE_WIDTH + OUTLET_WIDTH + 20 else 0
        title_width = max(1, width - DATE_WIDTH - outlet_width - 2 * GAP - 1)
        title_text = " " + (one_line(summary.headline) or "(untitled)")
        title = _fit(Content(title_text, strip_control_codes=False), title_width)
        outlet_style = self.get_visual_style("article-list--outlet", partial=True)
        date_style = self.get_visual_style("article-list--date", partial=True)
        parts: list[Content] = [title, Content(" " * GAP)]
        if outlet_width:
            outlet = _fit(Content(one_line(summary.outlet), strip_control_codes=False), outlet_width)
            parts += [outlet.stylize(outlet_style), Content(" " * GAP)]
        parts.append(Content(date, strip_control_codes=False).stylize(date_style))
        return Content.assemble(*parts)


def _fit(content: Content, width: int) -> Content:
    """Exactly ``width`` cells: cut with an ellipsis, or padded."""
    if cell_len(content.plain) > width:
        return content.truncate(width, ellipsis=True)
    return content.extend_right(width - content.cell_length)

