"""An association's acronym said as a word, glued to its officer's name: "Ketua Umum Contohsi Fulan Badu".

Associations and parties are named by acronyms written as words ("Apkasi", "Hipmi"), between the
office and the holder (``gazetteer/body_led_titles.txt``), with no comma. An all-capitals acronym
ends the body already; a capitalised one reads as the holder's first name. Where a person of three
words or more is written only right after such an office, and its first word is no given name the
project knows (the learnt first names, the world's common given names, a listed figure's words) nor
a place, the first word is the body's and the person starts after it.
"""

from __future__ import annotations

import re
from functools import cache

from kutip.index.entities.features import first_names
from kutip.index.entities.lexicon import lookup
from kutip.index.language import fold, folded_set, lines, nickname_rows, phrase_alternatives, words
from kutip.index.models import Entity, EntityType, Mention

__all__ = ["cut_body_acronyms"]

_MIN_WORDS = 3  # the acronym and a name of two words at least
_WINDOW = 50  # characters read before a mention for its office


@cache
def _office_before() -> re.Pattern[str]:
    alternatives = phrase_alternatives(lines("gazetteer/body_led_titles.txt"))
    return re.compile(rf"(?:^|[^\w.])(?:{alternatives})\s+$", re.IGNORECASE)


@cache
def _known_names() -> frozenset[str]:
    listed = {fold(w) for full, forms in nickname_rows() for form in (full, *forms) for w in words(form)}
    return first_names() | folded_set("language/english_given_names.txt") | frozenset(listed)


def _acronym_word(word: str) -> bool:
    """A capitalised word that may be a body's acronym: no given name, gazetteer name or all-capitals word."""
    if not (word.isalpha() and word[:1].isupper() and not word.isupper()):
        return False
    folded = fold(word)
    return folded not in _known_names() and lookup(word) is None


def _after_office(body: str, mention: Mention) -> bool:
    return _office_before().search(body[max(0, mention.start - _WINDOW) : mention.start]) is not None


def cut_body_acronyms(entities: list[Entity], body: str) -> list[Entity]:
    """``entities`` with such a person's first word cut off its name and the mentions that write it."""
    for entity in entities:
        parts = words(entity.name)
        if entity.type is not EntityType.PERSON or len(parts) < _MIN_WORDS or not _acronym_word(parts[0]):
            continue
        glued = [m for m in entity.mentions if m.text.split()[:1] == [parts[0]]]
        if not glued or not all(_after_office(body, m) for m in glued) or _pair_elsewhere(body, parts, glued):
            continue
        entity.name = " ".join(entity.name.split()[1:])
        entity.mentions = [m if m not in glued else _without_first_word(m) for m in entity.mentions]
    return entities


def _pair_elsewhere(body: str, parts: list[str], glued: list[Mention]) -> bool:
    """Whether the page writes the first two words together away from the office too ("Yayasan Fulan
    Hidayat" beside "Ketua Fulan Hidayat Santoso"): then the first word is the name's, not a body's."""
    pair = re.compile(rf"(?<!\w){re.escape(parts[0])}\s+{re.escape(parts[1])}(?!\w)")
    starts = {m.start for m in glued}
    return any(found.start() not in starts for found in pair.finditer(body))


def _without_first_word(mention: Mention) -> Mention:
    cut = len(mention.text.split()[0])
    rest = mention.text[cut:]
    start = mention.start + cut + len(rest) - len(rest.lstrip())
    return Mention(start, mention.end, rest.lstrip())
