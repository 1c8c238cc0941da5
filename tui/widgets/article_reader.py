"""The reader pane: the article's header, a legend, and its body.

It owns what is marked in the body: entities by type, statements, the search
matches with the current one, the selected entity's mentions with the current
one, and the statement the user jumped to. n/N step through the selected
entity's mentions when there is one, else through the search matches.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual.app import ComposeResult, RenderResult
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Size
from textual.reactive import Reactive
from textual.widget import Widget
from textual.widgets import Static

from kutip.index.facade import Article, Entity, Span, Statement
from kutip.tui.highlight import (
    ENTITY_COMPONENTS,
    GUTTER_COMPONENTS,
    GUTTER_GLYPHS,
    Layer,
    entity_layers,
    statement_gutters,
    statement_layers,
)
from kutip.tui.messages import message
from kutip.tui.text import one_line
from kutip.tui.widgets.article_body import MATCH_LAYER, ArticleBody, match_layers
from kutip.tui.widgets.statement_rows import CLUSTER_MARK, cluster_marker

SELECTED_ENTITY_LAYER = "selected-entity"
CURRENT_STATEMENT_LAYER = "current-statement"
ENTITY_LABELS = {"person": "person", "organization": "organisation", "place": "place"}


def source_name(path: str) -> str:
    """The file name (with ``#n`` for a record of a multi-record file): short, and the same on any machine."""
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def header_content(article: Article, headline: str = "", outlet: str | None = None) -> Content:
    """Headline, outlet · date, and source file, each built from plain strings (never markup).

    ``headline`` is the list's headline (the title, or an untitled scrape's opening words);
    ``outlet`` the list's name of the outlet, when the archive spells it two ways.
    """
    outlet = article.outlet if outlet is None else outlet
    byline = " · ".join(part for part in (one_line(outlet), one_line(article.date)) if part)
    return Content.assemble(
        (one_line(headline or article.title) or "(untitled)", "bold"),
        "\n",
        (byline or "unknown outlet", "italic"),
        "\n",
        (one_line(source_name(article.path)), "dim"),
    )


class SteadyStatic(Static):
    """A ``Static`` that asks for no second layout once a layout has sized it: after every layout
    Textual sets a widget's ``virtual_size`` to its new size, a reactive that lays the screen out
    again (see :class:`~kutip.tui.widgets.scroll_size.SteadyScrollBar`). Its height is its
    content's, measured by the layout itself, so the second one changed nothing."""

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)


class Legend(Widget):
    """A line naming each highlight in the style the body draws it, so it follows the theme. A
    narrow reader breaks it between items, never inside one: a legend cut to "⧉n…" explains
    nothing, and one wrapped by words splits a mark from its meaning.

    ``⧉n in n more articles`` shows only while the body draws such a mark; otherwise its cells
    stay blank, so the legend keeps its height (a new height lays out every pane again)."""

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)  # as SteadyStatic's

    DEFAULT_CSS = """
    Legend { height: auto; padding: 0 1; color: $text-muted; text-wrap: nowrap; }
    """

    def __init__(self, body: ArticleBody, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._body = body
        self._shows_more = False

    def set_shows_more(self, shows: bool) -> None:
        """Whether the body draws a ``⧉n`` mark, so the legend explains it."""
        if shows != self._shows_more:
            self._shows_more = shows
            self.refresh()  # the same lines either way: no layout

    def items(self) -> list[tuple[str, Content]]:
        """(space before it, item): ``person organisation place  ┃ quote ┆ reported  ⧉n in n more …``."""
        body = self._body
        items: list[tuple[str, Content]] = []
        for entity_type, component in ENTITY_COMPONENTS.items():
            label = ENTITY_LABELS[entity_type.value]
            items.append((" ", Content.assemble((label, body.get_visual_style(component, partial=True)))))
        for kind, label in (("direct", "quote"), ("indirect", "reported")):
            gutter = body.get_visual_style(GUTTER_COMPONENTS[kind], partial=True)
            item = Content.assemble((GUTTER_GLYPHS[kind], gutter), (f" {label}", "italic"))
            items.append(("  " if kind == "direct" else " ", item))
        marker = body.get_visual_style("article-body--marker", partial=True)
        more = Content.assemble((f"{CLUSTER_MARK}n", marker), (" in n more articles", "italic"))
        items.append(("  ", more if self._shows_more else Content(" " * more.cell_length)))
        return items

    def render(self) -> RenderResult:
        return legend_lines(self.items(), self.content_size.width)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(legend_lines(self.items(), width).split("\n"))

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.refresh(layout=True)


def legend_lines(items: list[tuple[str, Content]], width: int) -> Content:
    """The items on as few lines of ``width`` as they fit, each line starting with an item."""
    lines: list[Content] = []
    line = Content("")
    for space, item in items:
        if not line.plain:
            line = item
        elif width <= 0 or line.cell_length + len(space) + item.cell_length <= width:
            line = line + space + item
        else:
            lines.append(line)
            line = item
    lines.append(line)
    return Content("\n").join(lines)


class ArticleReader(Vertical):
    """Shows one article with its marks; knows the current match and the selected entity."""

    DEFAULT_CSS = """
    ArticleReader {
        & > #reader-header { padding: 0 1; height: auto; }
        & > Legend { border-bottom: solid $primary-muted; display: none; }
        & > #reader-header.-blank { border-bottom: solid $primary-muted; }
        &.-open > Legend { display: block; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.matches: list[Span] = []
        self.current_match: int | None = None
        self.selected_entity: Entity | None = None
        self.mentions: list[Span] = []
        self.current_mention: int | None = None
        self.current_statement: Statement | None = None

    def compose(self) -> ComposeResult:
        body = ArticleBody(id="reader-body")
        yield SteadyStatic(Content(message(self.app, "reader_empty")), id="reader-header", classes="-blank")
        yield Legend(body, id="reader-legend")
        yield body

    @property
    def body(self) -> ArticleBody:
        return self.query_one(ArticleBody)

    @property
    def legend(self) -> Legend:
        return self.query_one(Legend)

    def show_article(
        self,
        article: Article,
        matches: Sequence[Span] = (),
        *,
        others: Mapping[str, int] | None = None,
        headline: str = "",
        outlet: str | None = None,
    ) -> None:
        """Display ``article`` with ``matches`` highlighted (the first one current).

        ``others`` maps a statement id to the number of other articles reporting the
        remark; those statements get a ``⧉n`` marker in the gutter.
        """
        was_open = self.article is not None
        self.article = article
        self.add_class("-open")
        header = self.query_one("#reader-header", Static)
        header.remove_class("-blank")
        content = header_content(article, headline, outlet)
        width, height = header.content_size
        needed = content.get_height(header.styles.get_rules(), width) if width > 0 else 0
        if was_open and 0 < needed < height:  # a shorter headline keeps the header's height (blank
            content = Content.assemble(content, "\n" * (height - needed))  # below): no layout of every pane
            needed = height
        same_height = width > 0 and needed == height
        header.update(content, layout=not same_height)  # a layout redraws the whole screen: only when needed
        self.matches = sorted(matches, key=lambda span: (span.start, span.end))
        self.current_match = 0 if self.matches else None
        self.selected_entity = None
        self.mentions = []
        self.current_mention = None
        self.current_statement = None
        layers = [*statement_layers(article), *entity_layers(article)]
        layers += match_layers(self.matches, self.current_match)
        markers = statement_markers(article, others)
        self.legend.set_shows_more(bool(markers))
        self.body.set_body(article.body, layers, statement_gutters(article), markers)
        if self.current_match is not None:
            self.call_after_refresh(self.body.scroll_to_offset, self.matches[0].start)

    def set_others(self, others: Mapping[str, int]) -> None:
        """The ``⧉n`` markers of the open article's statements other articles also report, once
        they are read (the body stays where it is scrolled)."""
        if self.article is not None:
            markers = statement_markers(self.article, others)
            self.legend.set_shows_more(bool(markers))
            self.body.set_markers(markers)

    # -- search matches -------------------------------------------------------

    def set_matches(self, matches: Sequence[Span]) -> None:
        """Replace the match layer, e.g. after the query changed."""
        self.matches = sorted(matches, key=lambda span: (span.start, span.end))
        self.current_match = None
        self._apply_matches()

    def step_match(self, step: int) -> int | None:
        """Move to the next (``step=1``) or previous (``-1``) match, wrapping around."""
        if not self.matches:
            return None
        self.current_match = _step(self.current_match, step, len(self.matches))
        self._apply_matches()
        self.body.scroll_to_offset(self.matches[self.current_match].start)
        return self.current_match

    def _apply_matches(self) -> None:
        for layer in match_layers(self.matches, self.current_match):
            self.body.set_layer(layer)
        if self.current_match is None:
            self.body.remove_layer("current-match")

    # -- the selected entity ----------------------------------------------------

    def select_entity(self, entity: Entity | None) -> int | None:
        """Mark every mention of ``entity`` (None clears) and go to the first; its index or None."""
        self.selected_entity = entity
        self.mentions = (
            sorted((Span(m.start, m.end) for m in entity.mentions), key=lambda span: span.start)
            if entity
            else []
        )
        self.current_mention = None
        if not self.mentions:
            self.body.remove_layer(SELECTED_ENTITY_LAYER)
            return None
        return self.step_mention(1)

    def step_mention(self, step: int) -> int | None:
        """Move to the selected entity's next or previous mention, wrapping around."""
        if not self.mentions:
            return None
        self.current_mention = _step(self.current_mention, step, len(self.mentions))
        current = self.mentions[self.current_mention]
        layer = Layer(SELECTED_ENTITY_LAYER, "article-body--selected-entity", (current,))
        self.body.set_layer(layer, below=MATCH_LAYER)
        self.body.scroll_to_offset(current.start)
        return self.current_mention

    # -- statements -------------------------------------------------------------

    def show_statement(self, statement_id: str) -> Statement | None:
        """Mark the statement with this id and scroll the body to it."""
        article = self.article
        statement = next((s for s in article.statements if s.id == statement_id), None) if article else None
        self.current_statement = statement
        if statement is None:
            self.body.remove_layer(CURRENT_STATEMENT_LAYER)
            return None
        layer = Layer(
            CURRENT_STATEMENT_LAYER,
            "article-body--current-statement",
            (Span(statement.start, statement.end),),
        )
        self.body.set_layer(layer, below=SELECTED_ENTITY_LAYER if self.mentions else MATCH_LAYER)
        self.body.scroll_to_offset(statement.start)
        return statement


def statement_markers(article: Article, others: Mapping[str, int] | None) -> list[tuple[int, str]]:
    """(offset, ``⧉n``) at the start of each statement other articles also report (``⧉+`` past 9)."""
    if not others:
        return []
    return [
        (s.start, cluster_marker(n) if n < 10 else f"{CLUSTER_MARK}+")
        for s in article.statements
        if (n := others.get(s.id, 0)) > 0
    ]


def _step(current: int | None, step: int, count: int) -> int:
    if current is None:
        return 0 if step > 0 else count - 1
    return (current + step) % count
