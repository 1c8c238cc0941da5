"""How much one head line reads like the headline: the score ``headline._detect_title`` ranks lines by,
-inf for a line that cannot be one (a caption, a credit, a stamp, a pull quote, an advertisement the
page prints again).
"""

from __future__ import annotations

import re

from kutip.index.ingest.boilerplate import furniture_share, is_caption, is_glued_menu
from kutip.index.ingest.dates import find_dates, read_stamp
from kutip.index.ingest.headline_credit import PHOTO_LABEL, SOURCED_CAPTION, caption_with_source, photo_credit
from kutip.index.ingest.headline_dek import (
    OVER_DEK_BONUS,
    OVER_STAMP_BONUS,
    over_dek,
    over_stamp,
    straight_over_stamp,
)
from kutip.index.ingest.headline_kicker import under_capitals_tag
from kutip.index.ingest.headline_lines import (
    BRACKET_DATE,
    BREADCRUMB,
    BULLET_START,
    LABEL_FURNITURE,
    REPORTER_LINE,
    WIRE_LEAD,
    date_only,
    is_trail,
    looks_like_title,
    place_and_date,
    runs_on,
    unclosed_quotation,
)
from kutip.index.ingest.headline_page import DEK_MIN_WORDS, HeadPage, inside_lead, shared_share
from kutip.index.ingest.headline_words import (
    INNER_SENTENCE,
    LONG_TITLE_WORDS,
    MAX_TITLE_WORDS,
    MIN_TITLE_WORDS,
    TITLE_CASE,
    WORD,
    bare_line,
    content_words,
    title_case_sentences,
    title_case_share,
)
from kutip.index.ingest.origin import logo_text
from kutip.index.ingest.outlets import outlet_before_place
from kutip.index.ingest.text import normalise_text

__all__ = ["headline_score"]

_PULL_QUOTE_CHARS = 40


def _quoted_in(line: str, rest: str) -> bool:
    """True when the story quotes the line ("Ada dua orang …," katanya): a pull quote, not a headline."""
    start = re.escape(line.strip("\"“”' ")[:_PULL_QUOTE_CHARS])
    return bool(re.search(rf"[\"“]\s*{start}", rest, re.I))


def _lines_down(index: int, page: HeadPage) -> int:
    """How far below the first real line a head line stands, in real lines: a menu of one- and
    two-word links (\"Beranda\", \"News\", \"Bola\" …) between the page's top and its headline is no
    distance, however many lines it takes."""
    return sum(1 for position in page.real if page.first_real < position <= index)


# "VIDEO: …", "INFOGRAFIS: …": the capitalised label of a video or graphic story's headline (a promo for
# another video is sentence-case "Video: …" or shares few words with the story).
_MEDIA_LABEL = re.compile(r"^(?:VIDEO|INFOGRAFIS|INFOGRAPHIC)\s*:\s+(?=\S)")
_MEDIA_MIN_SHARED = 0.5
_MEDIA_TOP_MIN_SHARED = 0.25


# A line the page prints again and again down the story ("Baca berita dengan sedikit iklan, klik di
# sini" between paragraphs) is an advertisement, however much it reads like a headline.
_REPEATS_BELOW = 2


def _repeated_below(line: str, page: HeadPage) -> bool:
    """Printed as a line of its own: a copy run into the next word ("…Teroris DitangkapFoto: …", the
    headline a picture's text repeats before its caption) is part of a caption, not the line again. Copies
    straight after one another (a picture's alt text, then its caption) are printed once: an advertisement
    stands again between the story's paragraphs."""
    if page.rest.count(line) < _REPEATS_BELOW:
        return False
    printed, last_end = 0, -1
    for copy in re.finditer(re.escape(line), page.rest):
        if _opens_caption(page.rest[copy.end() : copy.end() + 2]):
            continue
        if last_end < 0 or page.rest[last_end : copy.start()].strip():
            printed += 1
        last_end = copy.end()
    return printed >= _REPEATS_BELOW


# "Judul Berita. Warga …", "Judul Berita. (Foto: …)": the headline opening a caption, a sentence stop or a
# credit's bracket after it; an advertisement printed again ends where its line ends.
_CAPTION_AFTER = re.compile(r"^(?:\w|[.,;:]\s|\s\()")


def _opens_caption(after: str) -> bool:
    return bool(_CAPTION_AFTER.match(after))


_DEK_PENALTY = 2.0


# "Bisik-Bisik Keras" over a column, and again under its byline: a two-word headline in title case that
# the head prints twice is the headline; a two-word line printed once is as often a label.
_SHORT_TITLE_WORDS = 2


def _short_repeated(line: str, words: list[str], page: HeadPage) -> bool:
    if len(words) != _SHORT_TITLE_WORDS or not all(w[:1].isupper() for w in words) or line.isupper():
        return False
    folded = bare_line(line)
    return sum(1 for other in page.head if bare_line(other) == folded) > 1 and furniture_share(line) == 0


def headline_score(line: str, index: int, isolated: bool, page: HeadPage) -> float:
    """How much ``line`` reads like the headline; -inf for lines that cannot be one.

    Headlines are 3-30 words, one sentence without a final period, mostly capitalised,
    free of menu words, near the top, and share topic words with the story; sites
    often print them twice.
    """
    if _repeated_below(line, page) or place_and_date(line) or WIRE_LEAD.match(line):
        return float("-inf")
    crumbed = _crumbed(line, index, page)
    if index and runs_on(page.head[index - 1]):
        return float("-inf")  # the rest of a sentence the scrape broke over two lines
    photo_under = PHOTO_LABEL.match(" ".join(page.head[index + 1 : index + 2]))
    if photo_under and index > page.first_real and not crumbed:
        return float("-inf")  # a caption, its photo's credit under it
    media = _MEDIA_LABEL.match(line)
    if media:  # "VIDEO: Judul": a video or photo story's own headline, when the story below is about it
        line = line[media.end() :]
        # the page's first real line is its own headline: a promo for another video stands lower down
        least = _MEDIA_TOP_MIN_SHARED if index <= page.first_real else _MEDIA_MIN_SHARED
        if shared_share(line, page) < least:
            return float("-inf")
    words = WORD.findall(line)
    if (
        not looks_like_title(line)
        or not (MIN_TITLE_WORDS <= len(words) <= MAX_TITLE_WORDS or _short_repeated(line, words, page))
        or (INNER_SENTENCE.search(line) and not crumbed and not title_case_sentences(line))
        or BRACKET_DATE.search(line)
        or is_trail(line)
        or BULLET_START.match(line)
        or photo_credit(line)
        or SOURCED_CAPTION.search(line)
        or date_only(line)
        or read_stamp(line)
        or is_caption(line)
        or outlet_before_place(line)
        or REPORTER_LINE.match(line)
        or is_glued_menu(line)  # "Tentang KamiRedaksiKarir": a menu's links run together
        or caption_with_source(line)
        or unclosed_quotation(line)
        or logo_text(line)
    ):
        return float("-inf")
    furniture = furniture_share(line)
    if furniture >= LABEL_FURNITURE:
        return float("-inf")
    content = content_words(line)
    score = 2.0 if len(words) >= 6 else 1.0
    title_case = title_case_share(content)
    if title_case >= TITLE_CASE:
        score += 1.5
    elif (
        not isolated
        and index > page.first_real
        and not straight_over_stamp(index, page)
        and not under_capitals_tag(index, page)
    ):
        return float("-inf")  # a sentence-case line in a block is a caption or a dek, unless it opens a page
    elif _quoted_in(line, page.rest):
        return float("-inf")  # a sentence the story quotes is a pull quote; quoting headlines are title case
    if line.isupper():
        score -= 1.0
    if content:
        score += 2.0 * shared_share(line, page)
    folded = normalise_text(line).casefold()
    if _printed_apart(folded, page.head) > 1:
        score += 2.0
    if next(find_dates(line), None):
        score -= 2.0
    if len(words) >= DEK_MIN_WORDS and index > page.first_real and inside_lead(line, page):
        score -= _DEK_PENALTY
    if over_stamp(index, page):
        score += OVER_STAMP_BONUS
    if over_dek(index, page):
        score += OVER_DEK_BONUS
    if crumbed:
        score += _CRUMB_BONUS
    if len(page.head) > 1:  # the penalty weighs a standfirst against the headline; a lone line has no rival
        score -= _LONG_PENALTY * max(0, len(words) - LONG_TITLE_WORDS)
    if len(page.head) == 1 and title_case_share(content) < TITLE_CASE:
        score += _SOLE_LINE_BONUS  # "Contoh volcano erupts, killing 25" over the lead: a wire's headline
    score -= 2.0 * furniture + 0.2 * _lines_down(index, page)
    return score + (1.0 if isolated else 0.0)


def _printed_apart(folded: str, head: list[str]) -> int:
    """How often the head prints a line, copies straight after one another counted once: a site prints
    its headline again apart from the first (its page title, then its heading), while a picture's alt text
    and its caption stand together."""
    same = [normalise_text(line).casefold() == folded for line in head]
    return sum(1 for i, copy in enumerate(same) if copy and not (i and same[i - 1]))


# "Beranda / Kanal / Judul" or a list "• Beranda", "• Kanal", "• Judul" over the story: a breadcrumb trail
# ends with the page's own headline, and a line that prints its last step again is that headline, whatever
# stands under it (a photo's credit) or inside it ("Govt. Will …"); a caption printed twice is still none.
_CRUMB_BONUS = 4.0
# A line longer than a headline runs (``LONG_TITLE_WORDS``) loses this much a word: a standfirst under the
# headline runs longer and repeats the lead, so it would otherwise outscore it.
_LONG_PENALTY = 0.5


def _crumbed(line: str, index: int, page: HeadPage) -> bool:
    folded = normalise_text(line).casefold()
    for above in page.head[:index]:
        steps = BREADCRUMB.split(above)
        bullet = BULLET_START.match(above)
        last = steps[-1] if len(steps) > 1 else above[bullet.end() :] if bullet else ""
        if last and normalise_text(last).casefold() == folded:
            return True
    return False


# The one short line over the story's lead is its headline even in sentence case, as wires write them.
_SOLE_LINE_BONUS = 1.0
