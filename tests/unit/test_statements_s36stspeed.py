"""Session 36, statements speed: the short-name owners read among names folded once give exactly
the answers of the session-35 forms that folded every name on every call (kept here as the reference)."""

from __future__ import annotations

import random

from kutip.index.names import is_short_form
from kutip.index.statements import prefixes
from kutip.index.statements.prefixes import clip_owner, owners_of, short_owner, short_owner_in

# the reference: the forms as they were at the start of session 36


def _ref_short_owner(word: str, runs: list[tuple[str, ...]], rec: list[tuple[str, ...]]) -> str | None:
    return (
        _ref_prefix_owner(word, [*runs, *rec])
        or _ref_syllable_owner(word, rec)
        or _ref_tail_owner(word, rec)
        or _ref_one_word_owner(word, rec)
    )


def _fullest(owners: set[str]) -> str | None:
    fullest = [o for o in owners if all(other == o or is_short_form(other, o) for other in owners)]
    return fullest[0] if len(fullest) == 1 else None


def _ref_one_word_owner(word: str, rec: list[tuple[str, ...]]) -> str | None:
    w = word.casefold()
    if len(w) < 3 or not w.isalpha():
        return None
    singles = {full[0].casefold(): full[0] for full in rec if len(full) == 1 and full[0].casefold() != w}
    if any(w in (part.casefold() for part in full) for full in rec if len(full) > 1):
        return None
    owners = {
        shown
        for low, shown in singles.items()
        if prefixes._starts(low, w) or (len(low) >= len(w) + 3 and low.endswith(w))
    }
    return next(iter(owners)) if len(owners) == 1 else None


def _ref_prefix_owner(word: str, fulls: list[tuple[str, ...]]) -> str | None:
    w = word.casefold()
    if len(w) < 3 or not w.isalpha():
        return None
    return _fullest(
        {" ".join(full) for full in fulls if len(full) >= 2 and prefixes._starts(full[0].casefold(), w)}
    )


def _ref_tail_owner(word: str, fulls: list[tuple[str, ...]]) -> str | None:
    w = word.casefold()
    if len(w) < 3 or not w.isalpha():
        return None
    owners: set[str] = set()
    for full in fulls:
        low = [part.casefold() for part in full]
        if len(low) < 2:
            continue
        if w in low:
            return None
        if any(len(part) >= len(w) + 3 and part.endswith(w) for part in low):
            owners.add(" ".join(full))
    return _fullest(owners)


def _ref_syllable_owner(word: str, fulls: list[tuple[str, ...]]) -> str | None:
    w = word.casefold()
    if len(w) < 4 or not w.isalpha():
        return None
    owners: set[str] = set()
    for full in fulls:
        low = [part.casefold() for part in full]
        if len(low) < 2 or w in low:
            continue
        if any(prefixes._pieces(w, tuple(low[i:])) for i in range(len(low) - 1)):
            owners.add(" ".join(full))
    return _fullest(owners)


_WORDS = [
    "Fulan",
    "Hidayat",
    "Budiman",
    "Santoso",
    "Rina",
    "Marlina",
    "Susilawati",
    "Susi",
    "Susanto",
    "Ahmad",
    "Rifki",
    "Pratama",
    "Junaidi",
    "Dwikorita",
    "Badu",
    "Ulan",
    "Kepala",
    "Dinas",
    "Ari",
    "Arianto",
    "Wibowo",
    "Budi",
    "Mansur",
    "Hasan",
    "Zulkifli",
    "ÇETIN",
    "Straße",
    "Anto",
    "Idi",
]


def _pieces_of(rng: random.Random) -> str:
    word = rng.choice(_WORDS)
    cut = rng.randint(1, len(word))
    return rng.choice([word, word[:cut], word[-cut:], word[:2] + rng.choice(_WORDS)[:3], word.upper()])


def test_short_owner_matches_the_reference_over_made_up_names() -> None:
    rng = random.Random(36)
    for _ in range(600):
        runs = [tuple(rng.choice(_WORDS) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(0, 6))]
        rec = [tuple(rng.choice(_WORDS) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(0, 6))]
        owners = owners_of(runs, rec)
        for _ in range(8):
            word = _pieces_of(rng)
            want = _ref_short_owner(word, runs, rec)
            assert short_owner(word, runs, rec) == want, (word, runs, rec)
            assert short_owner_in(word, owners) == want, (word, runs, rec)
            assert clip_owner((word.casefold(),), owners) == _ref_short_owner(word.casefold(), runs, rec)


def test_the_public_forms_keep_their_answers() -> None:
    names = [("Ahmad", "Rifki", "Pratama"), ("Fulan", "Junaidi"), ("Susilawati",)]
    assert prefixes.syllable_owner("Arifki", names) == "Ahmad Rifki Pratama"
    assert prefixes.tail_owner("Idi", names) == "Fulan Junaidi"
    assert prefixes.one_word_owner("Susi", names) == "Susilawati"
    assert prefixes.prefix_owner("Dwi", [("Dwikorita", "Santoso")]) == "Dwikorita Santoso"
    assert clip_owner(("susi",), owners_of([], names)) == "Susilawati"
    assert clip_owner(("fulan", "hidayat"), owners_of([], names)) is None  # two words, no form of address
