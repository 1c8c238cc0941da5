"""Tokens written after a name that are no part of it: a degree without its dots (``SIK``,
``SH``, ``MH``) or a reporter's or editor's code glued to the end of the paragraph (``Bgs``).

Such a token has no vowel, or is a short capitals word after a name written in mixed case; a
name suffix (``Jr``, ``III``) stays.
"""

from __future__ import annotations

import re

from ..language import fold
from .lexicon import lexicon
from .name_initials import initials_of_name

_VOWEL = re.compile(r"[aeiouy]")
_MAX_CODE_LETTERS = 4


def without_trailing_codes(name: str) -> str:
    """``name`` without the codes after it; at least one word stays."""
    words = name.split()
    if initials_of_name(words):
        return name  # "Budi HS": the person's own initials
    while len(words) > 1 and _is_code(words[-1], words[-2]):
        words.pop()
    return " ".join(words)


def _is_code(word: str, before: str) -> bool:
    folded = fold(word.strip(".,"))
    if not folded.isalpha() or len(folded) < 2 or lexicon().is_a(folded, "name_suffix"):
        return False
    if not _VOWEL.search(folded):
        return True
    short_capitals = word.isupper() and len(folded) <= _MAX_CODE_LETTERS
    return short_capitals and not before.isupper()
