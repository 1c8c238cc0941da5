"""The site's own address after the mark that closes its story: "… kata dia. *** contoh.id".

Some small sites end every story with a row of asterisks and their domain, run on at the end of the last
paragraph or on a line of its own. The mark is the evidence: a domain the story names in its sentences is a
source or a subject, and one after a dash may be the site the story was taken from.
"""

from __future__ import annotations

import re

from kutip.index.ingest.site_endings import SITE_ENDING
from kutip.index.ingest.site_invite import site_name

__all__ = ["closing_site"]

# Three asterisks or more, opening the line or after a sentence's end, then the domain alone.
_CLOSING = re.compile(
    r"(?:^|(?<=[.!?\"”’)])\s*)\*{3,}\s*(?:www\.)?"
    rf"(?P<site>[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.{SITE_ENDING})\s*\.?$",
    re.I,
)


def closing_site(lines: list[str]) -> str:
    """The domain the closing mark of the last of ``lines`` that has one signs with; "" when none."""
    for line in reversed(lines):
        match = _CLOSING.search(line.strip())
        if match:
            return site_name(match["site"])
    return ""
