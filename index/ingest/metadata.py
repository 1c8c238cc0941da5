"""Title and publication date from the text of a story.

Missing metadata stays empty: a wrong date in a citation does more harm than
a blank one, so only dates the text presents as the publication date count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kutip.index.ingest.boilerplate import Split, furniture_share, is_boilerplate_line, is_caption
from kutip.index.ingest.credits import credit_segments
from kutip.index.ingest.dateline import Dateline, parse_dateline
from kutip.index.ingest.dates import DAY_NAMES, find_dates, read_stamp
from kutip.index.ingest.outlets import is_outlet_name
from kutip.index.ingest.text import normalise_text
from kutip.index.stopwords import stopwords

__all__ = [
    "clean_title",
    "detect_title",
    "event_date",
    "looks_like_title",
    "publication_date",
    "stated_outlet",
    "stated_url",
]

_MAX_TITLE = 200
_TITLE_END_PUNCTUATION = re.compile(r"(?<!\.)[.,;:]['\"”’]?$")  # an ellipsis ("Kemudian..") may end one
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


# -- headline scoring: which line of a scrape's head is the headline ------------------------------
# The head is the lines above the story's lead; no more than this many are weighed.
_HEAD_LINES = 14
_LEAD_MIN_WORDS = 12
_LEAD_LONG_WORDS = 30
_MIN_TITLE_WORDS = 3
_MAX_TITLE_WORDS = 30
# A line scoring below this is no headline, however it compares with the others.
_MIN_SCORE = 2.5
_WORD = re.compile(r"[^\W_][\w'’.-]*")
_INNER_SENTENCE = re.compile(r"(?:[a-z0-9]{2}|\))\.\s+[A-Z(\"“]")
_BRACKET_DATE = re.compile(r"\(\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\)")
_BREADCRUMB = re.compile(r"\s(?:>|»|›|/|\|)\s")
_BULLET_START = re.compile(r"^\s*[•·▪●◦*+]")
# "-Outlet.id/Name-", "Foto: Outlet/Name": a caption's photo credit.
_PHOTO_CREDIT = re.compile(r"[\w.-]+\.(?:com|id|co\.id|net|org)\s*/\s*[A-Z]|/[A-Z][A-Za-z. ]+-?\s*$")


@cache
def _function_words() -> frozenset[str]:
    return stopwords("id") | stopwords("en")


def _content_words(text: str) -> list[str]:
    function = _function_words()
    return [w for w in _WORD.findall(text) if w.casefold() not in function and not w.isdigit()]


def _title_case_share(words: list[str]) -> float:
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper() or w[0].isdigit()) / len(words)


def _is_lead(line: str) -> bool:
    """The story's first paragraph: a dateline, or a sentence long enough to be prose."""
    words = len(line.split())
    if parse_dateline(line) is not None:
        return True
    return words >= _LEAD_LONG_WORDS or (words >= _LEAD_MIN_WORDS and bool(re.search(r"[.!?][\"”’]?$", line)))


_PULL_QUOTE_CHARS = 40


def _quoted_in(line: str, rest: str) -> bool:
    """True when the story quotes the line ("Ada dua orang …," katanya): a pull quote, not a headline."""
    start = re.escape(line.strip("\"“”' ")[:_PULL_QUOTE_CHARS])
    return bool(re.search(rf"[\"“]\s*{start}", rest, re.I))


def _is_real(line: str) -> bool:
    return len(line.split()) >= _MIN_TITLE_WORDS and not is_boilerplate_line(line)


@dataclass(frozen=True, slots=True)
class _Page:
    """What a headline candidate is weighed against: the head lines and the story below them."""

    head: list[str]
    body_words: set[str]
    rest: str

    @property
    def first_real(self) -> int:
        """The first head line that is more than furniture or a one- or two-word label."""
        real = (i for i, line in enumerate(self.head) if _is_real(line))
        return next(real, 0)


def _headline_score(line: str, index: int, isolated: bool, page: _Page) -> float:
    """How much ``line`` reads like the headline; -inf for lines that cannot be one.

    Headlines are 3-30 words, one sentence without a final period, mostly capitalised,
    free of menu words, near the top, and share topic words with the story; sites
    often print them twice.
    """
    words = _WORD.findall(line)
    if (
        not looks_like_title(line)
        or not _MIN_TITLE_WORDS <= len(words) <= _MAX_TITLE_WORDS
        or _INNER_SENTENCE.search(line)
        or _BRACKET_DATE.search(line)
        or _BREADCRUMB.search(line)
        or _BULLET_START.match(line)
        or _PHOTO_CREDIT.search(line)
        or read_stamp(line)
        or is_caption(line)
    ):
        return float("-inf")
    furniture = furniture_share(line)
    if furniture >= 0.5:
        return float("-inf")
    content = _content_words(line)
    score = 2.0 if len(words) >= 6 else 1.0
    title_case = _title_case_share(content)
    if title_case >= 0.75:
        score += 1.5
    elif not isolated and index > page.first_real:
        return float("-inf")  # a sentence-case line in a block is a caption or a dek, unless it opens a page
    elif _quoted_in(line, page.rest):
        return float("-inf")  # a sentence the story quotes is a pull quote; quoting headlines are title case
    if line.isupper():
        score -= 1.0
    if content:
        shared = sum(1 for w in content if w.casefold() in page.body_words) / len(content)
        score += 2.0 * shared
    folded = normalise_text(line).casefold()
    if sum(1 for other in page.head if normalise_text(other).casefold() == folded) > 1:
        score += 2.0
    if next(find_dates(line), None):
        score -= 2.0
    score -= 2.0 * furniture + 0.2 * max(0, index - page.first_real)
    return score + (1.0 if isolated else 0.0)


def detect_title(lines: list[str]) -> tuple[str, list[str]]:
    """The headline among the lines above the story's lead, scored (see ``_headline_score``).

    Returns the title ("" when no line is convincing) and the lines left for the body;
    the headline and its repeats are removed, other furniture stays for the body rules.
    """
    entries: list[tuple[int, str, bool]] = []  # (line number, text, stands alone between blank lines)
    for number, raw in enumerate(lines):
        text = raw.strip()
        if not text:
            continue
        if _is_lead(text) or len(entries) >= _HEAD_LINES:
            break
        entries.append((number, text, False))
    if not entries:
        return "", lines
    blank = [not line.strip() for line in lines]
    entries = [
        (n, t, (n == 0 or blank[n - 1]) and (n + 1 >= len(lines) or blank[n + 1])) for n, t, _ in entries
    ]
    rest = " ".join(line for line in lines[entries[-1][0] + 1 :])
    page = _Page([t for _, t, _ in entries], {w.casefold() for w in _content_words(rest[:5000])}, rest)
    scored = [(_headline_score(t, i, isolated, page), i) for i, (_, t, isolated) in enumerate(entries)]
    best, position = max(scored, key=lambda pair: (pair[0], -pair[1]))
    if best < _MIN_SCORE:
        return "", lines
    title = entries[position][1]
    folded = normalise_text(title).casefold()
    drop = {n for n, t, _ in entries if normalise_text(t).casefold() == folded}
    return title, [line for n, line in enumerate(lines) if n not in drop]


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
    """A date stamp, or the date part of a byline ("Oleh A · Senin, 18 November 2024 10.00 WIB")."""
    stamp = read_stamp(paragraph)
    if stamp:
        return stamp.iso
    segments = credit_segments(paragraph)
    if len(segments) < 2:
        return ""
    return next((stamp.iso for stamp in map(read_stamp, segments) if stamp), "")


# "Updated 3:12 PM EST, November 3, 2023", "Diperbarui 04 Mar 2023": a later date than the publication's.
_UPDATED = re.compile(
    r"^\W*(?:updated|last updated|diperbarui|diupdate|update|last modified|modified)\b", re.I
)


_PUBLISHED = re.compile(
    r"^\W*(?:published|first published|diterbitkan|dipublikasikan|dipublikasi|tanggal terbit|posted"
    r"|diposting)\b",
    re.I,
)


def publication_date(split: Split, paragraphs: list[str], dateline: Dateline | None) -> str:
    """The date the text gives as its own: a date line or dated byline near the top, a dated dateline, or a
    sourcing phrase ("dikutip Jumat (15/11/2024)") in the first paragraphs.

    Dates of events ("kata Miller pada Senin (2/10/2023)") and dates without a
    year are not publication dates.
    """
    first_body = next((i for i, furniture in enumerate(split.is_boilerplate) if not furniture), 0)
    head = list(zip(paragraphs, split.is_boilerplate, strict=True))[: first_body + _LEAD_PARAGRAPHS]
    stamped = [(p, iso) for p, furniture in head if furniture for iso in [_furniture_date(p)] if iso]
    published = [iso for p, iso in stamped if not _UPDATED.match(p)]
    if stamped:
        return published[0] if published else stamped[0][1]  # an update's date only when it is the only one
    if dateline and dateline.date:
        return dateline.date
    for paragraph in split.body[:_LEAD_PARAGRAPHS]:
        iso = _sourced_date(paragraph)
        if iso:
            return iso
    # Some sites print the stamp under the story; only a labelled one there, as dated
    # lists of other stories follow it too.
    labelled = (p for p, furniture in zip(paragraphs, split.is_boilerplate, strict=True) if furniture)
    return next((iso for p in labelled if _PUBLISHED.match(p) for iso in [_furniture_date(p)] if iso), "")


# How far into the story an event date (the lead's "Minggu (19/5/2024)") is looked for.
_EVENT_PARAGRAPHS = 3


_WEEKDAY_FIRST = re.compile(rf"^(?:{DAY_NAMES})\b", re.I)


def event_date(body: list[str]) -> str:
    """The day of the event the lead reports: its first full date written with the weekday
    ("kata Menteri, Minggu (19/5/2024)", "on Sunday, May 19, 2024"), as reports date what
    happened; bare dates in a lead are more often background. Kept apart from the
    publication date, which citations prefer. A date without a year is none."""
    for paragraph in body[:_EVENT_PARAGRAPHS]:
        for found in find_dates(paragraph):
            if _WEEKDAY_FIRST.match(paragraph[found.start : found.end]):
                return found.iso
    return ""


# "Copyright © ANTARA 2015", "© 2024 Kompas.com": the site that owns the page.
_COPYRIGHT = re.compile(
    r"(?:copyright|hak cipta)?\s*(?:©|\(c\))\s*(?:\d{4}\s+)?(?P<name>[A-Za-z][\w.&' -]{1,40}?)"
    r"(?:\s+\d{4})?(?:[.,](?:\s|$)|\s+all rights|\s+hak cipta|$)",
    re.I,
)
# "Artikel ini telah tayang di Kompas.com": a network's reprint note names the site too.
_FIRST_SHOWN = re.compile(
    r"\b(?i:artikel ini telah (?:tayang|terbit) di|this article (?:first )?appeared (?:in|on))"
    r"\s+(?P<name>[\w.-]+(?:\s+[A-Z][\w.-]*){0,3})"
)
# "(fat/jpnn)": editors' initials, then the outlet's short name, closing a story.
_DESK_CODE = re.compile(r"\((?:[a-z]{2,5}/)+(?P<name>[a-z0-9]{3,12})\)\s*$")
# "By ANNA BERG, Associated Press", "Ana Lee (The Jakarta Post)": a byline naming its outlet.
_BYLINE_OUTLET = re.compile(r"^(?:by|oleh)\s+[^,()]{2,60}(?:,\s*|\s*\()(?P<name>[^,()]{2,40})\)?$", re.I)


def _byline_outlet(line: str) -> str:
    match = _BYLINE_OUTLET.match(line.strip())
    name = match["name"].strip() if match else ""
    return name if name and is_outlet_name(name) else ""


# Page furniture near the top where a stamp may name the outlet.
_STAMP_PARAGRAPHS = 8


def stated_outlet(split: Split, paragraphs: list[str]) -> str:
    """The outlet a page names outside a dateline: a stamp, outlet line or byline at the top
    ("By A, Associated Press"), a copyright line, a reprint note ("Artikel ini telah tayang
    di …") or the desk code closing the story ("(fat/jpnn)"); "" when none names a known one."""
    for paragraph, furniture in list(zip(paragraphs, split.is_boilerplate, strict=True))[:_STAMP_PARAGRAPHS]:
        stamp = read_stamp(paragraph) if furniture else None
        if stamp and stamp.outlet:
            return stamp.outlet
        named = _outlet_line(paragraph)
        if named:
            return named
    for line in paragraphs[:_STAMP_PARAGRAPHS]:
        named = _byline_outlet(line)
        if named:
            return named
    tail = [*split.boilerplate, *split.body[-3:]]
    for pattern in (_COPYRIGHT, _FIRST_SHOWN, _DESK_CODE):
        for line in tail:
            match = pattern.search(line)
            if match and is_outlet_name(match["name"].strip(" .")):
                return match["name"].strip(" .")
    return ""


_OUTLET_LINE_BREAK = re.compile(r"\s*[|·•]\s*|\s+[-–—]{1,2}\s+")
_DESK_OR_CREDIT = re.compile(r"^(?:tim|team|oleh|by|penulis|reporter|editor|redaksi)\b", re.I)
_OUTLET_LINE_MAX_WORDS = 8


def _outlet_line(line: str) -> str:
    """The outlet of a short head line made of an outlet's name, alone or beside a desk or byline:
    "CNN Indonesia", "Tim detikcom - detikNews"."""
    if len(line.split()) > _OUTLET_LINE_MAX_WORDS:
        return ""
    parts = [p.strip() for p in _OUTLET_LINE_BREAK.split(line.strip()) if p.strip()]
    outlets = [p for p in parts if is_outlet_name(p)]
    others = [p for p in parts if p not in outlets]
    if not outlets or not all(_DESK_OR_CREDIT.match(p) for p in others):
        return ""
    return outlets[-1]


_URL = r"(?P<url>https?://[^\s<>\"')\]]+)"
_LABELLED_URL = re.compile(
    rf"^(?:sumber|source|url|link|tautan|artikel asli|original(?: article)?|baca selengkapnya|klik untuk baca"
    rf"|canonical)\s*:?\s*{_URL}\s*$",
    re.I,
)
_FIRST_SHOWN_URL = re.compile(rf"\b(?:klik untuk baca|selengkapnya di|read more at)\s*:?\s*{_URL}", re.I)
_BARE_URL = re.compile(rf"^{_URL}$")
# A bare address is the page's own only at the very top or bottom; inside the story it links elsewhere.
_BARE_URL_EDGE = 2


def stated_url(paragraphs: list[str]) -> str:
    """The page's address as the text states it: a ``Sumber:``/``Source:`` line, a reprint note's
    link, or an address alone on the first or last lines."""
    for pattern in (_LABELLED_URL, _FIRST_SHOWN_URL):
        for paragraph in paragraphs:
            match = pattern.search(paragraph.strip())
            if match:
                return match["url"].rstrip(".,;")
    edges = [*paragraphs[:_BARE_URL_EDGE], *paragraphs[-_BARE_URL_EDGE:]]
    for paragraph in edges:
        match = _BARE_URL.match(paragraph.strip())
        if match:
            return match["url"].rstrip(".,;")
    return ""


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
