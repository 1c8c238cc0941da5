"""A remark's weekday when an undated page gives nothing more: "..., ujar X di Kota, Rabu."

A page with a date lets its date stand for the remark; a page without one, whose attribution writes
the weekday alone, still says the remark was not made on a day that falls on another weekday: two
reports of one speaker, one stating Friday the 3rd and the other a bare Wednesday, report two
occasions however alike their topic words. The weekday is kept as a stated day of its own form
(:func:`weekday_day`), beside the bare ``Kamis (22/4)`` of :mod:`occasions`, and never confirms
one day: the same weekday recurs every week.
"""

from __future__ import annotations

import re
from datetime import date

from kutip.index.ingest.dates import weekday_number

__all__ = [
    "WEEKDAY_PLACE",
    "weekday_day",
    "weekday_gap",
    "weekday_led",
    "weekday_of",
    "weekday_only",
    "weekday_said",
]

WEEKDAY_PLACE = 10000  # a stated day's written weekday (plus one) sits above its month and day

# A weekday written out in full and capitalised, closing the attribution or its clause (after a
# comma, "pada" or "on"), with no date after it: "di Jakarta, Rabu", "said on Wednesday."; "minggu"
# in lower case is "week", and "Rabu (5/11)" is the bare day :mod:`occasions` reads.
_ALONE = re.compile(
    r"(?:,|\bpada|\bon|\bhari)\s+"
    r"(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Jum’at|Sabtu|Minggu|Ahad"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?:\s+(?:pagi|siang|sore|malam|dini\s+hari|morning|afternoon|evening|night))?"
    r"(?!\s*[(\d])\s*(?:[.,;)]|$)"
)


def weekday_said(words: str) -> int:
    """The weekday-only stated day ``words`` (an attribution) give, 0 when they write none or two
    different weekdays (one may be another event's)."""
    found = {number for m in _ALONE.finditer(words) if (number := weekday_number(m.group(1))) is not None}
    return weekday_day(found.pop()) if len(found) == 1 else 0


# An English lead dating the remark by its weekday: "said Tuesday", "said on Friday", "told a forum
# on Monday" (the speech verbs are ``data/speech_verbs.tsv``'s, which the caller reads).
_EN_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_ON_WEEKDAY = re.compile(rf"\bon\s+({_EN_WEEKDAYS})\b")
_AFTER_WORD = re.compile(rf"\b([A-Za-z]+)\s+({_EN_WEEKDAYS})\b")
_LEAD_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")


def weekday_led(lead: str, verbs: frozenset[str]) -> int:
    """The weekday-only stated day an English page's lead gives its remark: the first sentence of
    ``lead`` holding a speech verb (``verbs``, case-folded) writes one weekday after "on" or straight
    after the verb ("A senior official said Tuesday that ..."); 0 when it writes none or two. News
    leads date the occasion the story reports so; the page's quotes with no day of their own are
    of it."""
    for sentence in _LEAD_SENTENCE.split(lead):
        if verbs.isdisjoint(re.findall(r"[a-z]+", sentence.casefold())):
            continue
        found = {m.group(1) for m in _ON_WEEKDAY.finditer(sentence)}
        found |= {m.group(2) for m in _AFTER_WORD.finditer(sentence) if m.group(1).casefold() in verbs}
        numbers = {number for name in found if (number := weekday_number(name)) is not None}
        return weekday_day(numbers.pop()) if len(numbers) == 1 else 0
    return 0


def weekday_day(weekday: int) -> int:
    """The stated day of a weekday (Monday 0) written alone."""
    return -(weekday + 1) * WEEKDAY_PLACE


def weekday_only(day: int) -> bool:
    """Whether a stated day is a weekday alone (:func:`weekday_day`)."""
    return day < 0 and -day % WEEKDAY_PLACE == 0


def weekday_of(day: int) -> int | None:
    """The weekday (Monday 0) of a stated day: a date's, or the one written beside a bare day or
    alone; None when a bare day was written without one."""
    if day > 0:
        return date.fromordinal(day).weekday()
    code = -day // WEEKDAY_PLACE if day < 0 else 0
    return code - 1 if code else None


def weekday_gap(a: int, b: int) -> int | None:
    """Days between the weekdays of two stated days, one of them a weekday alone, the nearer way
    round the week; None when either weekday is unknown."""
    first, second = weekday_of(a), weekday_of(b)
    if first is None or second is None:
        return None
    gap = (first - second) % 7
    return min(gap, 7 - gap)
