"""The page's own name heading its lead after (or without) the dateline, so an untitled stand-in is its story.

An untitled article's list row and citation stand in for the title with the lead's first words. Sites print
their name in the lead's slot in shapes no dateline reader keeps as the dateline, though the outlet reader
took the name from them: after a place and a dash ("KOTA – Contoh.com – Menteri …"), alone before a bar
("Harian Contoh | Presiden …") or a stop ("contoh.co. Warga …"), or in a bracket the place and the lead run
into ("Kota(contoh.com)Warga …").
Only the name the outlet was read as counts, so a story opening on another site's name stays whole.
"""

from __future__ import annotations

import re

from kutip.index.ingest.outlets import outlet_key

__all__ = ["own_name_opener"]

# "Contoh.com – Menteri …", "Harian Contoh | Presiden …", "CONTOH.ID: Warga …", "contoh.co. Warga …"
_NAME_THEN_MARK = re.compile(
    r"^(?P<name>[^\s|:–—-][^|:–—]{1,38}?)\s*(?:\||:|\s[-–—]|[–—]|\.(?=\s))\s*(?=[A-Z0-9\"“‘'])"
)
# "Kota(contoh.com)Warga …", "Kota (Contoh) Warga …"
_PLACE_BRACKET = re.compile(
    r"^[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?\s*\(\s*(?P<name>[^()]{2,40}?)\s*\)\s*(?=[A-Z\"“])"
)


def own_name_opener(opening: str, outlet: str) -> str:
    """The outlet's own name (with a place's bracket around it) and the mark after it heading ``opening``;
    "" when the lead opens with no name, or one that is not the outlet's."""
    if not outlet:
        return ""
    for pattern in (_NAME_THEN_MARK, _PLACE_BRACKET):
        found = pattern.match(opening)
        if found and _same_outlet(found["name"], outlet):
            return opening[: found.end()].rstrip()
    return ""


def _same_outlet(name: str, outlet: str) -> bool:
    return bool(outlet_key(name)) and outlet_key(name) == outlet_key(outlet)
