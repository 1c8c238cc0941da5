"""A one-word "person" the article writes right before a place is that place's club, district or branch.

"Persib Bandung bakal ...", "kawasan Wonocolo Surabaya, ...": a capitalised word followed by a place of
the gazetteer that closes the run names a football club, a district or a body's branch in that place,
and the lone word elsewhere ("Persib Menang") is its short form. People are not written with a city
after the name; a run that goes on after the place is a longer name whose word happens to be a place
("Irjen Fulan Minahasa Putra"), so it is no evidence, nor is a run after a rank or an office ("Irjen Pol
Fulan Minahasa": a titled name). Given names the tagger's list knows stay persons.
"""

from __future__ import annotations

import re

from kutip.index.entities.features import first_names
from kutip.index.entities.lexicon import lexicon
from kutip.index.language import fold
from kutip.index.models import Entity, EntityType

__all__ = ["drop_names_before_places"]

_PLACE_WORDS = 2  # "Persipura Jayapura", "Tira Kabupaten Bogor" is too far: one or two words of the place
_TITLE_WORDS = 2  # "Irjen Pol Fulan": a rank and its corps
_TITLE_REACH = 40  # characters read back for them
_NEXT = re.compile(r" ((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,2})")


def _before_a_place(body: str, word: str) -> bool:
    lex = lexicon()
    for found in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", body):
        after = _NEXT.match(body, found.end())
        if after is None or _titled(body, found.start()):
            continue
        following = after.group(1).split()
        for n in range(min(_PLACE_WORDS, len(following)), 0, -1):
            place = following[:n]
            entry = lex.entry(place, [fold(w) for w in place])
            if entry is not None and entry.type is EntityType.PLACE:
                if n == len(following):  # the place closes the capitalised run
                    return True
                break
    return False


def _titled(body: str, at: int) -> bool:
    """A rank or an office right before the run ("Irjen Pol Fulan Minahasa"): the run is a titled name."""
    before = body[max(0, at - _TITLE_REACH) : at].rsplit("\n", 1)[-1].split()[-_TITLE_WORDS:]
    return any(fold(w.strip(".,")) in lexicon().title_starts for w in before)


def drop_names_before_places(entities: list[Entity], body: str) -> list[Entity]:
    """``entities`` without the one-word persons the article writes as a place's club or district."""
    out = []
    for e in entities:
        word = e.name
        if (
            e.type is EntityType.PERSON
            and e.mentions
            and " " not in word
            and fold(word) not in first_names()
            and _before_a_place(body, word)
        ):
            continue
        out.append(e)
    return out
