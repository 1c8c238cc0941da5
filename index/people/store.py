"""The people tables, kept in the document store's SQLite file.

``people_evidence`` and ``people_roles`` hold what each article says (:mod:`evidence`),
keyed by article so a removed article takes its evidence with it (each evidence row once: a
trigger, not a key on its four texts, see ``_ONCE``). ``people_names`` has
one row per stored name key with its display form, article count and the person it
belongs to (``person``: the canonical key, ``person_name``: how it is shown);
``people_words`` indexes the words of names of two or more words, for the short-form and
spelling-variant lookups, ``people_firsts`` their first words, for containment;
``people_key_articles`` and ``people_key_forms`` count each name key's articles and written
forms, kept by triggers as the evidence changes (so a recount reads counts, not every article
that writes a name). Everything can be rebuilt from the articles.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kutip.index.people.names import bare, initials, spelling
from kutip.index.sqlin import chunks, select_in

__all__ = ["NameInfo", "ensure_schema", "name_info", "one_word_owners", "refresh_names"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS people_evidence (
    article TEXT NOT NULL,
    key TEXT NOT NULL,
    written TEXT NOT NULL,
    name_key TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS people_evidence_article ON people_evidence(article);
CREATE INDEX IF NOT EXISTS people_evidence_key ON people_evidence(key);
CREATE INDEX IF NOT EXISTS people_evidence_name ON people_evidence(name_key);
CREATE TABLE IF NOT EXISTS people_roles (
    article TEXT NOT NULL,
    role TEXT NOT NULL,
    name_key TEXT NOT NULL,
    date TEXT NOT NULL,
    PRIMARY KEY (article, role, name_key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS people_roles_role ON people_roles(role, date);
CREATE TABLE IF NOT EXISTS people_names (
    key TEXT PRIMARY KEY,
    display TEXT NOT NULL,
    words INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    person TEXT NOT NULL,
    person_name TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS people_names_person ON people_names(person);
CREATE TABLE IF NOT EXISTS people_firsts (
    word TEXT NOT NULL,
    words INTEGER NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (word, words, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS people_words (
    word TEXT NOT NULL,
    sig TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (word, sig, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS people_key_articles (
    key TEXT PRIMARY KEY,
    articles INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS people_key_forms (
    key TEXT NOT NULL,
    written TEXT NOT NULL,
    rows INTEGER NOT NULL,
    PRIMARY KEY (key, written)
) WITHOUT ROWID;
"""

# An article's row of one name form once, as a primary key on the four columns kept it. That key
# made the table a copy of its texts, and each of its two indexes another (a WITHOUT ROWID
# table's index holds the whole key): 0.96 KB an article at 10k. A rowid table's indexes hold one
# column and the rowid, and this trigger (one probe of the article's few rows) keeps the rows
# distinct, so INSERT OR IGNORE still ignores a row already there. The probe must go through the
# article's index: left to the planner (no statistics) it took ``people_evidence_name`` and read
# every row of the name across the archive, so a batch's inserts grew with the archive (people
# 0.58 -> 1.71 ms an article over 10k, ``benchmarks/people_growth_s31.py``). The unary ``+`` keeps
# the other columns' indexes out of the plan.
_ONCE_NAME = "people_evidence_once"
_ONCE = f"""
CREATE TRIGGER {_ONCE_NAME} BEFORE INSERT ON people_evidence
WHEN EXISTS (
    SELECT 1 FROM people_evidence WHERE article = NEW.article AND +key = NEW.key
    AND +name_key = NEW.name_key AND +written = NEW.written
)
BEGIN SELECT RAISE(IGNORE); END
"""

_NAME_KINDS = ("name", "speaker", "credit")

# What :func:`refresh_names` reads of a name, kept as the evidence comes and goes: in how many
# articles it is written (``people_key_articles``) and how many rows write it each way as a name
# (``people_key_forms``). Counted from the evidence itself, a batch read every row of each name it
# touched, and a much-quoted name has one in every article that writes it: the recount grew with
# the archive. Each trigger probes only the article's own rows (its index, as ``_ONCE``).
_COUNTED_IN = f"""
CREATE TRIGGER people_evidence_counted_in AFTER INSERT ON people_evidence
BEGIN
    INSERT INTO people_key_articles(key, articles)
    SELECT NEW.key, 1 WHERE NOT EXISTS (
        SELECT 1 FROM people_evidence WHERE article = NEW.article AND +key = NEW.key
        AND rowid != NEW.rowid
    )
    ON CONFLICT(key) DO UPDATE SET articles = articles + 1;
    INSERT INTO people_key_forms(key, written, rows)
    SELECT NEW.key, NEW.written, 1 WHERE NEW.kind IN {_NAME_KINDS}
    ON CONFLICT(key, written) DO UPDATE SET rows = rows + 1;
END
"""
_COUNTED_OUT = f"""
CREATE TRIGGER people_evidence_counted_out AFTER DELETE ON people_evidence
BEGIN
    UPDATE people_key_articles SET articles = articles - 1 WHERE key = OLD.key AND NOT EXISTS (
        SELECT 1 FROM people_evidence WHERE article = OLD.article AND +key = OLD.key
    );
    DELETE FROM people_key_articles WHERE key = OLD.key AND articles <= 0;
    UPDATE people_key_forms SET rows = rows - 1
    WHERE OLD.kind IN {_NAME_KINDS} AND key = OLD.key AND written = OLD.written;
    DELETE FROM people_key_forms WHERE key = OLD.key AND written = OLD.written AND rows <= 0;
END
"""
_TRIGGERS = {
    "people_evidence_once": _ONCE,
    "people_evidence_counted_in": _COUNTED_IN,
    "people_evidence_counted_out": _COUNTED_OUT,
}


def ensure_schema(db: sqlite3.Connection) -> None:
    """Creates the tables if missing; plain statements, so it runs inside the caller's transaction."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
    _ensure_triggers(db)


def _ensure_triggers(db: sqlite3.Connection) -> None:
    """Creates the evidence's triggers, or replaces an older archive's; when the counting ones were
    missing or older (a new archive, an older one, or ``people_evidence`` dropped and made again,
    which drops its triggers), the counts are made again from the evidence, once."""
    stored = dict(
        db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'people_evidence'"
        ).fetchall()
    )
    stale = [name for name, sql in _TRIGGERS.items() if stored.get(name) != sql.strip()]
    if not stale:
        return
    counting = {"people_evidence_counted_in", "people_evidence_counted_out"}
    if counting & set(stale):
        stale = list(dict.fromkeys([*stale, *sorted(counting)]))
    for name in stale:
        if name in stored:
            db.execute(f"DROP TRIGGER {name}")
    if counting <= set(stale):
        _recount(db)
    for name in stale:
        db.execute(_TRIGGERS[name])


def _recount(db: sqlite3.Connection) -> None:
    """The counts of :func:`refresh_names` from the evidence, whole (one pass, when they are made)."""
    db.execute("DELETE FROM people_key_articles")
    db.execute("DELETE FROM people_key_forms")
    db.execute(
        "INSERT INTO people_key_articles(key, articles) "
        "SELECT key, count(DISTINCT article) FROM people_evidence GROUP BY key"
    )
    db.execute(
        "INSERT INTO people_key_forms(key, written, rows) SELECT key, written, count(*) "
        f"FROM people_evidence WHERE kind IN {_NAME_KINDS} GROUP BY key, written"
    )


@dataclass(frozen=True, slots=True)
class NameInfo:
    key: str
    display: str
    words: int
    articles: int
    person: str
    person_name: str


def name_info(db: sqlite3.Connection, keys: Iterable[str]) -> dict[str, NameInfo]:
    rows = select_in(
        db,
        "SELECT key, display, words, articles, person, person_name FROM people_names WHERE key IN ({marks})",
        keys,
    )
    return {r[0]: NameInfo(*r) for r in rows}


def _first_word(key: str) -> tuple[str, int, str]:
    parts = key.split()
    return spelling(parts[0]), len(parts), key


def _index_words(key: str) -> list[tuple[str, str, str]]:
    sig = initials(key)
    return [(spelling(w), sig, key) for w in dict.fromkeys(key.split())]


def refresh_names(db: sqlite3.Connection, keys: Sequence[str]) -> tuple[list[str], dict[str, str]]:
    """Recounts the given keys after their evidence changed.

    Keys still written as a name get (or keep) their ``people_names`` row with a fresh
    display form and article count; the others lose it. Returns the keys now stored
    and the old person of every key that had a row, for the groups to be redone.
    """
    old = {k: info.person for k, info in name_info(db, keys).items()}
    stored: list[str] = []
    for chunk in chunks(list(dict.fromkeys(keys))):
        marks = ",".join("?" * len(chunk))
        counts = dict(
            db.execute(
                f"SELECT key, articles FROM people_key_articles WHERE key IN ({marks})", tuple(chunk)
            ).fetchall()
        )
        forms: dict[str, str] = {}
        for key, written in db.execute(
            f"SELECT key, written FROM people_key_forms WHERE key IN ({marks}) "
            "ORDER BY key, rows DESC, written",
            tuple(chunk),
        ):
            forms.setdefault(key, bare(written) or written)
        for key in chunk:
            if key in forms:
                stored.append(key)
                db.execute(
                    "INSERT INTO people_names(key, display, words, articles, person, person_name) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET display = excluded.display, "
                    "articles = excluded.articles",
                    (key, forms[key], len(key.split()), counts.get(key, 0), key, forms[key]),
                )
                if key not in old and len(key.split()) > 1:
                    db.executemany("INSERT OR IGNORE INTO people_words VALUES (?, ?, ?)", _index_words(key))
                    db.execute("INSERT OR IGNORE INTO people_firsts VALUES (?, ?, ?)", _first_word(key))
            elif key in old:
                db.execute("DELETE FROM people_names WHERE key = ?", (key,))
                db.executemany(
                    "DELETE FROM people_words WHERE word = ? AND sig = ? AND key = ?", _index_words(key)
                )
                db.execute(
                    "DELETE FROM people_firsts WHERE word = ? AND words = ? AND key = ?", _first_word(key)
                )
    return stored, old


ONE_WORD_ARTICLES = 2  # articles that must name a person in full before one word of it names them


def one_word_owners(
    db: sqlite3.Connection, words: Iterable[str], min_articles: int = ONE_WORD_ARTICLES
) -> dict[str, str]:
    """Each folded word that is the first or the last word of exactly one person the archive names in
    full (two words or more, in ``min_articles`` articles or more) -> the name that person is shown by.

    "Ranti" alone on a page is Ranti Kusuma when the archive names no other person so; a word two
    people share, or a full name met once (a headline's run-on may be one), names no one.
    """
    spelled = {spelling(w): w for w in words}
    owners: dict[str, set[tuple[str, str]]] = {}
    rows = list(
        select_in(
            db,
            "SELECT w.word, n.key, n.person, n.person_name FROM people_words w "
            "JOIN people_names n ON n.key = w.key WHERE w.word IN ({marks}) AND n.words > 1",
            list(spelled),
        )
    )
    counts = name_info(db, {row[1] for row in rows})
    for word, key, person, person_name in rows:
        parts = key.split()
        info = counts.get(key)
        if info is None or info.articles < min_articles:
            continue
        if word in (spelling(parts[0]), spelling(parts[-1])):
            owners.setdefault(spelled[word], set()).add((person, person_name))
    return {w: next(iter(found))[1] for w, found in owners.items() if len(found) == 1}
