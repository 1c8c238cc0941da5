"""Well-known public figures named by a nickname: "Jokowi" is Joko Widodo.

The one nickname list (``data/people/nicknames.tsv``, read through
:func:`kutip.index.language.nickname_rows`, the people layer's list too) gives full names and
the other names written for them; a person entity named by such a form takes the full name
(the form stays an alias), and two entities that turn out to be one figure become one.
"""

from __future__ import annotations

from functools import cache

from kutip.index.entities.features import first_names
from kutip.index.language import fold, nickname_rows, words
from kutip.index.models import Entity, EntityType

__all__ = ["full_name", "name_figures", "near_figure"]


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


# old and new Indonesian spellings and the slips of transcribed copy, read as one ("Soeharto",
# "Shri Muliani"); longer first, so "oe" is read before its letters
# ("y" for "i" only inside a word: "Rudy" and "Rudi" are two given names)
_SOUNDS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sh", "s"), ("ph", "f"))
_VOWELS = frozenset("aeiou")
_NEAR_MIN = 4  # letters a word needs before a vowel more or less is read as a slip in it


def _sounded(word: str) -> str:
    for old, new in _SOUNDS:
        word = word.replace(old, new)
    word = word[:-1].replace("y", "i") + word[-1:]
    return "".join(c for i, c in enumerate(word) if i == 0 or c != word[i - 1])  # "Perry" as "Pery"


def _skeleton(words_: list[str]) -> str:
    return " ".join("".join(c for c in w if c not in _VOWELS) for w in words_)


def _vowel_slip(a: str, b: str) -> bool:
    """Two words the same but for one vowel dropped where copy drops it: an "e" ("Seri"/"Sri"), one
    of two vowels together ("Bamsot"/"Bamsoet") or the last letter ("Mulian"/"Mulyani"); never
    another vowel between consonants ("Sari" is no "Sri")."""
    if a == b:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(long) != len(short) + 1 or len(short) < _NEAR_MIN - 1:
        return False
    k = next((i for i in range(len(short)) if short[i] != long[i]), len(short))
    if long[k] not in _VOWELS or short[k:] != long[k + 1 :]:
        return False
    paired = (k > 0 and long[k - 1] in _VOWELS) or (k + 1 < len(long) and long[k + 1] in _VOWELS)
    return long[k] == "e" or paired or (k == len(short) and len(short) >= _NEAR_MIN + 1)


@cache
def _forms_by_full() -> dict[str, tuple[str, ...]]:
    return {full: (full, *forms) for full, forms in nickname_rows()}


def _forms(full: str) -> tuple[str, ...]:
    return _forms_by_full().get(full, ())


@cache
def _near_index() -> dict[str, list[tuple[list[str], str]]]:
    """Listed forms of two words or more, or one of six letters or more, by their sounded skeleton."""
    index: dict[str, list[tuple[list[str], str]]] = {}
    for full, forms in nickname_rows():
        for form in (full, *forms):
            parts = [_sounded(fold(w)) for w in words(form)]
            if len(parts) > 1 or (parts and len(parts[0]) >= 6):
                index.setdefault(_skeleton(parts), []).append((parts, full))
    return index


def near_figure(name: str) -> str | None:
    """The one listed figure ``name`` spells with a slip ("Seri Mulyani", "Shri Muliani", "Bamsot"), or None.

    Every word sounds like the listed word (old spellings, "sh" for "s", "y" for "i") or drops or
    adds one vowel; a word the first-name list knows is a name of its own, never a slip.
    """
    if full_name(name) is not None:
        return None
    parts = [fold(w) for w in words(name)]
    sounded = [_sounded(w) for w in parts]
    if not parts or (len(parts) == 1 and len(parts[0]) < 6):
        return None
    given = first_names()
    found = {
        full
        for listed, full in _near_index().get(_skeleton(sounded), [])
        if len(listed) == len(sounded)
        and all(_vowel_slip(a, b) for a, b in zip(sounded, listed, strict=True))
        and all(a == b or w not in given for w, a, b in zip(parts, sounded, listed, strict=True))
    }
    if not found and len(parts) == 1:  # "Bamsot": the letters as written, before they are sounded
        found = {full for listed, full in _near_index().get(_skeleton(parts), []) if len(listed) == 1}
        found = {full for full in found if any(_vowel_slip(parts[0], fold(form)) for form in _forms(full))}
    return found.pop() if len(found) == 1 else None


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
        if full is None and entity.type is EntityType.PERSON:
            full = near_figure(entity.name)
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
