"""Title and publication date from the text of a story.

Missing metadata stays empty: a wrong date in a citation does more harm than
a blank one, so only dates the text presents as the publication date count.
"""

from __future__ import annotations

import re

from kutip.index.ingest.boilerplate import Split, is_boilerplate_line
from kutip.index.ingest.credits import credit_segments
from kutip.index.ingest.dateline import Dateline, parse_dateline
from kutip.index.ingest.dates import date_line, find_dates
from kutip.index.ingest.text import split_blocks

__all__ = ["detect_title", "looks_like_title", "publication_date"]

_MAX_TITLE = 200
_TITLE_END_PUNCTUATION = re.compile(r"[.,;:]['\"”’]?$")
# Verbs that introduce the source and date a story was taken from: "Mengutip AP, Jumat (1/11/2024)".
_SOURCING = re.compile(
    r"\b(?:mengutip|dikutip|dilansir|melansir|diberitakan|disiarkan|as reported by|according to|quoted by)\b",
    re.I,
)
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“‘'])")
# Words in the gap that show the date belongs to an event, not to the source.
_EVENT_GAP = re.compile(r"\b(?:yang|which|that|when|ketika|saat|pada hari|on)\b", re.I)
_MAX_GAP_WORDS = 8
# How far into the story a publication date may be stated.
_LEAD_PARAGRAPHS = 5


def looks_like_title(line: str) -> bool:
    """A headline: short, more than one word, not a sentence, not page furniture or a dateline."""
    line = line.strip()
    return (
        0 < len(line) <= _MAX_TITLE
        and len(line.split()) >= 2
        and not _TITLE_END_PUNCTUATION.search(line)
        and not line.startswith("(")
        and not is_boilerplate_line(line)
        and parse_dateline(line) is None
    )


def detect_title(lines: list[str]) -> tuple[str, list[str]]:
    """Splits off a headline: a lone short line followed by a blank line and more text.

    Returns the title ("" when there is none) and the lines left for the body;
    furniture before the headline (a date line, a byline) stays with the body lines.
    """
    blocks = split_blocks(lines)
    for index, block in enumerate(blocks):
        if len(block) == 1 and is_boilerplate_line(block[0]):
            continue
        if len(block) == 1 and index + 1 < len(blocks) and looks_like_title(block[0]):
            rest = [line for b in blocks[:index] + blocks[index + 1 :] for line in [*b, ""]]
            return block[0].strip(), rest
        break
    return "", lines


def _sourced_date(paragraph: str) -> str:
    for found in find_dates(paragraph):
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(paragraph, 0, found.start)]
        sentence = paragraph[breaks[-1] if breaks else 0 : found.start]
        verbs = list(_SOURCING.finditer(sentence))
        if not verbs:
            continue
        gap = sentence[verbs[-1].end() :]
        if len(gap.split()) <= _MAX_GAP_WORDS and not _EVENT_GAP.search(gap):
            return found.iso
    return ""


def _furniture_date(paragraph: str) -> str:
    """A date line, or the date part of a byline ("Oleh A · Senin, 18 November 2024 10.00 WIB")."""
    iso = date_line(paragraph)
    if iso:
        return iso
    segments = credit_segments(paragraph)
    if len(segments) < 2:
        return ""
    return next((found for found in map(date_line, segments) if found), "")


def publication_date(split: Split, paragraphs: list[str], dateline: Dateline | None) -> str:
    """The date the text gives as its own: a date line or dated byline near the top, a dated dateline, or a
    sourcing phrase ("dikutip Jumat (15/11/2024)") in the first paragraphs.

    Dates of events ("kata Miller pada Senin (2/10/2023)") and dates without a
    year are not publication dates.
    """
    for paragraph, furniture in list(zip(paragraphs, split.is_boilerplate, strict=True))[:_LEAD_PARAGRAPHS]:
        iso = _furniture_date(paragraph) if furniture else ""
        if iso:
            return iso
    if dateline and dateline.date:
        return dateline.date
    for paragraph in split.body[:_LEAD_PARAGRAPHS]:
        iso = _sourced_date(paragraph)
        if iso:
            return iso
    return ""
