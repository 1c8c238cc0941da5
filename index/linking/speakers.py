"""Whether two statements can be by the same speaker.

Reports name one person differently: ``Mendag Dimas``, ``Dimas Prasetyo Wibowo``,
``Shi`` and ``Shi Yinhong``; an organisation may go by an alias (``AS``). Two names
are compatible when every word of the shorter is a word of the longer, after titles
and aliases are resolved, so ``Lin Jian`` never meets ``Liu Pengyu`` or ``Lin Wei``.
When the extractor credited a remark to an organisation but wrote down the person
(``kata Kepala Dishub Yusuf Hadi Kurniawan``), the capitalised words as written
count as that statement's names too; not those written after the credited person's own
name past an ordinary word (:func:`_past_the_name`): the one answered or addressed.
"""

from __future__ import annotations

import difflib
from functools import lru_cache
from typing import Literal

from kutip.index.entities.lexicon import lexicon, lookup
from kutip.index.entities.persons import strip_titles
from kutip.index.language import letters_swapped, lines, one_edit
from kutip.index.linking.normalise import fold_word, words_of

__all__ = ["Relation", "SpeakerNames", "compatible", "relation", "speaker_names"]

_MAX_WRITTEN_NAMES = 4
# Cabinet abbreviations the title gazetteer may lack; a leading one is a title, not a name.
_PORTFOLIO_TITLES = frozenset(
    {"mendag", "mentan", "menperin", "menaker", "menhub", "menag", "mensos", "menpora", "menpar"}
    | {"menkominfo", "menkumham", "mendikbud", "mendikbudristek", "menpupr", "menparekraf", "menpan"}
    | {"menkopolhukam", "menko", "menlu", "menhan", "menkeu", "mendagri", "menkes", "menteri", "mentri"}
)


class SpeakerNames(tuple[frozenset[str], frozenset[str]]):
    """(canonical name words, extra name words seen in the attribution as written)."""

    __slots__ = ()

    @property
    def canonical(self) -> frozenset[str]:
        return self[0]

    @property
    def written(self) -> frozenset[str]:
        return self[1]

    @property
    def all(self) -> frozenset[str]:
        return self[0] | self[1]


@lru_cache(maxsize=50_000)
def _name_words(name: str) -> frozenset[str]:
    entry = lookup(name)
    name = entry.name_id if entry is not None else strip_titles(name) or name
    words = [fold_word(w) for w in words_of(name.replace("-", " ")) if len(w) > 1]
    while len(words) > 1 and words[0] in _PORTFOLIO_TITLES:
        words = words[1:]
    return frozenset(words)


@lru_cache(maxsize=50_000)
def _written_words(as_written: str) -> frozenset[str]:
    """Capitalised words of the attribution that are neither titles nor ordinary words."""
    lex = lexicon()
    found = [
        fold_word(w)
        for w in words_of(as_written)
        if w[:1].isupper()
        and not w.isupper()
        and (fold_word(w),) not in lex.titles
        and fold_word(w) not in lex.common
        and fold_word(w) not in lex.portfolios
    ]
    return frozenset(found[-_MAX_WRITTEN_NAMES:])


def _past_the_name(as_written: str, canonical: frozenset[str]) -> frozenset[str]:
    """The words the attribution writes after the credited speaker's own name once an ordinary
    word has come between ("disampaikan Fulan menanggapi ucapan Badu": ``menanggapi ucapan
    Badu``): another person, the one answered or addressed, or a place ("di Kota Lain"), never
    the speaker. Names before it or run on from it ("Ketua Partai Anu, Fulan"; "Kepala Balai
    Anu Fulan") may be the speaker's organisation, the other way round of the office case."""
    words = words_of(as_written)
    folded = [fold_word(w) for w in words]
    if not canonical <= set(folded):
        return frozenset()
    last = max(at for at, word in enumerate(folded) if word in canonical)
    after = words[last + 1 :]
    cut = next((at for at, word in enumerate(after) if not word[:1].isupper()), len(after))
    return frozenset(fold_word(w) for w in after[cut:])


def speaker_names(speaker: str | None, as_written: str | None = None) -> SpeakerNames:
    """The name words a statement's speaker can be matched by; empty when nobody is credited."""
    canonical = _name_words(speaker) if speaker else frozenset()
    if not as_written or not canonical:
        return SpeakerNames((canonical, frozenset()))
    written = _written_words(as_written) - canonical - _past_the_name(as_written, canonical)
    return SpeakerNames((canonical, written))


def _subset(a: frozenset[str], b: frozenset[str]) -> bool:
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return bool(shorter) and shorter <= longer


def compatible(a: SpeakerNames, b: SpeakerNames) -> bool:
    """True when the two credited speakers may be one person (or one organisation)."""
    if _subset(a.canonical, b.canonical):
        return True
    # a person named in the attribution of a remark the extractor credited to their office
    return (bool(a.written) and _subset(b.canonical, a.written)) or (
        bool(b.written) and _subset(a.canonical, b.written)
    )


Relation = Literal["same", "unknown", "different"]
_FUZZY_MIN = 5  # letters a name word needs before a one-letter spelling slip is forgiven


_VOWELS = frozenset("aeiou")


def _opening_vowel_varies(a: str, b: str) -> bool:
    """A name word transliterated with another opening vowel (``Immanuel``/``Emmanuel``,
    ``Usman``/``Osman``), the rest letter for letter the same."""
    return min(len(a), len(b)) >= _FUZZY_MIN and a[1:] == b[1:] and {a[0], b[0]} <= _VOWELS


@lru_cache(maxsize=1)
def _alternate_letters() -> frozenset[frozenset[str]]:
    """Pairs of letters names are spelled with one for the other (``data/linking_name_spellings.tsv``)."""
    pairs: set[frozenset[str]] = set()
    for line in lines("linking_name_spellings.tsv"):
        letters = line.split()
        if len(letters) == 2:
            pairs.add(frozenset(letters))
    return frozenset(pairs)


def _spelled_alternately(a: str, b: str) -> bool:
    """One letter of a name word written as its usual alternate (``Azis``/``Aziz``,
    ``Yusup``/``Yusuf``), the first letter and the rest the same: a short word's spelling slip that
    :func:`_near`'s ratio cannot forgive (the same word is :func:`_near`'s first answer)."""
    return a != b and letters_swapped(a, b, _alternate_letters(), most=1)


@lru_cache(maxsize=100_000)
def _near(a: str, b: str) -> bool:
    """One letter added, dropped or changed in a longer name word (``Makarim``/``Makariem``), its
    opening vowel changed (:func:`_opening_vowel_varies`), or a letter written as its usual
    alternate (:func:`_spelled_alternately`)."""
    if a == b or _opening_vowel_varies(a, b) or _spelled_alternately(a, b):
        return True
    if min(len(a), len(b)) < _FUZZY_MIN or abs(len(a) - len(b)) > 1 or a[:2] != b[:2]:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= _FUZZY_RATIO


_FUZZY_RATIO = 0.85


def _fuzzy_subset(a: frozenset[str], b: frozenset[str]) -> bool:
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return bool(shorter) and all(any(_near(w, o) for o in longer) for w in shorter)


@lru_cache(maxsize=50_000)
def _unreliable(words: frozenset[str]) -> bool:
    """A credited "name" holding an ordinary word (``Kerja``, ``Dipastikan Januari``) is no name."""
    common = lexicon().common
    return any(w in common for w in words)


_MIN_AGREEING = 2  # name words that must agree exactly before another may differ by one letter


def _one_slip(a: frozenset[str], b: frozenset[str]) -> bool:
    """A long name spelled with one letter changed in one word (``Sheikh``/``Shaikh``), the
    other words the same: transliterations vary, but a whole name does not."""
    only_a, only_b = a - b, b - a
    if len(a & b) < _MIN_AGREEING or len(only_a) != 1 or len(only_b) != 1:
        return False
    (x,), (y,) = only_a, only_b
    return min(len(x), len(y)) >= 4 and x[0] == y[0] and one_edit(x, y)


def relation(a: SpeakerNames, b: SpeakerNames) -> Relation:
    """How far the speakers agree: the same person, unknown (missing or unreliable), or two people.

    Linking asks more of the words the less the speakers agree, so a wrong or missing
    speaker never blocks near-identical words, and two known people stay apart unless
    their words are nearly the same.
    """
    if compatible(a, b) or _fuzzy_subset(a.canonical, b.canonical) or _one_slip(a.canonical, b.canonical):
        return "same"
    if not a.canonical or not b.canonical or _unreliable(a.canonical) or _unreliable(b.canonical):
        return "unknown"
    return "different"
