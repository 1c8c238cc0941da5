"""A wife named by her given name and her husband's full name is not her husband.

Indonesian news writes a wife as her own given name followed by her husband's ("Ibu
Negara Sari Fulan Badu"). The linker takes the husband's name inside hers for a short form
of it and makes the two one person; when the husband is a listed figure and a wife's title
stands before the longer name, the two are told apart again: the mentions holding her
given name are hers, the others his.
"""

from __future__ import annotations

from functools import cache

from kutip.index.entities.figures import full_name
from kutip.index.entities.person_filter import ArticleFacts
from kutip.index.language import Token, fold, lines, words
from kutip.index.models import Entity, EntityType

__all__ = ["split_spouses"]

_TITLES = "gazetteer/spouse_titles.txt"


@cache
def _titles() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold(w) for w in words(line)) for line in lines(_TITLES))


def _after_title(tokens: list[Token], first: int) -> bool:
    before = tuple(t.folded for t in tokens[max(0, first - 2) : first])
    return before in _titles() or before[-1:] in _titles()


def _husband(name: list[str]) -> tuple[int, str] | None:
    """Where a listed figure's full name of two words or more starts inside ``name``, and that name."""
    for cut in range(1, len(name) - 1):
        figure = full_name(" ".join(name[cut:]))
        if figure is not None and [fold(w) for w in words(figure)] == name[cut:]:
            return cut, figure
    return None


def split_spouses(entities: list[Entity], tokens: list[Token]) -> list[Entity]:
    """``entities`` with a titled wife set apart from the listed husband whose name ends hers."""
    facts = ArticleFacts(tokens)
    out: list[Entity] = []
    for entity in entities:
        name = [fold(w) for w in words(entity.name)]
        found = _husband(name) if entity.type is EntityType.PERSON else None
        if found is None:
            out.append(entity)
            continue
        cut, figure = found
        given = name[:cut]
        hers = [m for m in entity.mentions if [fold(w) for w in words(m.text)][:cut] == given]
        his = [m for m in entity.mentions if m not in hers]
        titled = any(_after_title(tokens, facts.span(m.start, m.end)[0]) for m in hers)
        if not titled or not his:
            out.append(entity)
            continue
        aliases = [a for a in entity.aliases if a != figure]
        out.append(Entity(entity.name, EntityType.PERSON, hers, []))
        out.append(Entity(figure, EntityType.PERSON, his, aliases))
    out.sort(key=lambda e: e.mentions[0].start if e.mentions else 0)
    return out
