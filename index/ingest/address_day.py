"""The year of a head stamp that prints none, from the page's printed address of the same day.

"ContohPost-Aug 23" over a reprint, with "Read more at: https://contohpost.com/paper/2031/08/23/…" under it:
the stamp says the day and the address, the outlet's own, says the same day with its year. Neither alone
dates the page (a yearless day could be any year's; an address printed in the text may point to another
page, see ``build``), but the two agreeing on the day do.
"""

from __future__ import annotations

import re

from kutip.index.ingest.dates import MONTH_NAMES, find_dates, url_date
from kutip.index.ingest.outlets import outlet_key, outlet_of_url

__all__ = ["address_dated_stamp"]

# "Aug 23", "23 Agustus": a day and a month with no year after them.
_YEARLESS = re.compile(
    rf"(?<![\w/.])(?:\d{{1,2}}\s+(?:{MONTH_NAMES})\.?|(?:{MONTH_NAMES})\.?\s+\d{{1,2}})(?![\w/.-])"
    rf"(?!,?\s*\d)",
    re.I,
)
_HEAD_LINES = 3
_STAMP_MAX_WORDS = 6


def address_dated_stamp(paragraphs: list[str], url: str, outlet: str) -> str:
    """The ISO day of the head's one yearless stamp when the printed ``url``, an address of the page's own
    ``outlet``, carries that day; "" otherwise."""
    dated = url_date(url)
    owner = outlet_of_url(url)
    if not dated or not owner or not outlet or outlet_key(owner) != outlet_key(outlet):
        return ""
    head = [p.strip() for p in paragraphs if p.strip()][:_HEAD_LINES]
    days = {
        found.iso
        for line in head
        if len(line.split()) <= _STAMP_MAX_WORDS and next(find_dates(line), None) is None
        for match in _YEARLESS.finditer(line)
        for found in find_dates(f"{match.group()} {dated[:4]}")
    }
    return dated if days == {dated} else ""
