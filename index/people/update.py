"""Keeping the people tables current as batches of articles come and go.

The document store calls :func:`update_people` inside the transaction of each batch with
the articles it wrote and the ids of those it deleted. Work is proportional to the batch:
the evidence of those articles is replaced, the names it mentions are recounted, and only
the people around those names are regrouped.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources

from kutip.index.models import Article
from kutip.index.people.evidence import article_date, article_evidence
from kutip.index.people.groups import contained, containers, regroup, spelling_candidates
from kutip.index.people.store import ensure_schema, refresh_names
from kutip.index.sqlin import chunks, select_in

__all__ = ["REBUILD_BATCH", "people_version", "rebuild_people", "update_people"]

REBUILD_BATCH = 500


def _forget(db: sqlite3.Connection, article_ids: Sequence[str]) -> set[str]:
    """Deletes the evidence of these articles; returns the name keys it held."""
    keys = {
        r[0] for r in select_in(db, "SELECT key FROM people_evidence WHERE article IN ({marks})", article_ids)
    }
    for chunk in chunks(list(dict.fromkeys(article_ids))):
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM people_evidence WHERE article IN ({marks})", tuple(chunk))
        db.execute(f"DELETE FROM people_roles WHERE article IN ({marks})", tuple(chunk))
    return keys


def _record(db: sqlite3.Connection, articles: Sequence[Article]) -> set[str]:
    """Inserts the evidence of these articles; returns the name keys it holds."""
    keys: set[str] = set()
    for article in articles:
        names, roles = article_evidence(article)
        db.executemany(
            "INSERT OR IGNORE INTO people_evidence(article, key, written, name_key, kind) "
            "VALUES (?, ?, ?, ?, ?)",
            [(article.id, n.key, n.written, n.name_key, n.kind) for n in names],
        )
        date = article_date(article)
        db.executemany(
            "INSERT OR IGNORE INTO people_roles(article, role, name_key, date) VALUES (?, ?, ?, ?)",
            [(article.id, r.role, r.name_key, date) for r in roles],
        )
        keys.update(n.key for n in names)
    return keys


def update_people(
    db: sqlite3.Connection, added: Sequence[Article], removed_article_ids: Sequence[str] = ()
) -> None:
    """Replaces the evidence of ``added`` articles, forgets ``removed_article_ids``, regroups what changed.

    ``added`` may hold articles already recorded (re-indexed): their old evidence goes first.
    Run it inside the batch's transaction (``DocStore.commit_batch``).
    """
    ensure_schema(db)
    touched = _forget(db, [*removed_article_ids, *(a.id for a in added)])
    touched |= _record(db, added)
    if not touched:
        return
    multi = sorted(k for k in touched if len(k.split()) > 1)
    stored, old_persons = refresh_names(db, sorted(touched))
    seeds = {k for k in stored if len(k.split()) > 1}
    for key in multi:  # names whose joins a new, gone or recounted name changes
        seeds.update(contained(db, key))
        seeds.update(containers(db, key))
        seeds.update(spelling_candidates(db, key))
    # and everyone who was one person with any of them: a person that splits is redone whole
    persons = set(old_persons.values())
    found = select_in(db, "SELECT person FROM people_names WHERE key IN ({marks})", sorted(seeds))
    persons.update(r[0] for r in found)
    seeds.update(
        r[0] for r in select_in(db, "SELECT key FROM people_names WHERE person IN ({marks})", sorted(persons))
    )
    regroup(db, seeds)


_TABLES = ("people_evidence", "people_roles", "people_names", "people_words", "people_firsts")


@cache
def people_version() -> str:
    """A fingerprint of this package's code and data: when it changes, the tables are rebuilt."""
    digest = hashlib.sha256()
    root = resources.files("kutip.index")
    for folder in (root / "people", root / "data" / "people"):
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.is_file() and not entry.name.endswith((".pyc", ".pyo")):
                digest.update(entry.name.encode())
                digest.update(entry.read_bytes())
    return digest.hexdigest()[:12]


def rebuild_people(db: sqlite3.Connection, articles: Iterable[Article]) -> int:
    """Drops the people tables and refills them from ``articles`` (the stored ones); returns how many.

    For an archive indexed before this package existed or by an older version of it: the
    articles' stored analysis is enough, nothing is re-analysed. Run it in one transaction.
    """
    for table in _TABLES:
        db.execute(f"DROP TABLE IF EXISTS {table}")
    ensure_schema(db)
    count = 0
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= REBUILD_BATCH:
            count += len(batch)
            update_people(db, batch, [])
            batch = []
    count += len(batch)
    update_people(db, batch, [])
    return count
