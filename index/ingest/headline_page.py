"""The page a headline candidate is weighed against (its head lines, the story's words and lead), and the
measures that need it: how much of a line the story uses, whether a line is part of the lead.
"""

from __future__ import annotations

from dataclasses import dataclass

from kutip.index.ingest.headline_words import content_words
from kutip.index.ingest.text import normalise_text

__all__ = ["DEK_MIN_WORDS", "MIN_SCORE", "HeadPage", "inside_lead", "shared_share"]

# A line scoring below this is no headline, however it compares with the others.
MIN_SCORE = 2.5


@dataclass(frozen=True, slots=True)
class HeadPage:
    """What a headline candidate is weighed against: the head lines and the story below them."""

    head: list[str]
    body_words: set[str]
    rest: str
    first_real: int  # the first head line that is more than furniture or a one- or two-word label
    lead: tuple[str, ...] = ()  # the story's first paragraphs
    real: tuple[int, ...] = ()  # every head line that is more than furniture or a short label


def shared_share(line: str, page: HeadPage) -> float:
    """The share of the line's content words the story below uses too."""
    content = content_words(line)
    return sum(1 for w in content if w.casefold() in page.body_words) / len(content) if content else 0.0


# A dek (the summary under the headline) is often the lead's own sentence; a headline rarely is.
DEK_MIN_WORDS = 8


def inside_lead(line: str, page: HeadPage) -> bool:
    """The line is part of a longer paragraph at the story's top (a headline printed again stands alone)."""
    folded = normalise_text(line).casefold()
    for paragraph in page.lead:
        text = normalise_text(paragraph).casefold()
        if folded in text and text != folded:
            return True
    return False
