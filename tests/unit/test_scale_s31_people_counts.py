"""The name counts people keeps beside its evidence equal the evidence counted whole, however the
rows come and go, and recounting a batch's names does not read their other articles (issue 11)."""

from __future__ import annotations

import random
import sqlite3

from kutip.index.people.store import ensure_schema, refresh_names

_INSERT = (
    "INSERT OR IGNORE INTO people_evidence(article, key, written, name_key, kind) VALUES (?, ?, ?, ?, ?)"
)
_NAMES = ("fulan hidayat", "siti rahmawati", "budi")
_KINDS = ("name", "speaker", "credit", "alias", "defined")


def _counted_whole(db: sqlite3.Connection) -> tuple[list[tuple[str, int]], list[tuple[str, str, int]]]:
    articles = db.execute(
        "SELECT key, count(DISTINCT article) FROM people_evidence GROUP BY key ORDER BY key"
    ).fetchall()
    forms = db.execute(
        "SELECT key, written, count(*) FROM people_evidence WHERE kind IN ('name', 'speaker', 'credit') "
        "GROUP BY key, written ORDER BY key, written"
    ).fetchall()
    return articles, forms


def _kept(db: sqlite3.Connection) -> tuple[list[tuple[str, int]], list[tuple[str, str, int]]]:
    articles = db.execute("SELECT key, articles FROM people_key_articles ORDER BY key").fetchall()
    forms = db.execute("SELECT key, written, rows FROM people_key_forms ORDER BY key, written").fetchall()
    return articles, forms


def _random_evidence(db: sqlite3.Connection, rng: random.Random, steps: int) -> None:
    for _ in range(steps):
        article = f"a{rng.randrange(30)}"
        if rng.random() < 0.85:
            key = rng.choice(_NAMES)
            written = rng.choice([key.title(), key.upper(), key])
            db.execute(_INSERT, (article, key, written, key, rng.choice(_KINDS)))
        else:
            db.execute("DELETE FROM people_evidence WHERE article = ?", (article,))


def test_counts_follow_rows_added_repeated_and_deleted() -> None:
    db = sqlite3.connect(":memory:")
    ensure_schema(db)
    rng = random.Random(5)
    for _ in range(20):
        _random_evidence(db, rng, 150)
        assert _kept(db) == _counted_whole(db)
    assert _kept(db)[0]  # the run left rows to count


def test_counts_are_made_for_an_archive_without_them_and_after_the_evidence_is_dropped() -> None:
    db = sqlite3.connect(":memory:")
    ensure_schema(db)
    _random_evidence(db, random.Random(9), 400)
    # an archive from before the counts: evidence, no count tables, no counting triggers
    for name in ("people_evidence_counted_in", "people_evidence_counted_out"):
        db.execute(f"DROP TRIGGER {name}")
    db.execute("DROP TABLE people_key_articles")
    db.execute("DROP TABLE people_key_forms")
    ensure_schema(db)
    assert _kept(db) == _counted_whole(db) and _kept(db)[0]
    # people's rebuild drops the evidence by name (its triggers go with it), not the counts
    db.execute("DROP TABLE people_evidence")
    ensure_schema(db)
    assert _kept(db) == ([], [])
    _random_evidence(db, random.Random(3), 200)
    assert _kept(db) == _counted_whole(db)


def test_refresh_names_reads_the_kept_counts() -> None:
    db = sqlite3.connect(":memory:")
    ensure_schema(db)
    rows = [(f"a{n}", "fulan hidayat", "Fulan Hidayat", "fulan hidayat", "name") for n in range(5)]
    rows += [("a9", "fulan hidayat", "FULAN HIDAYAT", "fulan hidayat", "speaker")]
    rows += [("a9", "fulan hidayat", "Pak Fulan Hidayat", "fulan hidayat", "alias")]
    db.executemany(_INSERT, rows)
    stored, old = refresh_names(db, ["fulan hidayat", "budi"])
    assert stored == ["fulan hidayat"] and old == {}
    row = db.execute("SELECT display, articles FROM people_names WHERE key = 'fulan hidayat'").fetchone()
    assert row == ("Fulan Hidayat", 6)


def _steps_of_refresh(articles: int) -> int:
    db = sqlite3.connect(":memory:")
    ensure_schema(db)
    db.executemany(
        _INSERT,
        [(f"a{n}", "fulan hidayat", "Fulan Hidayat", "fulan hidayat", "name") for n in range(articles)],
    )
    steps = 0

    def count() -> int:
        nonlocal steps
        steps += 1
        return 0

    db.set_progress_handler(count, 1)
    refresh_names(db, ["fulan hidayat"])
    db.set_progress_handler(None, 1)
    return steps


def test_recounting_a_name_does_not_read_its_other_articles() -> None:
    small, large = _steps_of_refresh(20), _steps_of_refresh(2000)
    assert large < small * 2, (small, large)
