"""The nickname list's full name for a stored name's key (issue 9, one canonical person).

By a form as the list writes it, or by the key of one of its forms where the keys drop a title
word the list's full name opens with ("Sultan Fulan Badu", keyed "fulan badu").
"""

from __future__ import annotations

from functools import cache

from kutip.index.people.lexicon import people_lexicon
from kutip.index.people.names import key_of

__all__ = ["listed"]


def listed(key: str) -> str | None:
    """The nickname list's full name for a key, if the list knows it: by a form as the list writes
    it, or by its key, titles dropped, where the list's full name opens with a word the keys read as
    a title ("Sultan Fulan Badu", whose key is "fulan badu")."""
    nicknames = people_lexicon().nicknames
    return nicknames.get(key) or _listed_by_key().get(key)


_MIN_KEY_WORDS = 2


@cache
def _listed_by_key() -> dict[str, str]:
    """The list's full names by the keys of their forms, where a key differs from the form; keys of
    two words or more ("Pak Harto" keyed "harto" is too common a word to be the figure's alone)."""
    found: dict[str, str] = {}
    for form, full in people_lexicon().nicknames.items():
        key = key_of(form)
        if key != form and len(key.split()) >= _MIN_KEY_WORDS:
            found.setdefault(key, full)
    return found
