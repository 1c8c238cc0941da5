"""Blocking keys: which earlier statements a new one is compared with.

Comparing every pair is quadratic, so each statement is filed under a few keys and a
new statement is compared only with those sharing one. A key joins one word of the
speaker's name with one content term, so a key's posting list holds one speaker's
remarks on one subject and stays short however large the archive grows.

Stored keys are *winnowed* (Schleimer et al., 2003): of every ``WINDOW`` consecutive
terms, the one with the smallest hash. Two texts sharing a run of ``WINDOW`` terms
therefore share a stored key, and the store holds about ``2 / (WINDOW + 1)`` of the
terms. A new statement looks up *all* its terms, so a truncated, reordered or
paraphrased report still meets the stored fingerprints of the fuller one.

A second family of keys needs no speaker: consecutive term pairs (winnowed the same
way), so near-identical words meet even when one outlet credits the wrong person or
nobody. A pair is rarer than a term, and lookups are capped (``PAIR_POOL``).

Keys carry a month (``year * 12 + month``, 0 when undated); lookups span
``MONTH_WINDOW`` months either side, plus undated statements, which match any date.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import date as _date
from functools import lru_cache
from itertools import pairwise

__all__ = [
    "MONTH_WINDOW",
    "WINDOW",
    "day_of",
    "key_of",
    "lookup_keys",
    "month_of",
    "month_range",
    "pair_keys",
    "stored_keys",
    "winnow",
]

WINDOW = 3
MONTH_WINDOW = 1
PAIR_POOL = 400  # rows read back for the speaker-free pair keys of one statement
NAMED_POOL = 4_000  # rows read back for the speaker keys: bounds an undated prolific speaker's lookups
_PAIR = "\x1epair"


HASH_MEMO = 1 << 15
"""Hashes kept (least recently used dropped). A statement's lookup keys are its speaker's name words
times all its terms, and its stored keys a winnowed subset of them: ~370 hashes an article, of which
a re-report, the same speaker on the same subject and the common terms repeat. 200,000 kept (the
earlier bound) held ~39 MB in the writer from ~1,500 articles on for 57 % hits at 3k articles; 32,768
hold ~6.5 MB for 36 %: a miss costs ~0.7 µs of blake2b, so the smaller memo costs ~0.05 ms an
article of linking's ~4 (measured in ``docs/benchmarks.md``, session 37)."""


@lru_cache(maxsize=HASH_MEMO)
def _hash(text: str) -> int:
    """A stable signed 64-bit hash (Python's ``hash`` changes between runs)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def key_of(name_word: str, term: str) -> int:
    """The stored key: the hash's top 32 bits (four bytes on disk instead of eight; two keys
    sharing them only add a candidate, which verification drops)."""
    return _hash(f"{name_word}\x1f{term}") >> 32


def day_of(date: str) -> int:
    """``2024-11-05`` -> its day number (``date.toordinal``); 0 for a missing or unreadable date."""
    try:
        return _date.fromisoformat(date[:10]).toordinal()
    except ValueError:
        return 0


def month_of(date: str) -> int:
    """``2024-11-05`` -> 24299; 0 for a missing or unreadable date."""
    try:
        return int(date[:4]) * 12 + int(date[5:7])
    except (ValueError, IndexError):
        return 0


def winnow(terms: Sequence[str], window: int = WINDOW) -> set[str]:
    """The minimum-hash term of every window of ``window`` consecutive terms."""
    if len(terms) <= window:
        return set(terms)
    hashes = [_hash(t) for t in terms]
    chosen: set[str] = set()
    for start in range(len(terms) - window + 1):
        span = range(start, start + window)
        chosen.add(terms[min(span, key=hashes.__getitem__)])
    return chosen


def month_range(month: int) -> tuple[int, int]:
    """The months a statement of ``month`` is compared across; everything when undated."""
    if month == 0:
        return (0, 1 << 40)
    return (month - MONTH_WINDOW, month + MONTH_WINDOW)


def _names(name_words: Iterable[str]) -> list[str]:
    return sorted(set(name_words))


def stored_keys(name_words: Iterable[str], terms: Sequence[str]) -> set[int]:
    """The keys a statement is filed under."""
    fingerprints = winnow(terms)
    return {key_of(n, t) for n in _names(name_words) for t in fingerprints}


def lookup_keys(name_words: Iterable[str], terms: Sequence[str]) -> set[int]:
    """The keys a new statement looks up: every term, not just its fingerprints."""
    return {key_of(n, t) for n in _names(name_words) for t in set(terms)}


def pair_keys(terms: Sequence[str], *, stored: bool) -> set[int]:
    """Speaker-free keys of consecutive term pairs: winnowed when ``stored``, all for a lookup."""
    pairs = [f"{a} {b}" for a, b in pairwise(terms) if a != b]
    chosen = winnow(pairs) if stored else set(pairs)
    return {key_of(_PAIR, pair) for pair in chosen}
