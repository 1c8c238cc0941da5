"""One person written two ways in one article: "Anthony Scwartz" and "Anthony Schwartz".

Long names are misspelt in real copy. Two person entities of the same article are one when
every word of the shorter name matches a word of the longer one in order, at least one
word exactly and the rest nearly (same first letter, four letters or more, similar spelling).
A name's initial is its word shortened the same way: "M Fulanudin" (or "M. Fulanudin") and
"Muhammad Fulanudin" in one article are one person, named in full, when the article spells the
initial out for one name only.
Only names sharing an uncommon word are compared, so a page with thousands of names stays linear.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from kutip.index.language import fold, folded_set, one_edit, words
from kutip.index.models import Entity, EntityType, absorb

__all__ = ["merge_spelling_variants"]

_SIMILAR = 0.8
_SHARED_BY = 12  # a word in more person names than this is no evidence of one person (and costs a scan)


@lru_cache(maxsize=4096)
def _near(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) < 4 or len(b) < 4 or a[0] != b[0]:
        return False
    matcher = SequenceMatcher(None, a, b)
    quick = matcher.real_quick_ratio() >= _SIMILAR and matcher.quick_ratio() >= _SIMILAR
    return quick and matcher.ratio() >= _SIMILAR


def _initial(word: str, whole: str) -> bool:
    """``word`` is a one-letter initial of the longer name word ``whole`` ("m" of "muhammad")."""
    return len(word) == 1 and len(whole) > _INITIAL_OF and whole[0] == word


_INITIAL_OF = 2  # "M" stands for a spelt-out word, not for another letter or a particle


def _spells_initial(short: list[str], long: list[str]) -> bool:
    """``long`` is ``short`` with its initials spelt out: "m fulanudin" and "muhammad fulanudin"."""
    if len(short) != len(long):
        return False
    pairs = list(zip(short, long, strict=True))
    return all(a == b or _initial(a, b) for a, b in pairs) and any(_initial(a, b) for a, b in pairs)


def _variant(short: list[str], long: list[str]) -> bool:
    """Every word of ``short`` nearly matches a word of ``long``, in order, one exactly, one not."""
    if len(short) < 2 or len(short) > len(long) or not _in_order("".join(w[:1] for w in short), long):
        return False
    if _spells_initial(short, long):
        return True
    k = 0
    exact = fuzzy = 0
    for word in short:
        while k < len(long) and not _near(word, long[k]):
            k += 1
        if k == len(long):
            return False
        exact += word == long[k]
        fuzzy += word != long[k]
        k += 1
    return exact >= 1 and fuzzy >= 1


def _in_order(initials: str, long: list[str]) -> bool:
    """The initials of the short name appear among the long name's initials in order (a cheap first test)."""
    k = 0
    for w in long:
        if k < len(initials) and w[:1] == initials[k]:
            k += 1
    return k == len(initials)


def _votes(entity: Entity, counts: dict[str, int]) -> int:
    return sum(counts.get(fold(w), 0) for w in words(entity.name))


def merge_spelling_variants(entities: list[Entity]) -> list[Entity]:
    """Entities with each person's spelling variants folded into the form written most often.

    The kept name is the one whose words the article's mentions use most ("Makarim" over
    "Makariem"), then the one mentioned more often, then the longer.
    """
    persons = [e for e in entities if e.type is EntityType.PERSON]
    keys = {id(e): [fold(w) for w in words(e.name)] for e in persons}
    holding: dict[str, list[int]] = {}  # variants share a word exactly: compare only those, not all pairs
    for position, e in enumerate(persons):
        for w in dict.fromkeys(keys[id(e)]):
            holding.setdefault(w, []).append(position)
    merged: set[int] = set()
    for a in persons:
        if len(keys[id(a)]) < 2:
            continue
        rare = [holding[w] for w in dict.fromkeys(keys[id(a)]) if len(holding[w]) <= _SHARED_BY]
        sharing = sorted({p for held in rare for p in held})
        for b in (persons[p] for p in sharing):
            if a is b or id(a) in merged or id(b) in merged:
                continue
            short, long = (keys[id(a)], keys[id(b)])
            if len(short) > len(long) or not _variant(short, long):
                continue
            if _spells_initial(short, long):
                if _spelt_out_twice(short, b, persons, keys):
                    continue  # "M Fulanudin" beside "Muhammad" and "Mahmud Fulanudin": whose is unsure
                keep, drop = b, a  # the name in full: the initial only shortens it
            else:
                counts: dict[str, int] = {}
                for mention in (*a.mentions, *b.mentions):
                    for w in words(mention.text):
                        counts[fold(w)] = counts.get(fold(w), 0) + 1
                rank_a = (_votes(a, counts), len(a.mentions), len(short))
                rank_b = (_votes(b, counts), len(b.mentions), len(long))
                keep, drop = (a, b) if rank_a >= rank_b else (b, a)
            keep.mentions = sorted(keep.mentions + drop.mentions, key=lambda m: m.start)
            forms = [drop.name, *drop.aliases, *keep.aliases]
            keep.aliases = list(dict.fromkeys(f for f in forms if f != keep.name))
            merged.add(id(drop))
    return _merge_one_word_forms(_merge_dropped_letters([e for e in entities if id(e) not in merged]))


def _spelt_out_twice(
    short: list[str], long: Entity, persons: list[Entity], keys: dict[int, list[str]]
) -> bool:
    """Another person of the article than ``long`` also spells ``short``'s initials out."""
    return any(e is not long and _spells_initial(short, keys[id(e)]) for e in persons)


def _dropped_letters(short: str, long: str) -> bool:
    """"dwikora" in "dwikorita": one or two letters left out inside a long word, first and last kept."""
    if len(short) < 6 or not 1 <= len(long) - len(short) <= 2 or short[0] != long[0] or short[-1] != long[-1]:
        return False
    rest = iter(long)
    return all(c in rest for c in short)  # a subsequence: every letter found, in order


def _merge_dropped_letters(entities: list[Entity]) -> list[Entity]:
    """A one-word person written with letters left out ("kata Dwikora") joins the one full name it misspells.

    Only when exactly one longer person of the article holds such a word, and the short word
    is no given name of its own (the first-name list), so "Hendra" and "Hendrawan" stay apart.
    """
    from kutip.index.entities.features import first_names  # the tagger's list; imported late (no cycle)

    persons = [e for e in entities if e.type is EntityType.PERSON]
    full = [(e, [fold(w) for w in words(e.name)]) for e in persons if len(words(e.name)) >= 2]
    merged: set[int] = set()
    for e in persons:
        written = [fold(w) for w in words(e.name)]
        if len(written) != 1 or written[0] in first_names():
            continue
        owners = [f for f, ws in full if any(_dropped_letters(written[0], w) for w in ws)]
        _join_the_one_owner(e, owners, merged)
    return [e for e in entities if id(e) not in merged]


def _join_the_one_owner(short: Entity, owners: list[Entity], merged: set[int]) -> None:
    """``short`` joins its owner when exactly one person of the article owns it (mentions and
    aliases move over; ``merged`` records it to drop); with none or two, whose it is stays unsure."""
    if len(owners) != 1:
        return
    absorb(owners[0], short)
    merged.add(id(short))


_NICKNAME_LETTERS = 4  # "Sandi" of "Sandiaga"; a shorter start is no evidence of one person
_MISSPELT_LETTERS = 5  # a one-letter slip in a shorter word may be another name ("Yanti", "Yanto")


def _one_word_form(word: str, name: list[str], given_names: frozenset[str]) -> bool:
    """``word`` writes one of ``name``'s words another way: its given name's start that is no given name
    of its own ("Sandi" of "Sandiaga X"; not "Andi" of "Andika X"), a word with a clitic glued
    ("Fulannya"), or a one-letter slip that is no given name ("Waldan" for "Wardan"; not "Yanti")."""
    given = name[0]
    starts = len(word) >= _NICKNAME_LETTERS and len(given) > len(word) and given.startswith(word)
    if starts and word not in given_names:  # "Andi" beside "Andika X" is a name of its own
        return True
    for part in name:
        if word == part:
            return False
        if len(part) >= _NICKNAME_LETTERS and word.startswith(part) and word[len(part) :] in _clitics():
            return True
        if (
            len(word) >= _MISSPELT_LETTERS
            and len(part) >= _MISSPELT_LETTERS
            and one_edit(word, part)
            and word not in given_names
            and not _other_ending(word, part)
        ):
            return True
    return False


def _other_ending(word: str, part: str) -> bool:
    """"Yanti" and "Yanto", "Putri" and "Putra": a name's last vowel changed makes another name."""
    vowels = "aeiou"
    return len(word) == len(part) and word[:-1] == part[:-1] and word[-1] in vowels and part[-1] in vowels


def _clitics() -> frozenset[str]:
    clitics: frozenset[str] = folded_set("language/clitics.txt")
    return clitics


def _merge_one_word_forms(entities: list[Entity]) -> list[Entity]:
    """A one-word person that writes a word of exactly one longer person of the article another way
    joins it: the article lists one entry per person ("Sandi" beside "Sandiaga Uno").

    Only when the word is no word of any longer person as written (the linker joined those, or the
    word is shared and whose is unsure). Measured on the pool's gold (twenty-three sets): no article
    names two people so.
    """
    from kutip.index.entities.features import first_names  # the tagger's list; imported late (no cycle)

    persons = [e for e in entities if e.type is EntityType.PERSON]
    full = [(e, [fold(w) for w in words(e.name.replace("-", " "))]) for e in persons]
    full = [(e, ws) for e, ws in full if len(ws) >= 2]
    if not full:
        return entities
    written_words = {w for _, ws in full for w in ws}
    merged: set[int] = set()
    for e in persons:
        written = [fold(w) for w in words(e.name)]
        if len(written) != 1 or written[0] in written_words:
            continue
        owners = [f for f, ws in full if _one_word_form(written[0], ws, first_names())]
        _join_the_one_owner(e, owners, merged)
    return [e for e in entities if id(e) not in merged]
