"""A head line's place over the story's stamp and over a dek: a headline stands over its stamp, perhaps
with its dek or byline between, and over a dek that retells or copies the lead; a caption or a dek
stands over the picture or the lead.
"""

from __future__ import annotations

import re

from kutip.index.ingest.boilerplate import is_caption
from kutip.index.ingest.dates import read_stamp
from kutip.index.ingest.headline_page import DEK_MIN_WORDS, HeadPage, inside_lead, shared_share
from kutip.index.ingest.headline_words import TITLE_CASE, WORD, content_words, title_case_share

__all__ = [
    "OVER_DEK_BONUS",
    "OVER_STAMP_BONUS",
    "STAMP_REACH",
    "over_dek",
    "over_stamp",
    "straight_over_stamp",
]

# The headline stands over the story's date stamp, perhaps with its dek or the writer's name between; a
# photo's caption, printed twice as it may be, stands over the picture and the lead.
OVER_STAMP_BONUS = 1.5
STAMP_REACH = 2
_BYLINE_MAX_WORDS = 5


def straight_over_stamp(index: int, page: HeadPage) -> bool:
    """The line stands straight over the story's date stamp, as a headline in sentence case does on
    English sites ("Relief as pilot walks free" over "21 September 2024, 11:20"); a caption or dek in a
    block stands over the picture or the lead."""
    below = page.head[index + 1 : index + 1 + STAMP_REACH]
    if below and _BYLINE_START.match(below[0]):
        below = below[1:]  # "By Ana Lee" between the headline and its stamp
    return bool(below) and read_stamp(below[0]) is not None


_BYLINE_START = re.compile(r"^(?:by|oleh)\s+[A-Z]", re.I)


# The headline stands over its dek, a summary the page takes from the lead's first sentence and prints
# in sentence case under it; another title-like line below the dek (a heading printed again in other
# words) stands over the lead.
OVER_DEK_BONUS = 1.0


def over_dek(index: int, page: HeadPage) -> bool:
    """The line stands straight over a dek: a sentence-case line of some length that copies part of the
    lead or retells it."""
    if index + 1 >= len(page.head):
        return _over_reprinted_standfirst(index, page)
    below = page.head[index + 1]
    if len(WORD.findall(below)) < DEK_MIN_WORDS or title_case_share(content_words(below)) >= TITLE_CASE:
        return False
    return inside_lead(below, page) or _retelling_standfirst(index, page) or _dek_over_byline(index, page)


def _dek_over_byline(index: int, page: HeadPage) -> bool:
    """The page's first real line over a sentence-case line, then a byline and the stamp ("Ex-mayor wins
    vote" / "Lee leads the count by 58%" / "By Ana Lee" / "May 2, 2031"): the head block of an English site
    writing its headline in sentence case, whose dek stands over the byline as a headline would."""
    under = page.head[index + 2 : index + 4]
    return (
        index == page.first_real
        and len(under) == len(("byline", "stamp"))
        and bool(_BYLINE_START.match(under[0]))
        and read_stamp(under[1]) is not None
    )


# "Kicker" over "Headline" over "Warga Sukamaju …." and then "KOTA, CONTOH – Warga Sukamaju …." below: a
# standfirst copying the lead's first sentence whole reads as the lead, so the head's reading stops over it;
# the story printing it again under its dateline shows it was the dek, and the head's last line its headline.
def _over_reprinted_standfirst(index: int, page: HeadPage) -> bool:
    if index != len(page.head) - 1 or not page.lead:
        return False
    below = page.lead[0].strip()
    return (
        len(WORD.findall(below)) >= DEK_MIN_WORDS
        and title_case_share(content_words(below)) < TITLE_CASE
        and _after_dash(below, page.rest)
    )


def _after_dash(text: str, rest: str) -> bool:
    """``text`` written in ``rest`` right after a dash and any spaces (the dateline's), found with
    ``str.find``: a pattern of the sentence compiled per page cost ~4 ms of CPU, past re's cache."""
    at = rest.find(text)
    while at >= 0:
        if rest[:at].rstrip()[-1:] in ("-", "–", "—"):
            return True
        at = rest.find(text, at + 1)
    return False


# A standfirst retells the lead in other words as often as in its own: a sentence-case line straight under
# this one, half as long again or more, with no stop closing it and not straight over the stamp, that
# shares most of its words with the story is a dek too.
_DEK_LONGER = 1.5
_DEK_SHARED = 0.5


def _retelling_standfirst(index: int, page: HeadPage) -> bool:
    """The line under ``index`` retells the lead in other words (see above); over_dek has checked it is
    a sentence-case line of a dek's length."""
    below = page.head[index + 1]
    return (
        len(WORD.findall(below)) >= _DEK_LONGER * len(WORD.findall(page.head[index]))
        and not below.rstrip().endswith(".")
        and not is_caption(below)
        and not straight_over_stamp(index + 1, page)  # a headline in sentence case stands so, a dek not
        and shared_share(below, page) >= _DEK_SHARED
    )


def over_stamp(index: int, page: HeadPage) -> bool:
    from kutip.index.ingest.credits import looks_like_name  # credits reads headlines' datelines

    line = page.head[index]
    if len(line.split()) <= _BYLINE_MAX_WORDS and looks_like_name(line):
        return False  # the writer's own name over the stamp
    # a byline ("By Ana Lee") under a dek takes no room: headline, dek, byline and stamp stand so together
    below = [line for line in page.head[index + 1 : index + 2 + STAMP_REACH] if not _BYLINE_START.match(line)]
    return any(read_stamp(line) for line in below[:STAMP_REACH])
