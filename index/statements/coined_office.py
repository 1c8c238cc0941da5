"""An office's short form that no list holds, read from the long form the page printed.

Outlets clip an office into one word from the first syllables of its words: ``Menteri
Kelautan`` becomes ``Menkel`` as ``Menteri Keuangan`` became ``Menkeu`` and ``Menteri
Perhubungan`` ``Menhub`` (the root's first syllable). A ministry created or renamed lately has a
short form the role lists do not spell out yet, so ``kata Menkel`` would make the clipped word a
person. When the word splits wholly into clips of the words of an office the page gave a person
(``Menteri Kelautan RI Fulan``), it is that office, and the cue points back to its holder.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..entities.dictionary import stem
from ..people.roles import role_words
from .descriptions import JOINERS, Intro
from .lexicon import lexicon

__all__ = ["coined_office"]

_VOWELS = frozenset("aeiou")
_MIN_WORD = 5  # "Menag" is the shortest clipped office worth reading
_MIN_HEAD = 2  # "Wa" of "Wakil", "Men" of "Menteri"


def coined_office(word: str, intros: Iterable[Intro]) -> tuple[str, ...] | None:
    """The office words (folded, the clipped ones first) of the person the page introduced with
    the office ``word`` clips: the one whose office it clips the most words of, and among those
    the one with the fewest role words left unclipped (``Menkel`` is the minister, not the
    ``Wakil Menteri Kelautan``). All their role words are given, so the cue points back to them
    rather than to another holder of the clipped words. None when the word clips no introduced
    office, or when the role lists already spell it out (they know its office without the page)."""
    low = word.casefold()
    if len(low) < _MIN_WORD or not low.isalpha() or not word[0].isupper() or role_words((low,)) != (low,):
        return None
    lex = lexicon()
    best: tuple[tuple[int, int], tuple[str, ...]] | None = None
    for intro in intros:
        words = sorted(w for w in intro.role_words if len(w) > 1 and w.isalpha() and w not in JOINERS)
        found = _clipped(low, words)
        if found is None:
            continue
        left = sorted(w for w in intro.role_words if w not in found)
        rank = (len(found), -sum(1 for w in left if lex.is_a(w, "role")))
        if best is None or rank > best[0]:
            best = rank, (*found, *left)
    return best[1] if best else None


def _clipped(low: str, words: Sequence[str]) -> tuple[str, ...] | None:
    """``low`` as a head clip (the start of a role word) then clips of other words, each once."""
    lex = lexicon()
    for head in words:
        if not lex.is_a(head, "role"):
            continue
        for n in range(len(head), _MIN_HEAD - 1, -1):
            if not low.startswith(head[:n]) or len(low) == n:
                continue
            rest = [w for w in words if w != head]
            tail = _clips(low[n:], rest, initials=False) or _clips(low[n:], rest, initials=True)
            if tail is not None:
                return (head, *tail)
    return None


def _clips(text: str, words: Sequence[str], initials: bool) -> tuple[str, ...] | None:
    """The words ``text`` is made of, one clip each: syllables (two letters or more) or, with
    ``initials``, single first letters (``Menkp`` for Kelautan dan Perikanan)."""
    if not text:
        return ()
    for word in words:
        for size in (1,) if initials else range(len(text), 1, -1):
            clip = text[:size]
            if not _clips_word(clip, word, initials):
                continue
            rest = _clips(text[size:], [w for w in words if w != word], initials)
            if rest is not None:
                return (word, *rest)
    return None


def _clips_word(clip: str, word: str, initial: bool) -> bool:
    """Whether ``clip`` is cut from ``word``: its first letters, its root's (``hub`` of
    *perhubungan*), or (a syllable or more) from a syllable's start inside it (``dik`` of
    *pendidikan*)."""
    if word.startswith(clip):
        return True
    if initial:
        return False
    if stem(word).startswith(clip):
        return True
    at = word.find(clip, 1)
    while at > 0:
        if word[at] not in _VOWELS and word[at - 1] in _VOWELS:
            return True
        at = word.find(clip, at + 1)
    return False
