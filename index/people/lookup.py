"""Questions to the people tables: who a written name is, every name of a person, who held a role.

A name of two or more words that the archive stores has its person recorded. Any other
form (a single word, a nickname, a short form) belongs to the one person it plausibly
names: first those it was used for (the nickname list, the articles' own aliases and
short mentions); when it was never used for anyone, the stored names that contain it (a
single word as their last word, or as their first word for a public figure, and among
several people the one its own articles name). Two or more plausible owners and it stays apart, as written.
"""

from __future__ import annotations

import datetime
import sqlite3
from collections.abc import Iterable

from kutip.index.people.groups import containers, listed
from kutip.index.people.lexicon import folded_words, people_lexicon
from kutip.index.people.names import initials, key_of, office_front, same_spelling_variant, spelling, sub_keys
from kutip.index.people.roles import role_key
from kutip.index.people.store import name_info
from kutip.index.sqlin import select_in

__all__ = [
    "ROLE_WINDOWS",
    "canonical",
    "canonical_names",
    "glued_before",
    "person_of",
    "resolve_role",
    "resolve_speaker",
    "variants",
]

ROLE_WINDOWS = (45, 180, 400)  # days either side of a date, tried in turn, for who held a role


def _ready(db: sqlite3.Connection) -> bool:
    """Whether the archive has the people tables (one before them knows no one until reindexed).

    Readers never create them: that is a write, which would wait for a running indexer.
    """
    sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'people_firsts'"
    return db.execute(sql).fetchone() is not None


def _persons(db: sqlite3.Connection, keys: set[str]) -> dict[str, str]:
    """person key -> person name of the stored multi-word keys among ``keys``."""
    return {i.person: i.person_name for i in name_info(db, keys).values() if i.words > 1}


def _listed_person(db: sqlite3.Connection, full: str) -> tuple[str, str]:
    key = " ".join(folded_words(full))
    forms = people_lexicon().forms_of.get(full, ())
    found = _persons(db, {key, *forms})
    if key in found:
        return key, found[key]
    if found:
        return min(found.items())
    return key, full


def person_of(db: sqlite3.Connection, name: str, *, given_names: bool = False) -> tuple[str, str] | None:
    """(person key, canonical name) of a written name, or None when unknown or ambiguous.

    ``given_names``: a given name alone may name anyone whose first word it is (a search for
    ``person:Laras`` wants every Laras); otherwise only a public figure (see :func:`_one_word_owner`)."""
    key = key_of(name)
    if not key or not _ready(db):
        return None
    own = name_info(db, [key]).get(key)
    if own is not None and own.words > 1:
        return own.person, own.person_name
    used: dict[str, str] = {}
    full = listed(key)
    if full is not None:
        person, shown = _listed_person(db, full)
        used[person] = shown
    claimed = set(used)  # the list's owner claims the form on its own, whatever the articles say
    owners = {r[0] for r in db.execute("SELECT DISTINCT name_key FROM people_evidence WHERE key = ?", (key,))}
    owners.discard(key)
    owners = {owner for owner in owners if not glued_before(owner, key)}
    used.update(_persons(db, owners))
    if not used:
        if len(key.split()) == 1:
            used = _one_word_owner(db, key, given_names)
        else:
            candidates = set(containers(db, key))
            sig = initials(key)
            for word in {spelling(w) for w in key.split()}:
                rows = db.execute("SELECT key FROM people_words WHERE word = ? AND sig = ?", (word, sig))
                candidates.update(r[0] for r in rows if same_spelling_variant(key, r[0]))
            used = _persons(db, candidates)
    if len(used) > 1:
        used = _uncontested(db, key, used, claimed)
    if len(used) == 1:
        return next(iter(used.items()))
    return None


def _uncontested(db: sqlite3.Connection, key: str, used: dict[str, str], claimed: set[str]) -> dict[str, str]:
    """Among several people a short form was used for, those some article used it for alone:
    ``Macron`` for Emmanuel Macron in three stories, and for him and Brigitte Macron in one
    that names both, is his; used alone for two people (or for one, while the public figures'
    list gives it to another: ``claimed``), it stays apart (``used`` unchanged)."""
    by_article: dict[str, set[str]] = {}
    rows = db.execute(
        "SELECT article, name_key FROM people_evidence WHERE key = ? AND name_key != ?", (key, key)
    )
    pairs = rows.fetchall()
    persons = {k: i.person for k, i in name_info(db, {n for _a, n in pairs}).items()}
    for article, name_key in pairs:
        by_article.setdefault(article, set()).add(persons.get(name_key, name_key))
    named = _named_in(db, by_article, used.keys())
    alone = (
        {
            next(iter(owners))
            for article, owners in by_article.items()
            if len(owners) == 1 and named.get(article, owners) <= owners
        }
        | claimed
    ) & used.keys()
    return {person: used[person] for person in alone} if len(alone) == 1 else used


def _named_in(
    db: sqlite3.Connection, articles: Iterable[str], candidates: Iterable[str]
) -> dict[str, set[str]]:
    """Which of the ``candidates`` (person keys) each article names in full: an article that names
    two of them used a short form shared by both for one only by its own reading (a misspelt
    ``Fulan Badu`` beside ``Fulan Budi``), which is no evidence of whom the form means elsewhere."""
    wanted = set(candidates)
    sql = "SELECT article, name_key FROM people_evidence WHERE article IN ({marks})"
    rows = list(select_in(db, sql, articles))
    persons = {k: i.person for k, i in name_info(db, {n for _a, n in rows}).items() if i.words > 1}
    found: dict[str, set[str]] = {}
    for article, name_key in rows:
        person = persons.get(name_key)
        if person in wanted:
            found.setdefault(article, set()).add(person)
    return found


_MAX_ONE_WORD_NAMES = 200  # stored names sharing one word; a very common word owns no one


def _one_word_owner(db: sqlite3.Connection, key: str, given_names: bool = False) -> dict[str, str]:
    """The person a one-word name (``Widodo``, ``Ratna``) means when no article tied it to anyone:
    the stored names whose last word it is, or whose first word it is when they hold an office
    or speak somewhere (a given name alone is too common to name a private person another
    article wrote in full: the "Fulan" of a village office is not the "Fulan Wirasatya" of
    another story), if they are all one person; else, among
    those people, the one the articles that write the word also name, if there is exactly one.
    Otherwise every candidate, so that the caller sees the name is ambiguous."""
    word = spelling(key)
    rows = db.execute(
        "SELECT n.key, n.person, n.person_name FROM people_words w JOIN people_names n ON n.key = w.key "
        f"WHERE w.word = ? LIMIT {_MAX_ONE_WORD_NAMES + 1}",
        (word,),
    ).fetchall()
    if len(rows) > _MAX_ONE_WORD_NAMES:
        return {}
    # the written word itself, not a spelling of it: a stallholder "Sukarno" is no "Soekarno"
    edges = [
        (k, p, n)
        for k, p, n in rows
        if (key == k.split()[-1] and not glued_before(k, key))
        or (key == k.split()[0] and (given_names or _public(db, p)))
    ]
    # a name the archive knows only from bylines and photo credits names its reporter, not the
    # official another story quotes by one word ("Prasetyo" is no "Fulan Agung Prasetyo" credit)
    credited = _credits_only(db, {k for k, _p, _n in edges})
    edges = [(k, p, n) for k, p, n in edges if k not in credited]
    persons = {p: n for _k, p, n in edges}
    if len(persons) <= 1:
        return persons
    # several people: the one named in the very articles that write the short form
    rows = db.execute("SELECT DISTINCT article FROM people_evidence WHERE key = ?", (key,)).fetchall()
    articles = [r[0] for r in rows]
    sql = "SELECT key FROM people_evidence WHERE article IN ({marks})"
    near = {r[0] for r in select_in(db, sql, articles)}
    named = {p: n for k, p, n in edges if k in near}
    return named if len(named) == 1 else persons


def glued_before(longer: str, key: str) -> bool:
    """Whether the stored name ``longer`` ends in the one word ``key`` after a word of an office or a
    body, no name word: a body the gazetteer knows or its short name, a rank glued to its corps, an
    English office's field ("kemlu fulan", "affairs fulan"). One page that glued it on must not give
    its longer form to every page that writes the one word. (A place is left alone: "Jordan", "Paris"
    open names too.)"""
    words = longer.split()
    if len(key.split()) != 1 or len(words) < 2 or words[-1] != key:
        return False
    return any(office_front(w) for w in words[:-1])


def _credits_only(db: sqlite3.Connection, keys: set[str]) -> set[str]:
    """The ``keys`` whose every evidence row is a credit (a byline, a photographer)."""
    sql = (
        "SELECT name_key, MIN(kind = 'credit') FROM people_evidence "
        "WHERE name_key IN ({marks}) GROUP BY name_key"
    )
    return {key for key, only in select_in(db, sql, keys) if only}


def _public(db: sqlite3.Connection, person: str) -> bool:
    """Whether the archive records ``person`` in an office or as a speaker under any of their names."""
    keys = [r[0] for r in db.execute("SELECT key FROM people_names WHERE person = ?", (person,))]
    roles = "SELECT 1 FROM people_roles WHERE name_key IN ({marks}) LIMIT 1"
    spoke = "SELECT 1 FROM people_evidence WHERE kind = 'speaker' AND name_key IN ({marks}) LIMIT 1"
    return any(next(select_in(db, sql, keys), None) is not None for sql in (roles, spoke))


def canonical(db: sqlite3.Connection, name: str) -> str:
    """The canonical person name behind any written name; the name itself when unknown or ambiguous."""
    found = person_of(db, name)
    return found[1] if found else name


def variants(db: sqlite3.Connection, name: str) -> list[str]:
    """Every stored entity, speaker or credit name (as written) that is the same person as ``name``.

    For filters: ``--speaker Jokowi`` matches statements whose speaker is any of them. The
    same list for every name of one person; ``[name]`` when the archive stores none of them,
    and for a name it cannot place, that name with the stored spellings of it.
    """
    found = person_of(db, name, given_names=True)
    if found is None:
        if not _ready(db):
            return [name]
        key = key_of(name)
        rows = db.execute(
            "SELECT DISTINCT written FROM people_evidence WHERE key = ? AND kind != 'alias'", (key,)
        )
        return sorted({name, *(r[0] for r in rows)})
    person, _ = found
    members = [r[0] for r in db.execute("SELECT key FROM people_names WHERE person = ?", (person,))]
    candidates: set[str] = set(members)
    full = listed(person)
    if full is not None:
        candidates.update(people_lexicon().forms_of.get(full, ()))
    for member in members:
        candidates.update(member.split())
        candidates.update(sub_keys(member))
        rows = db.execute("SELECT DISTINCT key FROM people_evidence WHERE name_key = ?", (member,))
        candidates.update(r[0] for r in rows)
    same = {
        k for k in name_info(db, candidates) if k in members or person_of(db, k, given_names=True) == found
    }
    written: set[str] = set()
    for key in same:
        rows = db.execute(
            "SELECT DISTINCT written FROM people_evidence WHERE key = ? AND kind != 'alias'", (key,)
        )
        written.update(r[0] for r in rows)
    return sorted(written) or [name]


def _day(text: str) -> int | None:
    try:
        return datetime.date.fromisoformat(text[:10]).toordinal()
    except ValueError:
        return None


def resolve_role(db: sqlite3.Connection, role: str, date: str) -> str | None:
    """The canonical person the archive names in ``role`` around ``date``; None when none or several.

    The nearest window holding any evidence decides (45, then 180, then 400 days either
    side); an undated question looks at every dated and undated role.
    """
    key = role_key(role)
    if not key or not _ready(db):
        return None
    day = _day(date) if date else None
    if date and day is None:
        return None
    if day is None:
        found = db.execute("SELECT name_key, date FROM people_roles WHERE role = ?", (key,))
    else:
        low, high = (datetime.date.fromordinal(day + k * ROLE_WINDOWS[-1]).isoformat() for k in (-1, 1))
        found = db.execute(
            "SELECT name_key, date FROM people_roles WHERE role = ? AND date BETWEEN ? AND ?",
            (key, low, high),
        )
    rows = [(n, _day(d) if d else None) for n, d in found]
    windows: tuple[int | None, ...] = ROLE_WINDOWS if day is not None else (None,)
    for window in windows:
        names = {
            n
            for n, d in rows
            if window is None or (d is not None and day is not None and abs(d - day) <= window)
        }
        if not names:
            continue
        persons = {p for n in sorted(names) if (p := person_of(db, n)) is not None}
        unresolved = [n for n in names if person_of(db, n) is None]
        if len(persons) == 1 and not unresolved:
            return next(iter(persons))[1]
        return None
    return None


def canonical_names(db: sqlite3.Connection, names: Iterable[str]) -> dict[str, str]:
    """:func:`canonical` of many names at once (each distinct name asked once), for listings."""
    return {name: canonical(db, name) for name in dict.fromkeys(names)}


def resolve_speaker(db: sqlite3.Connection, written: str, date: str = "") -> str | None:
    """The person a speaker written as a name or as a bare role ("Menkeu") is, or None when unsure.

    For the archive step of attribution: a description the article itself could not
    resolve ("ujar Menkeu") goes to whoever the archive names in that role at that date.
    """
    found = person_of(db, written)
    if found is not None:
        return found[1]
    if role_key(written):
        return resolve_role(db, written, date)
    return None
