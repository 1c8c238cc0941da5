"""Plain-text scrapes: a headline line, then one paragraph a line (or hard-wrapped prose)."""

from __future__ import annotations

from kutip.index.ingest.build import KnownMetadata, build_article
from kutip.index.ingest.dates import unglue_head_date_labels
from kutip.index.ingest.metadata import detect_title
from kutip.index.ingest.text import join_drop_caps, paragraphs_from_lines
from kutip.index.models import Article

__all__ = ["parse_plain_text"]


# a scrape that kept a JSON string's escapes: 'kata Fulan.\\n\\n"Kami …' is two paragraphs
_ESCAPED_BREAKS = "\\n\\n"


def parse_plain_text(text: str, *, source: str) -> Article:
    raw = _unescaped(text).split("\n")
    head = unglue_head_date_labels(join_drop_caps(raw), between=("",))
    title, lines = detect_title(head)
    known = KnownMetadata(
        title=title, under_title=_line_under(title, head), over_title=_lines_over(title, head)
    )
    return build_article(paragraphs_from_lines(lines), known, source=source, fmt="txt", hash_text=text)


def _unescaped(text: str) -> str:
    """``text`` with the escaped line breaks of a pasted JSON string (two in a row, as between
    paragraphs) made real, so its paragraphs and the quotations opening them are read."""
    return text.replace("\\n", "\n") if _ESCAPED_BREAKS in text else text


def _line_under(title: str, lines: list[str]) -> str:
    """The first line under the headline that is not the headline again ("" without a headline)."""
    if not title:
        return ""
    key = " ".join(title.split()).casefold()
    found = False
    for line in lines:
        text = " ".join(line.split())
        if not text:
            continue
        if _is_headline(text, key):
            found = True
        elif found:
            return text
    return ""


def _lines_over(title: str, lines: list[str]) -> tuple[str, ...]:
    """The lines over the headline, in order (none without a headline)."""
    if not title:
        return ()
    key = " ".join(title.split()).casefold()
    over: list[str] = []
    for line in lines:
        text = " ".join(line.split())
        if _is_headline(text, key):
            return tuple(over)
        if text:
            over.append(text)
    return ()


def _is_headline(text: str, key: str) -> bool:
    """The line is the headline (``key``, folded), alone or with a stop or two after it: where the lines
    over the headline end and the line under it starts, read by the same test."""
    return key in text.casefold() and len(text) <= len(key) + 2
