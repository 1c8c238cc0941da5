"""A writer's name and the place heading a lead, so an untitled article's stand-in is its story.

Some newspapers open the lead with the reporter's name before the place ("Ana Putri Lestari, Jakarta – The
…"). The dateline reader keeps a two-word name there as the writer's; a longer one it leaves in the lead,
where an untitled article's list row and citation would open on a byline. Only the stand-in reads this:
no outlet or credit is taken from it.
"""

from __future__ import annotations

import re

from kutip.index.ingest.credits import looks_like_name
from kutip.index.ingest.dateline import is_place
from kutip.index.ingest.outlets import has_outlet_word, is_outlet_name

__all__ = ["writer_opener"]

_OPENER = re.compile(
    r"^(?P<name>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,3}),\s*(?P<place>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)"
    r"\s+[-–—]\s+(?=[A-Z\"“])"
)
_MIN_REST_WORDS = 8


def writer_opener(opening: str) -> str:
    """The writer's name and the place (not the dash) heading ``opening``; "" when it opens otherwise."""
    found = _OPENER.match(opening)
    if found is None or len(opening[found.end() :].split()) < _MIN_REST_WORDS:
        return ""
    name = found["name"]
    person = looks_like_name(name) and not has_outlet_word(name) and not is_outlet_name(name)
    if not person or any(is_place(word) for word in name.split()) or not is_place(found["place"]):
        return ""
    return opening[: found.end("place")]
