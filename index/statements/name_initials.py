"""A given name with the person's own initials after it (``Budi HS``, ``Fulan ZA``): the name
as written, not a name with a degree or a reporter's code after it.

Indonesian writers often go by one given name and the initials of the rest (the gold writes
such a person with the initials). Degrees (``gazetteer/degrees.txt``: ``SH``, ``MM``) follow a
name too, without their dots; they are no initials. Only a one-word name takes initials here: a
code after a longer name (``Fulan Hidayat SH``, ``Badu Santoso MH``) is a degree as before.
"""

from __future__ import annotations

from ..entities.lexicon import degrees
from ..language import fold

_MIN_LETTERS = 2
_MAX_LETTERS = 3


def initials_of_name(words: list[str]) -> bool:
    """Whether ``words`` are one mixed-case given name and a group of 2-3 capitals that is no
    degree (``["Budi", "HS"]``)."""
    if len(words) != 2:
        return False
    given, last = words
    if not (given[:1].isupper() and given[1:].islower() and given.isalpha()):
        return False
    return (
        _MIN_LETTERS <= len(last) <= _MAX_LETTERS
        and last.isalpha()
        and last.isupper()
        and fold(last) not in degrees()
    )
