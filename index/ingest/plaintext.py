"""Plain-text scrapes: a headline line, then one paragraph a line (or hard-wrapped prose)."""

from __future__ import annotations

from kutip.index.ingest.build import KnownMetadata, build_article
from kutip.index.ingest.dates import unglue_head_date_labels
from kutip.index.ingest.metadata import detect_title
from kutip.index.ingest.text import join_drop_caps, paragraphs_from_lines
from kutip.index.models import Article

__all__ = ["parse_plain_text"]


def parse_plain_text(text: str, *, source: str) -> Article:
    title, lines = detect_title(unglue_head_date_labels(join_drop_caps(text.split("\n")), between=("",)))
    return build_article(
        paragraphs_from_lines(lines), KnownMetadata(title=title), source=source, fmt="txt", hash_text=text
    )
