"""Latin species names written in title case: "Panthera Tigris Sumatrae", "(Pongo Pygmaeus)".

Nature news gives an animal's or a plant's scientific name after its common one, often in title case,
so the rules read the binomial as a person's name. A run whose every word after the first ends as a
Latin epithet does (``data/language/latin_endings.txt``) is a species when one word ends in a marked
ending no given name has ("-ensis", "-ae", "-icus") or the run stands in brackets right after a
lower-case word, where a common name's scientific name goes. A person so written on the page, in every
mention, is that species and no one; a word that is a learnt given name ("Markus") keeps the person.
"""

from __future__ import annotations

import re
from functools import cache

from kutip.index.entities.features import first_names
from kutip.index.language import fold, folded_set, words
from kutip.index.models import Entity, EntityType

__all__ = ["drop_species_names"]

_LIST = "language/latin_endings.txt"
_EPITHET_LETTERS = 5  # "Sumatrae", "Tigris": shorter words ending so are names' syllables ("Jae", "Tae")
_RUN = re.compile(r"(\(?)([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,2})")


@cache
def _endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    marked = tuple(folded_set(_LIST, "marked"))
    return marked, marked + tuple(folded_set(_LIST, "plain"))


def _species(run: tuple[str, ...], bracketed: bool) -> bool:
    marked, any_ending = _endings()
    epithets = run[1:]
    if any(w in first_names() for w in run) or not all(
        len(w) >= _EPITHET_LETTERS and w.endswith(any_ending) for w in epithets
    ):
        return False
    return bracketed or any(w.endswith(marked) for w in epithets)


def _species_runs(body: str) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for m in _RUN.finditer(body):
        run = tuple(fold(w) for w in words(m.group(2)))
        before = body[max(0, m.start() - 30) : m.start()].split()
        bracketed = bool(m.group(1)) and bool(before) and before[-1].isalpha() and before[-1].islower()
        if _species(run, bracketed):
            found.add(run)
    return found


def drop_species_names(entities: list[Entity], body: str) -> list[Entity]:
    """``entities`` without the persons the page writes only as a species' Latin name."""
    persons = [e for e in entities if e.type is EntityType.PERSON]
    if not persons:
        return entities
    species = _species_runs(body)
    if not species:
        return entities

    def latin(e: Entity) -> bool:
        forms = [m.text for m in e.mentions] or [e.name]
        return all(tuple(fold(w) for w in words(f)) in species for f in forms)

    return [e for e in entities if e.type is not EntityType.PERSON or not latin(e)]
