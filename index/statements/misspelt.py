"""A one-word name the body writes once, a letter off a name it writes more often (``Kuaswahyudi``
for ``Kuswahyudi``, ``Purwanti`` for ``Purwati``): a typo of that person's name, not someone else.

A shorter name may slip by one letter after its end only (``Badik`` for ``Badi``).

Scrapes keep such slips, and the recogniser lists the slip as a person of its own, so the
quotation its cue gives went to a stranger. Only long words, written once, one letter added or
left out of a word written at least twice: two people whose names differ by one letter are
rarely both in one story, and never both just once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kutip.index.language import modern_spelling, one_edit, one_letter_added

_MIN_LETTERS = 7  # the slip; shorter names are a letter apart too often ("Rudi", "Rudy")
_MIN_TRAILING = 5  # a slip whose only change is a letter after the end ("Dadik" for "Dadi")
_MIN_OTHER_MENTIONS = 2


def _apart(a: str, b: str) -> bool:
    return one_letter_added(a, b) or one_letter_added(b, a)


def _trailing(slip: str, word: str) -> bool:
    return len(word) >= _MIN_TRAILING - 1 and slip[:-1] == word


Folded = tuple[tuple[str, ...], ...]


def misspelt_names(persons: Sequence[tuple[str, Folded, int]]) -> dict[tuple[str, ...], str]:
    """``persons`` as (name, folded forms, mentions): the slips, folded, to the person they mean."""
    found: dict[tuple[str, ...], str] = {}
    for name, forms, count in persons:
        words = forms[0] if forms else ()
        if count != 1 or len(words) != 1 or len(words[0]) < _MIN_TRAILING or not words[0].isalpha():
            continue
        apart = _apart if len(words[0]) >= _MIN_LETTERS else _trailing
        meant = {
            other
            for other, other_forms, other_count in persons
            if other != name
            and other_count >= _MIN_OTHER_MENTIONS
            and any(apart(words[0], w) for form in other_forms for w in form)
        }
        if len(meant) == 1:
            found[words] = meant.pop()
    return found


def _respelt(word: str) -> str:
    """The word in modern spelling (Djoko/Joko, Soeharto/Suharto), ``ie`` read as ``i`` (Arief/Arif,
    a given name written both ways)."""
    return modern_spelling(word).replace("ie", "i")


def respelt_given_names(persons: Sequence[tuple[str, Folded, int]]) -> dict[tuple[str, ...], str]:
    """One-word names spelled the other way of exactly one full name's given name (``Arief`` for
    ``Arif Santoso``), when no one's name holds the word as written: that person, not a stranger."""
    found: dict[tuple[str, ...], str] = {}
    for name, forms, _count in persons:
        words = forms[0] if forms else ()
        if len(words) != 1 or not words[0].isalpha() or len(words[0]) < _MIN_TRAILING - 1:
            continue
        plain = _respelt(words[0])
        meant = {
            other
            for other, other_forms, _c in persons
            if other != name
            and any(len(f) >= 2 and f[0] != words[0] and _respelt(f[0]) == plain for f in other_forms)
        }
        held = any(words[0] in f for other, other_forms, _c in persons if other != name for f in other_forms)
        if len(meant) == 1 and not held:
            found[words] = meant.pop()
    return found


_MIN_SLIP_WORD = 4  # "Rani" for "Rano": a full name's word, the rest of the name the same


def slipped_full_names(body: str, names: Sequence[str]) -> dict[str, str]:
    """Full names the body writes once with one word a letter off (changed, added or left out)
    a full name it writes at least twice (``Hasan Hasbi`` once, ``Hasan Nasbi`` in the headline
    and the prose): the slip, to the name it means. The gold, as a reader, writes the name right."""
    fulls = [n for n in dict.fromkeys(names) if len(n.split()) >= 2]
    pairs = [(a, b) for a in fulls for b in fulls if a != b and _one_word_slip(a, b)]
    if not pairs:
        return {}
    times = {n: _times(body, n) for pair in pairs for n in pair}
    found: dict[str, str] = {}
    for slip in dict.fromkeys(a for a, _b in pairs):
        meant = {b for a, b in pairs if a == slip and times[a] == 1 and times[b] >= _MIN_OTHER_MENTIONS}
        if len(meant) == 1:
            found[slip] = meant.pop()
    return found


def _one_word_slip(a: str, b: str) -> bool:
    wa, wb = a.casefold().split(), b.casefold().split()
    if len(wa) != len(wb):
        return False
    apart = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(apart) != 1:
        return False
    x, y = apart[0]
    if min(len(x), len(y)) < _MIN_SLIP_WORD or not (x.isalpha() and y.isalpha()):
        return False
    return one_edit(x, y)  # one letter changed, added or left out (x and y differ)


def _times(body: str, name: str) -> int:
    """How often ``body`` writes ``name``, as whole words (any white space between them)."""
    pattern = r"\s+".join(re.escape(w) for w in name.split())
    return len(re.findall(rf"(?<!\w){pattern}(?!\w)", body))
