"""The reader pane: the article's header and its body, with search-match navigation."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from kutip.index.facade import Article, Span
from kutip.tui.text import one_line
from kutip.tui.widgets.article_body import ArticleBody, match_layers

EMPTY_HINT = "Choose an article from the list and press Enter."


def header_content(article: Article) -> Content:
    """Title, outlet · date, and path, each built from plain strings (never markup)."""
    byline = " · ".join(part for part in (one_line(article.outlet), one_line(article.date)) if part)
    return Content.assemble(
        (one_line(article.title) or "(untitled)", "bold"),
        "\n",
        (byline or "unknown outlet", "italic"),
        "\n",
        (one_line(article.path), "dim"),
    )


class ArticleReader(Vertical):
    """Shows one article; knows the current query's matches and which one is current."""

    DEFAULT_CSS = """
    ArticleReader {
        & > #reader-header { padding: 0 1; border-bottom: solid $primary-muted; height: auto; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.matches: list[Span] = []
        self.current_match: int | None = None

    def compose(self) -> ComposeResult:
        yield Static(Content(EMPTY_HINT), id="reader-header")
        yield ArticleBody(id="reader-body")

    @property
    def body(self) -> ArticleBody:
        return self.query_one(ArticleBody)

    def show_article(self, article: Article, matches: Sequence[Span] = ()) -> None:
        """Display ``article`` with ``matches`` highlighted (the first one current)."""
        self.article = article
        self.query_one("#reader-header", Static).update(header_content(article))
        self.matches = sorted(matches, key=lambda span: (span.start, span.end))
        self.current_match = 0 if self.matches else None
        self.body.set_body(article.body, match_layers(self.matches, self.current_match))
        if self.current_match is not None:
            self.call_after_refresh(self.body.scroll_to_offset, self.matches[0].start)

    def set_matches(self, matches: Sequence[Span]) -> None:
        """Replace the match layer, e.g. after the query changed."""
        self.matches = sorted(matches, key=lambda span: (span.start, span.end))
        self.current_match = None
        self._apply_matches()

    def step_match(self, step: int) -> int | None:
        """Move to the next (``step=1``) or previous (``-1``) match, wrapping around."""
        if not self.matches:
            return None
        if self.current_match is None:
            self.current_match = 0 if step > 0 else len(self.matches) - 1
        else:
            self.current_match = (self.current_match + step) % len(self.matches)
        self._apply_matches()
        self.body.scroll_to_offset(self.matches[self.current_match].start)
        return self.current_match

    def _apply_matches(self) -> None:
        for layer in match_layers(self.matches, self.current_match):
            self.body.set_layer(layer)
        if self.current_match is None:
            self.body.remove_layer("current-match")
