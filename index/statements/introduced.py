"""Persons the body introduces by an indefinite description and a name set off by commas
(``Seorang pedagang sayur di Pasar Contoh, Larsi, mengatakan …``).

Vox-pop news names ordinary people once this way, then cues them by that one name (``ujar
Larsi``); the recogniser often does not list such a name (no title, a rare given name), so
the quotations were left unknown. The name must be a capitalised run of at most three words,
no known place or body and no word that names no one (:func:`.runs.not_a_name`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .lexicon import lexicon
from .people import known_place_or_body
from .runs import not_a_name

_NAME = r"([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){0,2})"


def _alternatives(cls: str) -> str:
    return "|".join(sorted(map(re.escape, lexicon().classes.get(cls, frozenset())), key=len, reverse=True))


@cache
def _pattern() -> re.Pattern[str]:
    """An indefinite opener (``seorang``, ``salah satu``; class indefinite), a word of what an
    ordinary person is (``pedagang``, ``warga``; class person_kind), the rest of a short description
    without a sentence stop, then ``, Name,`` (maybe with an age in brackets before the comma)."""
    openers, kinds = _alternatives("indefinite"), _alternatives("person_kind")
    return re.compile(
        rf"(?<!\w)(?i:{openers})(?:\s+(?:{openers}))?\s+(?:{kinds})\b[^,.;:!?\n]{{0,80}},\s+{_NAME}(?:\s+\(\d{{1,3}}\))?,"
    )


@lru_cache(maxsize=8)  # asked for each name checked in one body in turn
def introduced_persons(body: str) -> frozenset[str]:
    """The names the body sets off after an indefinite description of a person."""
    found = set()
    for m in _pattern().finditer(body):
        name = m.group(1)
        if not not_a_name(name.split()) and not known_place_or_body(name):
            found.add(name)
    return frozenset(found)
