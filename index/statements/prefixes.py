"""A short name that is the first letters of one full name in the body: ``Budi`` for
``Budiman Santoso``, ``Hendri`` for ``Hendrianto Wijaya`` (news shortens given names so)."""

from __future__ import annotations

from ..names import is_short_form

_MIN_PREFIX = 4
_MIN_REST = 3


def prefix_owner(word: str, fulls: list[tuple[str, ...]]) -> str | None:
    """The one full name (two words or more) whose first word ``word`` begins and is shorter
    than; None when none or several do, or the word is too short to tell."""
    w = word.casefold()
    if len(w) < _MIN_PREFIX or not w.isalpha():
        return None
    owners = {" ".join(full) for full in fulls if len(full) >= 2 and _starts(full[0].casefold(), w)}
    # "Fulan Santoso" and "Fulan Badu Santoso" are one owner written two ways: the fuller one
    fullest = [o for o in owners if all(other == o or is_short_form(other, o) for other in owners)]
    return fullest[0] if len(fullest) == 1 else None


def _starts(first: str, w: str) -> bool:
    # three letters more at least: "Andi" is a name of its own, not "Andika" shortened
    return len(first) >= len(w) + _MIN_REST and first.startswith(w)
