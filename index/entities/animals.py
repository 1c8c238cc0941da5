"""Animals the news names: "anak gajah X", "orangutan jantan bernama X, Y dan Z", "the tiger X".

Wildlife, zoo and racing news give animals names that read as persons' ("Budi", "Bima"). The page
says so once: a capitalised name written right after an animal's noun in lower case, or after the
noun and a naming word ("bernama", "named"; ``data/language/animals.txt``), is the animal's, and a
person written only so anywhere on the page (every mention one of those names or its first words)
is that animal. A person's role before the noun ("dokter hewan X", "pawang gajah X") and a noun in a
figure of speech ("kuda hitam X", "dark horse") introduce a person instead. Words that name an
animal only on a wildlife page ("satwa", "induk", "individu") are read where the page also writes
an animal's noun.
"""

from __future__ import annotations

import re
from functools import cache

from kutip.index.language import fold, folded_set, sections, words
from kutip.index.models import Entity, EntityType

__all__ = ["drop_animals"]

_LIST = "language/animals.txt"
_WORD = r"[A-Z][\w'’-]*"
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,2}}"  # one to three capitalised words
_NAMES = rf"({_NAME}(?:[ \t]*,[ \t]*{_NAME})*(?:[ \t]*,?[ \t]+(?:dan|and|serta|&)[ \t]+{_NAME})?)"
_SPLIT = re.compile(r"[ \t]*,?[ \t]+(?:dan|and|serta|&)[ \t]+|[ \t]*,[ \t]*")
_BETWEEN = r"(?:[ \t]+[\w'’-]+){0,4}?"  # "jantan berusia enam tahun": words before the naming word


def _alternatives(entries: list[str]) -> str:
    longest_first = sorted(entries, key=len, reverse=True)
    return "|".join(re.escape(fold(e)).replace(r"\ ", r"[ \t]+") for e in longest_first)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a noun, a word of [kinds], a noun's noun) each followed by the names, with or without a namer."""
    lists = sections(_LIST)
    namers, traits = _alternatives(lists["namers"]), _alternatives(lists["traits"])
    after = rf"(?:{_BETWEEN}[ \t]+(?:{namers})|(?:[ \t]+(?:{traits}))?)[ \t]+{_NAMES}"

    def headed(nouns: list[str]) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w-])({_alternatives(nouns)})(?![\w-]){after}")

    any_noun = re.compile(rf"(?<![\w-])(?:{_alternatives(lists['nouns'])})(?![\w-])")
    return headed(lists["nouns"]), headed(lists["kinds"]), any_noun


def _figurative(body: str, match: re.Match[str]) -> bool:
    """A role before the noun ("dokter hewan", "pawang gajah") or an idiom ("kuda hitam")."""
    before = words(body[max(0, match.start(1) - 40) : match.start(1)])
    if before and fold(before[-1]) in folded_set(_LIST, "keepers"):
        return True
    noun = fold(match.group(1))
    rest = words(body[match.end(1) : match.end(1) + 40])
    return bool(rest) and f"{noun} {fold(rest[0])}" in folded_set(_LIST, "idioms")


def _animal_names(body: str) -> set[tuple[str, ...]]:
    nouns, kinds, any_noun = _patterns()
    found: set[tuple[str, ...]] = set()
    matches = list(nouns.finditer(body))
    if not matches:
        return found
    if any_noun.search(body):
        matches += kinds.finditer(body)
    for m in matches:
        if _figurative(body, m):
            continue
        found |= {tuple(fold(w) for w in words(name)) for name in _SPLIT.split(m.group(2)) if name}
    return found


def _an_animal(written: tuple[str, ...], names: set[tuple[str, ...]]) -> bool:
    n = len(written)
    return n > 0 and any(name[:n] == written for name in names)


def drop_animals(entities: list[Entity], body: str) -> list[Entity]:
    """``entities`` without the persons the page writes only as an animal's name."""
    if not any(e.type is EntityType.PERSON for e in entities):
        return entities
    names = _animal_names(body)
    if not names:
        return entities

    def animal(e: Entity) -> bool:
        forms = [m.text for m in e.mentions] or [e.name]
        return all(_an_animal(tuple(fold(w) for w in words(f)), names) for f in forms)

    return [e for e in entities if e.type is not EntityType.PERSON or not animal(e)]
