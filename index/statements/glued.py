"""A name glued after an office: ``Direktur Eksekutif Lembaga Kajian X Fulan Hidayat``.

Indonesian writes role, organisation and name with no comma between them, and the entity
recogniser sometimes reads the run as one organisation or place, or keeps the organisation's
words in the person's name (*Nelayan Muara Fulan Hidayat* after ``Ketua Koperasi``). When a
role word (or the head word of an organisation or a place) stands right before such a mention and its last two
words read as a person in their context, those two words are the person.
"""

from __future__ import annotations

from functools import cache

from ..entities import is_person_candidate
from ..language import folded_set
from ..models import Entity, EntityType, Mention
from .lexicon import lexicon
from .people import known_place_or_body
from .text import tokens

_NAME_WORDS = 2
_MAX_NAME_WORDS = 3
_MIN_WORDS = 3  # an organisation word and two name words at least
_LOOK_BACK = 40
_BODY_WORDS = ("role", "orghead", "place_head", "unit")  # a word of an office or a body, no name


@cache
def _heads() -> frozenset[str]:
    """Head words of organisations and places (``Koperasi``, ``Desa``): a name may follow them."""
    return folded_set("gazetteer/org_heads.txt") | folded_set("gazetteer/place_heads.txt")


def split_glued(body: str, entities: list[Entity], lang: str) -> list[Entity]:
    """``entities`` with glued names taken out: an organisation or place mention that ends in a
    name is cut before it, and the name becomes (or joins) a person; a person whose mentions all
    open with an organisation's words keeps only the name. In any language, a mention that is
    another organisation of the article followed by a name (``Press Council Fulan Hidayat``) is
    cut the same way."""
    persons: dict[str, Entity] = {}
    others: list[Entity] = []
    entities, changed = glued_before_given_name(entities)
    # one-word persons the recogniser found elsewhere ("kata Rahmat"): a tail holding one is a name
    short = frozenset(e.name for e in entities if e.type is EntityType.PERSON and " " not in e.name.strip())
    orgs = _org_names(entities)
    for ent in entities:
        if ent.type is EntityType.PERSON:
            trimmed = _trimmed_person(body, ent, lang) if lang == "id" else ent
            changed = changed or trimmed is not ent
            _merge(persons, trimmed)
            continue
        kept: list[Mention] = []
        for m in ent.mentions:
            at = _glued_name_at(body, m, lang, short=short) if lang == "id" else None
            if at is None and ent.type is EntityType.ORGANIZATION:
                at = _name_after_org(body, m, orgs - {ent.name})
            if at is None:
                kept.append(m)
                continue
            changed = True
            head = body[m.start : at].rstrip()
            kept.append(Mention(m.start, m.start + len(head), head))
            name = body[at : m.end]
            _merge(persons, Entity(name, EntityType.PERSON, [Mention(at, m.end, name)]))
        if kept:
            same = kept == ent.mentions
            others.append(ent if same else Entity(ent.name, ent.type, kept, list(ent.aliases)))
    return [*persons.values(), *others] if changed else entities


def glued_before_given_name(entities: list[Entity]) -> tuple[list[Entity], bool]:
    """``Porsi Fulan`` beside ``Fulan Hidayat``: a two-word person whose last word opens another
    person's full name, and that the text also writes as that word alone, is that word (and so the
    other person); its first word was glued on (a sentence's capitalised noun, a misspelt title)."""
    persons = [e for e in entities if e.type is EntityType.PERSON]
    firsts = {e.name.split()[0] for e in persons if len(e.name.split()) >= _NAME_WORDS}
    out: list[Entity] = []
    for ent in entities:
        words = ent.name.split()
        alone = ent.type is EntityType.PERSON and len(words) == _NAME_WORDS and words[1] in firsts
        if not (alone and any(m.text == words[1] for m in ent.mentions)):
            out.append(ent)
            continue
        cut = [
            Mention(m.end - len(words[1]), m.end, words[1]) for m in ent.mentions if m.text.endswith(words[1])
        ]
        out.append(Entity(words[1], EntityType.PERSON, cut, list(ent.aliases)))
    return out, len(out) != len(entities) or any(a is not b for a, b in zip(out, entities, strict=True))


def _org_names(entities: list[Entity]) -> frozenset[str]:
    """The organisations of the article as written in their mentions."""
    return frozenset(
        m.text for e in entities if e.type is EntityType.ORGANIZATION for m in e.mentions
    ) | frozenset(e.name for e in entities if e.type is EntityType.ORGANIZATION)


def _name_after_org(body: str, m: Mention, orgs: frozenset[str]) -> int | None:
    """Where a name starts in an organisation mention that opens with another organisation the
    article names (``Press Council`` + ``Fulan Hidayat``): two or three plain capitalised words
    that are no role, head word, place or known body."""
    lex = lexicon()
    text = body[m.start : m.end]
    for org in sorted(orgs, key=len, reverse=True):
        if not text.startswith(org) or not text[len(org) : len(org) + 1].isspace():
            continue
        words = tokens(body, m.start + len(org), m.end)
        if not _NAME_WORDS <= len(words) <= _MAX_NAME_WORDS:
            return None
        for tok in words:
            w = tok.text
            if not (w[:1].isupper() and w[1:].islower()) or known_place_or_body(w):
                return None
            if lex.is_any(w, _BODY_WORDS):
                return None
        return words[0].start
    return None


def _merge(persons: dict[str, Entity], ent: Entity) -> None:
    known = persons.get(ent.name)
    if known is None:
        persons[ent.name] = ent
        return
    mentions = known.mentions + [m for m in ent.mentions if m not in known.mentions]
    aliases = known.aliases + [a for a in ent.aliases if a not in known.aliases]
    persons[ent.name] = Entity(known.name, EntityType.PERSON, mentions, aliases)


def _trimmed_person(body: str, ent: Entity, lang: str) -> Entity:
    """The person itself, or its last two words when every mention opens with words that name no
    one right after an office."""
    mentions: list[Mention] = []
    for m in ent.mentions:
        at = _glued_name_at(body, m, lang, lead_not_person=True)
        if at is None:
            return ent
        mentions.append(Mention(at, m.end, body[at : m.end]))
    if not mentions or len({m.text for m in mentions}) != 1:
        return ent
    return Entity(mentions[0].text, EntityType.PERSON, mentions, list(ent.aliases))


@cache
def _common() -> frozenset[str]:
    """Words the training news writes in lower case (``suku``, ``adat``, ``sekolah``)."""
    return folded_set("models/lower_words.txt")


def _after_office(body: str, start: int, heads: bool) -> bool:
    """Whether an office ends right before ``start``: a role word (``Camat``), a role and a
    common noun it governs (``Kepala Suku``), or, when ``heads``, an organisation's or a place's
    head word (``Koperasi``, ``Desa``)."""
    lex = lexicon()
    before = tokens(body, max(0, start - _LOOK_BACK), start)
    if not before or body[before[-1].end : start].strip():
        return False
    word = before[-1].text
    if lex.is_a(word, "role"):
        return True
    if heads and (lex.is_a(word, "orghead") or lex.is_a(word, "place_head") or word.casefold() in _heads()):
        return True
    governed = len(before) > 1 and not body[before[-2].end : before[-1].start].strip()
    return governed and word.casefold() in _common() and lex.is_a(before[-2].text, "role")


def _after_place_head(body: str, start: int) -> bool:
    before = tokens(body, max(0, start - _LOOK_BACK), start)
    if not before or body[before[-1].end : start].strip():
        return False
    word = before[-1].text
    return lexicon().is_a(word, "place_head") or word.casefold() in folded_set("gazetteer/place_heads.txt")


def _glued_name_at(
    body: str, m: Mention, lang: str, *, lead_not_person: bool = False, short: frozenset[str] = frozenset()
) -> int | None:
    """Where the glued name starts in mention ``m``, or None when nothing is glued to it."""
    lex = lexicon()
    words = tokens(body, m.start, m.end)
    if len(words) < _MIN_WORDS or not _after_office(body, m.start, heads=lead_not_person):
        return None
    tail = words[-_NAME_WORDS:]
    if body[words[-_NAME_WORDS - 1].end : tail[0].start].strip():
        return None
    for tok in tail:
        w = tok.text
        if not (w[:1].isupper() and w[1:].islower()) or known_place_or_body(w):
            return None
        if lex.is_any(w, _BODY_WORDS):
            return None
    if lead_not_person:
        # the recogniser already took the run for a person: the question is whether its lead is
        # one. A one-word lead may be a given name the tagger doubts (a caption's "… kreatif Dian
        # X Y"), so it is cut only as the name of a place after its head word (Desa Sumberjaya)
        if len(words) == _MIN_WORDS and not _after_place_head(body, m.start):
            return None
        lead_end = words[-_NAME_WORDS - 1].end
        return None if is_person_candidate(body, words[0].start, lead_end, lang) else tail[0].start
    if any(tok.text in short for tok in tail):
        return tail[0].start
    return tail[0].start if is_person_candidate(body, tail[0].start, tail[-1].end, lang) else None
