"""A short form the article defines in brackets takes the type of the name it stands for.

News defines a body's short form once, in brackets right after its full name ("Direktorat
Jenderal Contoh Darat (Ditjen Cotdat)", "the Contoh Retailers Association (Acoret)"), and then
writes the short form alone. Alone, and one word, the short form looks like a person's name (it
opens clauses, it follows "said"), so a person the rules found under it is the organisation
itself. A person defined after a person ("Joko Widodo (Jokowi)") is untouched: only an
organisation's name right before the bracket retypes it.

A figure's initials from the nickname list ("RK", "BTP") are that figure unless the article spells
the letters out as other words: "pemberian remisi khusus (RK)" makes every "RK" of it the remission,
so a person found only under those initials is dropped; "Basuki Tjahaja Purnama (BTP)" spells the
figure's own name and keeps him.
"""

from __future__ import annotations

import re

from kutip.index.language import fold
from kutip.index.models import Entity, EntityType

__all__ = ["retype_defined_short_forms"]


def retype_defined_short_forms(entities: list[Entity], body: str) -> list[Entity]:
    """Persons of one word that a bracket right after an organisation's name defines become organisations,
    as do those written in brackets after a body's short head ("(Ditjen Cotdat)"); persons written only
    as initials the article spells out as other words are dropped."""
    entities = [e for e in entities if not _spelt_out_initials(e, body)]
    ends = {m.end for e in entities if e.type is EntityType.ORGANIZATION for m in e.mentions}
    if not ends:
        return entities
    for entity in entities:
        name = entity.name.strip()
        if (
            entity.type is EntityType.PERSON
            and name
            and " " not in name
            and _defined_after_body(body, name, ends)
        ):
            entity.type = EntityType.ORGANIZATION
    return entities


def _defined_after_body(body: str, name: str, ends: set[int]) -> bool:
    """Whether ``name`` stands alone in a bracket that opens right after an organisation's name, or in one
    that opens with an organisation's head ("(Ditjen X)")."""
    for match in re.finditer(
        r"(?P<open>\s*\(\s*)(?:(?P<head>[A-Z][\w-]*)\s+)?" + re.escape(name) + r"\s*\)", body
    ):
        if match["head"] is not None and match.end("head") in ends:
            return True
        if match["head"] is None and match.start("open") in ends:
            return True
    return False


_INITIALS = re.compile(r"[A-Z]{2,5}")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s-]*$")


def _spelt_out_initials(entity: Entity, body: str) -> bool:
    """Whether ``entity`` is a person written only as initials ("RK") that a bracket defines as words
    other than the person's own name ("remisi khusus (RK)")."""
    written = {m.text for m in entity.mentions}
    if entity.type is not EntityType.PERSON or not written or not all(map(_INITIALS.fullmatch, written)):
        return False
    own = {fold(w) for w in entity.name.split()}
    for letters in written:
        for match in re.finditer(r"\(\s*" + letters + r"\s*\)", body):
            spelt = _spelt_before(body[: match.start()], len(letters))
            if spelt and "".join(w[0] for w in spelt) == letters.casefold() and not set(spelt) <= own:
                return True
    return False


def _spelt_before(text: str, count: int) -> list[str]:
    """The last ``count`` words of ``text`` folded, or fewer where the text runs out or a sign stops it."""
    found: list[str] = []
    for _ in range(count):
        match = _WORD_BEFORE.search(text)
        if match is None:
            break
        found.insert(0, fold(match[1]))
        text = text[: match.start()]
    return found
