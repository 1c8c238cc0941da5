"""A name glued after an office: ``Direktur Eksekutif Lembaga Kajian X Fulan Hidayat``.

Indonesian writes role, organisation and name with no comma between them, and the entity
recogniser sometimes reads the whole run as one organisation or place. When a role word stands
right before such a mention and its last two words read as a person in their context, those two
words are the person and the rest stays the organisation.
"""

from __future__ import annotations

from ..entities import is_person_candidate
from ..models import Entity, EntityType, Mention
from .lexicon import lexicon
from .people import known_place_or_body
from .text import tokens

_NAME_WORDS = 2
_MIN_WORDS = 3  # an organisation word and two name words at least


def split_glued(body: str, entities: list[Entity], lang: str) -> list[Entity]:
    """``entities`` with each organisation or place mention that ends in a glued name cut before
    the name, and the name added as a person (a new entity, or a mention of a known one)."""
    if lang != "id":
        return entities
    out: list[Entity] = []
    people = {e.name: e for e in entities if e.type is EntityType.PERSON}
    added: dict[str, Entity] = {}  # new persons, and copies of known ones that gain a mention
    for ent in entities:
        if ent.type is EntityType.PERSON:
            continue
        kept: list[Mention] = []
        for m in ent.mentions:
            at = _glued_name_at(body, m, lang)
            if at is None:
                kept.append(m)
                continue
            name = body[at : m.end]
            head = body[m.start : at].rstrip()
            kept.append(Mention(m.start, m.start + len(head), head))
            person = added.get(name)
            if person is None:
                known = people.get(name) or Entity(name, EntityType.PERSON)
                person = Entity(name, EntityType.PERSON, list(known.mentions), list(known.aliases))
                added[name] = person
            person.mentions.append(Mention(at, m.end, name))
        if kept:
            out.append(Entity(ent.name, ent.type, kept, list(ent.aliases)))
    if not added:
        return entities
    kept_people = [e for e in entities if e.type is EntityType.PERSON and e.name not in added]
    return kept_people + out + list(added.values())


def _glued_name_at(body: str, m: Mention, lang: str) -> int | None:
    """Where the glued name starts in mention ``m``, or None when nothing is glued to it."""
    lex = lexicon()
    words = tokens(body, m.start, m.end)
    if len(words) < _MIN_WORDS:
        return None
    before = tokens(body, max(0, m.start - 40), m.start)
    if not before or not lex.is_a(before[-1].text, "role") or body[before[-1].end : m.start].strip():
        return None
    tail = words[-_NAME_WORDS:]
    if body[words[-_NAME_WORDS - 1].end : tail[0].start].strip():
        return None
    for tok in tail:
        w = tok.text
        if not (w[:1].isupper() and w[1:].islower()) or known_place_or_body(w):
            return None
        if any(lex.is_a(w, c) for c in ("role", "orghead", "place_head", "unit")):
            return None
    if not is_person_candidate(body, tail[0].start, tail[-1].end, lang):
        return None
    return tail[0].start
