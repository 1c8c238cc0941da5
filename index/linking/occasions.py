"""The occasion a quote was spoken on, read from its attribution: the day and the kind.

"..., ujar Yudo saat konferensi pers, Kamis (22/4/2021)" dates the remark itself, which is
stronger evidence than the article's publication or lead date: two reports that state
different days for their remarks report two remarks, however alike the words (a speaker
repeats the same figures at the next briefing). The kind (an interview, a press
conference, a hearing: language data in ``index/data/linking_occasions.tsv``) separates a
live interview from the press conference held the same evening.

A stated day is a day number (``date.toordinal``) when the year is known, from the
attribution or from the article's own date; a bare ``Kamis (22/4)`` in an undated article
is kept as ``-(weekday * 10000 + month * 100 + day)``, compared by month and day only; ``weekday``
is the weekday written beside it plus one (0: none written), which :func:`calendar_gap`,
:func:`other_day` and :func:`days_apart` check against the other report's year: a bare day its
weekday belies there (the month slipped: "Selasa (8/6)" for Tuesday 8 July) dates nothing.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from kutip.index.ingest.dates import (
    DAY_NAMES,
    MONTH_NAMES,
    FoundDate,
    find_dates,
    parse_iso_date,
    weekday_number,
)
from kutip.index.language import lines
from kutip.index.linking.channels import attribution
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.weekdays import WEEKDAY_PLACE, weekday_gap, weekday_of, weekday_only, weekday_said

__all__ = [
    "RECALLED",
    "bare_weekday",
    "belied",
    "calendar_gap",
    "day_written",
    "days_apart",
    "kind_of",
    "kinds_conflict",
    "other_day",
    "recalled",
    "recalled_before",
    "recited",
    "stated_day",
    "weekday_misfits",
    "without_weekday",
]

# "Kamis (22/4)": the Indonesian weekday-and-day/month form, year left to the reader
_BARE = re.compile(rf"\b(?:{DAY_NAMES}),?\s*\(\s*(\d{{1,2}})/(\d{{1,2}})\s*\)", re.I)
# "pada 13 Agustus lalu", "on Monday, August 13": a day and a month named, the year left to the
# reader; only after "pada"/"on", which date the remark (a day in the quote's subject has none)
_ON_DAY = re.compile(
    rf"\b(?:pada|on)\s+(?:(?:{DAY_NAMES}),?\s+)?(?:(?:tanggal|tgl\.?)\s+)?"
    rf"(?:(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_NAMES})|(?P<named>{MONTH_NAMES})\.?\s+(?P<date>\d{{1,2}}))"
    r"\b(?!\.?,?\s*\d)",
    re.I,
)
# a day named with its weekday and month but no year, wherever the attribution writes it
# ("dalam sambutannya pada acara halalbihalal di Bogor, Selasa 9 April"; "Senin, 23 Desember."): the
# weekday says the words are the remark's day, as "Kamis (22/4)" does
_WEEKDAY_NAMED = re.compile(
    rf"\b(?:{DAY_NAMES}),?\s+"
    rf"(?:(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_NAMES})|(?P<named>{MONTH_NAMES})\.?\s+(?P<date>\d{{1,2}}))"
    r"\b(?!\.?,?\s*\d)",
    re.I,
)
# a bare date past the article's own date by more than this is last year's (a December remark
# reported in January)
_AHEAD_DAYS = 7
# the weekday a written date opens with ("Minggu (4/7/2020)", "Jumat, 1 November 2024")
_WEEKDAY = re.compile(rf"\s*\b({DAY_NAMES})\b", re.I)


@cache
def _kinds() -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, str] = {}
    for line in lines("linking_occasions.tsv"):
        phrase, _, kind = line.partition("\t")
        table[" ".join(phrase.casefold().split())] = kind.strip()
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), table


# A relative pronoun before the phrase makes it describe someone else ("salah satu nama yang
# diwawancarai": the candidates were interviewed, not the speaker), not the speaker's occasion.
_RELATIVE = re.compile(r"(?<!\w)(?:yang|who|whom|which)\s+$")


def kind_of(body: str, start: int, end: int) -> str:
    """``interview``, ``briefing``, ``hearing`` or ``""`` for the quote at ``body[start:end]``."""
    pattern, table = _kinds()
    words = attribution(body, start, end).casefold()
    for found in pattern.finditer(words):
        if not _RELATIVE.search(words[: found.start()]):
            return table.get(" ".join(found.group(0).split()), "")
    return ""


def kinds_conflict(a: str, b: str) -> bool:
    first, second = a.removeprefix(RECALLED), b.removeprefix(RECALLED)
    return bool(first) and bool(second) and first != second


# Marks an occasion a report's narration recalls as earlier than the article's own day
# (:func:`context.recalled_quotes`), before the kind, if any: ``earlier:`` or ``earlier:hearing``.
RECALLED = "earlier:"


def recalled(occasion: str) -> bool:
    """Whether the occasion is one the article recalls from before its own day."""
    return occasion.startswith(RECALLED)


def recalled_before(recalled_day: int, said: int) -> bool:
    """Whether a remark stated for ``said`` (see :func:`stated_day`) came on or after
    ``recalled_day``, the day of an article that recalls another remark as earlier than it: the
    recalled remark is not that one. A bare ``-(month * 100 + day)`` is read in the recalled
    article's year. Unknown days (0) never are."""
    if recalled_day <= 0 or not said:
        return False
    if said < 0:
        month, day = _month_day(said)
        try:
            said = date(date.fromordinal(recalled_day).year, month, day).toordinal()
        except ValueError:
            return False
    return said >= recalled_day


def _bare_day(day: int, month: int, reference: str, weekday: int | None = None) -> int:
    try:
        anchor = date.fromisoformat(reference[:10])
    except ValueError:
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return 0
        return -((0 if weekday is None else weekday + 1) * WEEKDAY_PLACE + month * 100 + day)
    for year in (anchor.year, anchor.year - 1):
        try:
            found = date(year, month, day)
        except ValueError:
            return 0
        if (found - anchor).days <= _AHEAD_DAYS:
            return found.toordinal()
    return 0


def stated_day(
    body: str, start: int, end: int, *, lang: str = "id", reference: str = "", published: str = ""
) -> int:
    """The day the attribution of the quote at ``body[start:end]`` gives for the remark, 0 if none.

    ``reference`` (the article's date, ``YYYY-MM-DD``) supplies the year of a bare ``Kamis (22/4)``
    and of a day named with its month after "pada"/"on" (``ditemui pada 13 Agustus lalu``: a story
    published a week after the remark says when it was made); English reports write bare numeric
    dates month first or day first, so only Indonesian ones are read. ``published`` (the article's
    own date, never a lead's event date) tells a date written for the filing day beside the
    remark's weekday (:func:`_as_weekday_says`).
    """
    return day_written(attribution(body, start, end), lang=lang, reference=reference, published=published)


def day_written(words: str, *, lang: str = "id", reference: str = "", published: str = "") -> int:
    """The day ``words`` (an attribution, or the narration before a quote) give a remark, 0 if none:
    :func:`stated_day` on words already cut from the body."""
    found = next(find_dates(words), None)
    if found is not None:
        if _cited_on(words, found.start) or _weekday_elsewhere(words, found.start, found.end, found.iso):
            return 0
        return _as_weekday_says(words, found, reference, published)
    bare = _BARE.search(words) if lang != "en" else None
    if bare:
        cited = _cited_on(words, bare.start())  # "dikutip dari keterangan tertulis, Kamis (1/8)"
        weekday = _weekday_at(words, bare.start())
        return 0 if cited else _bare_day(int(bare.group(1)), int(bare.group(2)), reference, weekday)
    named = _ON_DAY.search(words) or _WEEKDAY_NAMED.search(words)
    if named is None and not reference:
        alone = weekday_said(words)  # an undated page: the weekday alone still tells two occasions
        return 0 if alone and _cited_on(words, len(words)) else alone
    if named is None or _cited_on(words, named.start()):
        return 0
    if _weekday_elsewhere(words, named.start(), named.end()):
        return 0
    month = _month_number(named["month"] or named["named"])
    day = int(named["day"] or named["date"])
    return _bare_day(day, month, reference, _weekday_at(words, named.start())) if month else 0


# a weekday written out in full (abbreviations such as "Sen." or "Sun" also stand for other words)
_FULL_WEEKDAY = re.compile(rf"\b(?:{'|'.join(n for n in DAY_NAMES.split('|') if len(n) > 3)})\b", re.I)


def _weekday_elsewhere(words: str, start: int, end: int, iso: str = "") -> bool:
    """Whether the date at ``words[start:end]``, written with no weekday of its own, is another
    event's day, because the attribution names the remark's day by a weekday elsewhere ("announced
    on Thursday that ... the attack on June 20"; "kata X, Kamis, soal banjir pada 2 Maret"): a
    remark dated by its own date is written with the weekday beside it. A weekday that fits the
    date (``iso``, when its year is known) still dates it ("Rabu, di sela-sela ..., Rabu, 1 November
    2023")."""
    if _weekday_at(words, start) is not None:
        return False
    actual = date.fromisoformat(iso[:10]).weekday() if iso else None
    for named in _FULL_WEEKDAY.finditer(words):
        if start <= named.start() < end:
            continue
        wanted = weekday_number(named.group(0))
        if wanted is not None and (actual is None or not _fits(wanted, actual)):
            return True
    return False


def _weekday_at(words: str, at: int) -> int | None:
    """The weekday (0 Monday .. 6 Sunday) written at ``words[at:]`` or after its "pada"/"on", if any."""
    found = _WEEKDAY.match(words, at) or _WEEKDAY.match(words, at + len(words[at:].split(None, 1)[0]))
    return weekday_number(found.group(1)) if found else None


def _as_weekday_says(words: str, found: FoundDate, reference: str, published: str = "") -> int:
    """The day of a written date, checked against the weekday written with it. A weekday that does
    not fit says something slipped: the article's own date when it falls on that weekday with that
    day of the month ("Minggu (4/7/2020)" for Sunday 4 October, in a story published that day: the
    month or the year mistyped). A weekday a day off the date leaves the date as written (as the
    article's metadata reads it: "Jumat (17/10/2024)" for Thursday the 17th, the day the other
    outlets state), unless the date is the article's own publication date and the weekday the day
    before: the reporter wrote the filing day beside last night's weekday ("Minggu (4/3/2019) malam"
    in a story of Monday 4 March). A weekday further off leaves no stated day, as the date cannot
    set the remark apart. Two stated days a day apart are two occasions unless the words agree near
    word for word (``update.stated_apart``)."""
    said = date.fromisoformat(found.iso)
    named = _WEEKDAY.match(words, found.start)
    wanted = weekday_number(named.group(1)) if named else None
    if wanted is None or said.weekday() == wanted:
        return said.toordinal()
    if _on_weekday_of_day(reference, wanted, said.day):
        return date.fromisoformat(reference[:10]).toordinal()
    off = (wanted - said.weekday()) % 7
    if off not in (1, 6):  # the weekday is not the day before or after the date
        return 0
    if off == 6 and said.toordinal() == _day_number(published):
        return said.toordinal() - 1  # the filing day's date beside the remark's weekday
    return said.toordinal()


def weekday_misfits(body: str, iso: str) -> bool:
    """Whether ``body`` writes the date ``iso`` (``YYYY-MM-DD``) with a weekday more than a day off
    it, at the first place it writes that date with a weekday: "Rabu (5/5/2025)" for a Monday (the
    month mistyped), "Rabu (5/11/1025)" (the year). Such a date cannot say when anything was said
    (:func:`_as_weekday_says` gives a stated day none); a weekday a day off is the writer's slip of
    the weekday, the date as written stands."""
    for found in find_dates(body):
        if found.iso[:10] != iso[:10]:
            continue
        named = _WEEKDAY.match(body, found.start)
        wanted = weekday_number(named.group(1)) if named else None
        if wanted is None:
            continue
        return not _fits(wanted, date.fromisoformat(found.iso[:10]).weekday())
    return False


def _day_number(iso: str) -> int:
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return 0


def _on_weekday_of_day(reference: str, wanted: int, day: int) -> bool:
    """Whether the article's date (``reference``) falls on the weekday ``wanted`` with the day of
    the month ``day``: a date whose month or year slipped, written in a story of that day."""
    ordinal = _day_number(reference)
    if not ordinal:
        return False
    own = date.fromordinal(ordinal)
    return own.weekday() == wanted and own.day == day


@cache
def _citing() -> re.Pattern[str]:
    """The words with which a report says where or when it took a quote (``linking_cited.txt``)
    ending right before a date: no clause break and at most ``_CITED_REACH`` characters between."""
    phrases = sorted({" ".join(p.casefold().split()) for p in lines("linking_cited.txt")}, key=len)[::-1]
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)(?:[^.;]|\.(?=\w)){{0,{_CITED_REACH}}}$")


_CITED_REACH = 60  # "dikutip dari laman NTMC Polri, " before "Rabu (29/3/2023)"


def _cited_on(words: str, at: int) -> bool:
    """Whether the date at ``words[at:]`` is the day the report took the quote ("dikutip dari laman
    resmi, Rabu (29/3/2023)", "dikutip pada Selasa"): the remark may be older."""
    return _citing().search(words[:at].casefold()) is not None


def _month_number(name: str) -> int:
    """``Agustus`` -> 8, read as the date reader reads a month's name; 0 if it is none."""
    found = parse_iso_date(f"1 {name} 2000")
    return int(found[5:7]) if found else 0


# Two reports may date one remark a day apart: an English wire dates it in its own time
# zone, an outlet writing after midnight names the day it publishes. Two days or more apart
# is another remark (the next briefing).
SAME_REMARK_SLACK_DAYS = 1


def _month_day(day: int) -> tuple[int, int]:
    if day < 0:
        return divmod(-day % WEEKDAY_PLACE, 100)
    found = date.fromordinal(day)
    return found.month, found.day


def bare_weekday(day: int) -> int | None:
    """The weekday written beside a bare stated day (``Selasa (8/7)``: 1), None when none was or
    the day is not bare."""
    return weekday_of(day) if day < 0 else None


def without_weekday(day: int) -> int:
    """A stated day with no weekday kept beside it: two writings of one bare day are one day (a
    weekday alone stays itself)."""
    if weekday_only(day):
        return day
    return -(-day % WEEKDAY_PLACE) if day < 0 else day


def _fits(wanted: int, actual: int) -> bool:
    """A written weekday fits a day's when it is that day's or a day off (the writer's slip)."""
    return (wanted - actual) % 7 in (0, 1, 6)


def belied(a: int, b: int) -> bool:
    """Whether a bare stated day's written weekday cannot be right beside the other stated day: set
    in the other's year (the nearer way round the year) it falls on another weekday, or, both bare
    with weekdays, the days between them are not the days between their weekdays. Then the month
    (or the day) slipped, and the bare day cannot set the remark apart (as :func:`_as_weekday_says`
    drops a written date its weekday belies); a weekday a day off is the writer's slip."""
    for bare, other in ((a, b), (b, a)):
        wanted = bare_weekday(bare)
        if bare >= 0 or wanted is None or not other:
            continue
        if other > 0:
            said = date.fromordinal(other)
            month, day = _month_day(bare)
            for year in (said.year, said.year - 1, said.year + 1):
                try:
                    placed = date(year, month, day)
                except ValueError:
                    continue
                if abs(placed.toordinal() - other) <= 183:
                    return not _fits(wanted, placed.weekday())
            continue
        theirs = bare_weekday(other)
        if theirs is None:
            continue
        try:
            first = date(2001, *_month_day(bare)).toordinal()
            second = date(2001, *_month_day(other)).toordinal()
        except ValueError:
            continue
        gap = second - first
        gap = gap - 365 if gap > 182 else gap + 365 if gap < -182 else gap
        return not _fits(theirs, (wanted + gap) % 7)
    return False


def _calendar_distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Days between two month-and-day pairs of an unknown year, across the new year too."""
    try:
        first, second = date(2000, *a).toordinal(), date(2000, *b).toordinal()
    except ValueError:  # a day the month does not have: only equal pairs are the same day
        return 0 if a == b else SAME_REMARK_SLACK_DAYS + 1
    gap = abs(first - second)
    return min(gap, 366 - gap)


def calendar_gap(a: int, b: int) -> int:
    """Days between two stated days (see :func:`stated_day`), by month and day alone when either is
    a bare one (its year unknown, so the nearer way round the year); 0 when either is unknown."""
    if not a or not b or weekday_only(a) or weekday_only(b):
        return 0
    if a > 0 and b > 0:
        return abs(a - b)
    if belied(a, b):
        return 0
    return _calendar_distance(_month_day(a), _month_day(b))


def other_day(a: int, b: int) -> bool:
    """Whether two stated days (see :func:`stated_day`) are both known and not the same day, though
    within ``SAME_REMARK_SLACK_DAYS``: each report names the day its remark was made, and they
    name two (a weekday slipped from its date is mended by :func:`_as_weekday_says` first)."""
    if not a or not b:
        return False
    if weekday_only(a) or weekday_only(b):
        return False  # a weekday alone a day off may be carried from another quote of the page
    if a > 0 and b > 0:
        return a != b
    if belied(a, b):
        return False
    return _calendar_distance(_month_day(a), _month_day(b)) != 0


def days_apart(a: int, b: int) -> bool:
    """Whether two stated days (see :func:`stated_day`) name different occasions: more than
    ``SAME_REMARK_SLACK_DAYS`` apart; unknown (0) never is."""
    if not a or not b:
        return False
    if weekday_only(a) or weekday_only(b):
        gap = weekday_gap(a, b)  # a weekday alone: further from the other's weekday than the slack
        return gap is not None and gap > SAME_REMARK_SLACK_DAYS
    if a > 0 and b > 0:
        return abs(a - b) > SAME_REMARK_SLACK_DAYS
    if belied(a, b):
        return False
    return _calendar_distance(_month_day(a), _month_day(b)) > SAME_REMARK_SLACK_DAYS


@cache
def _recital_openings() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The openings of oaths and pledges (``index/data/linking_recitals.tsv``) as the linker's
    terms, by their first term."""
    phrases = lines("linking_recitals.tsv")
    found = {tuple(content_terms(line, lang)) for line in phrases for lang in ("id", "en")}
    table: dict[str, list[tuple[str, ...]]] = {}
    for terms in sorted(found):
        if terms:
            table.setdefault(terms[0], []).append(terms)
    return {first: tuple(openings) for first, openings in table.items()}


def recited(terms: tuple[str, ...]) -> bool:
    """Whether a quote's terms open like an oath or pledge, a text recited word for word at every
    ceremony: its days, not its words, tell one ceremony from another."""
    openings = _recital_openings().get(terms[0], ()) if terms else ()
    return any(terms[: len(opening)] == opening for opening in openings)
