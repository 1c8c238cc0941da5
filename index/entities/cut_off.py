"""Names cut off where a scraped page ends: "... Putra Mahkota Arab Saudi Mo", "President Joko W".

A page saved from a feed or a teaser often stops mid-word. The last capitalised letters of
the body then read as a name, or as a name's last word. A person's mention that ends the body
itself (nothing but spaces after it, no full stop) on a word of three letters or fewer, or on the
start of a longer word the body writes before it ("kata Kapo" after "Kapolri"), is such a stump;
it is dropped, and a person left without mentions goes. "MD" and other words in capitals are
kept: an acronym is written whole.
"""

from __future__ import annotations

import re

from kutip.index.models import Entity, EntityType

__all__ = ["drop_cut_off_mentions"]

_STUMP = 3  # letters: "Mo", "Zh", "W", "Yud"


def _stump(body: str, start: int, end: int) -> bool:
    if body[end:].strip():
        return False
    last = body[start:end].rsplit(maxsplit=1)[-1] if body[start:end].split() else ""
    if 0 < len(last) <= _STUMP and not (len(last) > 1 and last.isupper()):
        return True
    return _begins_longer_word(body[:start], last)


def _begins_longer_word(before: str, last: str) -> bool:
    """Whether the body before the mention writes a longer word that ``last`` begins ("Kapo" of
    "Kapolri", "Koto" of "kotor"): the page stopped in the middle of that word."""
    if not last.isalpha():
        return False
    return re.search(rf"\b{re.escape(last)}\w+", before, re.IGNORECASE) is not None


def drop_cut_off_mentions(entities: list[Entity], body: str) -> list[Entity]:
    """``entities`` less the persons' mentions cut off by the end of the body (and persons left with none)."""
    out: list[Entity] = []
    for entity in entities:
        if entity.type is EntityType.PERSON and any(_stump(body, m.start, m.end) for m in entity.mentions):
            entity.mentions = [m for m in entity.mentions if not _stump(body, m.start, m.end)]
            if not entity.mentions:
                continue
        out.append(entity)
    return out
