"""A person called by a word of address and a given name ("Cak Eri", "Papi Fulan", "Kang Badu").

East Javanese, Sundanese, Makassarese and fan speech put a word of address before the given name of
someone the article names in full ("Eri Cahyadi" ... "Cak Eri"); the rules keep the pair as a name
because the word is capitalised and not an honorific they cut. Such a person is folded into the
article's one person whose name starts with that given name. A pair the article defines by another
name ("Cak Ji (Armuji)") is named by that name, the address form staying an alias. The words are in
``data/language/address_words.txt``.
"""

from __future__ import annotations

from kutip.index.entities.figures import full_name
from kutip.index.entities.lexicon import lexicon
from kutip.index.language import fold, is_address_word, words
from kutip.index.models import Entity, EntityType, absorb
from kutip.index.names import is_short_form_words

__all__ = ["fold_addressed"]


def _addressed(name: str) -> list[str]:
    """The folded words after a leading word of address, or [] when ``name`` opens with none."""
    parts = [fold(w) for w in words(name.replace("-", " "))]
    if len(parts) < 2 or not is_address_word(parts[0]) or full_name(name) is not None:
        return []
    return parts[1:]


def _honorific(name: str) -> bool:
    """Whether ``name`` opens with a word of address the rules cut elsewhere ("Pak", "Bang", "Kak")."""
    parts = words(name)
    return len(parts) > 1 and fold(parts[0]) in lexicon().honorifics


def _named_by(rest: list[str], other: list[str]) -> bool:
    """Whether the given name(s) after the address word name ``other``: from its first word on."""
    if not other or rest[0] != other[0] or len(rest) > len(other):
        return False
    return len(rest) == 1 or rest == other or is_short_form_words(rest, other)


def _plain_alias(entity: Entity) -> str | None:
    """A defined name of the person that opens with no word of address and is no acronym ("Armuji")."""
    for alias in entity.aliases:
        parts = words(alias)
        plain = all(p[:1].isupper() and not p.isupper() for p in parts)
        if parts and plain and not _addressed(alias) and not is_address_word(parts[0]):
            return alias
    return None


def fold_addressed(entities: list[Entity]) -> list[Entity]:
    """``entities`` with each person called by a word of address and a given name folded or renamed."""
    persons = [e for e in entities if e.type is EntityType.PERSON]
    folded: set[int] = set()
    for entity in persons:
        rest = _addressed(entity.name)
        if not rest:
            continue
        others = [o for o in persons if o is not entity and id(o) not in folded and not _addressed(o.name)]
        names = {id(o): [fold(w) for w in words(o.name.replace("-", " "))] for o in others}
        owners = [o for o in others if _named_by(rest, names[id(o)])]
        if not owners and len(rest) == 1:
            # "Bang Dasco" for "Sufmi Dasco": a word of address also goes before the name a person is
            # called by, often the last; only the article's one person that name ends
            owners = [o for o in others if len(words(o.name)) > 1 and names[id(o)][-1] == rest[0]]
        if len(owners) == 1:
            absorb(owners[0], entity)
            folded.add(id(entity))
            continue
        alias = _plain_alias(entity) if not owners else None
        if alias is None and not owners and _honorific(entity.name):
            # "Bang Rosan" with no "Rosan X" in the article: the honorific is no part of the name, as
            # "Pak Rosan" gives "Rosan"; "Cak Imin", "Kang Emil" keep the word that makes the nickname
            alias = " ".join(words(entity.name)[1:])
        if alias is not None:
            forms = [entity.name, *entity.aliases]
            entity.name = alias
            entity.aliases = list(dict.fromkeys(f for f in forms if f != alias))
    return _merge_same_names([e for e in entities if id(e) not in folded])


def _merge_same_names(entities: list[Entity]) -> list[Entity]:
    """A renamed person that meets the article's other person of that name becomes one."""
    first: dict[str, Entity] = {}
    out: list[Entity] = []
    for entity in entities:
        key = fold(entity.name)
        same = first.get(key) if entity.type is EntityType.PERSON else None
        if same is None:
            if entity.type is EntityType.PERSON:
                first[key] = entity
            out.append(entity)
            continue
        same.mentions = sorted(same.mentions + entity.mentions, key=lambda m: m.start)
        same.aliases = list(dict.fromkeys(a for a in (*same.aliases, *entity.aliases) if a != same.name))
    return out
