"""The endings of a news site's web address, read from one list (``data/ingest_site_endings.txt``).

Every expression of the ingest package that reads a domain ("Contoh.com", "CONTOH.CO.ID",
"contoh.media") takes its endings from here, so a site is a domain to all of them or to none.
"""

from __future__ import annotations

import re

from kutip.index.language.wordlists import lines

__all__ = ["SITE_ENDING", "SITE_ENDINGS", "SITE_ENDING_BEHIND"]


def _endings() -> tuple[str, ...]:
    entries = {entry.strip().casefold().lstrip(".") for entry in lines("ingest_site_endings.txt")}
    # Longest first, so that "contoh.co.id" is read whole before its "co" can end a shorter match.
    return tuple(sorted(entries, key=lambda ending: (-len(ending), ending)))


SITE_ENDINGS: tuple[str, ...] = _endings()
# The endings as one group, in lower case ("(?:co\.id|…|com|…)"); put it after "\." and inside
# "(?i:…)" or a re.I expression where an ending in capitals ("KOMPAS.COM") counts too.
SITE_ENDING = "(?:" + "|".join(re.escape(ending) for ending in SITE_ENDINGS) + ")"
# "(?<=\.com)|(?<=\.COM)|…": a position just after a domain's ending, in lower case or capitals
# (Python's lookbehind needs one width per alternative).
_WRITTEN = (form for ending in SITE_ENDINGS for form in dict.fromkeys((ending, ending.upper())))
SITE_ENDING_BEHIND = "|".join(f"(?<=\\.{re.escape(form)})" for form in _WRITTEN)
