"""Finding and reading calendar dates written in Indonesian or English.

Only dates with a year become ISO dates: ``Minggu (2/11)`` could be any year,
and a wrong date is worse than none.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from kutip.index.ingest.site_endings import SITE_ENDING, SITE_ENDING_BEHIND

__all__ = [
    "DAY_NAMES",
    "MONTH_NAMES",
    "FoundDate",
    "Stamp",
    "date_line",
    "find_dates",
    "parse_iso_date",
    "read_stamp",
    "split_date_label",
    "stamp_credit_lines",
    "to_iso",
    "unglue_head_date_labels",
    "url_date",
    "wire_place",
]

DAY_NAMES = (
    "senin|selasa|rabu|kamis|jumat|jum'at|jum’at|sabtu|minggu|ahad"
    "|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
    "|sen|sel|rab|kam|jum|sab|min"
)

_MONTHS = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "february": 2, "feb": 2, "peb": 2,
    "maret": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}  # fmt: skip
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"

_PATTERNS = (
    # Senin (2/10/2023), (2/10/2023): Indonesian day/month/year in brackets.
    re.compile(
        rf"(?:\b(?P<wday>{DAY_NAMES}),?\s*)?\(\s*(?P<day>\d{{1,2}})/(?P<mnum>\d{{1,2}})/(?P<year>\d{{4}})\s*\)",
        re.I,
    ),
    # 2024-11-02, 2024-11-02T10:00:00Z, and 2024/11/02 as URLs write it
    re.compile(r"\b(?P<year>(?:19|20)\d{2})([-/])(?P<mnum>\d{2})\2(?P<day>\d{2})(?![\d])"),
    # 30/11/2019, 30-11-2019, 30.11.2019: a site's own time stamp (day first, the Indonesian order)
    re.compile(
        r"(?<![\d/.-])(?P<day>\d{1,2})([/.-])(?P<mnum>\d{1,2})\2(?P<year>(?:19|20)\d{2})(?![\d/-]|\.\d)"
    ),
    # Jumat, 1 November 2024 / 2 Nov. 2024 / 17 Apr, 2024 / 19-Mei-2024
    re.compile(
        rf"(?:\b(?:{DAY_NAMES}),?\s+)?\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|-){_MONTH}(?:,?\s+|-)"
        rf"(?P<year>\d{{4}})\b",
        re.I,
    ),
    # Friday, November 2, 2024 / Nov. 2, 2024
    re.compile(
        rf"(?:\b(?:{DAY_NAMES}),?\s+)?\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b",
        re.I,
    ),
)


_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# What every match of each pattern holds whatever its optional weekday, found with no weekday or month
# tried at each position first: a text without it skips that pattern's scan, the answer unchanged.
# (The weekday tried at every position was most of the scans' cost, and few texts hold the core.)
_GATES = (
    re.compile(r"\(\s*\d{1,2}/\d{1,2}/\d{4}\s*\)"),
    None,
    None,
    re.compile(rf"\d(?:st|nd|rd|th)?(?:\s+|-){_MONTH}(?:,?\s+|-)\d{{4}}\b", re.I),
    re.compile(r"\d(?:st|nd|rd|th)?,?\s+\d{4}\b", re.I),
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in text: where it is and what it means."""

    start: int
    end: int
    iso: str


def to_iso(year: int, month: int, day: int) -> str:
    """ISO form of a real calendar date, or "" for impossible ones like 31/02."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


# Monday is 0, as datetime counts; abbreviations as stamps write them.
_WEEKDAY_NUMBERS = {
    **dict.fromkeys(("senin", "monday", "mon", "sen"), 0),
    **dict.fromkeys(("selasa", "tuesday", "tue", "tues", "sel"), 1),
    **dict.fromkeys(("rabu", "wednesday", "wed", "rab"), 2),
    **dict.fromkeys(("kamis", "thursday", "thu", "thur", "thurs", "kam"), 3),
    **dict.fromkeys(("jumat", "jum'at", "jum’at", "friday", "fri", "jum"), 4),
    **dict.fromkeys(("sabtu", "saturday", "sat", "sab"), 5),
    **dict.fromkeys(("minggu", "ahad", "sunday", "sun", "min"), 6),
}


def weekday_number(name: str) -> int | None:
    """Monday 0 ... Sunday 6 for a weekday's name or abbreviation in either language; None otherwise."""
    return _WEEKDAY_NUMBERS.get(name.casefold())


def _as_weekday_says(year: int, month: int, day: int, weekday: str | None) -> str:
    """The date; where day-first is no date at all ("Rabu (3/13/2024)": no thirteenth month), the
    month-first reading a translation from English keeps, if the weekday written beside it fits. A
    weekday that fits neither order, or only the swapped one of two real dates, is the writer's slip
    ("Senin (1/10/2022)" for a Saturday), so the Indonesian order stands."""
    iso = to_iso(year, month, day)
    wanted = _WEEKDAY_NUMBERS.get(weekday.casefold()) if weekday else None
    if iso or wanted is None:
        return iso
    swapped = to_iso(year, day, month)
    return swapped if swapped and dt.date.fromisoformat(swapped).weekday() == wanted else ""


def find_dates(text: str) -> Iterator[FoundDate]:
    """Every dated expression with a year, in text order, overlaps resolved to the first match."""
    yield from _dates_in(text)


# A page's readers ask about the same paragraphs: over the real pages of the read sets 3,657 calls
# held 1,315 texts. The answer depends on the text alone (FoundDate is frozen), so it is kept.
@lru_cache(maxsize=1024)
def _dates_in(text: str) -> tuple[FoundDate, ...]:
    if not _YEAR.search(text):
        return ()  # every pattern needs a four-digit year; most paragraphs have none
    found: list[FoundDate] = []
    for pattern, gate in zip(_PATTERNS, _GATES, strict=True):
        if gate is not None and not gate.search(text):
            continue
        for match in pattern.finditer(text):
            groups = match.groupdict()
            month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS[groups["month"].lower()]
            iso = _as_weekday_says(int(groups["year"]), month, int(groups["day"]), groups.get("wday"))
            if iso and not any(f.start < match.end() and match.start() < f.end for f in found):
                found.append(FoundDate(match.start(), match.end(), iso))
    return tuple(sorted(found, key=lambda f: f.start))


_ISO_LIKE = re.compile(r"^\s*(?P<year>\d{4})-?(?P<month>\d{2})-?(?P<day>\d{2})(?:$|[T\s_]\d)")


def parse_iso_date(value: str) -> str:
    """yyyy-mm-dd from a machine-written date (ISO 8601, with or without time), else any written date.

    The date part is kept as written; converting time zones could move an
    article to the day before its own dateline.
    """
    value = value.strip()
    match = _ISO_LIKE.match(value)
    if match:
        return to_iso(int(match["year"]), int(match["month"]), int(match["day"]))
    first = next(find_dates(value), None)
    return first.iso if first else ""


_ZONE = (
    r"(?:WIB|WITA|WIT|GMT|UTC|EST|EDT|ET|PST|PDT|PT|CST|CDT|CT|BST|CET|CEST|JST|SGT|HKT|AEST|AEDT|IST|MYT|ICT"
    r"|KST|PHT|AST|EET|EEST|MSK|NZST|NZDT)"
)
_TIME = (
    rf"(?:(?:pukul|jam|at)\s+)?(?:\d{{1,2}}[:.]\d{{2}}(?::\d{{2}}(?:\.\d{{1,6}})?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*"
    rf"(?:{_ZONE}(?:[+-]\d{{1,2}})?|GMT[+-]\d{{1,2}}|[+-]\d{{2}}:?\d{{2}}|Z\b)?)"
)
_DATE_LINE_RESIDUE = re.compile(
    rf"^[\s,|•·-]*(?:(?:published|diterbitkan|dipublikasikan|dipublikasi|tanggal|date|posted|diposting"
    rf"|tayang|ditayangkan|terbit|dimuat|diunggah|uploaded|(?:waktu |tanggal )?publikasi|dipublish|updated"
    rf"|update|diupdate|diperbarui|last updated"
    rf"|last modified|modified)\b\s*:?\s*)?"
    rf"(?:(?:on|pada)\s+(?:(?:hari|tanggal)\s+)?)?"  # "pada hari Senin, …", "pada tanggal 18 …"
    # "August 31, 2022 WIB", "03/10/2031 GMT+7": a zone (and its offset) without its time
    rf"[\s,|•·-]*(?:{_TIME}|\b{_ZONE}\b(?:[+-]\d{{1,2}}(?::?\d{{2}})?\b)?)?[\s,|•·-]*"
    rf"(?:(?:{DAY_NAMES})\.?,?\s*)?$",
    re.I,
)


def date_line(line: str) -> str:
    """The ISO date of a line that states nothing but a date (a label and a time allowed), else ""."""
    line = line.strip()
    if len(line) > 80:
        return ""
    found = next(find_dates(line), None)
    if not found:
        return ""
    before, after = line[: found.start], line[found.end :]
    after = after[1:] if after[:1] == "T" else after  # "2024-06-03T10:15:00+07:00"
    if _DATE_LINE_RESIDUE.match(before) and _DATE_LINE_RESIDUE.match(after.replace(",", " ")):
        return found.iso
    return ""


_SPACED_COMMA = re.compile(r"\s+,")
_LEADING_LABEL = re.compile(
    r"^\s*(?:date|published|diterbitkan|dipublikasikan|posted|diposting)\s*:?\s+", re.I
)
# The story after a glued label opens with a capital, a quotation mark or a site's own domain
# ("date 2024-05-19 contoh.com, JAKARTA - …").
_AFTER_LABELLED_DATE = re.compile(
    rf"^(?:,?\s*{_TIME})?\s+(?=[A-Z\"“‘']|[*•]\s+[A-Z]|[a-z][\w-]*\.{SITE_ENDING}\b"
    # "date 2023-06-08 7 Penyanyi …": a headline that opens with a number, then a capitalised word
    rf"|\d{{1,3}}\s+[A-Z][a-z])"
)
# After a labelled date, only a widget's controls: signs and a size ("+ ↺ − 16 px"), no word.
_CONTROLS = re.compile(r"^(?:\s+(?:[^\w\s]+|\d{1,2}\s*(?:px|pt)))+\s*$")
# "date 2023-10 Jakarta, …": a label with only the year and month, no day: split off, never a date.
_YEAR_MONTH = re.compile(r"^(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?![\d-])")


_MENU_BUTTON = re.compile(r"^\s+[a-z]+\s*$")


def _menu_word(rest: str) -> bool:
    """One lower-case word of site furniture after a labelled date ("menu", "search"): a button's label."""
    from kutip.index.ingest.boilerplate import furniture_share  # boilerplate reads stamps through this module

    return bool(_MENU_BUTTON.match(rest)) and furniture_share(rest) >= 1.0


def split_date_label(paragraph: str) -> list[str]:
    """A labelled date a scrape glued to the text after it ("date 2024-05-19 JAKARTA - …") as its own
    line, so it reads as the page's stamp and the rest as the story; the labelled date alone when only a
    widget's controls follow it; otherwise the paragraph alone."""
    label = _LEADING_LABEL.match(paragraph)
    if not label:
        return [paragraph]
    found = next(find_dates(paragraph[label.end() : label.end() + 40]), None)
    month = _YEAR_MONTH.match(paragraph[label.end() :])
    if month:
        cut = label.end() + month.end()
    elif not found or found.start:
        return [paragraph]
    else:
        cut = label.end() + found.end
    if _CONTROLS.match(paragraph[cut:]) or _menu_word(paragraph[cut:]):
        # "date 2025-05-14 + ↺ − 16 px": the page's text-size controls; "… menu": a menu's button
        return [paragraph[:cut].strip()]
    rest = _AFTER_LABELLED_DATE.match(paragraph[cut:])
    if not rest:
        return [paragraph]
    cut += rest.end()
    return [paragraph[:cut].strip(), paragraph[cut:].strip()]


# How many non-blank lines or paragraphs at the top may carry a labelled date glued to the text.
DATE_LABEL_HEAD = 3


def unglue_head_date_labels(items: list[str], *, between: tuple[str, ...] = ()) -> list[str]:
    """The top lines or paragraphs with a glued date label split off (:func:`split_date_label`);
    ``between`` goes between the two parts (a blank line lets a plain-text headline stand alone)."""
    out: list[str] = []
    seen = 0
    for item in items:
        if seen < DATE_LABEL_HEAD and item.strip():
            seen += 1
            parts = split_date_label(item.strip())
            if len(parts) == 2:
                out.extend([parts[0], *between, parts[1]])
                continue
            if parts[0] != item.strip():  # the label's date without the controls glued to it
                out.append(parts[0])
                continue
        out.append(item)
    return out


@dataclass(frozen=True, slots=True)
class Stamp:
    """A site's publication stamp: ``Kompas.com - 30/11/2019, 18:07 WIB``,
    ``SELASA, 17 FEBRUARI 2015 | 10:29 WIB | HARIAN RAKYAT MERDEKA``,
    ``Oleh : A / Minggu, 23 Desember 2018``."""

    iso: str
    outlet: str = ""
    writer: str = ""  # a name beside the date with no "By" label ("Ana Lee | 29 Maret 2023")


_STAMP_MAX = 140
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
MONTH_NAMES = _MONTH_NAMES  # every spelling of a month, for patterns elsewhere
_NO_LABEL_BEFORE = "".join(
    f"(?<!{label})"
    for label in (
        "posted",
        "published",
        "updated",
        "update",
        "diperbarui",
        "diterbitkan",
        "dipublikasikan",
        "dipublikasi",
        "diposting",
        "modified",
        "tanggal",
        "date",
        "terbit",
        "tayang",
        "dimuat",
    )
)
# "Senin 03 Juni 2024": a weekday is the date's own, not a name run into it (looked behind the space).
_NO_DAY_BEFORE = "".join(rf"(?<!\b{day}\s)" for day in DAY_NAMES.split("|"))
# "Wednesday, August 31, 2022": a weekday's comma stays inside the date.
_NO_DAY_COMMA = "".join(rf"(?<!\b{day})" for day in DAY_NAMES.split("|"))
# Parts of a stamp line: "|", "·", "•", a spaced slash or dash (a date's own slashes have no spaces).
_STAMP_BREAK = re.compile(
    r"\s*[|·•●▪◦]\s*|\s+/\s*|\s*/\s+|\s+[-–—]{1,2}\s+|(?<=[\d.)])\s*(?=(?:updated|diperbarui)\b)|\s{3,}"
    r"|(?<=[a-z])(?<!last)\s+(?=(?:date|tanggal|updated|diperbarui)\s*:?\s+\d)"
    # "Contoh.com 2024-06-03 10:12": a site's name straight before its stamp
    rf"|(?=[,\s])(?:{SITE_ENDING_BEHIND}),?\s+(?=\d)"
    r"|(?<=[\w.)])\s+(?=(?:published|diterbitkan|dipublikasikan|posted|diposting)\b)"
    r"|(?<!ditulis)(?<!written)(?<!posted)(?<!diposting)\s+(?=(?:by|oleh)\s*:?\s*[A-Z])"
    # "Oleh Ana pada 3 Maret 2023": the writer, then the date; "Dipublikasikan pada …" is the date's own label
    rf"|(?<=[a-z]){_NO_LABEL_BEFORE}\s+(?=pada\s)"
    r"|(?<=[a-z])(?<!posted)(?<!published)(?<!updated)\s+(?=on\s+(?:\d|[A-Z]))"
    # "Ana Lee November 3, 2023", "Ana 20 Jan 2024, 14:49": a name run into the date with no mark between
    rf"|(?<=[a-z]{{2}})(?<!\bon)(?<!\bpada)(?<!\bhari)(?<!\bat){_NO_LABEL_BEFORE}\s+"
    rf"(?=(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}\b|(?:{DAY_NAMES}),\s+\d|{_NO_DAY_BEFORE}\d{{1,2}}\s+(?:{_MONTH_NAMES})\.?,?\s+\d{{4}})"
    # "Nasional 09:41 June 2, 2021": a section label straight before the time and the date
    rf"|(?<=[a-z])\s+(?=\d{{1,2}}[:.]\d{{2}}\s+(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}\b)"
    # "April 30, 2024 Last Updated 2024-04-30T03:17:56Z": the label of a second stamp on the line
    r"|(?<=\S)\s+(?=last (?:updated|modified)\b)"
    # "The Contoh Times, March 5, 2007": a name, a comma, then a month-first date
    rf"|(?<=[a-z]){_NO_DAY_COMMA},\s+(?=(?:{_MONTH_NAMES})\.?\s+\d{{1,2}},?\s+\d{{4}}\b)"
    # "Ana Lee , Jurnalis-Sabtu, 04 Mei 2019": the writer's job run into the weekday by a hyphen;
    # "Contoh Post-May 13, 2024": a site's name run into a month-first date so
    rf"|(?<=[a-z])-(?=(?:{DAY_NAMES}),|(?:{_MONTH_NAMES})\.?\s+\d{{1,2}},?\s+\d{{4}}\b)"
    # "Selasa, 20 Januari 2026 Reporter: Ana Lee": a labelled credit run into the date with no mark between
    r"|(?<=\d)\s+(?=(?:reporter|penulis|pewarta|editor|redaktur|writer|author|kontributor|translator"
    r"|penerjemah)\s*:)"
    # "Oleh Admin 2 Senin, 3 Maret 2025 Pengunjung (12) 2 Mins Read": a login's number run into the weekday,
    # a visitor counter and a reading time run on after the date, all with single spaces
    rf"|(?<=\d)\s+(?=(?:{DAY_NAMES}),\s+\d)"
    r"|(?<=\d)\s+(?=(?:pengunjung|visitors?|views?|dibaca|dilihat)\s*:?\s*\(?\d)"
    r"|(?<=[\d)])\s+(?=\d{1,3}\s*(?:menit|mins?|minutes?)\s+(?:baca|read)\b)"
    # "Senin, 12 Juli 2010 05:08 WIB News Share :": whatever follows the time zone is another part
    r"|(?:(?<=\bWIB)|(?<=\bWIT)|(?<=\bWITA)|(?<=\bGMT)|(?<=\bUTC))\s+(?=\S)",
    re.I,
)
# "News Share :", "Bagikan": a share widget's label beside the stamp.
_SHARE_LABEL = re.compile(r"^(?:[A-Z]\w+\s+)?(?:share|bagikan|print|cetak)\s*:?$", re.I)
_STAMP_CREDIT = re.compile(
    r"^(?:oleh|by|penulis|reporter|pewarta|editor|redaktur|rep|red|writer|author|kontributor|laporan"
    r"|ditulis oleh|written by|posted by|diposting oleh)\b\s*:?\s*\S",
    re.I,
)
_STAMP_MAX_CREDIT_WORDS = 8
_SOURCE_LABEL = re.compile(r"^(?:source|sumber)\s*:\s*", re.I)
# "By Office of the Deputy Secretary for Documents & Translation": a desk or office credited by its
# full name, longer than a person's byline but every word a capitalised name word or a joining word.
_OFFICE_MAX_WORDS = 14
_OFFICE_JOINER = re.compile(r"^(?:of|for|to|the|and|&|on|in|at|dan|untuk|bidang|urusan)$", re.I)


def _office_credit(part: str) -> bool:
    words = part.split()[1:]
    return len(words) < _OFFICE_MAX_WORDS and all(w[:1].isupper() or _OFFICE_JOINER.match(w) for w in words)


_PUBLISHED_LABEL = re.compile(
    r"^(?:published|first published|diterbitkan|dipublikasikan|posted|diposting|terbit)\b", re.I
)
_TIME_ONLY = re.compile(rf"^\s*{_TIME}\s*$", re.I)
_CLOCK_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
# "3 menit baca", "5 min read": a reading-time label beside the stamp.
_READING_TIME = re.compile(
    r"^(?:\d{1,3}\s*(?:menit|min|mins|minutes?)\s+(?:baca|read)"
    # "Waktu baca 3 menit", "Read time: 4 min": the label first
    r"|(?:waktu baca|lama baca|baca|read time|reading time)\s*:?\s*\d{1,3}\s*(?:menit|min|mins|minutes?)"
    r"|(?:updated|diperbarui)\s+\d{1,3}\s+(?:hours?|minutes?|mins?|days?|jam|menit|hari)"
    r"\s+(?:ago|lalu|yang lalu)"
    # "Dibaca 2.341 kali", "1,204 views": a page's read counter beside the stamp
    r"|(?:dibaca|dilihat|read|views?|pengunjung|visitors?)\s*:?\s*\(?[\d.,]+\)?\s*(?:kali|times|views)?"
    r"|[\d.,]+\s+(?:views|kali dibaca))$",
    re.I,
)


def _is_place(part: str) -> bool:
    from kutip.index.entities import lookup
    from kutip.index.models import EntityType

    if len(part.split()) > 3 or not part[:1].isupper():
        return False
    entry = lookup(part)
    return entry is not None and entry.type == EntityType.PLACE


_SECTION_MAX_WORDS = 3


def _is_section(part: str) -> bool:
    """A section name heading a stamp ("Nasional", "Hukum & Kriminal"): menu words only."""
    from kutip.index.ingest.boilerplate import furniture_share

    return len(part.split()) <= _SECTION_MAX_WORDS and part[:1].isupper() and furniture_share(part) >= 1.0


def _topic_section(part: str, line: str) -> bool:
    """ "Musik | 13 Agustus 2023, 08:42 WIB": one capitalised everyday word heading a timed stamp is the
    section the story is filed under (a writer known by one name is no everyday word); so is a phrase in
    sentence case ("Cerita warga | …", a programme's name), as a writer's name capitalises every word."""
    from kutip.index.entities.dictionary import is_lower_word

    words = part.split()
    if not words or not part[:1].isupper() or part.isupper() or not _CLOCK_TIME.search(line):
        return False
    if len(words) == 1:
        return is_lower_word(part.casefold())
    return len(words) <= _SECTION_MAX_WORDS and all(word.isalpha() and word.islower() for word in words[1:])


_BYLINE_WORDS = (2, 4)
# "Redaksi - Sabtu, 17 Februari 2024 10:15 WIB": the desk signing a stamp instead of a writer.
# "Redaksi", "News Desk 14 May 2025": a desk signs the stamp, which is no outlet's name ("News" in it
# notwithstanding) nor a person's
_DESK_ONLY = re.compile(
    r"^(?:redaksi|tim redaksi|admin|administrator|newsroom|staff|editorial|(?:[a-z]+\s+)?desk)$", re.I
)
_BYLINE_ROLE = re.compile(
    r"^(?:jurnalis|wartawan|reporter|kontributor|koresponden|penulis|editor|redaktur|journalist"
    r"|correspondent|contributor|staff writer|senior writer|writer)$",
    re.I,
)


def _one_word_name(word: str) -> bool:
    """A writer known by one name ("Azhar 20 Jan 2024, 14:49"): a capitalised word that no list knows as
    anything but a person, no menu word and no word text writes in lower case."""
    from kutip.index.entities import lookup
    from kutip.index.entities.dictionary import is_lower_word
    from kutip.index.ingest.boilerplate import furniture_share
    from kutip.index.models import EntityType

    if len(word.split()) != 1 or not word[:1].isupper() or word.isupper() or furniture_share(word) > 0:
        return False
    if is_lower_word(word.casefold()):
        return False  # "Presiden", "Tanggal": words written in lower case mid-sentence are no names
    entry = lookup(word)
    return entry is None or entry.type == EntityType.PERSON


# "contohuser Senin, 21 Oktober 2019 15:29 WIB": the login of the one who posted the story, as a small
# site's CMS prints it in lower case before the story's own timed stamp (under a clock header that
# prints the day the page was read).
_USER_HANDLE = re.compile(r"^[a-z][a-z0-9_]{3,19}$")


def _user_handle(word: str) -> bool:
    """A CMS login: one lower-case token no word list knows (an everyday or furniture word, a place or a
    name the gazetteer holds is none)."""
    from kutip.index.entities import lookup
    from kutip.index.entities.dictionary import is_listed_word
    from kutip.index.ingest.boilerplate import furniture_share

    return (
        bool(_USER_HANDLE.match(word))
        and not is_listed_word(word)
        and furniture_share(word) == 0
        and lookup(word.title()) is None
    )


def _bare_byline(part: str, *, alone: bool = False) -> tuple[str, str] | None:
    """A writer's name beside the date with no "By" label, two to four capitalised words (one when
    it is the stamp's only other part), perhaps with the outlet after a comma ("Ana Lee, Reuters"):
    (writer, outlet), else None."""
    from kutip.index.ingest.credits import looks_like_name
    from kutip.index.ingest.outlets import has_outlet_word, is_outlet_name

    name, _, rest = (piece.strip() for piece in part.partition(","))
    low, high = _BYLINE_WORDS
    # "Ana Lee putri , Jurnalis": the writer's job after the comma says the part is a byline, so a word of
    # the name the writer left in lower case is a slip, not a sentence's word
    roled = bool(rest and _BYLINE_ROLE.match(rest)) and name[:1].isupper()
    if not (
        (low <= len(name.split()) <= high or (alone and _one_word_name(name)))
        and looks_like_name(name.title() if roled else name)
        and not has_outlet_word(name)
    ):
        return None
    if rest and _BYLINE_ROLE.match(rest):
        return name, ""  # "Ana Lee, Jurnalis": the writer's job, not an outlet
    if rest and not is_outlet_name(rest):
        return None
    return name, rest


def wire_place(part: str) -> bool:
    """An all-capitals place of one to three words ("SURABAYA", "NUSA DUA"), as wire datelines write it."""
    words = part.strip().split()
    return 0 < len(words) <= 3 and all(w.isalpha() and w.isupper() for w in words)


def _placed_date(line: str) -> str:
    """ "Jakarta, 6 Maret 2024", "SUKAMAJU, Rabu (6/3/2024)": where the story was filed and its date, a
    line of their own over the lead, as press releases and small sites print them."""
    place, comma, rest = line.partition(",")
    place = place.strip()
    if not comma or not (_is_place(place) or wire_place(place)):
        return ""
    return date_line(rest)


# "March 6, 20245:12 AM GMT+7": a scrape that ran the year into the clock time after it.
_YEAR_GLUED_TO_CLOCK = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=\d{1,2}:\d{2}(?!\d))")


_LEADING_DASH = re.compile(r"^[-–—]+\s+")
# "Oleh Redaksi — Kamis, 4 September 2031 10:05 WIB; ?>": a page template's closing tag the scrape kept
_CODE_TAIL = re.compile(r"[\s;]*(?:\?>|%>|-->)$")


def read_stamp(line: str) -> Stamp | None:
    """The stamp a line is made of (a date, and only times, an outlet or a byline beside it), else None."""
    from kutip.index.ingest.outlets import has_outlet_word, is_outlet_name  # outlets need the data files

    # "- Contoh.com   Senin, 14 Maret 2022 - 09:41 WITA": a template's dash before the stamp's first part
    line = _CODE_TAIL.sub("", _LEADING_DASH.sub("", line.strip()))
    if len(line) > _STAMP_MAX:
        return None  # (the clock's space below only lengthens it)
    line = _YEAR_GLUED_TO_CLOCK.sub(r"\1 ", line)
    if len(line) > _STAMP_MAX or not _YEAR.search(line):
        return None
    iso = date_line(line) or _placed_date(line)
    if iso:
        return Stamp(iso)
    iso = outlet = writer = ""
    published = False
    parts = [p.strip(" ,") for p in _STAMP_BREAK.split(line)]
    for index, part in enumerate(parts):
        if not part:
            continue
        # "Redaksi | Kamis , 9 Maret 2023": a comma set apart, read in a stamp of several parts only (a
        # lone "Friday , March 5 2021" over the headline is as often the day's banner)
        found = date_line(_SPACED_COMMA.sub(",", part) if len(parts) > 1 else part)
        if found:
            # "Sat, January 6, 2018 Published on Jan. 5, 2018": the labelled date is the story's, an
            # unlabelled one before it the day the page was read
            labelled = _PUBLISHED_LABEL.match(part) and not published
            published = published or bool(labelled)
            iso = found if labelled else iso or found
        elif _TIME_ONLY.match(part) or _READING_TIME.match(part) or _SHARE_LABEL.match(part):
            continue
        elif index == 0 and (_is_section(part) or _topic_section(part, line)) and not is_outlet_name(part):
            # "Peristiwa | 22 November 2022, 16:00 WIB": the section the story is filed under; a listed
            # outlet that is also a word of the language ("Contoh • 2 June 2023 16:36") signs the stamp
            continue
        elif _DESK_ONLY.match(part):
            continue  # "News Desk": outlet words, but a desk's, which names no outlet
        elif is_outlet_name(source := _SOURCE_LABEL.sub("", part)) or (
            has_outlet_word(source) and len(source.split()) <= 5
        ):
            outlet = outlet or source  # "… 01.08 PM | Source: The Contoh Post": the outlet, not its label
        elif _is_place(part):
            continue  # "Jakarta ● Wed, March 6, 2024": where it was filed
        elif _STAMP_CREDIT.match(part) and (
            len(part.split()) <= _STAMP_MAX_CREDIT_WORDS or _office_credit(part)
        ):
            continue
        else:
            # one name is enough beside a stamp that gives the time too ("Ana 20 Jan 2024, 14:49")
            alone = len([p for p in parts if p]) == 2 and bool(_CLOCK_TIME.search(line))
            if alone and index == 0 and _user_handle(part):
                continue  # "contohuser Senin, 21 Oktober 2019 15:29 WIB": the poster's login
            named = _bare_byline(part, alone=alone)
            if not named:
                return None
            writer, outlet = writer or named[0], outlet or named[1]
    return Stamp(iso, outlet, writer) if iso else None


# "Reporter: Ana Lee Translator: Budi 120": the next label in a stamp's credit part; a view count closing it.
_NEXT_CREDIT_LABEL = re.compile(
    r"(?<=\w)\s+(?=(?:reporter|penulis|pewarta|editor|redaktur|writer|author|kontributor|translator|penerjemah"
    r"|foto|photo)\s*:)",
    re.I,
)
_VIEW_COUNT = re.compile(r"\s+\d[\d.,]*$")


def stamp_credit_lines(line: str) -> list[str]:
    """The credits a stamp line carries beside its date, one labelled credit a line ("Selasa, 20 Januari 2026
    Reporter: Ana Lee Translator: Budi" gives "Reporter: Ana Lee" and "Translator: Budi"), for the byline
    reader, which reads a credit from the line's start; [] for a line that is no stamp."""
    if read_stamp(line) is None:
        return []
    parts = [p.strip(" ,") for p in _STAMP_BREAK.split(line) if p and _STAMP_CREDIT.match(p.strip(" ,"))]
    return [_VIEW_COUNT.sub("", piece) for part in parts for piece in _NEXT_CREDIT_LABEL.split(part)]


# "/read/2019/11/30/18074881/…", "/2024-05-19/…": the date a site's address carries.
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d{2})([/-])(?P<month>\d{1,2})\2(?P<day>\d{1,2})(?=[/-]|$)")


def url_date(url: str) -> str:
    """The ISO date in a news page's address (``/2024/05/19/``), else ""."""
    match = _URL_DATE.search(url)
    return to_iso(int(match["year"]), int(match["month"]), int(match["day"])) if match else ""
