"""Which line of a scrape is its headline, and a headline without the site's furniture.

Scrapes put menus, kickers, captions, stamps and bylines around the headline, and
sometimes no blank line after it; each line above the story's lead is scored for how
much it reads like a headline (``headline_score``), furniture lines never count. The
jobs live apart: a line's words (``headline_words``), its shape (``headline_lines``),
captions and credits (``headline_credit``), the page a line is weighed against
(``headline_page``), its place over a stamp or a dek (``headline_dek``), kickers and tags
over it (``headline_kicker``), and a headline printed inside the story
(``headline_elsewhere``).
"""

from __future__ import annotations

import re

from kutip.index.ingest.boilerplate import furniture_share, is_caption
from kutip.index.ingest.dateline import parse_dateline
from kutip.index.ingest.dates import read_stamp
from kutip.index.ingest.headline_credit import credited_caption
from kutip.index.ingest.headline_dek import STAMP_REACH
from kutip.index.ingest.headline_elsewhere import site_titled_line, title_in_story
from kutip.index.ingest.headline_kicker import without_kickers
from kutip.index.ingest.headline_lines import (
    MAX_TEASERS,
    asks_or_exclaims,
    is_lead,
    is_notice,
    is_real,
    is_teaser,
    unsectioned,
    unstopped,
)
from kutip.index.ingest.headline_page import MIN_SCORE, HeadPage, shared_share
from kutip.index.ingest.headline_score import headline_score
from kutip.index.ingest.headline_words import bare_line, content_words
from kutip.index.ingest.outlets import is_outlet_name
from kutip.index.ingest.wrapped_lines import runs_on

__all__ = ["clean_title", "detect_title"]


# -- headline scoring: which line of a scrape's head is the headline ------------------------------
# The head is the lines above the story's lead; no more than this many real lines are weighed
# (menus and labels do not count, up to a long menu's worth of lines).
_HEAD_LINES = 14
_HEAD_MAX_LINES = 80
_LEAD_PARAGRAPHS = 3


# A photo's caption or the page's teaser of its lead may stand over the headline, reading like the lead;
# it is passed over when the page prints it twice (caption and picture text, perhaps with its credit
# added; teaser and lead) or when
# the line found below it stands over the story's date stamp. A line opening with a dateline printed
# once is the story's lead: a title-like line under it is a related story's teaser.
_PASSED_OVER_MAX = 2
_TEASER_SCAN_LINES = 40  # lines of the page's top read for them, however long the file


def detect_title(lines: list[str]) -> tuple[str, list[str]]:
    """The headline among the lines above the story's lead, scored (see ``headline_score``), or
    below a caption or teaser the scrape put first.

    Returns the title ("" when no line is convincing) and the lines left for the body;
    the headline and its repeats are removed, other furniture stays for the body rules.
    """
    title, rest = _detect_title(lines)
    if title:
        return title, rest
    return _title_below_teaser(lines) or title_in_story(lines) or site_titled_line(lines) or (title, rest)


def _title_below_teaser(lines: list[str]) -> tuple[str, list[str]] | None:
    numbered = [(n, line.strip()) for n, line in enumerate(lines[:_TEASER_SCAN_LINES]) if line.strip()]
    skipped: list[str] = []
    for position, (number, text) in enumerate(numbered):
        twice = sum(1 for _, t in numbered if _reprinted(text, t)) > 1
        if text not in skipped:
            if len(skipped) >= _PASSED_OVER_MAX or not is_lead(text):
                break
            if parse_dateline(text) and not twice:
                break  # the story's own lead: what follows it is other stories' teasers
            skipped.append(text)
        below = lines[number + 1 :]
        title, rest = _detect_title(below)
        if not title:
            continue
        found = next((n for n, t in numbered[position + 1 :] if bare_line(t) == bare_line(title)), None)
        if found is None:
            continue
        printed_twice = any(sum(1 for _, t in numbered if _reprinted(s, t)) > 1 for s in skipped)
        after = [t for n, t in numbered if n > found][:STAMP_REACH]
        if printed_twice or any(read_stamp(t) for t in after):
            return title, [*lines[: number + 1], *rest]
    return None


_REPRINT_MIN_SHARE = 0.6


def _reprinted(line: str, other: str) -> bool:
    """The same text, or one inside the other with a little added (a credit after a caption)."""
    short, long = sorted((line, other), key=len)
    return short in long and len(short) >= _REPRINT_MIN_SHARE * len(long)


def _detect_title(lines: list[str]) -> tuple[str, list[str]]:
    teasers = 0
    entries: list[tuple[int, str, bool]] = []  # (line number, text, stands alone between blank lines)
    real: list[int] = []  # positions in entries of lines that are more than furniture
    for number, raw in enumerate(lines):
        text = raw.strip()
        if not text:
            continue
        if len(real) >= _HEAD_LINES or len(entries) >= _HEAD_MAX_LINES:
            break
        asks_first = not entries and asks_or_exclaims(
            text
        )  # the page's first line: a headline that asks (below)
        caption = is_caption(text) or credited_caption(text)
        if number + 1 < len(lines) and runs_on(text, lines[number + 1]):
            break  # hard-wrapped prose: the story has begun
        if is_lead(text) and not is_notice(text) and not caption and not asks_first:
            if teasers < MAX_TEASERS and entries and is_teaser(text, entries[-1][1]):
                teasers += 1
                continue
            break
        if is_real(text):
            real.append(len(entries))
        entries.append((number, text, False))
    if not entries:
        return "", lines
    blank = [not line.strip() for line in lines]
    entries = [
        (n, t, (n == 0 or blank[n - 1]) and (n + 1 >= len(lines) or blank[n + 1])) for n, t, _ in entries
    ]
    rest = " ".join(line for line in lines[entries[-1][0] + 1 :])
    words = {w.casefold() for w in content_words(rest[:5000])}
    below = tuple(line for line in lines[entries[-1][0] + 1 :] if line.strip())[:_LEAD_PARAGRAPHS]
    page = HeadPage([t for _, t, _ in entries], words, rest, real[0] if real else 0, below, tuple(real))
    texts = [unstopped(unsectioned(t)) for _, t, _ in entries]
    scored = [(headline_score(texts[i], i, isolated, page), i) for i, (_, _, isolated) in enumerate(entries)]
    scored = without_kickers(scored, texts)
    best, position = max(scored, key=lambda pair: (pair[0], -pair[1]))
    # the best line that shares no word with the story is the site's banner over it: no headline, and no
    # story text either (it leaves the body as the headline it looked like would have); the next best is
    # weighed in its place
    banners: set[int] = set()
    while best >= MIN_SCORE and _unshared(texts[position], page):
        banner = bare_line(texts[position])
        copies = {n for (n, _, _), t in zip(entries, texts, strict=True) if bare_line(t) == banner}
        banners |= copies
        scored = [(float("-inf"), i) if entries[i][0] in copies else (score, i) for score, i in scored]
        best, position = max(scored, key=lambda pair: (pair[0], -pair[1]))
    if best < MIN_SCORE:
        return "", [line for n, line in enumerate(lines) if n not in banners]
    title = texts[position]
    folded = bare_line(title)
    drop = {n for (n, _, _), t in zip(entries, texts, strict=True) if bare_line(t) == folded} | banners
    return title, [line for n, line in enumerate(lines) if n not in drop]


# A headline names what its story tells, in the story's words: every right headline of the read sets shares
# at least a tenth of its content words with the story below it (the lowest 0.11), while a gift or
# newsletter banner, a search box, a feedback widget and a byline over the story (q3, q5, s1 twice, s2:
# five outlets) share none. A story of a few lines is too short to show it: only one that uses this many
# different words counts as evidence (the five such pages' stories use hundreds).
_UNSHARED_MIN_WORDS = 2
_UNSHARED_MIN_STORY_WORDS = 60


def _unshared(line: str, page: HeadPage) -> bool:
    return (
        len(page.body_words) >= _UNSHARED_MIN_STORY_WORDS
        and len(content_words(line)) >= _UNSHARED_MIN_WORDS
        and shared_share(line, page) == 0.0
    )


# "… Halaman all", "… Page 2": the pagination a site appends to a headline.
_PAGE_SUFFIX = re.compile(r"\s+(?:halaman|page)\s+(?:all|semua|\d{1,2})$", re.I)
_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+|\s+[|»]\s*")


def clean_title(title: str) -> str:
    """A title without the site name or menu words a page appends or prepends
    ("Judul - Kompas.com", "Berita | Judul")."""
    title = " ".join(title.split())
    if is_outlet_name(title):
        return ""  # a page whose title is only the site's name has no headline there
    parts = _TITLE_PARTS.split(_PAGE_SUFFIX.sub("", title))
    if len(parts) < 2:
        return parts[0]

    def furniture(part: str) -> bool:
        return is_outlet_name(part) or furniture_share(part) >= 0.5

    while len(parts) > 1 and furniture(parts[-1]):
        parts.pop()
    while len(parts) > 1 and furniture(parts[0]):
        parts.pop(0)
    kept = _PAGE_SUFFIX.sub("", " - ".join(parts))
    return kept if len(kept.split()) >= 2 else title
