"""Which stored names of two or more words are one person, and that person's canonical name.

Two names are joined when the nickname list says so, when one is a spelling variant of the
other (:func:`same_spelling_variant`), or when the shorter is contained in exactly one
longest name ("Sri Mulyani" in "Sri Mulyani Indrawati"; "Sutopo Purwo" in two names,
one inside the other, still has one longest owner). A person is a connected component of
those joins. Its canonical name is the nickname list's full name, or else the name with
the most words among those with more than half the articles of the best-attested one.

Only the components around changed names are recomputed, so a batch costs what it touches.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from kutip.index.people.lexicon import folded_words, people_lexicon
from kutip.index.people.names import contains, initials, key_of, same_spelling_variant, spelling, sub_keys
from kutip.index.people.store import NameInfo, name_info, word_count

__all__ = ["MAX_COMPONENT", "containers", "listed", "neighbours", "regroup"]

MAX_COMPONENT = 400  # names in one person; bounds the cost of a pathological chain


def listed(key: str) -> str | None:
    """The nickname list's full name for a key, if the list knows it."""
    return people_lexicon().nicknames.get(key)


def _keys_with_word(db: sqlite3.Connection, word: str, sig: str | None = None) -> list[str]:
    if sig is None:
        rows = db.execute("SELECT key FROM people_words WHERE word = ?", (word,))
    else:
        rows = db.execute("SELECT key FROM people_words WHERE word = ? AND sig = ?", (word, sig))
    return [r[0] for r in rows]


def containers(db: sqlite3.Connection, key: str) -> list[str]:
    """Stored names of more words that contain ``key``, only the longest of each chain."""
    parts = key.split()
    if not parts:
        return []
    rarest = min(dict.fromkeys(spelling(w) for w in parts), key=lambda w: (word_count(db, w), w))
    found = [k for k in _keys_with_word(db, rarest) if contains(k, key)]
    return sorted(k for k in found if not any(contains(other, k) for other in found))


def _conflict(a: str, b: str) -> bool:
    """Names the nickname list gives to two different people are never joined."""
    la, lb = listed(a), listed(b)
    return la is not None and lb is not None and la != lb


def neighbours(db: sqlite3.Connection, key: str) -> set[str]:
    """Stored names joined to ``key`` (see the module docstring)."""
    joined: set[str] = set()
    parts = key.split()
    if len(parts) < 2:
        return joined
    full = listed(key)
    if full is not None:
        forms = [form for form, owner in people_lexicon().nicknames.items() if owner == full]
        joined.update(name_info(db, [*forms, key_of(full)]))
    sig = initials(key)
    for word in dict.fromkeys(spelling(w) for w in parts):
        joined.update(k for k in _keys_with_word(db, word, sig) if same_spelling_variant(key, k))
    above = containers(db, key)
    if len(above) == 1:
        joined.add(above[0])
    below = name_info(db, sub_keys(key))
    joined.update(k for k in below if containers(db, k) == [key])
    joined.discard(key)
    return {k for k in joined if len(k.split()) > 1 and not _conflict(key, k)}


def _canonical(members: dict[str, NameInfo]) -> tuple[str, str]:
    """(person key, person name) of a component."""
    full_names = sorted({f for k in members if (f := listed(k)) is not None})
    if full_names:
        full = full_names[0]
        key = " ".join(folded_words(full))
        return key, members[key].display if key in members else full
    best = max(info.articles for info in members.values())
    strong = [info for info in members.values() if info.articles * 2 > best or info.articles == best]
    chosen = max(strong, key=lambda i: (i.words, i.articles, len(i.display), [-ord(c) for c in i.key]))
    return chosen.key, chosen.display


def _component(db: sqlite3.Connection, seed: str) -> dict[str, NameInfo]:
    members = name_info(db, [seed])
    frontier = list(members)
    while frontier and len(members) < MAX_COMPONENT:
        reached: set[str] = set()
        for key in frontier:
            reached.update(neighbours(db, key))
        new = name_info(db, reached - members.keys())
        members.update(new)
        frontier = sorted(new)
    return members


def regroup(db: sqlite3.Connection, seeds: Iterable[str]) -> None:
    """Recomputes the people around ``seeds`` (stored multi-word keys) and writes their persons."""
    done: set[str] = set()
    for seed in sorted(set(seeds)):
        if seed in done or len(seed.split()) < 2:
            continue
        members = _component(db, seed)
        done.update(members)
        if not members:
            continue
        person, person_name = _canonical(members)
        db.executemany(
            "UPDATE people_names SET person = ?, person_name = ? WHERE key = ?",
            [
                (person, person_name, key)
                for key, info in members.items()
                if (info.person, info.person_name) != (person, person_name)
            ],
        )
