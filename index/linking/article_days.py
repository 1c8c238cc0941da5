"""The day an undated report's remark was made, as its article's other remarks tell through the
reports they are linked with.

A page printing no date and no day for its quote may still be one occasion's report: its other
quotes of the speaker are linked with other outlets' reports that state their day (one official's
press conference of Friday the 1st, another outlet writing "Jumat (1/8)"). When every day so known
for the article is one day, the quote was said that day, and a report of the same speaker stating
another day (his doorstop of the Thursday before) is another occasion unless the words agree near
word for word (:func:`timing.given_alike`): without that, a quote matching both on topic words
(unity, the nation, all political forces) joined the Thursday's doorstop and the Friday's press
conference. Read only for direct quotes joined on topic words alone (:meth:`update._Linker._loose`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from kutip.index.linking.occasions import calendar_gap, days_apart, other_day, recalled
from kutip.index.linking.store import LinkDoc
from kutip.index.linking.timing import given_alike
from kutip.index.linking.weekdays import weekday_only

__all__ = ["known_day", "told_apart"]


def known_day(
    doc: LinkDoc, siblings: Iterable[LinkDoc], linked: Callable[[LinkDoc], Iterable[LinkDoc]]
) -> int:
    """``doc``'s stated day, else the one day the stated days of its article's reports of the same
    speaker (``siblings``, ``doc`` among them) and of their linked reports in other articles
    (``linked``) give, a bare day agreeing with it; 0 when none is known, or two are (the article
    may recall another occasion). A remark the article recalls as earlier takes none."""
    if doc.stated or recalled(doc.occasion):
        return doc.stated
    days: set[int] = set()
    bare: set[int] = set()
    for sibling in siblings:
        if recalled(sibling.occasion) or not sibling.names & doc.names:
            continue
        for report in [sibling, *(r for r in linked(sibling) if r.article != doc.article)]:
            if report.stated > 0:
                days.add(report.stated)
            elif report.stated < 0 and not weekday_only(report.stated):
                bare.add(report.stated)
    if len(days) != 1:
        return 0
    day = days.pop()
    return day if all(calendar_gap(one, day) == 0 for one in bare) else 0


def told_apart(a: LinkDoc, b: LinkDoc, days: tuple[int, int]) -> bool:
    """Whether the two reports' known days (:func:`known_day`), one at least read from its article,
    name two days, and the words are not near-identical."""
    first, second = days
    if (first, second) == (a.stated, b.stated) or not (first and second):
        return False
    return (other_day(first, second) or days_apart(first, second)) and not given_alike(a, b)
