"""Alternations of many words as patterns that fail fast: branches grouped by their first letter.

Python's ``re`` tries every branch of ``a|b|c`` in turn at each position it reaches, so a pattern
of a hundred cue words costs a hundred tries at every word start of a body. Grouped under their
first letter (``d(?:ikenal|isapa)|s(?:apaan)``) the branches are tried only where that letter
stands, and a group holds its branches in their given order, so the match is the same: branches
of different letters never match at the same place (a group is keyed by the lower-case letter
when the pattern ignores case), and the order of those that can is kept.
"""

from __future__ import annotations

from collections.abc import Iterable


def alternation(escaped: Iterable[str], *, ignore_case: bool) -> str:
    """``"|".join(escaped)``, grouped by first letter when every branch opens with an ASCII
    letter (escaped as itself); otherwise, the plain join (same matches, no grouping)."""
    branches = list(escaped)
    if not branches or not all(b[:1].isascii() and b[:1].isalpha() for b in branches):
        return "|".join(branches)
    groups: dict[str, list[str]] = {}
    for branch in branches:
        groups.setdefault(branch[0].lower() if ignore_case else branch[0], []).append(branch[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())
