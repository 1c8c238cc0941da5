"""When two reports' remarks were made, and whether their days let them be one occasion: the
days between them (a stated day replacing the date; a bare day compared by month and day), a day
the attributions state against another, a report published before the day the other states, and
what a day or a week apart asks of the words (:func:`_by_dates`). Split from :mod:`update`
(session 40), whose match rules weigh these.
"""

from __future__ import annotations

from kutip.index.linking.occasions import (
    SAME_REMARK_SLACK_DAYS,
    belied,
    calendar_gap,
    days_apart,
    kinds_conflict,
    other_day,
    recalled,
    recalled_before,
)
from kutip.index.linking.similarity import BARS, similarity
from kutip.index.linking.store import LinkDoc
from kutip.index.linking.weekdays import weekday_only

__all__ = [
    "DISTANT_DAYS",
    "RECHECK_DAYS",
    "credited_apart_together",
    "dated_together",
    "days_between",
    "given_alike",
    "occasion_agrees",
    "one_day",
    "published_apart",
    "published_before_said",
    "recalled_earlier",
    "same_known_day",
    "stated_apart",
]

# Outlets report a remark within a day or two. Reports dated this many days apart, whose
# attributions do not state one day for the remark (a stated day replaces the date), are as
# likely the speaker saying the like again at the next briefing: one speaker's words must then be
# near-identical, whole text against whole text (``BARS["distant"]``).
RECHECK_DAYS = 3
# Two dated reports further apart than this are another occasion unless their words are
# near-identical by the bar for two different speakers.
DISTANT_DAYS = 7


def occasion_agrees(a: LinkDoc, b: LinkDoc) -> bool:
    """Whether nothing the attributions state sets two reports on different occasions: the days
    they give for the remarks, or the kinds (an interview is not the press conference), or a
    report its article recalls as earlier than its own day against one stating that day or a
    later one (:func:`recalled_earlier`)."""
    if days_apart(a.stated, b.stated) or kinds_conflict(a.occasion, b.occasion):
        return False
    return not recalled_earlier(a, b) and not recalled_earlier(b, a)


def recalled_earlier(old: LinkDoc, new: LinkDoc) -> bool:
    """Whether ``old`` is a remark its article recalls from before its own day ("Sebelumnya, ...":
    :func:`context.recalled_quotes`; no day of its own) and ``new`` states its remark on that day or
    later: ``new`` reports the occasion ``old``'s article covers, or a later one, which the
    recalled remark came before (two answers of one speaker on one topic a day apart, the second
    article quoting both); unless ``new`` gives ``old``'s words near-identically (:func:`given_alike`)."""
    if not recalled(old.occasion) or recalled(new.occasion) or old.stated:
        return False
    return recalled_before(old.day, new.stated) and not given_alike(old, new)


def given_alike(a: LinkDoc, b: LinkDoc) -> bool:
    """Whether two reports in one language give one quote in near-identical words (the bar for one
    speaker days apart, ``similarity.BARS["distant"]``, whole text against whole text): a quote the
    narration recalls ("Sebelumnya, ...") that another outlet gives so on the recalling article's
    day is a remark that day's news already carried, not an older one in other words."""
    if a.lang != b.lang:
        return False
    least, share = BARS["distant"]
    found = similarity(a.terms, b.terms)
    return not found.numbers_conflict and found.shared >= least and found.containment >= share


def days_between(a: LinkDoc, b: LinkDoc) -> int:
    """Days between the two reports' dates (a stated day replaces the date); 0 when either is undated.
    An undated report whose attribution states a bare day (``Rabu (31/7)``, no year) is that far
    from the other's day by month and day (:func:`occasions.calendar_gap`): a remark stated for the
    end of July is not the one a report of late January gives, whatever the year."""
    if a.day and b.day:
        return abs(a.day - b.day)
    first, second = a.day or a.stated, b.day or b.stated
    return calendar_gap(first, second) if first and second else 0


def one_day(a: LinkDoc, b: LinkDoc) -> bool:
    """Whether the reports' days confirm one occasion: both dated, or an undated report's bare
    stated day (``Sabtu (30/11)``, no year) falling on the other's day."""
    if a.day and b.day:
        return True
    first, second = a.day or a.stated, b.day or b.stated
    if weekday_only(first) or weekday_only(second):
        return False  # a weekday recurs every week: it never confirms one day
    return bool(first and second) and not belied(first, second) and not days_apart(first, second)


def same_known_day(a: LinkDoc, b: LinkDoc) -> bool:
    """Whether both reports' days are known (a date, or a bare stated day) and name one day."""
    first, second = a.day or a.stated, b.day or b.stated
    if weekday_only(first) or weekday_only(second):
        return False  # a weekday recurs every week: it never confirms one day
    return bool(first and second) and not belied(first, second) and not days_apart(first, second)


def _when(doc: LinkDoc) -> int:
    """The day a report says the remark was made, else the day it was published; not the date a
    lead names, which may be another event's (the race the winner speaks about a week later)."""
    return doc.stated if doc.stated > 0 else doc.published


def published_apart(a: LinkDoc, b: LinkDoc) -> bool:
    """Whether two reports were published (or state their remarks) ``RECHECK_DAYS`` or more apart."""
    first, second = _when(a), _when(b)
    return bool(first and second) and abs(first - second) >= RECHECK_DAYS


def _by_dates(how: str, a: LinkDoc, b: LinkDoc, *, together: bool = False) -> str:
    """The bar once the dates are weighed: like words days apart must be near-identical to be one
    remark (a speaker repeats a line at the next briefing; an outlet rarely reports a remark days
    late without saying when it was made), and so must words whose attributions state two days a
    day apart (:func:`stated_apart`), unless ``together``: the two articles share a remark."""
    if how in ("same", "unknown") and days_between(a, b) > DISTANT_DAYS:
        return "different"
    if how == "same" and stated_apart(a, b) and not together:
        return "distant"
    if how in ("same", "unknown") and (published_apart(a, b) or _translated_apart(a, b)):
        return "distant" if how == "same" else "different"
    return how


def _translated_apart(a: LinkDoc, b: LinkDoc) -> bool:
    """Whether two reports in two languages lie ``RECHECK_DAYS`` or more apart by their days (a
    stated day, else the date; a lead's event date counts here, as :func:`published_apart` leaves
    it out): a translation shares topic words with the speaker's like remark of another briefing as
    readily as with the one it renders, and only near-identical words would tell them apart."""
    return a.lang != b.lang and days_between(a, b) >= RECHECK_DAYS


def stated_apart(a: LinkDoc, b: LinkDoc) -> bool:
    """Whether two reports in one language each state the day of the remark, and name two days a
    day apart (:func:`occasions.other_day`), or one was published before the day the other states
    (:func:`published_before_said`): one speaker the next day, unless the words are
    near-identical (an outlet dating by its edition copies another's quote whole)."""
    if a.lang != b.lang:
        return False
    return other_day(a.stated, b.stated) or published_before_said(a, b) or published_before_said(b, a)


def published_before_said(early: LinkDoc, late: LinkDoc) -> bool:
    """Whether ``early``'s article was published before the day ``late``'s attribution states for
    its remark: a report cannot carry a remark not yet made, so ``early`` gives what the speaker
    said on an earlier occasion (the day he took office) or announced he would do (a plan to hand
    in a letter "tomorrow"), unless its words are the later report's near-identically or the two
    articles share such a copy (:meth:`_Linker.edition_dated`: an outlet dating by its edition).
    Read within one language only (:func:`stated_apart`): an outlet in another may date by another
    time zone than the speaker's, a day back."""
    return 0 < early.published < late.stated


def dated_together(a: LinkDoc, b: LinkDoc) -> bool:
    """Whether both reports are dated and at most ``SAME_REMARK_SLACK_DAYS`` apart: an outlet
    publishing the next morning, or dating the remark by its own edition, reports the same day."""
    return bool(a.day) and bool(b.day) and abs(a.day - b.day) <= SAME_REMARK_SLACK_DAYS


def credited_apart_together(a: LinkDoc, b: LinkDoc) -> bool:
    """Whether two reports in one language may give one remark credited to two people: nothing in
    their dates sets them apart (not published days apart; within a day when both are dated)."""
    if a.lang != b.lang or published_apart(a, b):
        return False
    return not (a.day and b.day) or dated_together(a, b)
