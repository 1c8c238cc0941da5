"""Plain-text scrapes: a headline line, then one paragraph a line (or hard-wrapped prose)."""

from __future__ import annotations

from kutip.index.ingest.build import KnownMetadata, build_article
from kutip.index.ingest.dates import split_date_label
from kutip.index.ingest.metadata import detect_title
from kutip.index.ingest.text import paragraphs_from_lines
from kutip.index.models import Article

__all__ = ["parse_plain_text"]

# How many non-empty lines at the top may carry a labelled date glued to the headline.
_DATE_LABEL_LINES = 3


def _unglue_head_dates(lines: list[str]) -> list[str]:
    """A scrape's date stamp glued to the headline ("date 2024-05-19 Menteri Tolak …") split onto its
    own line, so the headline is weighed alone and the stamp still dates the article."""
    out: list[str] = []
    seen = 0
    for line in lines:
        if seen < _DATE_LABEL_LINES and line.strip():
            seen += 1
            parts = split_date_label(line.strip())
            if len(parts) == 2:
                out.extend([parts[0], "", parts[1]])
                continue
        out.append(line)
    return out


def parse_plain_text(text: str, *, source: str) -> Article:
    title, lines = detect_title(_unglue_head_dates(text.split("\n")))
    return build_article(
        paragraphs_from_lines(lines), KnownMetadata(title=title), source=source, fmt="txt", hash_text=text
    )
