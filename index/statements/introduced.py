"""Persons the body introduces by an indefinite description and a name set off by commas
(``Seorang pedagang sayur di Pasar Contoh, Larsi, mengatakan …``), or by the name first and the
description after it (``Larsi, salah satu pedagang, mengatakan …``, ``Larsi seorang pedagang
sayur mengeluhkan …``).

Vox-pop news names ordinary people once this way, then cues them by that one name (``ujar
Larsi``); the recogniser often does not list such a name (no title, a rare given name), so
the quotations were left unknown, or went to the official quoted before them. The name must be
a capitalised run of at most three words, no known place or body and no word that names no one
(:func:`.runs.not_a_name`); a capitalised connective that opens the sentence (``Sedangkan``,
``Selanjutnya``) is no part of the name after it.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .alternation import alternation
from .lexicon import lexicon
from .people import known_place_or_body
from .runs import not_a_name

_CONNECTIVES = ("function", "adverb", "conjunction", "connector", "sequence", "circumstance", "time_mod")
_NAME = r"([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){0,2})"


def _alternatives(cls: str, *, ignore_case: bool = False) -> str:
    """The class's words, longest first, as one alternation (grouped by first letter: fast to fail)."""
    words = sorted(map(re.escape, lexicon().classes.get(cls, frozenset())), key=len, reverse=True)
    return alternation(words, ignore_case=ignore_case)


@cache
def _pattern() -> re.Pattern[str]:
    """An indefinite opener (``seorang``, ``salah satu``; class indefinite), a word of what an
    ordinary person is (``pedagang``, ``warga``; class person_kind), the rest of a short description
    without a sentence stop, then ``, Name,`` (maybe with an age in brackets before the comma)."""
    openers, kinds = _alternatives("indefinite"), _alternatives("person_kind")
    any_case = _alternatives("indefinite", ignore_case=True)
    return re.compile(
        rf"(?<!\w)(?i:{any_case})(?:\s+(?:{openers}))?\s+(?:{kinds})\b[^,.;:!?\n]{{0,80}},\s+{_NAME}(?:\s+\(\d{{1,3}}\))?,"
    )


@cache
def _name_first() -> re.Pattern[str]:
    """A name, maybe a comma, then the indefinite opener and the word of what the person is
    (``Larsi, salah satu pedagang``, ``Larsi seorang pembeli``). Only an opener of one person:
    ``Larsi dan para pedagang`` introduces nobody."""
    openers = _alternatives("singular_indefinite", ignore_case=True)
    kinds = _alternatives("person_kind", ignore_case=True)
    return re.compile(
        rf"(?<![\w-]){_NAME}(?:\s+\(\d{{1,3}}\))?,?\s+(?i:{openers})(?:\s+(?i:{openers}))?\s+(?i:{kinds})\b"
    )


def _without_connective(name: str) -> str:
    """The name without a capitalised word of the lexicon that opens it (``Sedangkan Larsi``)."""
    lex = lexicon()
    words = name.split()
    while len(words) > 1 and lex.is_any(words[0], _CONNECTIVES):
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=8)  # asked for each name checked in one body in turn
def introduced_persons(body: str) -> frozenset[str]:
    """The names the body sets off after (or before) an indefinite description of a person."""
    names = [m.group(1) for m in _pattern().finditer(body)]
    for m in _name_first().finditer(body):
        name = _without_connective(m.group(1))
        if not lexicon().is_a(name.split()[0], "indefinite"):  # "Salah satu warga" opens a description
            names.append(name)
    found = set()
    for name in names:
        if not not_a_name(name.split()) and not known_place_or_body(name):
            found.add(name)
    return frozenset(found)
