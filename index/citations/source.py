"""What a citation is made from: one article's bibliographic facts and, optionally, a quote.

The styles never see :class:`~kutip.index.models.Article` itself, so a citation can
be built from any record (a JSON export, a test) and the archive's model can grow
without touching the templates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from kutip.index.citations.dates import PartialDate, parse_iso
from kutip.index.citations.names import PersonName, parse_name, split_authors
from kutip.index.models import Article, ArticleSummary, Statement

__all__ = ["CitationSource", "Quote", "source_from_article"]

_WEB_URL = re.compile(r"^https?://\S+$", re.I)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_AUTHOR_ROLES = ("author", "writer")


@dataclass(frozen=True, slots=True)
class Quote:
    """A statement to cite: its words and who said them. ``direct`` is False for reported speech."""

    text: str
    speaker: str = ""
    role: str = ""
    direct: bool = True


@dataclass(frozen=True, slots=True)
class CitationSource:
    """Bibliographic facts of one article; empty strings mean "unknown".

    ``url`` is only ever a web address: an article known only as a local file keeps
    its ``path`` apart, so no style can present the file as a link.
    """

    title: str
    outlet: str = ""
    date: str = ""  # ISO yyyy[-mm[-dd]]
    authors: tuple[str, ...] = ()
    url: str = ""
    lang: str = ""
    path: str = ""
    accessed: dt.date = field(default_factory=dt.date.today)
    article_id: str = ""
    quote: Quote | None = None

    @property
    def names(self) -> list[PersonName]:
        return [parse_name(a) for a in self.authors if a.strip()]

    @property
    def issued(self) -> PartialDate | None:
        return parse_iso(self.date)

    @property
    def web_url(self) -> str:
        """The URL when it is a real web address, else ``""``."""
        url = self.url.strip()
        if url.lower().startswith("www."):
            url = f"https://{url}"
        return url if _WEB_URL.match(url) else ""

    @property
    def is_news_website(self) -> bool:
        """Outlets named like a domain (``Kompas.com``) publish online only; APA cites them as webpages."""
        return bool(re.search(r"\.[a-z]{2,}$", self.outlet.strip(), re.I))


def _line(text: str) -> str:
    """One line of inert text: control characters (ANSI escapes included) and newlines become spaces."""
    return " ".join(_CONTROL.sub(" ", text).split())


def _authors(article: Article | ArticleSummary) -> tuple[str, ...]:
    """The byline's names, then credited writers, each once; editors and photographers are not authors."""
    names: list[str] = []
    if isinstance(article, Article):
        names.extend(split_authors(article.author))
        names.extend(c.name for c in article.credits if c.role in _AUTHOR_ROLES)
    seen: set[str] = set()
    unique = []
    for name in names:
        folded = _line(name).casefold()
        if folded and folded not in seen:
            seen.add(folded)
            unique.append(_line(name))
    return tuple(unique)


def source_from_article(
    article: Article | ArticleSummary, statement: Statement | None = None, accessed: dt.date | None = None
) -> CitationSource:
    """The citation facts of an article (a summary has no byline or URL, so it cites less)."""
    quote = None
    if statement is not None:
        quote = Quote(
            text=_line(statement.text),
            speaker=_line(statement.speaker or statement.speaker_as_written or ""),
            role=_line(statement.role or ""),
            direct=statement.kind != "indirect",
        )
    return CitationSource(
        title=_line(article.title),
        outlet=_line(article.outlet),
        date=article.date,
        authors=_authors(article),
        url=_line(article.url) if isinstance(article, Article) else "",
        lang=article.lang,
        path=_line(article.path),
        accessed=accessed or dt.date.today(),
        article_id=article.id,
        quote=quote,
    )
