"""HTML pages: main text and metadata through trafilatura, then the shared text rules."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from typing import Any

from kutip.index.ingest.build import KnownMetadata, build_article
from kutip.index.ingest.credits import credit_line, credit_segments
from kutip.index.ingest.dates import date_line, parse_iso_date
from kutip.index.ingest.errors import SkipFile
from kutip.index.models import Article

__all__ = ["credit_texts", "parse_html"]

# Only dates stated in the page's markup: a date guessed from anywhere in the text is too often wrong.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# Elements whose text credits people: captions and bylines, which extractors drop as furniture.
_CREDIT_CLASS = re.compile(r"byline|credit|caption|author", re.I)
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
# Page-level containers sometimes carry such classes ("single-author"); their text is the whole page.
_CONTAINER_TAGS = frozenset({"html", "body", "main", "article", "section"})
# A caption or byline is short; anything longer is not a credit line.
_MAX_CREDIT_TEXT = 300
_SPACE_RUN = re.compile(r"\s+")


class _CreditTextParser(HTMLParser):
    """Collects the text of ``<figcaption>`` and of byline- or credit-classed elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self._tag = ""  # the element being collected, "" when none
        self._depth = 0
        self._parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID_TAGS:
            return
        if self._tag:
            self._depth += tag == self._tag
            return
        classes = " ".join(value or "" for name, value in attrs if name in ("class", "itemprop", "rel"))
        if tag == "figcaption" or (tag not in _CONTAINER_TAGS and _CREDIT_CLASS.search(classes)):
            self._tag, self._depth, self._parts = tag, 1, []

    def handle_endtag(self, tag: str) -> None:
        if not self._tag or tag != self._tag:
            return
        self._depth -= 1
        if self._depth == 0:
            text = _SPACE_RUN.sub(" ", "".join(self._parts)).strip()
            if text and len(text) <= _MAX_CREDIT_TEXT:
                self.texts.append(text)
            self._tag = ""

    def handle_data(self, data: str) -> None:
        if self._tag:
            self._parts.append(data)


def credit_texts(html: str) -> list[str]:
    """Caption and byline texts straight from the markup; trafilatura drops most of them."""
    parser = _CreditTextParser()
    parser.feed(html)
    parser.close()
    return list(dict.fromkeys(parser.texts))


# "&#27;", "&#x1b;": character references to control characters, which the XML tree behind the
# extractor refuses; the whole page then came back empty. They are replaced by the characters
# themselves (the display layer makes those inert).
_CONTROL_REFERENCE = re.compile(
    r"&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01]|12[7-9]|1[3-5]\d)|[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF]|[89][0-9a-fA-F]));"
)


def _control(reference: str) -> str:
    digits = reference[2:-1]
    code = int(digits[1:], 16) if digits[:1] in "xX" else int(digits)
    return chr(code) if code < 0x80 else unescape(reference)  # 0x80-0x9f: the windows-1252 letter


def _unescape_controls(html: str) -> str:
    return _CONTROL_REFERENCE.sub(lambda m: _control(m.group(0)), html)


def _extract(html: str) -> dict[str, Any]:
    import trafilatura  # imported late: it is slow to import and only HTML needs it

    html = _unescape_controls(html)

    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        date_extraction_params=_DATE_PARAMS,
    )
    if document is None:
        return {}
    result = document.as_dict() if hasattr(document, "as_dict") else document
    return dict(result) if isinstance(result, dict) else {}


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _author(value: str) -> str:
    """The names in an extracted author field; extractors sometimes return the whole byline
    ("Oleh A · Senin"), which reads as a credit line."""
    value = value.replace(";", ",").strip()
    names = [c.name for c in credit_line(value) if c.role in ("author", "writer")]
    return ", ".join(dict.fromkeys(names)) if names else value


def _byline_date(texts: list[str]) -> str:
    """A date a byline states ("Oleh A · Kamis, 7 November 2024"), for pages without one in meta."""
    for text in texts:
        for segment in credit_segments(text):
            iso = date_line(segment)
            if iso:
                return iso
    return ""


def parse_html(html: str, *, source: str) -> Article:
    extracted = _extract(html)
    text = _text(extracted.get("text"))
    if not text:
        raise SkipFile("no readable text found in the HTML page")
    credit_lines = credit_texts(html)
    known = KnownMetadata(
        title=_text(extracted.get("title")),
        outlet=_text(extracted.get("sitename")),
        date=parse_iso_date(_text(extracted.get("date"))) or _byline_date(credit_lines),
        author=_author(_text(extracted.get("author"))),
        url=_text(extracted.get("url")),
        credit_lines=credit_lines,
    )
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    return build_article(paragraphs, known, source=source, fmt="html", hash_text=f"{known.title}\n{text}")
