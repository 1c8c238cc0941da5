"""The words of a head line as the headline readers count them: content words, title case, a line
compared as a copy of another. Shared by every ``headline_*`` module, so their measures agree.
"""

from __future__ import annotations

import re
from functools import cache

from kutip.index.ingest.text import normalise_text
from kutip.index.stopwords import stopwords

__all__ = [
    "INNER_SENTENCE",
    "LEAD_LONG_WORDS",
    "LEAD_MIN_WORDS",
    "LONG_TITLE_WORDS",
    "MAX_TITLE_WORDS",
    "MIN_TITLE_WORDS",
    "TITLE_CASE",
    "WORD",
    "bare_line",
    "content_words",
    "function_words",
    "title_case_sentences",
    "title_case_share",
]

LEAD_MIN_WORDS = 12
LEAD_LONG_WORDS = 30
MIN_TITLE_WORDS = 3
MAX_TITLE_WORDS = 30
# Share of capitalised content words from which a line is in title case.
TITLE_CASE = 0.75
WORD = re.compile(r"[^\W_][\w'’.-]*")
INNER_SENTENCE = re.compile(r"(?:[a-z0-9]{2}|\))\.\s+[A-Z(\"“]")


@cache
def function_words() -> frozenset[str]:
    return stopwords("id") | stopwords("en")


def content_words(text: str) -> list[str]:
    function = function_words()
    return [w for w in WORD.findall(text) if w.casefold() not in function and not w.isdigit()]


def title_case_share(words: list[str]) -> float:
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper() or w[0].isdigit()) / len(words)


# "Contoh Marks Its Tenth Year. Minister: Staff Must Aim for Results": a headline of two title-case sentences,
# a kicker's and the story's, as some English sites write them; a caption's or a lead's sentences are written
# in sentence case.
_SENTENCE_SEAM = re.compile(r"(?<=[a-z0-9]{2})\.\s+(?=[A-Z])")
_SENTENCE_MIN_WORDS = 3


def title_case_sentences(line: str) -> bool:
    sentences = [content_words(part) for part in _SENTENCE_SEAM.split(line)]
    return len(sentences) > 1 and all(
        len(words) >= _SENTENCE_MIN_WORDS and title_case_share(words) >= TITLE_CASE for words in sentences
    )


# Headlines run to about twenty words (one of 350 annotated ones is longer); a standfirst under the headline
# runs longer and repeats the lead, so it would otherwise outscore it. The one line over the lead has no
# standfirst to lose to, and some sites' headlines run to thirty words.
LONG_TITLE_WORDS = 20


_EDGE_MARKS = re.compile(r"^\W+|\W+$")


def bare_line(line: str) -> str:
    """A line compared as a headline's copy: case, spacing and marks at its ends ignored ("Judul -->",
    a scrape's leftover of the page's markup, is the headline printed again)."""
    return _EDGE_MARKS.sub("", normalise_text(line).casefold())
