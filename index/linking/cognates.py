"""English words Indonesian borrowed, recognised by their regular spelling shifts.

Much of the vocabulary of political and economic news came into Indonesian from English,
Dutch and Latin with regular spelling changes (``action``/``aksi``, ``incident``/``insiden``,
``clinic``/``klinik``, ``tragic``/``tragis``, ``extreme``/``ekstrem``). Rather than listing
every such pair in the bilingual lexicon, an English term is respelled by the shifts in
``index/data/linking_cognates.tsv`` and matched to an Indonesian term sharing its first
``COGNATE_PREFIX`` letters (the stemmers cut the two languages' endings differently), or
equal to it when it is shorter. Names respelled the same way (``Francis``/``Fransiskus``)
let a speaker be recognised across the languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from kutip.index.language import lines

__all__ = ["COGNATE_PREFIX", "cognate_keys", "indonesian_key", "names_cognate"]

COGNATE_PREFIX = 5  # letters two spellings must share; shorter terms must be equal
_MIN_NAME = 5  # letters a respelled name word needs before a prefix match counts


@cache
def _rules() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    rules = []
    for line in lines("linking_cognates.tsv"):
        if not line.startswith("!"):
            pattern, _, replacement = line.partition("\t")
            rules.append((re.compile(pattern.strip()), tuple(replacement.strip().split("|"))))
    return tuple(rules)


@cache
def _false_friends() -> frozenset[str]:
    return frozenset(line[1:].strip() for line in lines("linking_cognates.tsv") if line.startswith("!"))


@lru_cache(maxsize=100_000)
def respell(term: str) -> tuple[str, ...]:
    """The Indonesian spellings an English term may have been borrowed as."""
    forms = [term]
    for pattern, replacements in _rules():
        forms = [pattern.sub(r, form) for form in forms for r in replacements]
    return tuple(dict.fromkeys(forms))


def _key(form: str) -> str:
    return form if len(form) < COGNATE_PREFIX else form[:COGNATE_PREFIX] + "…"


@lru_cache(maxsize=100_000)
def cognate_keys(term: str) -> frozenset[str]:
    """Keys of an English term's respellings; an Indonesian term with one of these keys
    (:func:`indonesian_key`) is its cognate. Numbers and very short terms have none."""
    if term.isdigit() or len(term) < 3 or term in _false_friends():
        return frozenset()
    return frozenset(_key(form) for form in respell(term) if len(form) >= 3)


@lru_cache(maxsize=100_000)
def indonesian_key(term: str) -> str:
    return _key(re.sub(r"([a-z])\1", r"\1", term))


def _name_near(english: str, indonesian: str) -> bool:
    for form in respell(english):
        shorter, longer = sorted((form, indonesian), key=len)
        if shorter == longer or (len(shorter) >= _MIN_NAME and longer.startswith(shorter)):
            return True
    return False


def names_cognate(english: Iterable[str], indonesian: Iterable[str]) -> bool:
    """Every word of the shorter name matches a word of the other once respelled
    (``francis`` and ``fransiskus``): one person, named in two languages."""
    en, ind = frozenset(english), frozenset(indonesian)
    if not en or not ind:
        return False
    if len(en) <= len(ind):
        return all(any(_name_near(e, i) for i in ind) for e in en)
    return all(any(_name_near(e, i) for e in en) for i in ind)
