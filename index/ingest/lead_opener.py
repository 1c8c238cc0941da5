"""The place heading a lead that no dateline reader takes, so an untitled article's stand-in is its story.

The dateline readers (:mod:`.dateline`) take a place only with evidence of an outlet, a wire's capitals or a
date, since a kicker or a headline opens the same way ("Jakarta - Warga Mengungsi"). An untitled article's
list row and citation stand in for the title with the lead's first words, and there a place heading the lead
says nothing: "Jakarta: Menteri …", "Jakarta. Menteri …", "Kota – Menteri …", "KOTA, April 4 ― The …",
"Jakarta (CONTOH MONITORING): …", "(Contoh – Jakarta) Menteri …" and, after a site's dateline, "CONTOH.CO.ID -
KOTA. Menteri …". What they share: one to three places the gazetteer knows (or a wire's capitals), perhaps a
month and day or a bracket, then a separator and a story sentence. Only the lead's stand-in reads this: the
outlet and the date are the dateline readers' alone.
"""

from __future__ import annotations

import re

from kutip.index.ingest.dateline import is_place
from kutip.index.ingest.dates import MONTH_NAMES, wire_place

__all__ = ["lead_opener"]

_PLACE = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_OPENER = re.compile(
    rf"^(?P<places>{_PLACE}(?:,\s*{_PLACE}){{0,2}})"
    rf"(?:,\s*(?i:(?:{MONTH_NAMES})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH_NAMES})))?"  # "KOTA, April 4 ―"
    r"(?:\s*\(\s*[^()]{2,40}?\s*\))?"  # "Jakarta (CONTOH MONITORING):"
    r"(?P<stop>\s*[:.•]|\s+[-–—―]{1,2})\s+(?=[A-Z0-9\"“‘'(])"
)
# "(Contoh – Jakarta) Menteri …": the site's name and the place in one bracket before the lead.
_BRACKETED = re.compile(r"^\(\s*[^()\-–—]{2,30}?\s+[-–—]\s+(?P<places>" + _PLACE + r")\s*\)\s+(?=[A-Z\"“])")
_DASHES = "-–—"  # the separators a dateline's reader strips itself (the list's lead, the citation)
_MIN_REST_WORDS = 8


def lead_opener(opening: str) -> str:
    """The place (and its separator, but for a dash) heading ``opening``, the body's first words; ""
    when the lead opens with none, or what follows reads as no story sentence."""
    bracketed = _BRACKETED.match(opening)
    found = bracketed or _OPENER.match(opening)
    if found is None or not all(_place(p) for p in found["places"].split(",")):
        return ""
    rest = opening[found.end() :]
    if len(rest.split()) < _MIN_REST_WORDS:
        return ""
    if bracketed:
        return opening[: found.end()].rstrip()
    stop = found["stop"].strip()
    return opening[: found.start("stop")] if set(stop) <= set(_DASHES) else opening[: found.end("stop")]


def _place(part: str) -> bool:
    part = part.strip().rstrip(".")
    return is_place(part) or wire_place(part)
