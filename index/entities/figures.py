"""Well-known public figures named by a nickname: "Jokowi" is Joko Widodo.

The one nickname list (``data/people/nicknames.tsv``, read through
:func:`kutip.index.language.nickname_rows`, the people layer's list too) gives full names and
the other names written for them; a person entity named by such a form takes the full name
(the form stays an alias), and two entities that turn out to be one figure become one.
"""

from __future__ import annotations

from functools import cache

from kutip.index.language import fold, nickname_rows, words
from kutip.index.models import Entity, EntityType

__all__ = ["full_name", "name_figures"]


@cache
def _nicknames() -> dict[str, str]:
    found: dict[str, str] = {}
    for full, forms in nickname_rows():
        for form in (full, *forms):
            found.setdefault(" ".join(fold(w) for w in words(form)), full)
    return found


def full_name(name: str) -> str | None:
    """The full name of a listed figure written ``name`` ("Jokowi" -> "Joko Widodo"), or None."""
    return _nicknames().get(" ".join(fold(w) for w in words(name)))


_TITLE_WORDS = 2  # "Sri Paus Fransiskus": the words before a mention a listed form may hold


def _titled_form(entity: Entity, body: str) -> str | None:
    """The listed figure a mention names with the word or two written before it ("Paus Fransiskus":
    the list writes the pope with his title, which the recogniser keeps out of the name), or None."""
    for mention in entity.mentions:
        before = body[max(0, mention.start - 40) : mention.start]
        if not before.endswith(" ") or "\n" in before[-20:]:
            continue
        ahead = words(before)[-_TITLE_WORDS:]
        for k in range(1, len(ahead) + 1):
            full = full_name(" ".join([*ahead[-k:], mention.text]))
            if full is not None:
                return full
    return None


def name_figures(entities: list[Entity], body: str = "") -> list[Entity]:
    """Persons named by a listed nickname renamed to the full name; duplicates merged into the first."""
    by_name: dict[str, Entity] = {}
    out: list[Entity] = []
    for entity in entities:
        full = full_name(entity.name)
        if full is None and body and entity.type is EntityType.PERSON:
            full = _titled_form(entity, body)
        if entity.type is EntityType.ORGANIZATION and full is not None and len(entity.mentions) > 0:
            entity.type = EntityType.PERSON  # "SBY" looks like an acronym but is a listed nickname
        if entity.type is not EntityType.PERSON:
            out.append(entity)
            continue
        if full is not None and full != entity.name and fold(full) not in fold(entity.name):
            entity.aliases = list(dict.fromkeys([entity.name, *entity.aliases]))
            entity.name = full
        same = by_name.get(fold(entity.name))
        if same is None:
            by_name[fold(entity.name)] = entity
            out.append(entity)
            continue
        same.mentions = sorted(same.mentions + entity.mentions, key=lambda m: m.start)
        same.aliases = list(dict.fromkeys(a for a in (*same.aliases, *entity.aliases) if a != same.name))
    return out
