"""What a head line is by its own shape, without the page around it: a headline's form, the story's lead,
a breadcrumb trail, a ticker, a teaser, a wire's lead wrapped over lines, a section before the headline.
"""

from __future__ import annotations

import re

from kutip.index.ingest.boilerplate import furniture_share, is_boilerplate_line, is_caption
from kutip.index.ingest.dateline import Dateline, parse_dateline
from kutip.index.ingest.dates import DAY_NAMES, MONTH_NAMES, find_dates
from kutip.index.ingest.headline_words import (
    INNER_SENTENCE,
    LEAD_LONG_WORDS,
    LEAD_MIN_WORDS,
    LONG_TITLE_WORDS,
    MIN_TITLE_WORDS,
    TITLE_CASE,
    WORD,
    content_words,
    title_case_share,
)
from kutip.index.ingest.outlets import has_outlet_word, is_outlet_name

__all__ = [
    "BRACKET_DATE",
    "BREADCRUMB",
    "BULLET_START",
    "LABEL_FURNITURE",
    "MAX_TEASERS",
    "QUOTE_MARKS",
    "REPORTER_LINE",
    "WIRE_LEAD",
    "asks_or_exclaims",
    "date_only",
    "is_lead",
    "is_notice",
    "is_real",
    "is_teaser",
    "is_trail",
    "looks_like_title",
    "place_and_date",
    "runs_on",
    "unclosed_quotation",
    "unsectioned",
    "unstopped",
]

_MAX_TITLE = 200
# an ellipsis ("Kemudian..", "Disebarkan. . .") may end one
_TITLE_END_PUNCTUATION = re.compile(r"(?<!\.)(?<!\.\s)[.,;:]['\"”’]?$")


# "Sukamaju, Jawa Barat -": a dateline whose lead the page put on the next line.
_TRAILING_DASH = re.compile(r"\s[-–—]{1,2}$")


def looks_like_title(line: str) -> bool:
    """A headline: short, more than one word, not a sentence, not page furniture or a dateline."""
    line = line.strip()
    return (
        0 < len(line) <= _MAX_TITLE
        and len(line.split()) >= 2
        and not _TITLE_END_PUNCTUATION.search(line)
        and not line.startswith("(")
        and not _TRAILING_DASH.search(line)
        and not is_boilerplate_line(line)
        and parse_dateline(line) is None
    )


BRACKET_DATE = re.compile(
    r"\(\s*(?:[A-Za-z]+,?\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\)"
)  # "(Minggu, 29/1)" too
BREADCRUMB = re.compile(r"\s(?:>|»|›|/|\|)\s")
BULLET_START = re.compile(r"^\s*(?:[•·▪●◦*+]|-\s)")  # "- Judul lain": a list of other stories


# "Senin, Juli 1", "Friday, 3 October": a day printed alone, with or without its year, is a stamp or a
# banner (read_stamp reads those with a year), never a headline.
_DATE_WORD = re.compile(rf"^(?:{DAY_NAMES}|{MONTH_NAMES}|\d{{1,4}})$", re.I)


def date_only(line: str) -> bool:
    words = re.findall(r"[^\s,./-]+", line)
    return bool(words) and all(_DATE_WORD.match(word) for word in words)


# '"Kami sudah menunggu sejak pagi, tetapi para' over 'petugas belum datang," kata …': a line opening a
# quotation it never closes is a sentence the scrape broke over lines, however short; a headline quoting
# someone closes the quote.
_DOUBLE_QUOTE = re.compile(r"[\"“”]")
_OPENS_QUOTATION = re.compile(r"\s*[\"“]")


def unclosed_quotation(line: str) -> bool:
    return bool(_OPENS_QUOTATION.match(line)) and len(_DOUBLE_QUOTE.findall(line)) == 1


_SPACED_ELLIPSIS = re.compile(r"\.\s\.\s\.[\"”’]?$")  # "… Disebarkan. . .": a headline's ellipsis, spaced


def is_lead(line: str) -> bool:
    """The story's first paragraph: a dateline, or a sentence long enough to be prose.

    A long capitalised question or exclamation is a headline, not a lead; so is one trailing off in an
    ellipsis ("… Gampang Ngomong, Gampang Kritik..."), as headlines cut a quotation short.
    """
    words = len(line.split())
    dateline = parse_dateline(line)
    if dateline is not None:
        return not _site_trail(dateline)
    if words >= LEAD_LONG_WORDS:
        return not _ticker(line)
    if words < LEAD_MIN_WORDS or not re.search(r"[.!?][\"”’]?$", line):
        return False
    full_stop = re.search(r"(?<!\.)\.[\"”’]?$", line) and not _SPACED_ELLIPSIS.search(line)
    return bool(full_stop) or title_case_share(content_words(line)) < TITLE_CASE


# "Contoh.com - Internasional - Timur Tengah" over the headline: the site's name, then the sections the page
# is filed under. It opens as a dateline does, but no story follows the dash: only a few capitalised steps,
# no sentence, no place and no date, as a breadcrumb trail is written.
_TRAIL_STEP = re.compile(r"\s+[-–—|»›>/]\s+")
_TRAIL_MAX_WORDS = 6


def _site_trail(dateline: Dateline) -> bool:
    rest = dateline.rest.strip()
    steps = _TRAIL_STEP.split(rest)
    return (
        bool(dateline.outlet)
        and not dateline.place
        and not dateline.date
        and 0 < len(rest.split()) <= _TRAIL_MAX_WORDS
        and not re.search(r"[.!?,:;\"“”]", rest)
        and all(0 < len(step.split()) <= _STEP_MAX_WORDS for step in steps)
        and all(word[:1].isupper() for word in content_words(rest))
    )


# A site's ticker of other stories' headlines run together ("Warga Contoh Gelar Doa Bersama Bupati Resmikan
# Pasar Baru di Sukamaju Harga Cabai …"): long, but capitalised throughout and with no sentence end, as
# no story paragraph is.
_TICKER_CASE = 0.9
_SENTENCE_STOP = re.compile(r"[a-z0-9)][.!?][\"”’]?(?:\s|$)")


def _ticker(line: str) -> bool:
    return not _SENTENCE_STOP.search(line) and title_case_share(content_words(line)) >= _TICKER_CASE


def is_real(line: str) -> bool:
    """A line that counts toward the head's budget; a bulleted menu, ticker or list of links does not,
    nor a section label made mostly of menu words ("Nation & World News"), which is no headline either."""
    return (
        len(line.split()) >= MIN_TITLE_WORDS
        and not is_boilerplate_line(line)
        and not BULLET_START.match(line)
        and furniture_share(line) < LABEL_FURNITURE
        and not _short_trail(line)  # "News > Asia > Indonesia", "World | Asia Pacific": a breadcrumb trail
    )


def _short_trail(line: str) -> bool:
    """A trail of menu steps only; "Indonesia | Judul panjang …" ends with the headline itself."""
    steps = BREADCRUMB.split(line)
    return len(steps) > 1 and all(len(step.split()) <= _STEP_MAX_WORDS for step in steps)


LABEL_FURNITURE = 0.5  # the share of menu words from which a line cannot be a headline (see is_real)


# "OAKVILLE, ON, Aug. 22, 2016": a press release's dateline printed over it, a place in capitals and a day.
_CAPITALS = re.compile(r"^[A-Z][A-Z.]*(?:\s+[A-Z][A-Z.]*){0,3}$")


def place_and_date(line: str) -> bool:
    found = next(find_dates(line), None)
    if found is None or line[found.end :].strip(" ,.-"):
        return False
    parts = [p.strip() for p in line[: found.start].split(",") if p.strip()]
    return bool(parts) and all(_CAPITALS.match(p) for p in parts)


# "SUKAMAJU, Nov 3 Villagers marched …": a wire lead (its agency's name dropped by the scrape) wrapped
# over several lines; its first line is no headline.
WIRE_LEAD = re.compile(r"^[A-Z]{3,}(?:\s[A-Z]{3,}){0,2},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+[A-Z]")


# '"…," kata Ana kepada' ending a line: a sentence broken mid-way, its rest on the next line.
_RUN_ON_MIN_WORDS = 8
_RUN_ON_END = re.compile(r"\s[a-z]+$")


def runs_on(line: str) -> bool:
    words = line.split()
    return len(words) >= _RUN_ON_MIN_WORDS and bool(_RUN_ON_END.search(line)) and not looks_like_title(line)


# "Laporan Wartawan Contoh Post, Ana Lee", "Reporting by Ana Lee": a network's reporter line over the story
# names who filed it, never what it says.
REPORTER_LINE = re.compile(
    r"^\W*(?:laporan\s+(?:wartawan|reporter|kontributor|jurnalis|koresponden)|reporting by|reported by)\s",
    re.I,
)


# A trail's steps before the last are a menu's words; a headline of two parts ("[LABEL] Judul satu | Judul
# dua", as roundups print them) has a long first part.
_STEP_MAX_WORDS = 4


def is_trail(line: str) -> bool:
    steps = BREADCRUMB.split(line)
    return len(steps) > 1 and all(len(step.split()) <= _STEP_MAX_WORDS for step in steps[:-1])


# A sentence under a menu label ("Headline", "Fokus", "Terpopuler") above the story is another
# story's teaser in a page's side block, not this story's lead.
MAX_TEASERS = 3
_LABEL_MAX_WORDS = 3


def is_teaser(line: str, above: str) -> bool:
    return (
        len(above.split()) <= _LABEL_MAX_WORDS
        and furniture_share(above) >= 1.0
        and parse_dateline(line) is None
    )


def is_notice(line: str) -> bool:
    """A sentence-long line of site furniture above the story ("Your browser is out of date, …"):
    not the lead, so the headline below it is still looked for."""
    return is_boilerplate_line(line) and parse_dateline(line) is None and not is_caption(line)


_STOPPED_TITLE_MAX_WORDS = 20


def unstopped(line: str) -> str:
    """A title-case line without the full stop some sites put after a headline ("Klarifikasi Bupati
    Contoh Terkait Pemberitaan yang Beredar."); any other line unchanged."""
    if not re.search(r"[^.]\.$", line) or INNER_SENTENCE.search(line) or _SPACED_ELLIPSIS.search(line):
        return line
    bare = line[:-1]
    words = WORD.findall(bare)
    if not MIN_TITLE_WORDS <= len(words) <= _STOPPED_TITLE_MAX_WORDS:
        return line
    return bare if title_case_share(content_words(bare)) >= TITLE_CASE else line


# "Indonesia | Contoh volcano erupts, killing 10": the section a site files the story under, printed
# before its headline on the same line; one or two capitalised words, then a headline of some length.
_SECTION_BEFORE = re.compile(r"^[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)?\s+\|\s+(?P<rest>[^|]+)$")
_SECTIONED_MIN_WORDS = 5


def unsectioned(line: str) -> str:
    """A head line without the section name before it; any other line unchanged."""
    match = _SECTION_BEFORE.match(line)
    if not match or len(WORD.findall(match["rest"])) < _SECTIONED_MIN_WORDS:
        return line
    section = line[: match.start("rest")].rstrip(" |")
    if is_outlet_name(section) or has_outlet_word(section) or "." in section:
        return line  # "Contoh.com | Cepat & Akurat – Judul": the site's name and its slogan or page title
    return match["rest"].strip()


QUOTE_MARKS = re.compile(r"[\"“”]")


# "Bantah ada kabar itu, Menteri: Dapat info dari mana?": a headline in sentence case that asks or exclaims
# reads like a lead of a dozen words or more; as the page's first line, one sentence of at most twenty
# words closing on "?" or "!", it is weighed as a headline (a shorter one always was). A lead opening the
# page so is still found below it, and a headline that scores too low is still none. A line opening with a
# quotation mark is someone's question, which the story may quote: it stays where it was.
_ASKS = re.compile(r"[?!][\"”’]?$")


def asks_or_exclaims(line: str) -> bool:
    words = WORD.findall(line)
    return (
        bool(_ASKS.search(line))
        and not QUOTE_MARKS.match(line)  # a quoted question opening the page is the story's, kept in it
        and len(words) <= LONG_TITLE_WORDS
        and not INNER_SENTENCE.search(line)
        and not re.search(r"[.!?][\"”’]?\s+\S", line)
        and parse_dateline(line) is None
    )
