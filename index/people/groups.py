"""Which stored names of two or more words are one person, and that person's canonical name.

Two names are joined when the nickname list or an article's definition says so ("Fulan
Wibowo, akrab disapa Kang Fufu"), when one is a spelling variant of the other
(:func:`same_spelling_variant`) or has a word cut short (:func:`cut_word_variant`), or when
the shorter is contained in exactly one longest name ("Sri Mulyani" in "Sri Mulyani
Indrawati"; "Sutopo Purwo" in two names, one inside the other, still has one longest owner).
A person is a connected component of those joins. Its canonical name is the nickname list's
full name (or the archive's fuller form of it, "Fulan Badu Santoso" for the list's "Fulan
Santoso", when written about as often), or else the name with the most words among those
with more than half the articles of the best-attested one.

Only the components around changed names are recomputed, so a batch costs what it touches.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from kutip.index.names import is_short_form
from kutip.index.people.lexicon import folded_words, people_lexicon
from kutip.index.people.listed import listed
from kutip.index.people.names import (
    contains,
    cut_word_variant,
    initial_variant,
    initialled_form,
    initials,
    key_of,
    same_spelling_variant,
    same_word,
    spelling,
)
from kutip.index.people.store import NameInfo, name_info
from kutip.index.sqlin import select_in

__all__ = [
    "MAX_COMPONENT",
    "contained",
    "containers",
    "initialled_relatives",
    "listed",
    "misspelling",
    "neighbours",
    "regroup",
    "rename",
    "spelling_candidates",
]

MAX_COMPONENT = 400  # names in one person; bounds the cost of a pathological chain
MISSPELT_ARTICLES = 2  # a spelling seen in this many articles or fewer may be a misspelling


def _keys_with_word(db: sqlite3.Connection, word: str, sig: str | None = None) -> list[str]:
    if sig is None:
        rows = db.execute("SELECT key FROM people_words WHERE word = ?", (word,))
    else:
        rows = db.execute("SELECT key FROM people_words WHERE word = ? AND sig = ?", (word, sig))
    return [r[0] for r in rows]


_MAX_SAME_FIRST = 5000  # names read for one containment lookup; bounds a very common first name


def _same_first_word(db: sqlite3.Connection, key: str, longer: bool) -> list[str]:
    """Stored names starting with ``key``'s first word, with more (``longer``) or fewer words."""
    parts = key.split()
    test = "words > ?" if longer else "words BETWEEN 2 AND ? - 1"
    rows = db.execute(
        f"SELECT key FROM people_firsts WHERE word = ? AND {test} LIMIT {_MAX_SAME_FIRST}",
        (spelling(parts[0]), len(parts)),
    )
    return [r[0] for r in rows]


def containers(db: sqlite3.Connection, key: str) -> list[str]:
    """Stored names of more words that contain ``key``, only the longest of each chain."""
    if len(key.split()) < 2:
        return []
    found = [k for k in _same_first_word(db, key, longer=True) if contains(k, key)]
    return sorted(k for k in found if not any(contains(other, k) for other in found))


def contained(db: sqlite3.Connection, key: str) -> list[str]:
    """Stored names of two or more words, fewer than ``key``'s, that ``key`` contains."""
    return sorted(k for k in _same_first_word(db, key, longer=False) if contains(key, k))


_MAX_SAME_SURNAME = 5000  # names read for one initials lookup; bounds a very common surname


def _may_cut(key: str) -> bool:
    """Whether a key writes any word as an initial (or opens with a run of them): cheap, before a query."""
    parts = key.split()
    return len(parts) > 1 and (any(len(w) == 1 for w in parts[:-1]) or len(parts[0]) <= 3)


def _same_surname(db: sqlite3.Connection, key: str) -> list[str]:
    surname = spelling(key.rsplit(maxsplit=1)[-1])
    rows = db.execute(f"SELECT key FROM people_words WHERE word = ? LIMIT {_MAX_SAME_SURNAME}", (surname,))
    return [r[0] for r in rows if r[0] != key]


def _written_out(db: sqlite3.Connection, key: str) -> list[str]:
    """Stored names that write out the given names ``key`` cuts to initials ("muhammad syaugi"
    for "m syaugi"), if they are all one name: two ("mahmud syaugi" too) and it is no one's."""
    if not _may_cut(key):
        return []
    found = sorted(k for k in _same_surname(db, key) if initialled_form(key, k))
    return found if len(found) == 1 or (found and _all_one_name(db, found)) else []


def initialled_relatives(db: sqlite3.Connection, key: str) -> set[str]:
    """Stored names one of which writes the other with given names cut to initials, either way."""
    if len(key.split()) < 2:
        return set()
    return {k for k in _same_surname(db, key) if initialled_form(key, k) or initialled_form(k, key)}


def _initialled_of(db: sqlite3.Connection, key: str) -> set[str]:
    """Stored names that cut ``key``'s given names to initials and whose one written-out name it is."""
    if len(key.split()) < 2:
        return set()
    cut = [k for k in _same_surname(db, key) if initialled_form(k, key)]
    return {k for k in cut if key in _written_out(db, k)}


def _defined_owners(db: sqlite3.Connection, key: str) -> list[str]:
    """The names an article defined ``key`` as another name of ("Fufu" for "Fulan Wibowo")."""
    rows = db.execute(
        "SELECT DISTINCT name_key FROM people_evidence "
        "WHERE key = ? AND kind = 'defined' AND name_key != key",
        (key,),
    )
    return sorted(r[0] for r in rows)


def misspelling(a: int, b: int) -> bool:
    """Whether two near-identical spellings, in ``a`` and ``b`` articles, can be one name misspelt.

    A misspelling is the rare form: two spellings both well attested are two people
    ("Budi Santoso" and "Budi Santosa"), so one must be in at most two articles or a
    third as many as the other.
    """
    return min(a, b) <= MISSPELT_ARTICLES or min(a, b) * 3 <= max(a, b)


def spelling_candidates(db: sqlite3.Connection, key: str) -> set[str]:
    """Stored names spelt like ``key`` give or take a letter or two, whatever their articles."""
    sig = initials(key)
    found = {k for w in dict.fromkeys(spelling(w) for w in key.split()) for k in _keys_with_word(db, w, sig)}
    alike = (same_spelling_variant, initial_variant, cut_word_variant)
    return {k for k in found if any(test(key, k) for test in alike)}


def _spellings(db: sqlite3.Connection, key: str) -> dict[str, int]:
    """Stored names that may be ``key`` misspelt or ``key`` may misspell, with their articles."""
    found = spelling_candidates(db, key)
    if not found:
        return {}
    counts = {k: info.articles for k, info in name_info(db, [key, *found]).items()}
    mine = counts.get(key, 0)
    # a name with a word cut to its initial is the same name however often each is written
    return {
        k: counts.get(k, 0)
        for k in sorted(found)
        if initial_variant(key, k) or misspelling(mine, counts.get(k, 0))
    }


def _unambiguous(spelt: dict[str, int]) -> bool:
    """Variants that could all be one name: a misspelling between two people joins neither."""
    names = list(spelt)
    return all(_one_name(a, b, spelt[a], spelt[b]) for n, a in enumerate(names) for b in names[n + 1 :])


def _one_name(a: str, b: str, articles_a: int, articles_b: int) -> bool:
    """Whether two stored keys can be one name: one misspelt or with a word cut short (in few articles
    beside the other), or one with a word cut to its initial."""
    variant = same_spelling_variant(a, b) or cut_word_variant(a, b)
    return initial_variant(a, b) or (variant and misspelling(articles_a, articles_b))


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
        joined.update(name_info(db, [*people_lexicon().forms_of[full], key_of(full)]))
    spelt = _spellings(db, key)
    if _unambiguous(spelt):
        joined.update(k for k in spelt if _unambiguous(_spellings(db, k)))
    owners = _defined_owners(db, key)
    if len(owners) == 1:
        joined.update(owners)
    for row in db.execute(
        "SELECT DISTINCT key FROM people_evidence WHERE name_key = ? AND kind = 'defined'", (key,)
    ):
        owners = _defined_owners(db, row[0])
        if owners == [key]:
            joined.add(row[0])
        elif key in owners and _one_owner(owners):
            joined.update(owners)  # one nickname given to "Immanuel Fulan" and "Emmanuel Fulan"
    above = containers(db, key)
    if len(above) == 1 or (above and _all_one_name(db, above)):
        joined.update(above)  # "Fulan Wibowo" in "Fulan Santoso Wibowo" and "Fulan S Wibowo" alike
    joined.update(k for k in contained(db, key) if containers(db, k) == [key])
    # initials and the archive's one name that writes them out: "M Syaugi", "Muhammad Syaugi"
    joined.update(_written_out(db, key))
    joined.update(_initialled_of(db, key))
    joined.discard(key)
    return {k for k in joined if len(k.split()) > 1 and not _conflict(key, k)}


def _same_owner(a: str, b: str) -> bool:
    """Two names given one nickname that are one name: one holds the other, or they differ in
    one long word by a letter (a given name spelt with another first vowel, as a page may)."""
    if contains(a, b) or contains(b, a) or initial_variant(a, b) or same_spelling_variant(a, b):
        return True
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    differing = [(x, y) for x, y in zip(wa, wb, strict=True) if spelling(x) != spelling(y)]
    return len(differing) == 1 and same_word(*differing[0])


def _one_owner(owners: list[str]) -> bool:
    """Whether the names given one nickname all chain into one name through :func:`_same_owner`."""
    reached, frontier = {owners[0]}, [owners[0]]
    while frontier:
        at = frontier.pop()
        for other in owners:
            if other not in reached and _same_owner(at, other):
                reached.add(other)
                frontier.append(other)
    return len(reached) == len(owners)


def _all_one_name(db: sqlite3.Connection, keys: list[str]) -> bool:
    """Whether several stored keys are one name written several ways (spelt, or cut to initials)."""
    counts = {k: info.articles for k, info in name_info(db, keys).items()}
    return all(
        _one_name(a, b, counts.get(a, 0), counts.get(b, 0)) for n, a in enumerate(keys) for b in keys[n + 1 :]
    )


def _initialled(members: dict[str, NameInfo]) -> set[str]:
    """Members that another member writes out where they give only an initial or a word cut short:
    never the canonical name."""
    return {
        key
        for key in members
        for other in members
        if initialled_form(key, other)
        or (initial_variant(key, other) and _cut_words(key) > _cut_words(other))
        or (cut_word_variant(key, other) and len(key) < len(other))
    }


def _cut_words(key: str) -> int:
    return sum(len(w) == 1 for w in key.split())


def _nicknames(db: sqlite3.Connection, members: dict[str, NameInfo]) -> set[str]:
    """Members an article defined as another name of a member: never the canonical name."""
    rows = select_in(
        db, "SELECT key, name_key FROM people_evidence WHERE kind = 'defined' AND key IN ({marks})", members
    )
    return {key for key, name_key in rows if name_key in members and name_key != key}


def _canonical(db: sqlite3.Connection, members: dict[str, NameInfo]) -> tuple[str, str]:
    """(person key, person name) of a component."""
    full_names = sorted({f for k in members if (f := listed(k)) is not None})
    if full_names:
        full = full_names[0]
        key = " ".join(folded_words(full))
        listed_articles = members[key].articles if key in members else 0
        # the list's name written fuller in the archive, as often: "Fulan Badu Santoso" over
        # the list's "Fulan Santoso"
        fuller = [
            info
            for info in members.values()
            if is_short_form(full, info.display) and info.articles * 2 > listed_articles
        ]
        if fuller:
            best_full = max(fuller, key=lambda i: (i.words, i.articles, [-ord(c) for c in i.key]))
            return best_full.key, best_full.display
        return key, members[key].display if key in members else full
    initialled = _initialled(members)
    nicknames = _nicknames(db, members) | initialled
    names = [info for key, info in members.items() if key not in nicknames] or list(members.values())
    # an article that cuts a word to its initial attests the name written out ("Fulan S Wibowo")
    attested = {
        info.key: info.articles
        + sum(
            members[k].articles
            for k in initialled
            if initial_variant(k, info.key)
            or initialled_form(k, info.key)
            or (cut_word_variant(k, info.key) and len(k) < len(info.key))
        )
        for info in names
    }
    # so does an article that writes a shorter form of it ("Fulan Hidayat" of "Fulan Hidayat
    # Santoso"), unless the longer form only adds everyday words (a headline's verb glued on)
    for info in sorted(names, key=lambda i: i.words):
        inside = [k for k in attested if contains(info.key, k)]
        if inside and _name_words_added(info.key, inside):
            attested[info.key] = max(attested[info.key], *(attested[k] for k in inside))
    best = max(attested.values())
    strong = [info for info in names if attested[info.key] * 2 > best or attested[info.key] == best]
    chosen = max(strong, key=lambda i: (i.words, attested[i.key], len(i.display), [-ord(c) for c in i.key]))
    return chosen.key, chosen.display


def _name_words_added(longer: str, shorter: list[str]) -> bool:
    """Whether ``longer`` writes each of ``shorter`` with their own spelling and adds only a name's
    words to it, no everyday word."""
    from kutip.index.entities.dictionary import is_lower_word  # heavy: only when a person is regrouped

    whole = {spelling(w) for w in longer.split()}
    for key in shorter:
        have = {spelling(w) for w in key.split()}
        if not have <= whole:
            return False  # spelt otherwise in the longer form: a misspelling is no fuller name
        added = [w for w in longer.split() if spelling(w) not in have]
        if not added or any(len(w) < 3 or is_lower_word(w) for w in added):
            return False
    return True


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
        if members:
            _write_person(db, members)


def _write_person(db: sqlite3.Connection, members: dict[str, NameInfo]) -> None:
    """Chooses the canonical name of one person's ``members`` and writes it where it changed."""
    person, person_name = _canonical(db, members)
    db.executemany(
        "UPDATE people_names SET person = ?, person_name = ? WHERE key = ?",
        [
            (person, person_name, key)
            for key, info in members.items()
            if (info.person, info.person_name) != (person, person_name)
        ],
    )


def rename(db: sqlite3.Connection, persons: Iterable[str]) -> None:
    """Chooses again the canonical name of people whose members only changed their counts."""
    for person in dict.fromkeys(persons):
        keys = [r[0] for r in db.execute("SELECT key FROM people_names WHERE person = ?", (person,))]
        members = name_info(db, keys)
        if members:
            _write_person(db, members)
