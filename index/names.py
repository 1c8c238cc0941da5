"""Matching a name the user typed against canonical names.

``Blinken``, ``antony blinken`` and ``Antony Blinken`` all mean the same speaker:
every typed word must be one of the name's words, after folding case and accents.
"""

from __future__ import annotations

import re

from kutip.index.language import fold

__all__ = ["fold", "name_matches", "name_words"]

_WORD = re.compile(r"\w+")


def name_words(name: str) -> list[str]:
    return _WORD.findall(fold(name.replace("-", " ")))


def name_matches(typed: str, *names: str | None) -> bool:
    """True when every word typed appears in one of the candidate names."""
    wanted = name_words(typed)
    if not wanted:
        return False
    return any(name and set(wanted) <= set(name_words(name)) for name in names)
