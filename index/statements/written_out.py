"""A name written with an initial, and the same name written out in the same article.

``kata Kombes E Zulpan`` in an article that also writes ``Endra Zulpan`` names one person, and
the article itself says which words the initials stand for. The written-out form is the one
the speaker is shown by, when it is the only such form the article holds: ``A Santoso`` beside
both ``Agus Santoso`` and ``Andi Santoso`` stays as written.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["written_out"]


def _initial(word: str) -> str | None:
    """The letter of an initial (``E``, ``E.``), or None for a word written out."""
    bare = word.rstrip(".")
    return bare if len(bare) == 1 and bare.isalpha() else None


def _expands(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether ``full`` writes out ``short``'s initials: same length, every initial the first
    letter of the word at its place, every other word the same, one word at least written out
    alike and one at least an initial written out."""
    if len(short) != len(full) or len(short) < 2:
        return False
    alike = expanded = 0
    for s, f in zip(short, full, strict=True):
        letter = _initial(s)
        if letter is not None and _initial(f) is None:
            if not f.startswith(letter):
                return False
            expanded += 1
        elif s == f and _initial(s) is None:
            alike += 1
        else:
            return False
    return alike >= 1 and expanded >= 1


def written_out(want: tuple[str, ...], names: Iterable[tuple[tuple[str, ...], str]]) -> str | None:
    """The one name of ``names`` (folded form, name shown) that writes out the initials of the
    folded ``want``; None when there is none, or more than one person would do."""
    if not any(_initial(w) for w in want):
        return None
    found = {shown for folded, shown in names if _expands(want, folded)}
    return found.pop() if len(found) == 1 else None
