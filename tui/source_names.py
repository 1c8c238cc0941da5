"""How a report or a statement names its source when the article names no outlet.

Two outlet-less reports of one remark were both "unknown outlet", and a file name says nothing to
a reader: the article's web site, else its title (or, untitled, its opening words) tells them
apart, marked so that neither reads as an outlet's name. Built from plain strings (``one_line``).
"""

from __future__ import annotations

from kutip.index.facade import Article, ArticleSummary, source_from_article
from kutip.tui.text import one_line

UNKNOWN_OUTLET = "unknown outlet"
NO_OUTLET = "no outlet"
SOURCE_TITLE_LIMIT = 48


def _cut(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters, cut after a whole word where one fits."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit // 2, limit)
    return text[: cut if cut > 0 else limit - 1].rstrip(" ,.;:–—-") + "…"


def unnamed_source(article: Article | ArticleSummary) -> str:
    """What tells an article that names no outlet apart, marked as not an outlet: its web site's
    host (``site kompas.com``, from its URL), else its title or, untitled, its bracketed opening
    words (``no outlet · “…”``). Two outlet-less reports of one remark were both "unknown outlet";
    a file name says nothing to a reader. An article with an outlet is named by it."""
    source = source_from_article(article)
    if source.outlet:
        return one_line(source.outlet)
    if source.site:
        return f"site {one_line(source.site)}"
    title = one_line(source.title)
    if not title:
        return UNKNOWN_OUTLET
    if title.startswith("[") and title.endswith("]"):  # the opening words of an untitled one
        return f"{NO_OUTLET} · [{_cut(title[1:-1], SOURCE_TITLE_LIMIT)}]"
    return f"{NO_OUTLET} · “{_cut(title, SOURCE_TITLE_LIMIT)}”"
