"""A headline a scrape printed inside or under the story rather than over it: a head block below the lead,
over its stamp, and the page's title as a reposting site prints it ("Judul Berita - Contoh News").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kutip.index.ingest.boilerplate import furniture_share, is_caption
from kutip.index.ingest.dates import read_stamp
from kutip.index.ingest.headline_credit import photo_credit
from kutip.index.ingest.headline_lines import (
    BULLET_START,
    LABEL_FURNITURE,
    QUOTE_MARKS,
    is_lead,
    is_trail,
    looks_like_title,
)
from kutip.index.ingest.headline_words import (
    INNER_SENTENCE,
    LEAD_MIN_WORDS,
    MIN_TITLE_WORDS,
    WORD,
    content_words,
)
from kutip.index.ingest.outlets import is_outlet_name
from kutip.index.ingest.site_endings import SITE_ENDING

__all__ = ["site_titled_line", "title_in_story"]

# A page whose scrape opens with the lead may print its head block further down: the headline after the
# lead or at the story's foot, often over its stamp ("Judul Berita" then "Senin, 5 Mei 2025 10:15 WIB").
# Such a line reads as a headline (short, no sentence end, no quotation), is drawn from the story's words,
# and stands over the page's stamp: a crosshead in title case, a caption or a broken sentence stands over
# none. A page with more than one such line names none.
_IN_STORY_MAX_WORDS = 20
_IN_STORY_MIN_SHARED = 0.6


def title_in_story(lines: list[str]) -> tuple[str, list[str]] | None:
    numbered = [(n, line.strip()) for n, line in enumerate(lines) if line.strip()]
    if len(numbered) < _IN_STORY_MIN_LINES or not is_lead(numbered[0][1]):
        return None
    found = [
        (n, text)
        for position, (n, text) in enumerate(numbered[1:], 1)
        if _in_story_headline(text, position, numbered)
    ]
    if len(found) != 1:
        return None
    number, title = found[0]
    stamp = next(n for n, _ in numbered if n > number)
    # the head block goes back to the head: its stamp dates the page as a stamp under a headline does
    return title, [lines[stamp], *(line for n, line in enumerate(lines) if n not in (number, stamp))]


_IN_STORY_MIN_LINES = 2


def _in_story_headline(text: str, position: int, numbered: list[tuple[int, str]]) -> bool:
    words = WORD.findall(text)
    if (
        not MIN_TITLE_WORDS <= len(words) <= _IN_STORY_MAX_WORDS
        or not looks_like_title(text)
        or QUOTE_MARKS.search(text)
        or INNER_SENTENCE.search(text)
        or read_stamp(text)
        or is_caption(text)
        or photo_credit(text)
        or BULLET_START.match(text)
        or is_trail(text)
        or furniture_share(text) >= LABEL_FURNITURE
    ):
        return False
    below = numbered[position + 1][1] if position + 1 < len(numbered) else ""
    # it follows the story's prose: under a label ("Berita Terkait") a headline over a date is another story's
    above = numbered[position - 1][1]
    if not (below and read_stamp(below)) or len(above.split()) < LEAD_MIN_WORDS:
        return False  # its place first: the words of the whole story are read only for a line over a stamp
    return _drawn_from_story(text, (line for _, line in numbered if line != text))


def _drawn_from_story(head: str, story_lines: Iterable[str]) -> bool:
    """Whether ``head``'s content words are the story's: at least ``_IN_STORY_MIN_SHARED`` of them
    stand in ``story_lines``."""
    content = content_words(head)
    story = {w.casefold() for line in story_lines for w in content_words(line)}
    shared = sum(1 for w in content if w.casefold() in story)
    return bool(content) and shared / len(content) >= _IN_STORY_MIN_SHARED


# "Judul Berita - Contoh News" under a story whose scrape opens with its lead: the page's own title as a
# browser or a reposting site prints it, the headline and then the site's name (a listed outlet or a
# domain). Wherever the line stands, the site's name after the headline says whose headline it is; the
# headline is drawn from the story's words, and a page with more than one such line (a list of the
# site's stories) names none.
_SITE_TITLED = re.compile(r"^(?P<head>\S.*?)\s+[-–—|]\s+(?P<site>[^-–—|]{2,40})$")


def site_titled_line(lines: list[str]) -> tuple[str, list[str]] | None:
    numbered = [(n, line.strip()) for n, line in enumerate(lines) if line.strip()]
    if len(numbered) < _IN_STORY_MIN_LINES or not is_lead(numbered[0][1]):
        return None
    found = []
    for number, text in numbered[1:]:
        match = _SITE_TITLED.match(text)
        site = match["site"].strip() if match else ""
        if match and (is_outlet_name(site) or re.search(rf"\.{SITE_ENDING}$", site, re.I)):
            found.append((number, match["head"].strip()))
    if len(found) != 1:
        return None
    number, head = found[0]
    words = WORD.findall(head)
    if (
        not MIN_TITLE_WORDS <= len(words) <= _IN_STORY_MAX_WORDS
        or not looks_like_title(head)
        or QUOTE_MARKS.search(head)
        or INNER_SENTENCE.search(head)
        or furniture_share(head) >= LABEL_FURNITURE
    ):
        return None
    if not _drawn_from_story(head, (line for n, line in numbered if n != number)):
        return None
    return head, [line for n, line in enumerate(lines) if n != number]
