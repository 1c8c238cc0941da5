"""Speaker names as the statements extractor meets them, mapped to the article's persons.

A quote is attributed as written ("kata Blinken", "Menhan Austin"); the entity list
already knows who that is, so the extractor asks here instead of re-deriving it.
"""

from __future__ import annotations

from collections.abc import Iterable

from kutip.index.entities.lexicon import lexicon
from kutip.index.language import fold, words
from kutip.index.models import Entity, EntityType

__all__ = ["person_names", "resolve_person", "strip_titles"]


def strip_titles(name: str) -> str:
    """``name`` without leading titles: "Presiden Xi Jinping" -> "Xi Jinping", "Menlu" -> ""."""
    lex = lexicon()
    written = words(name)
    start = 0
    while start < len(written):
        for length in range(min(lex.longest_title, len(written) - start), 0, -1):
            if tuple(fold(w) for w in written[start : start + length]) in lex.titles:
                start += length
                break
        else:
            break
        while start < len(written) and fold(written[start]) in lex.portfolios:
            start += 1
    return " ".join(written[start:])


def person_names(entities: Iterable[Entity]) -> dict[str, str]:
    """Folded forms (full name, each mention, each alias, an unshared single word) -> canonical name.

    Keys are case-folded; a word shared by two persons ("Kim") is left out rather than guessed.
    """
    names: dict[str, str] = {}
    word_owner: dict[str, str | None] = {}
    for entity in entities:
        if entity.type is not EntityType.PERSON:
            continue
        for form in (entity.name, *entity.aliases, *(m.text for m in entity.mentions)):
            names[" ".join(fold(w) for w in words(form))] = entity.name
        for word in words(entity.name):
            key = fold(word)
            word_owner[key] = entity.name if word_owner.get(key, entity.name) == entity.name else None
    for word, owner in word_owner.items():
        if owner is not None:
            names.setdefault(word, owner)
    return names


def resolve_person(written: str, entities: Iterable[Entity]) -> str | None:
    """The canonical person a written attribution names ("Menhan Austin" -> "Lloyd Austin"), or None."""
    names = person_names(entities)
    bare = strip_titles(written)
    key = " ".join(fold(w) for w in words(bare))
    if not key:
        return None
    if key in names:
        return names[key]
    last = key.split()[-1]
    return names.get(last)
