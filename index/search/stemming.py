"""Stems of Indonesian (Sastrawi's algorithm) and English (Porter) words, and the folded words of a text.

The search analysers, the snippets and linking all stem the same way, so they share
this module. Whoosh pickles analysers into the index's schema by the stemmers' module
path, so the stemmers are plain functions that stay here: a lambda, a bound method or a
move would stop older archives from opening.

Sastrawi strips a final ``-i`` or ``-is`` before it tries the prefixes, so a root that ends so
loses it when what is left is also a root: ``menangis`` (cry) became ``menang`` (win),
``bertani`` ``tan``. Such a word keeps the suffix when stemming it without cutting ``-i``/``-is``
gives a root the dictionary has. Words no rule mends (``pemerintah`` is the government, not an
order) are listed in ``index/data/stemming_exceptions.tsv``. Both are part of the analysis
fingerprint (:mod:`kutip.index.analysis`), so an archive stemmed the old way is re-analysed.

The Indonesian algorithm is Sastrawi's, run by kutip's own :mod:`~kutip.index.search.stemmer.confix`
(the same stems word for word, about fifteen times faster; Sastrawi's package supplies only the root
dictionary, and stays the reference of the tests). A word outside the dictionary still costs tens
of microseconds. Stems found once (by an analysis worker, or read back from the archive) are kept
here, so the writer's index analysis and a one-shot search's snippets look words up instead of
stemming them again. :func:`confix_stem` is the plain algorithm for other callers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from kutip.index.search.whoosh_engine.toolkit import TOKEN_PATTERN, folded_tokens, porter_stem

if TYPE_CHECKING:
    from kutip.index.search.stemmer.confix import ConfixStemmer

__all__ = [
    "KNOWN_LIMIT",
    "LANGUAGES",
    "TOKEN_PATTERN",
    "confix_stem",
    "folded_words",
    "new_stems",
    "remember_stems",
    "root_words",
    "stem_en",
    "stem_en_mended",
    "stem_id",
    "stems_of",
    "unknown_words",
]

LANGUAGES = ("id", "en")

_KNOWN_ID: dict[str, str] = {}
KNOWN_LIMIT = 2_000_000


def remember_stems(stems: dict[str, str]) -> None:
    """Add Indonesian stems computed elsewhere; bounded so a huge run cannot exhaust memory."""
    if len(_KNOWN_ID) + len(stems) > KNOWN_LIMIT:
        _KNOWN_ID.clear()
    _KNOWN_ID.update(stems)


def unknown_words(words: Iterable[str]) -> set[str]:
    """The words among ``words`` whose Indonesian stem is not yet known in this process."""
    return {w for w in words if w not in _KNOWN_ID}


def _stemmable(text: str) -> set[str]:
    return {w for w in folded_tokens(text) if len(w) >= 4 and w.isalpha()}


def stems_of(text: str) -> dict[str, str]:
    """Every folded word of ``text`` that Sastrawi would stem, with its stem."""
    return {w: stem_id(w) for w in _stemmable(text)}


def new_stems(text: str, reported: set[str]) -> dict[str, str]:
    """Stems of the words of ``text`` not yet in ``reported``, which then records them (bounded)."""
    words = _stemmable(text) - reported
    if len(reported) + len(words) > KNOWN_LIMIT:
        reported.clear()
    reported.update(words)
    return {w: stem_id(w) for w in words}


def folded_words(text: str) -> set[str]:
    return set(folded_tokens(text))


@lru_cache(maxsize=1)
def _sastrawi() -> ConfixStemmer:
    """Sastrawi's algorithm over its root dictionary (:mod:`kutip.index.search.stemmer.confix`;
    imported here, as compiling its rules costs a one-shot search ~7 ms and searches rarely stem)."""
    from kutip.index.search.stemmer.confix import ConfixStemmer

    return ConfixStemmer(root_words())


@cache
def root_words() -> frozenset[str]:
    """Sastrawi's root dictionary (``kata-dasar.txt`` of the PySastrawi package), read once."""
    data = resources.files("Sastrawi.Stemmer").joinpath("data")
    text = data.joinpath("kata-dasar.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and w.strip() != "")


def confix_stem(text: str) -> str:
    """Sastrawi's own stem of ``text`` (``diundang`` -> ``undang``), word for word as
    ``StemmerFactory().create_stemmer().stem`` gives it, without kutip's mending (:func:`stem_id`)
    and about twenty times faster. For callers that want the plain algorithm (entities' dictionary)."""
    return _sastrawi().stem(text)


@cache
def _exceptions() -> dict[str, str]:
    """word -> stem for the words Sastrawi gets wrong (``index/data/stemming_exceptions.tsv``)."""
    from kutip.index.language.wordlists import lines  # the one loader; imported here, as searches rarely stem

    rows = (line.split("\t") for line in lines("stemming_exceptions.tsv"))
    return {row[0].strip(): row[1].strip() for row in rows if len(row) == 2}


_KEPT_SUFFIXES = ("is", "i")  # derivational suffixes a root may end in
_INFLECTION = re.compile(r"(?:lah|kah|tah|pun)?$")
_POSSESSIVE = re.compile(r"(?:ku|mu|nya)?$")


@lru_cache(maxsize=1)
def _suffix_keeping() -> ConfixStemmer:
    """The same stemmer cutting ``-kan``/``-an`` but never ``-i``/``-is``, over the same dictionary."""
    from kutip.index.search.stemmer.confix import ConfixStemmer

    return ConfixStemmer(_sastrawi().roots, ("isme", "isasi", "kan", "an"))


def _root_kept(word: str, stemmed: str) -> str:
    """``stemmed``, or the root ending in ``-i``/``-is`` that Sastrawi cut short: the cut root with
    the suffix back when the dictionary has it (``bertani``: ``tani``, not ``tan``), else the stem
    found without that cut when only the suffix went and that stem is a dictionary root at least as
    long (``menangis``: ``tangis``, not ``menang``). The second stemming runs only then: it costs
    as much as the first."""
    bare = _POSSESSIVE.sub("", _INFLECTION.sub("", word, count=1), count=1)
    suffix = next((s for s in _KEPT_SUFFIXES if bare.endswith(s)), "")
    if not suffix or stemmed.endswith(suffix):
        return stemmed
    roots = _sastrawi().roots
    if stemmed + suffix in roots:
        return stemmed + suffix
    if bare[: -len(suffix)] != stemmed:
        return stemmed  # prefixes went too: the cut was not all Sastrawi did (mengatasi: atas)
    kept = _suffix_keeping().stem_word(word)
    if kept != stemmed and kept.endswith(suffix) and len(kept) >= len(stemmed) and kept in roots:
        return kept
    return stemmed


def stem_id(word: str) -> str:
    """Indonesian stem via Sastrawi (``mengatakan`` → ``kata``), mended where it cuts a root short
    (:func:`_root_kept`) or is listed wrong (:func:`_exceptions`); digits pass through."""
    if not word.isalpha() or len(word) < 4:
        return word
    known = _KNOWN_ID.get(word)
    if known is not None:
        return known
    listed = _exceptions().get(word)
    stemmed = listed or _root_kept(word, _sastrawi().stem(word) or word)
    if len(_KNOWN_ID) >= KNOWN_LIMIT:
        _KNOWN_ID.clear()
    _KNOWN_ID[word] = stemmed
    return stemmed


def stem_en(word: str) -> str:
    """English Porter stem (``ministers`` → ``minist``)."""
    stemmed: str = porter_stem(word)
    return stemmed


_UNDOUBLED = frozenset("lsz")  # Porter keeps these doubled (``falling`` -> ``fall``)
_RESTORED_E = ("at", "bl", "iz")  # Porter restores the e these lose (``fabricated`` -> ``fabricate``)


def stem_en_mended(word: str) -> str:
    """:func:`stem_en` with Porter's step 1b done whole, for the linker: Whoosh's stemmer leaves
    the consonant an -ed or -ing doubled (``running`` -> ``runn``, ``planned`` -> ``plann``) and
    drops the e Porter restores (``criticized`` -> ``criticiz``), so one verb in two tenses gave
    two terms. The search index keeps :func:`stem_en`: an archive's stored terms were made with it."""
    stemmed = stem_en(word)
    if not word.endswith(("ed", "ing")) or len(stemmed) < 3:
        return stemmed
    last = stemmed[-1]
    if last == stemmed[-2] and last not in _UNDOUBLED and last not in "aeiouy" and len(stemmed) > 3:
        return stemmed[:-1]  # but ``added``: a three-letter word doubles its own consonant
    if stemmed.endswith(_RESTORED_E):
        return stem_en(stemmed + "e")
    return stemmed
