"""Tells a person's name from the titles, places and organisations written in front of it.

Indonesian writes the role, the office and its town straight before a name with no comma
(``Kepala Dinas Perhubungan Kota Surabaya Yusuf Hadi Kurniawan``), and the entity recogniser
sometimes keeps part of that phrase in the name. The gazetteer of ``kutip.index.entities``
knows the places and organisations, so they are peeled off the front here instead of guessed.
"""

from __future__ import annotations

import re
from functools import cache

from ..entities import lookup
from ..entities.dictionary import (
    is_derived_word,
    is_lower_word,
    living_active_verb,
    root_affixed_elsewhere,
    stem,
)
from ..entities.glued_fronts import front_is_no_name, glued_front_words
from ..entities.lexicon import glued_rank
from ..entities.lexicon import lexicon as entity_lexicon
from ..language import fold, folded_set, is_initials, is_world_place
from ..models import EntityType
from .lexicon import lexicon

_LONGEST_PREFIX = 4
_DOMAIN = re.compile(r"\w*\.(?:com|co|id|net|org|news)\w*", re.IGNORECASE)


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and not is_initials(word)  # "T.J."


@cache
def _known(phrase: str) -> EntityType | None:
    entry = lookup(phrase)
    return entry.type if entry is not None else None


def _gazetteer_prefix(words: list[str]) -> int:
    """How many leading words spell a known place or organisation (0 when none do)."""
    for n in range(min(_LONGEST_PREFIX, len(words)), 0, -1):
        kind = _known(" ".join(words[:n]))
        if kind is not None and kind is not EntityType.PERSON:
            return n
    return 0


def front_to_strip(words: list[str], after_title: bool) -> int:
    """How many leading ``words`` are a role, an acronym or a place/organisation, not the name.

    A place that opens a bare name is only taken off after a title or when at least two name
    words stay (``Surabaya Hartono Wijaya``), since a first name may also be a place; a place
    head and its name (``Kabupaten Bekasi``) after a title, or when two name words stay.
    """
    lex = lexicon()
    given = folded_set("people/words.txt", "given_names")
    i = 0
    while i < len(words) - 1:
        w = words[i]
        if i == 0 and not after_title and w.casefold() in given and words[1][:1].isupper():
            break  # "Agung Setiawan": a role word that is also a given name opens the name
        if i == 0 and (nominalised(w) or verb_form(w)) and words[1][:1].isupper():
            i += 1  # "Nama Rudi …", "Ditambahkan Rudi …": a word of the sentence, then the name
            continue
        if lex.is_a(w, "rank_modifier") and lex.is_a(words[i + 1], "role"):
            i, after_title = i + 1, True  # "Air" of "Air Chief Marshal Fulan", "Rear" of "Rear Admiral"
            continue
        honorific = lex.is_a(w.rstrip("."), "honorific")  # "H. Fulan", "Ir. Fulan"
        misspelt = w.casefold() not in given and misspelt_role(w)  # "Laksaman Fulan", a letter short
        if (lex.is_a(w, "role") or misspelt) and i + 2 < len(words) and _title_pair(w, words[i + 1]):
            i, after_title = i + 2, True  # "Marsekal Madya Fulan", "Marskal Madya Fulan": both halves
            continue
        # "Kombespol Fulan": a rank glued to its corps; "Texas Fulan Hidayat": a place of the world
        glued = front_is_no_name(w) and (glued_rank(w) or len(words) - i >= 3)
        if glued and (n := _gazetteer_prefix(words[i:])) > 1 and len(words) - i - n >= 1:
            i, after_title = i + n, True  # "Jawa Tengah Fulan": the whole place, not its first word
            continue
        if lex.is_a(w, "role") or honorific or misspelt or glued or _is_acronym(w) or _DOMAIN.fullmatch(w):
            i, after_title = i + 1, True  # a web address: the outlet's dateline glued to the office
            continue
        if lex.is_a(w, "place_head") and len(words) - i >= (3 if after_title else 4):
            i, after_title = i + 2, True  # "Teluk Sukamaju Fulan Hidayat": two name words stay
            continue
        n = _gazetteer_prefix(words[i:])
        if n and len(words) - i - n >= 1 and (after_title or len(words) - i - n >= 2):
            i, after_title = i + n, True
            continue
        break
    if after_title:
        # the office ends at the last known place in it: "Kepala Dishub Surabaya Yusuf Hadi Kurniawan"
        for j in range(len(words) - 3, i - 1, -1):
            if _known_place_at(words, j):
                return j + 1
    return i


_MIN_MISSPELT = 6  # shorter words are a letter away from some title too often


@cache
def _roles_short_of_a_letter() -> dict[str, str]:
    """Every long role word with one letter left out (``laksaman``, ``gubenur``), to the role."""
    roles = lexicon().classes.get("role", frozenset())
    return {r[:k] + r[k + 1 :]: r for r in sorted(roles) if len(r) > _MIN_MISSPELT for k in range(len(r))}


def _title_pair(first: str, second: str) -> bool:
    """Whether two words make one title (``Marsekal Madya``), the first perhaps a letter short
    (``Marskal Madya``): the second half of such a rank is no given name."""
    folded = fold(first)
    head = folded if lexicon().is_a(folded, "role") else _roles_short_of_a_letter().get(folded)
    return head is not None and (head, fold(second)) in entity_lexicon().titles


def misspelt_role(word: str) -> bool:
    """A role word written a letter short (``Laksaman``, ``Gubenur``): scrapes keep such typos, and
    the recogniser then reads the title as the first name. Words the news writes in lower case
    and role words themselves are not typos."""
    folded = word.casefold()
    if len(folded) < _MIN_MISSPELT or not folded.isalpha() or lexicon().is_a(folded, "role"):
        return False
    return folded in _roles_short_of_a_letter() and not is_lower_word(folded)


_NOMINALISED = re.compile(r"(?:ke|pe|per)[a-z]{3,}an")
_MIN_ADVERB = 6  # "sayangnya", "rupanya": a root of four letters or more before -nya (not "Tanya")


def nominalised(word: str) -> bool:
    """An everyday noun that opens a sentence or a name's run before a name: ``Nama``, ``Sosok``,
    a ke-/pe- nominalisation (``Kedatangan``, ``Pernyataan``, ``Kepresidenan``) of a dictionary
    root, an -an noun the news writes in lower case elsewhere (``Kunjungan``), or a sentence
    adverb made of a root and -nya (``Sayangnya``, ``Rupanya``)."""
    folded = word.casefold()
    if lexicon().is_a(folded, "nominal"):
        return True
    if _NOMINALISED.fullmatch(folded) is not None:
        # a ke-/pe-...-an noun of a dictionary root is no given name, even where the news only
        # writes it in an office's name ("Kantor Staf Kepresidenan Fulan")
        return is_lower_word(folded) or is_derived_word(folded)
    if folded.endswith("nya") and len(folded) > _MIN_ADVERB and is_derived_word(folded):
        # "Sayangnya Fulan ...", "Rupanya Fulan ...": a sentence adverb, a dictionary root with -nya
        return True
    # "Kunjungan Fulan ...": an -an noun of a dictionary root the news writes in lower case
    return folded.endswith("an") and is_lower_word(folded) and is_derived_word(folded)


_VERB_FORM = re.compile(r"di[a-z]{4,}(?:kan|i)")
_TER_FORM = re.compile(r"ter[a-z]{4,}")  # "Terpisah": "separately"; "Terawan" is ter- and "awan" too
_MIN_VERB_ROOT = 4  # "Dimas" is no di- verb of "mas"


def verb_form(word: str) -> bool:
    """A passive verb of a dictionary root (``Ditambahkan``, ``Dijelaskan``), an active meN- or
    ber- one whose root the training news affixes otherwise too (``Mengangkat``), or a ter- form
    (``Terpisah``: "separately") that opens a sentence before the name of who spoke: no given
    name, since the news names nobody with a verb's affixes around a root (listed given names are
    kept). A ter- word needs more: ``Terawan`` parses as ter- and ``awan`` too, so its root must
    be one the training news writes with other affixes (``berpisah``, ``memisahkan``)."""
    folded = word.casefold()
    if folded in folded_set("people/words.txt", "given_names"):
        return False
    if _VERB_FORM.fullmatch(folded) is not None:
        return is_derived_word(folded) and len(stem(folded)) >= _MIN_VERB_ROOT
    if _TER_FORM.fullmatch(folded) is not None:
        return (
            is_derived_word(folded) and len(stem(folded)) >= _MIN_VERB_ROOT and root_affixed_elsewhere(folded)
        )
    # "Mengangkat Fulan ...", "Berharap Fulan ...": an active verb of a living root opens a decree's
    # or a caption's sentence ("Meliana" parses as me- and "liana", no living root)
    return living_active_verb(folded) and len(stem(folded)) >= _MIN_VERB_ROOT


def glued_front(body: str, words: list[str]) -> int:
    """How many leading ``words`` of a name's run the recogniser showed, from ``body`` itself, are
    glued on and no name word (``bek Persikota Fulan Hidayat``: the club; ``Kejari Pasir Badu``: the
    town): the statements layer's own runs and fuller forms should not put them back."""
    glued = glued_front_words(body)
    n = 0
    while n < len(words) - 1 and fold(words[n]) in glued:
        n += 1
    return n


def known_place(phrase: str) -> bool:
    """Whether the gazetteer knows ``phrase`` as a place (``Kalimantan Barat``), or it is a place of
    the world that news names alone (``Ohio``, ``New York``)."""
    return _known(phrase) is EntityType.PLACE or is_world_place(phrase.split())


def known_place_or_body(word: str) -> bool:
    """Whether the gazetteer knows ``word`` as a place or an organisation (``Sulawesi``, ``Polri``)."""
    kind = _known(word)
    return kind is not None and kind is not EntityType.PERSON


def _known_place_at(words: list[str], j: int) -> bool:
    kind = _known(words[j])
    return kind is not None and kind is not EntityType.PERSON


def plausible_person(words: list[str]) -> bool:
    """False for what only looks like a name: an acronym, a known place or organisation, a place
    of the world (``Ohio``), ``Jalan X``."""
    if not words:
        return False
    lex = lexicon()
    if all(_is_acronym(w) for w in words) or is_world_place(words):
        return False  # "the Ohio native said": a US state or a city abroad is nobody's name
    if _gazetteer_prefix(words) == len(words):
        return False
    first = words[0]
    return not (lex.is_a(first, "place_head") or lex.is_a(first, "orghead"))


_QUOTE_MARKS = "\"'“”‘’«»„"


def _nickname(word: str) -> bool:
    """A quoted nickname inside a name (``Ernesto "Boyet" Salonga``) is not part of the canonical name."""
    return len(word) > 2 and word[0] in _QUOTE_MARKS and word[-1] in _QUOTE_MARKS


def clean_person(name: str) -> list[str] | None:
    """The name words of a recognised person without a glued title or place; None if not a person.

    A scrape may glue the outlet's dateline to the first word (``KOMPAS.comMenteri Fulan``): a
    word that holds a web address is not part of the name."""
    words = [w for w in name.replace("(", " ").replace(")", " ").split() if not _nickname(w)]
    while words and _DOMAIN.fullmatch(words[0]):
        words = words[1:]
    if len(words) > 2 and lexicon().is_a(words[0], "orghead") and lexicon().is_a(words[1], "role"):
        words = words[1:]  # "House Speaker Fulan", "Police Chief Fulan": the body's office, then the name
    if not plausible_person(words):
        return None
    words = words[front_to_strip(words, after_title=False) :]
    return words if plausible_person(words) else None


def corps_mark(word: str) -> bool:
    """The force or corps written between a rank and the name (``TNI``, ``Pol``, ``Inf``)."""
    folded = fold(word.rstrip("."))
    return lexicon().is_a(folded, "rank") or folded in folded_set("language/corps.txt")
