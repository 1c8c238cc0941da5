"""Well-known public figures named by a nickname: "Jokowi" is Joko Widodo.

The one nickname list (``data/people/nicknames.tsv``, read through
:func:`kutip.index.language.nickname_rows`, the people layer's list too) gives full names and
the other names written for them; a person entity named by such a form takes the full name
(the form stays an alias), and two entities that turn out to be one figure become one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from kutip.index.entities.features import first_names
from kutip.index.entities.slipped_figures import cut_figure, slipped_figure
from kutip.index.language import fold, folded_set, is_address_word, nickname_rows, words
from kutip.index.models import Entity, EntityType, absorb

__all__ = ["contained_figure", "full_name", "initialled_figure", "name_figures", "near_figure"]


@cache
def _nicknames() -> dict[str, str]:
    found: dict[str, str] = {}
    for full, forms in nickname_rows():
        for form in (full, *forms):
            found.setdefault(" ".join(fold(w) for w in words(form)), full)
    return found


def full_name(name: str) -> str | None:
    """The full name of a listed figure written ``name`` ("Jokowi" -> "Joko Widodo"), or None."""
    return _nicknames().get(_folded_key(name))


@lru_cache(maxsize=1 << 15)
def _folded_key(name: str) -> str:
    """``name``'s words folded, as the list is keyed: asked ~150 times an article from twenty places, of
    the same few names, so read once a process (a pure function of the text: the list may change)."""
    return " ".join(fold(w) for w in words(name))


# old and new Indonesian spellings and the slips of transcribed copy, read as one ("Soeharto",
# "Shri Muliani"); longer first, so "oe" is read before its letters
# ("y" for "i" only inside a word: "Rudy" and "Rudi" are two given names)
_SOUNDS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sh", "s"), ("ph", "f"))
_VOWELS = frozenset("aeiou")
_NUMERALS = frozenset("ivxl")
_WORLD_GIVEN = "language/english_given_names.txt"  # common given names of the world, Indonesia's among them
_NEAR_MIN = 4  # letters a word needs before a vowel more or less is read as a slip in it


# the spellings of Muhammad one person's name is written in ("Mochamad", "Muhammad", "Mohamed")
_MUHAMMAD = re.compile(r"^m[ou]c?h?a?m+[ae]d$")


# an "h" written after a stop or "c" ("Ramdhani"/"Rhamdani", "Wardhana", "Mukhtar"/"Mukthar") is a
# spelling of the consonant, not a letter of its own; after "r" only opening a word ("Farhan" keeps it)
_CONSONANT_H = re.compile(r"(?<=[bcdgkt])h|(?<=^r)h")


def _sounded(word: str) -> str:
    if set(word) <= _NUMERALS:  # a regnal number as written: "VII" is not "VI"
        return word
    if _MUHAMMAD.match(word):
        return "muhamad"
    for old, new in _SOUNDS:
        word = word.replace(old, new)
    word = _CONSONANT_H.sub("", word)
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


_SWAP_MIN = 6  # letters a word needs before two of its vowels exchanged are read as a slip


def _vowel_swap(a: str, b: str) -> bool:
    """Two words the same but for two of their vowels exchanged, as copy slips them ("Lugoti" for
    "Lugito"); a word of six letters or more only, so short given names stay apart."""
    if len(a) != len(b) or len(a) < _SWAP_MIN:
        return False
    diffs = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diffs) != 2:
        return False
    i, j = diffs
    return a[i] in _VOWELS and a[j] in _VOWELS and a[i] == b[j] and a[j] == b[i]


def _slipped_words(written: list[str], listed: list[str]) -> bool:
    """Every word as listed or with one vowel more or less; or one word with two vowels exchanged and
    every other word exactly as listed."""
    pairs = list(zip(written, listed, strict=True))
    if all(_vowel_slip(a, b) for a, b in pairs):
        return True
    swapped = [a for a, b in pairs if a != b]
    return len(swapped) == 1 < len(pairs) and any(_vowel_swap(a, b) for a, b in pairs if a != b)


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
    adds one vowel, or one word exchanges two of its vowels ("Lugoti" for "Lugito"); a word the
    first-name list or the world's common given names know is a name of its own, never a slip
    ("Ricardo" is no "Ricciardo").
    """
    if full_name(name) is not None:
        return None
    parts = [fold(w) for w in words(name)]
    sounded = [_sounded(w) for w in parts]
    if not parts or (len(parts) == 1 and len(parts[0]) < 6):
        return None
    given = first_names() | folded_set(_WORLD_GIVEN)
    found = {
        full
        for listed, full in _near_index().get(_skeleton(sounded), [])
        if len(listed) == len(sounded)
        and _slipped_words(sounded, listed)
        and all(a == b or w not in given for w, a, b in zip(parts, sounded, listed, strict=True))
    }
    if not found and len(parts) == 1:  # "Bamsot": the letters as written, before they are sounded
        found = {full for listed, full in _near_index().get(_skeleton(parts), []) if len(listed) == 1}
        found = {full for full in found if any(_vowel_slip(parts[0], fold(form)) for form in _forms(full))}
    if not found:
        found = _joined_figures(words(name), given)
    return found.pop() if len(found) == 1 else None


# Javanese names are written with "a" or "o" in the same syllable ("Mangkunegara", "Mangkunegoro") and
# their parts joined or apart ("Hamengku Buwono", "Hamengkubuwono"); read alike in long names only
_JOINED_MIN = 10  # letters a name needs, its words joined, before it is read this way
_ROMAN = re.compile(r"^[IVXL]+$")  # a regnal number ("X", "XIII") closing a listed ruler's name


def _joined(written: list[str]) -> str:
    """The words joined, sounded and with "o" read as "a"; a regnal number kept apart as written."""
    number = written[-1] if len(written) > 1 and _ROMAN.match(written[-1]) else ""
    stem = written[:-1] if number else written
    joined = "".join(_sounded(fold(w)) for w in stem).replace("o", "a")
    return f"{joined} {number}" if number else joined


@cache
def _joined_index() -> dict[str, set[str]]:
    """Listed forms by their words joined, sounded and with "o" read as "a"; a ruler's form also without
    its regnal number ("Hamengkubuwono" for "Hamengkubuwono X"), where only one listed ruler bears it."""
    index: dict[str, set[str]] = {}
    stems: dict[str, set[str]] = {}
    for full, forms in nickname_rows():
        for form in (full, *forms):
            written = words(form)
            key = _joined(written)
            if len(key) >= _JOINED_MIN:
                index.setdefault(key, set()).add(full)
            if len(written) > 1 and _ROMAN.match(written[-1]):
                stem = _joined(written[:-1])
                if len(stem) >= _JOINED_MIN:
                    stems.setdefault(stem, set()).add(full)
    for stem, fulls in stems.items():
        index.setdefault(stem, set()).update(fulls)
    return index


def _joined_figures(written: list[str], given: frozenset[str]) -> set[str]:
    """The listed figures ``parts`` names with its words joined or apart and "a" for "o" ("Hamengku
    Bawono" for "Hamengkubawono", "Hamengkubuwana" for "Hamengkubuwono X"). A word that is a given name of
    its own and no word of the listed form keeps the name apart ("Rudi" is not "Rudy"), unless with the
    word beside it it writes one listed word apart ("Soekarno Putri" for "Soekarnoputri")."""
    key = _joined(written)
    if len(key) < _JOINED_MIN:
        return set()
    found: set[str] = set()
    folded = [fold(w) for w in written]
    for full in _joined_index().get(key, set()):
        listed = {fold(w) for form in _forms(full) for w in words(form)}
        glued = {_joined([w]) for w in listed}
        apart = {
            k
            for k in range(len(folded))
            if (k > 0 and _joined(written[k - 1 : k + 1]) in glued)
            or (k + 1 < len(folded) and _joined(written[k : k + 2]) in glued)
        }
        if all(w in listed or w not in given or k in apart for k, w in enumerate(folded)):
            found.add(full)
    return found


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
            if not ahead[-k][:1].isupper():
                break  # '"…," said Aqil': a lower-case word opens no listed form ("Said Aqil")
            full = full_name(" ".join([*ahead[-k:], mention.text]))
            if full is not None:
                return full
    return None


@cache
def _full_names() -> dict[tuple[str, ...], str]:
    """Each listed full name of two words or more, by its folded words."""
    found: dict[tuple[str, ...], str] = {}
    for full, _ in nickname_rows():
        key = tuple(fold(w) for w in words(full))
        if len(key) > 1:
            found.setdefault(key, full)
    return found


@cache
def _sounded_full_names() -> dict[tuple[str, ...], str]:
    """Each listed full name of two words or more by its sounded words ("Haikal Hasan" for a listed
    "Haikal Hassan"), where only one listed name sounds so."""
    found: dict[tuple[str, ...], set[str]] = {}
    for key, full in _full_names().items():
        found.setdefault(tuple(_sounded(w) for w in key), set()).add(full)
    return {key: next(iter(fulls)) for key, fulls in found.items() if len(fulls) == 1}


def _others_word(word: str, full: str) -> bool:
    """Whether ``word`` alone names a listed figure other than ``full`` ("Jokowi" beside "Prabowo")."""
    from kutip.index.entities.figure_words import figure_word  # figure_words reads this module

    other = full_name(word) or figure_word(word)
    return other is not None and other != full


# given names (and their spellings) that open many Indonesian legal names before the name a person goes by
_GIVEN_BEFORE = ("people/words.txt", "legal_given_before")


def contained_figure(name: str) -> str | None:
    """The listed figure whose full name ``name`` writes with its legal given or family names around it
    ("Mohammad Fulan Bowo", "Fulan Bowo Saputra" for a listed "Fulan Bowo"), or None.

    A legal name adds family names after the common one, and before it only the given names that open
    many Indonesian names (:data:`_GIVEN_BEFORE`): any other word before a man's full name is most
    often his wife's own name ("Sarinah Fulan Bowo", as wives are called). The words around must name
    no other listed figure: "Fulan Bowo Jokowi" is two people.
    """
    parts = words(name.replace("-", " "))
    folded = tuple(fold(w) for w in parts)
    sounded = tuple(_sounded(w) for w in folded)
    found: set[str] = set()
    listed, heard = _full_names(), _sounded_full_names()
    for size in range(len(folded) - 1, 1, -1):
        for start in range(len(folded) - size + 1):
            full = listed.get(folded[start : start + size]) or heard.get(sounded[start : start + size])
            if full is None:
                continue
            if any(fold(w) not in folded_set(*_GIVEN_BEFORE) for w in parts[:start]):
                continue
            around = [*parts[:start], *parts[start + size :]]
            if not any(_others_word(w, full) for w in around):
                found.add(full)
        if found:
            break
    return found.pop() if len(found) == 1 else None


@cache
def _forms_by_surname() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Listed forms of two words or more by their sounded last word: (sounded words, full name)."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for full, forms in nickname_rows():
        for form in (full, *forms):
            parts = tuple(_sounded(fold(w)) for w in words(form))
            if len(parts) > 1:
                index.setdefault(parts[-1], []).append((parts, full))
    return index


def initialled_figure(name: str) -> str | None:
    """The one listed figure ``name`` writes with an initial for a word ("Fulan K. Bowo" for a listed
    "Fulan Kusuma Bowo", "M. Bowo" for "Muhammad Bowo"), or None.

    The surname is written out; every other word is the listed word or its initial. Two words or more
    must be written out, or the initial stands for Muhammad, the one given name news writes so most:
    "Fulan K. Bowo" is no "Fulan Bowo", and a name the page writes out in full keeps it.
    """
    parts = [fold(w) for w in words(name)]
    if len(parts) < 2 or len(parts[-1]) < 2 or all(len(w) > 1 for w in parts):
        return None
    written = [w if len(w) == 1 else _sounded(w) for w in parts]
    found: set[str] = set()
    for listed, full in _forms_by_surname().get(written[-1], []):
        if len(listed) != len(written):
            continue
        pairs = list(zip(written, listed, strict=True))
        if not all(a == b or (len(a) == 1 < len(b) and b[0] == a) for a, b in pairs):
            continue
        muhammad = any(len(a) == 1 and b == "muhamad" for a, b in pairs)
        if muhammad or sum(len(a) > 1 for a in written) >= 2:
            found.add(full)
    return found.pop() if len(found) == 1 else None


def _called_figure(entity: Entity, persons: list[Entity]) -> str | None:
    """The listed figure a one-word person names ("Dwikorita" alone, "Bang Fulan"), or None.

    The word must be one the list gives only that figure (:func:`figure_word`: a nickname, or a rare
    first word opening one listed name), with a word of address before it or none; where another
    person of the article carries the word in their name, the word is theirs.
    """
    from kutip.index.entities.figure_words import addressed_word, figure_word  # they read this module

    parts = words(entity.name.replace("-", " "))
    addressed = len(parts) == 2 and is_address_word(parts[0])
    if addressed:
        parts = parts[1:]
    if len(parts) != 1:
        return None
    full = figure_word(parts[0]) or (addressed_word(parts[0]) if addressed else None)
    if full is None:
        return None
    word = fold(parts[0])
    for other in persons:
        if other is entity or fold(other.name) == fold(full):
            continue
        if word in {fold(w) for w in words(other.name.replace("-", " "))}:
            return None
    return full


def _in_letters_of(full: str, written: str) -> str:
    """``full`` in the letters the article writes: without accents where the article writes none.

    The list writes a name as the encyclopedia titles it ("Aleix Espargaró"); an article that spells the
    name without accents ("Aleix Espargaro", as Indonesian news does) keeps its own letters, so the
    name reads as the article's and one spelling stands for the person within it.
    """
    if full.isascii() or not written.isascii():
        return full
    decomposed = unicodedata.normalize("NFKD", full)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_figures(entities: list[Entity], body: str = "") -> list[Entity]:
    """Persons named by a listed nickname renamed to the full name; duplicates merged into the first."""
    by_name: dict[str, Entity] = {}
    out: list[Entity] = []
    persons = [e for e in entities if e.type is EntityType.PERSON]
    for entity in entities:
        full = full_name(entity.name)
        if full is None and body and entity.type is EntityType.PERSON:
            full = _titled_form(entity, body)
        if full is None and entity.type is EntityType.PERSON:
            full = near_figure(entity.name) or contained_figure(entity.name) or initialled_figure(entity.name)
            full = full or _called_figure(entity, persons) or slipped_figure(entity, body)
            full = full or (cut_figure(entity, body) if body else None)
        if entity.type is EntityType.ORGANIZATION and full is not None and len(entity.mentions) > 0:
            entity.type = EntityType.PERSON  # "SBY" looks like an acronym but is a listed nickname
        if entity.type is not EntityType.PERSON:
            out.append(entity)
            continue
        if full is not None:
            full = _in_letters_of(full, entity.name)
        if full is not None and full != entity.name:  # the common name; a legal name or spelling an alias
            entity.aliases = list(dict.fromkeys([entity.name, *entity.aliases]))
            entity.name = full
        same = by_name.get(fold(entity.name))
        if same is None:
            by_name[fold(entity.name)] = entity
            out.append(entity)
            continue
        same.mentions = sorted(same.mentions + entity.mentions, key=lambda m: m.start)
        same.aliases = list(dict.fromkeys(a for a in (*same.aliases, *entity.aliases) if a != same.name))
    return _fold_first_words(out)


def _folded_words(entity: Entity) -> list[str]:
    return [fold(w) for w in words(entity.name.replace("-", " "))]


def _fold_first_words(entities: list[Entity]) -> list[Entity]:
    """A lone given name folded into the article's listed figure it opens: "Fabio" where "Quartararo" was
    renamed "Fabio Quartararo" above, after the short forms were folded. Only where no other person of
    the article carries the word."""
    persons = [e for e in entities if e.type is EntityType.PERSON]
    folded: set[int] = set()
    for lone in persons:
        parts = words(lone.name)
        if len(parts) != 1:
            continue
        word = fold(parts[0])
        bearers = [o for o in persons if o is not lone and id(o) not in folded and word in _folded_words(o)]
        if len(bearers) != 1 or len(words(bearers[0].name)) < 2:
            continue
        owner = bearers[0]
        if full_name(owner.name) is None or fold(words(owner.name)[0]) != word:
            continue
        absorb(owner, lone)
        folded.add(id(lone))
    return [e for e in entities if id(e) not in folded]
