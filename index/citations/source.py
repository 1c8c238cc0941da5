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
    date: str = ""  # ISO yyyy[-mm[-dd]]: the publication date
    authors: tuple[str, ...] = ()
    url: str = ""
    lang: str = ""
    path: str = ""
    accessed: dt.date = field(default_factory=dt.date.today)
    article_id: str = ""
    quote: Quote | None = None
    event_date: str = ""  # the date of the event the lead reports, cited only when ``date`` is unknown

    @property
    def names(self) -> list[PersonName]:
        return [parse_name(a) for a in self.authors if a.strip()]

    @property
    def issued(self) -> PartialDate | None:
        """The date a citation gives: the publication date, else the event date (see ``date_is_event``)."""
        return parse_iso(self.date) or parse_iso(self.event_date)

    @property
    def date_is_event(self) -> bool:
        """True when the cited date is the reported event's, for want of a publication date."""
        return parse_iso(self.date) is None and parse_iso(self.event_date) is not None

    @property
    def file_pointer(self) -> str:
        """The archived file, for styles to point at when there is no web address."""
        return "" if self.web_url else self.path

    @property
    def site(self) -> str:
        """The web site's host name (``kompas.com``), or ``""`` without a web address."""
        host = re.sub(r"^https?://", "", self.web_url, flags=re.I).split("/")[0].split(":")[0]
        return re.sub(r"^(?:www\d?|m|amp)\.", "", host.lower())

    @property
    def web_url(self) -> str:
        """The URL when it is a real web address, else ``""``."""
        url = self.url.strip()
        if url.lower().startswith("www."):
            url = f"https://{url}"
        return url if _WEB_URL.match(url) else ""

    @property
    def outlet_unnamed(self) -> bool:
        """True when neither the article nor a web address names the outlet: the styles say so in the
        outlet's place (a bracketed description, as a missing title gets), rather than leave it out."""
        return not self.outlet.strip() and not self.web_url

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


_DESCRIPTION_WORDS = 10
# "Jakarta - …", "JAKARTA – …": a place heading the lead, not part of what it says.
_PLACE_DASH = re.compile(r"^[A-Z][\w.]*(?:,? [A-Z][\w.]*){0,2}\s+[-–—]{1,2}\s+")


def _description(article: Article | ArticleSummary) -> str:
    """A bracketed stand-in for a missing title, from the story's opening words (APA 9.21 style)."""
    if isinstance(article, Article):
        text = article.body
        if article.dateline and text.startswith(article.dateline):
            text = text[len(article.dateline) :].lstrip(" -–—―,:")
        text = _PLACE_DASH.sub("", text, count=1)
    else:
        text = article.lead
    words = _line(text).split()
    if not words:
        return ""
    shown = " ".join(words[:_DESCRIPTION_WORDS]).rstrip(",.;:")
    return f"[{shown}…]" if len(words) > _DESCRIPTION_WORDS else f"[{shown}]"


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
        title=_line(article.title) or _description(article),
        outlet=_line(article.outlet),
        date=article.date,
        event_date=article.event_date if isinstance(article, Article) else "",
        authors=_authors(article),
        url=_line(article.url) if isinstance(article, Article) else "",
        lang=article.lang,
        path=_line(article.path),
        accessed=accessed or dt.date.today(),
        article_id=article.id,
        quote=quote,
    )
