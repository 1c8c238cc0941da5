"""A one-word name joined by "dan" / "and" to a person's name is a person (issue 9, names session 40).

"polisi menangkap Fulan Badu dan Sadan, ...", "medals from Sari Dewi and Ratmi": a list of people
names the second of them by one word, which has no cue of its own and is dropped as too thin. A
capitalised word right after a person's mention and a bare "dan", "serta" or "and" is taken as a
person when it is one word (a lower-case word, a comma or the sentence's end after it), no everyday
word (``common.txt``, the training news' lower-case words), no title's first word ("Panitera", "Director":
an office follows), no listed figure's nickname (the figure is named so already), no gazetteer place or
body, not covered by another entity and no word of a person the article names already.
"""

from __future__ import annotations

import re

from kutip.index.entities.dictionary import is_lower_word
from kutip.index.entities.figures import full_name
from kutip.index.entities.lexicon import lexicon, lookup
from kutip.index.language import fold
from kutip.index.models import Entity, EntityType, Mention

__all__ = ["add_coordinated_names"]

_JOINED = re.compile(r"[ ]+(?:dan|serta|and)[ ]+([A-Z][a-z]{2,})(?![\w'’.-])(?=[ ]*(?:[,;.)]|[ ]+[a-z]|$))")


def add_coordinated_names(entities: list[Entity], body: str) -> list[Entity]:
    """``entities`` and the one-word persons joined to a person's mention by "dan" / "and"."""
    covered = bytearray(len(body))
    for entity in entities:
        for m in entity.mentions:
            start, end = max(0, m.start), min(m.end, len(body))
            if start < end:
                covered[start:end] = b"\x01" * (end - start)
    persons = [e for e in entities if e.type is EntityType.PERSON]
    named = {fold(w) for e in persons for name in (e.name, *e.aliases) for w in name.split()}
    lex = lexicon()
    common = lex.common
    added: dict[str, Entity] = {}
    for person in persons:
        for m in person.mentions:
            match = _JOINED.match(body, m.end)
            if match is None:
                continue
            word = match.group(1)
            folded = fold(word)
            at = match.start(1)
            if folded in named or folded in common or is_lower_word(folded) or lookup(word) is not None:
                continue
            if folded in lex.title_starts or folded in lex.honorifics or full_name(word) is not None:
                continue  # "dan Panitera pengganti X", "and Director of ...": an office; a listed nickname
            if covered.find(1, at, match.end(1)) >= 0:
                continue
            mention = Mention(at, match.end(1), word)
            if word in added:
                if all(x.start != at for x in added[word].mentions):
                    added[word].mentions.append(mention)
                continue
            added[word] = Entity(word, EntityType.PERSON, [mention])
    if not added:
        return entities
    return sorted([*entities, *added.values()], key=lambda e: min((m.start for m in e.mentions), default=0))
