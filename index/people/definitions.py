"""Nicknames an article defines between two person names it mentions.

"Fulan Wibowo, yang akrab disapa Fufu", "Fulan Wibowo (Fufu)", "Fufu, sapaan akrab Fulan
Wibowo", "Fulan Wibowo, better known as Fufu": the cue words are in ``words.txt``. Only two
adjacent person mentions a few words apart count, so a list of people is never read as a
definition.
"""

from __future__ import annotations

import re
from itertools import pairwise

from kutip.index.language import fold
from kutip.index.models import Entity, EntityType
from kutip.index.people.lexicon import people_lexicon

__all__ = ["defined_aliases"]

_MAX_GAP = 40  # characters between the full name and the nickname
_FILLER = re.compile(r"[\s,()\"“”'‘’:-]+")


def _cue(gap: str) -> str:
    words = [w for w in _FILLER.split(fold(gap)) if w and w != "yang"]
    return " ".join(words)


def defined_aliases(body: str, entities: list[Entity]) -> list[tuple[Entity, Entity]]:
    """(full, nickname) pairs of person entities the text defines as the same person."""
    mentions = sorted(
        (m.start, m.end, n) for n, e in enumerate(entities) if e.type is EntityType.PERSON for m in e.mentions
    )
    lex = people_lexicon()
    pairs: dict[tuple[int, int], tuple[Entity, Entity]] = {}
    for (_, end, first), (start, _, second) in pairwise(mentions):
        if first == second or not 0 <= start - end <= _MAX_GAP:
            continue
        gap = body[end:start]
        cue = _cue(gap)
        if cue in lex.alias_after or (not cue and gap.strip() == "("):
            pairs.setdefault((first, second), (entities[first], entities[second]))
        elif cue in lex.alias_before:
            pairs.setdefault((second, first), (entities[second], entities[first]))
    return list(pairs.values())
