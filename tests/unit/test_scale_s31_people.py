"""People's evidence inserts cost what the batch holds, not what the archive holds (issue 11)."""

from __future__ import annotations

import sqlite3

from kutip.index.people.store import ensure_schema

_INSERT = (
    "INSERT OR IGNORE INTO people_evidence(article, key, written, name_key, kind) VALUES (?, ?, ?, ?, ?)"
)
_OLD_TRIGGER = """
CREATE TRIGGER IF NOT EXISTS people_evidence_once BEFORE INSERT ON people_evidence
WHEN EXISTS (
    SELECT 1 FROM people_evidence WHERE article = NEW.article AND key = NEW.key
    AND name_key = NEW.name_key AND written = NEW.written
)
BEGIN SELECT RAISE(IGNORE); END
"""


def _archive(articles: int) -> sqlite3.Connection:
    """Evidence of one much-quoted name in ``articles`` articles, as an archive gathers it."""
    db = sqlite3.connect(":memory:")
    ensure_schema(db)
    db.executemany(
        _INSERT,
        [(f"a{n}", "fulan hidayat", "Fulan Hidayat", "fulan hidayat", "name") for n in range(articles)],
    )
    return db


def _steps_of_one_insert(db: sqlite3.Connection) -> int:
    """SQLite's virtual-machine steps for one new article's row of the name (its trigger's probe too)."""
    steps = 0

    def count() -> int:
        nonlocal steps
        steps += 1
        return 0

    db.set_progress_handler(count, 1)
    db.execute(_INSERT, ("new", "fulan hidayat", "Fulan Hidayat", "fulan hidayat", "name"))
    db.set_progress_handler(None, 1)
    return steps


def test_a_new_articles_row_does_not_read_the_names_other_articles() -> None:
    small, large = _steps_of_one_insert(_archive(20)), _steps_of_one_insert(_archive(2000))
    assert large < small * 2, (small, large)


def test_a_row_already_there_is_still_ignored() -> None:
    db = _archive(3)
    db.execute(_INSERT, ("a1", "fulan hidayat", "Fulan Hidayat", "fulan hidayat", "name"))
    db.execute(_INSERT, ("a1", "fulan hidayat", "Fulan H.", "fulan hidayat", "alias"))
    rows = db.execute(
        "SELECT article, written FROM people_evidence WHERE article = 'a1' ORDER BY rowid"
    ).fetchall()
    assert rows == [("a1", "Fulan Hidayat"), ("a1", "Fulan H.")]


def test_an_older_archives_trigger_is_replaced_once() -> None:
    db = sqlite3.connect(":memory:")
    ensure_schema(db)
    db.execute("DROP TRIGGER people_evidence_once")
    db.execute(_OLD_TRIGGER)
    ensure_schema(db)
    triggers = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'people_evidence_once'"
    ).fetchall()
    assert len(triggers) == 1 and "+key" in triggers[0][0]
    cookie = db.execute("PRAGMA schema_version").fetchone()[0]
    ensure_schema(db)  # already current: the schema is not touched again (readers keep their plans)
    assert db.execute("PRAGMA schema_version").fetchone()[0] == cookie
