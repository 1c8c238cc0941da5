"""A short name that is the first letters of one full name in the body: ``Budi`` for
``Budiman Santoso``, ``Hendri`` for ``Hendrianto Wijaya`` (news shortens given names so), or
the last letters of one of its words: ``Anto`` for ``Fulan Irmanto`` (a nickname from the
word's last syllables, as Indonesian nicknames often are)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from ..language import is_address_word
from ..names import is_short_form
from ..people.lexicon import people_lexicon

_MIN_PREFIX = 4
_MIN_REST = 3
_SHORT_PREFIX, _SHORT_PREFIX_REST = 3, 5  # "Dwi" of "Dwikorita": a short piece of a long word


_Named = tuple[tuple[str, ...], tuple[str, ...]]  # a name's words as written, and casefolded


@dataclass(frozen=True, slots=True)
class Owners:
    """The names :func:`short_owner` looks among, each folded once (an article asks about many
    short names against the same names): the body's runs with the recognised persons, and the
    recognised persons alone."""

    every: tuple[_Named, ...]
    recognised: tuple[_Named, ...]


def owners_of(runs: list[tuple[str, ...]], recognised: list[tuple[str, ...]]) -> Owners:
    """The :class:`Owners` of the body's capitalised ``runs`` and its ``recognised`` persons."""
    rec = _folded(recognised)
    return Owners(_folded(runs) + rec, rec)


def _folded(fulls: list[tuple[str, ...]]) -> tuple[_Named, ...]:
    return tuple((full, tuple(part.casefold() for part in full)) for full in fulls)


def short_owner(word: str, runs: list[tuple[str, ...]], recognised: list[tuple[str, ...]]) -> str | None:
    """The one full name a one-word name shortens (``Pras``) or is coined from (``Ariza``):
    among the body's capitalised runs and the recognised persons (a run may hold an office
    before the name), the coined kind among the recognised persons only."""
    return short_owner_in(word, owners_of(runs, recognised))


def short_owner_in(word: str, owners: Owners) -> str | None:
    """:func:`short_owner` among names folded once."""
    w = word.casefold()
    return (
        _prefix_owner(w, owners.every)
        or _syllable_owner(w, owners.recognised)
        or _tail_owner(w, owners.recognised)
        or _one_word_owner(w, owners.recognised)
    )


def one_word_owner(word: str, recognised: list[tuple[str, ...]]) -> str | None:
    """The one person recognised by a single word that ``word`` clips, its first letters or its
    last (``Susi`` of ``Susilawati``, ``Santo`` of ``Susanto``), when no name of two words or more
    could own it; None when none or several do. ``word`` itself may be recognised (the recogniser
    reads ``kata Susi`` as a person too)."""
    return _one_word_owner(word.casefold(), _folded(recognised))


def _one_word_owner(w: str, recognised: tuple[_Named, ...]) -> str | None:
    if len(w) < _SHORT_PREFIX or not w.isalpha():
        return None
    singles = {low[0]: full[0] for full, low in recognised if len(full) == 1 and low[0] != w}
    if any(w in low for full, low in recognised if len(full) > 1):
        return None  # a word of a fuller name: that name's, as the callers before this one read it
    owners = {
        shown
        for low, shown in singles.items()
        if _starts(low, w) or (len(low) >= len(w) + _MIN_REST and low.endswith(w))
    }
    return next(iter(owners)) if len(owners) == 1 else None


def prefix_owner(word: str, fulls: list[tuple[str, ...]]) -> str | None:
    """The one full name (two words or more) whose first word ``word`` begins and is shorter
    than; None when none or several do, or the word is too short to tell."""
    return _prefix_owner(word.casefold(), _folded(fulls))


def _prefix_owner(w: str, fulls: tuple[_Named, ...]) -> str | None:
    if len(w) < _SHORT_PREFIX or not w.isalpha():
        return None
    owners = {" ".join(full) for full, low in fulls if len(full) >= 2 and _starts(low[0], w)}
    # "Fulan Santoso" and "Fulan Badu Santoso" are one owner written two ways: the fuller one
    fullest = [o for o in owners if all(other == o or is_short_form(other, o) for other in owners)]
    return fullest[0] if len(fullest) == 1 else None


def _starts(first: str, w: str) -> bool:
    # three letters more at least: "Andi" is a name of its own, not "Andika" shortened; a
    # three-letter piece only of a word five letters longer ("Dwi" of "Dwikorita", not of "Arianto")
    rest = _MIN_REST if len(w) >= _MIN_PREFIX else _SHORT_PREFIX_REST
    return len(first) >= len(w) + rest and first.startswith(w)


def tail_owner(word: str, fulls: list[tuple[str, ...]]) -> str | None:
    """The one recognised full name (two words or more) with a word that ``word`` ends and is
    three letters shorter than at least (``Idi`` of ``Fulan Junaidi``); None when none or
    several do, or ``word`` is itself a word of one of them."""
    return _tail_owner(word.casefold(), _folded(fulls))


def _tail_owner(w: str, fulls: tuple[_Named, ...]) -> str | None:
    if len(w) < _SHORT_PREFIX or not w.isalpha():
        return None
    owners: set[str] = set()
    for full, low in fulls:
        if len(low) < 2:
            continue  # the short name itself, recognised as a person of one word
        if w in low:
            return None
        if any(len(part) >= len(w) + _MIN_REST and part.endswith(w) for part in low):
            owners.add(" ".join(full))
    fullest = [o for o in owners if all(other == o or is_short_form(other, o) for other in owners)]
    return fullest[0] if len(fullest) == 1 else None


_MIN_NICKNAME = 4
_MIN_LAST_PIECE = 3


def syllable_owner(word: str, fulls: list[tuple[str, ...]]) -> str | None:
    """The one full name whose consecutive words begin the pieces ``word`` is built of, for a
    nickname news coins so (``Ariza`` of ``Ahmad Riza Patria``, ``Bamsoet`` of ``Bambang
    Soesatyo``, ``Zulhas`` of ``Zulkifli Hasan``): two words or more, each giving its first letters.

    None when none or several names do, or the word is itself a word of one of them (then it is
    a short form, not a coined nickname)."""
    return _syllable_owner(word.casefold(), _folded(fulls))


def _syllable_owner(w: str, fulls: tuple[_Named, ...]) -> str | None:
    if len(w) < _MIN_NICKNAME or not w.isalpha():
        return None
    owners: set[str] = set()
    for full, low in fulls:
        if len(low) < 2 or w in low:
            continue
        if any(_pieces(w, low[i:]) for i in range(len(low) - 1)):
            owners.add(" ".join(full))
    fullest = [o for o in owners if all(other == o or is_short_form(other, o) for other in owners)]
    return fullest[0] if len(fullest) == 1 else None


def _pieces(w: str, words: tuple[str, ...]) -> bool:
    """Whether ``w`` is a first-letters piece of ``words[0]`` followed by such pieces of the next
    words, two words at least (``a`` + ``riza`` for ``ahmad riza``), the last piece three letters
    or more (``Hadi`` is no ``Ha``-``Di`` of ``Hasan Diponegoro``)."""
    first = words[0]
    # the first piece stops short of its word: "Budiman" is a name of its own, not "Budi Mansur"
    for cut in range(1, min(len(first) - 1, len(w) - 1) + 1):
        if first[:cut] != w[:cut]:
            break
        if _rest(w[cut:], words[1:]):
            return True
    return False


def _rest(w: str, words: tuple[str, ...]) -> bool:
    if not words:
        return False
    head = words[0]
    if len(w) <= len(head) and head.startswith(w) and len(w) >= _MIN_LAST_PIECE:
        return True
    cuts = range(1, min(len(head), len(w)))
    return any(head[:cut] == w[:cut] and _rest(w[cut:], words[1:]) for cut in cuts)


def nickname_owner(written: list[str], fuller: Callable[[list[str]], str]) -> str | None:
    """The full name a nickname made with a word of address is built on: ``Cak Eri`` of ``Eri
    Cahyadi``, ``Babe Fulan`` of ``Fulan Hidayat`` (the entities' one list of words of address,
    ``language/address_words.txt``, so that a person the recogniser folds by the word is the
    cue's person too). ``fuller`` gives the body's fullest name for the word after the head;
    None when it finds no longer name, or only another nickname."""
    if len(written) != 2 or not is_address_word(written[0]) or not written[1][:1].isupper():
        return None
    whole = fuller(written[1:])
    words = whole.split()
    if len(words) < 2 or is_address_word(words[0]):
        return None
    return whole


def clip_owner(want: tuple[str, ...], owners: Owners) -> str | None:
    """:func:`short_owner` of a folded name of one word, or of the word after a form of address
    (``Mbak Ita`` of ``Hevearita Rahayu``); None for any other name."""
    if len(want) == 1 or (len(want) == 2 and want[0] in people_lexicon().honorifics):
        return short_owner_in(want[-1], owners)
    return None


class _Mentioned(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def mentions(self) -> tuple[tuple[int, int], ...]: ...


def written_first(
    short: str | None, owner: str | None, persons: Iterable[_Mentioned], titled: Callable[[int], bool]
) -> bool:
    """Whether the recognised one-word person ``short`` is named in the prose (where ``titled``
    is false) before the one-word person ``owner`` it could clip: news writes a clipped name
    after the full one, so a form that came first is a name of its own (``Juru Bicara Wanto``
    long before a lawyer ``Kuswanto``). A name of two words or more owns its clips wherever it
    stands (``Budi`` in a lead, ``Budiman Santoso`` below)."""
    if not short or not owner or " " in owner:
        return False
    first: dict[str, int] = {}
    for person in persons:
        if person.name in (short, owner):
            for start, _end in person.mentions:
                if not titled(start) and start < first.get(person.name, start + 1):
                    first[person.name] = start
    return short in first and owner in first and first[short] < first[owner]


def addressed_clip(found: str, fuller: str) -> bool:
    """Whether ``found`` is a form of address and a clipped word of ``fuller``: ``Mbak Ita`` of
    ``Hevearita Rahayu`` (the body writes the address with the clip; the clip's owner is the name)."""
    words = found.split()
    if len(words) != 2 or words[0].casefold() not in people_lexicon().honorifics:
        return False
    clip = words[1].casefold()
    return any(
        len(w) > len(clip) and clip in (w[: len(clip)], w[-len(clip) :]) for w in fuller.casefold().split()
    )
